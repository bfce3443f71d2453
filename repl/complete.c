/*
 * complete.c - what Tab offers for a command's arguments: the ids (and
 * labels) of the knowledge, the session's tasks, kept positions and
 * candidates, attribute names, languages. Each function
 * fits the `complete` slot of the command table (commands.c); repl.c asks
 * readline to offer what they add.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/advisor.h"
#include "../engine/xalloc.h"
#include "session.h"

struct offer {
	complete_add add;
	void *ctx;
};

static void offer(void *ctx, const char *id)
{
	struct offer *o = ctx;
	o->add(o->ctx, id);
}

void complete_items(struct session *s, int argi, complete_add add, void *ctx)
{
	(void)argi;
	struct offer o = {add, ctx};
	advisor_each_item(s->adv, "role", offer, &o);
	advisor_each_item(s->adv, "duty", offer, &o);
	advisor_each_item(s->adv, "side", offer, &o);
	for (size_t i = 0; i < advisor_task_count(s->adv); i++)
		add(ctx, advisor_task_id(s->adv, i));
	for (size_t i = 0; i < advisor_position_count(s->adv); i++)
		add(ctx, advisor_position_id(s->adv, i));
}

void complete_tasks(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1)
		for (size_t i = 0; i < advisor_task_count(s->adv); i++)
			add(ctx, advisor_task_id(s->adv, i));
}

static void offer_attribute(void *ctx, const char *name)
{
	struct offer *o = ctx;
	char *word = xasprintf("%s=", name);
	o->add(o->ctx, word);
	free(word);
}

void complete_task_attrs(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1) {
		complete_tasks(s, argi, add, ctx);
		return;
	}
	struct offer o = {add, ctx};
	advisor_each_attribute(s->adv, offer_attribute, &o);
}

void complete_roles(struct session *s, int argi, complete_add add, void *ctx)
{
	struct offer o = {add, ctx};
	if (argi == 1)
		advisor_each_item(s->adv, "role", offer, &o);
}

void complete_sides(struct session *s, int argi, complete_add add, void *ctx)
{
	struct offer o = {add, ctx};
	if (argi == 1)
		advisor_each_item(s->adv, "side", offer, &o);
}

void complete_candidate(struct session *s, int argi, complete_add add, void *ctx)
{
	struct offer o = {add, ctx};
	if (argi == 1)
		for (size_t i = 0; i < advisor_candidate_count(s->adv); i++)
			add(ctx, advisor_candidate_id(s->adv, i));
	else
		advisor_each_item(s->adv, "skill", offer, &o);
}

void complete_match(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1)
		for (size_t i = 0; i < advisor_candidate_count(s->adv); i++)
			add(ctx, advisor_candidate_id(s->adv, i));
	else
		complete_items(s, argi, add, ctx);
}

void complete_explain(struct session *s, int argi, complete_add add, void *ctx)
{
	complete_tasks(s, argi, add, ctx);
}

void complete_position(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1)
		for (size_t i = 0; i < advisor_position_count(s->adv); i++)
			add(ctx, advisor_position_id(s->adv, i));
	else
		complete_items(s, argi, add, ctx);
}

void complete_langs(struct session *s, int argi, complete_add add, void *ctx)
{
	(void)s;
	if (argi == 1) {
		add(ctx, "es");
		add(ctx, "en");
	}
}

