/*
 * complete.c - what Tab offers for a command's arguments: every name of
 * the knowledge a person may type (ids, labels in both languages,
 * synonyms), the session's tasks, kept positions and candidates, attribute
 * names, languages. Each complete_* fits the `complete` slot of the command
 * table (commands.c); repl.c hands what they add to readline. The same
 * lists feed "did you mean" (suggest.c) for a name not found.
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

static void offer(void *ctx, const char *word)
{
	struct offer *o = ctx;
	o->add(o->ctx, word);
}

void complete_names(struct session *s, const char *kind, complete_add add, void *ctx)
{
	struct offer o = {add, ctx};
	advisor_each_name(s->adv, kind, offer, &o);
}

void complete_session(struct session *s, unsigned what, complete_add add, void *ctx)
{
	for (size_t i = 0; (what & OFFER_TASKS) && i < advisor_task_count(s->adv); i++)
		add(ctx, advisor_task_id(s->adv, i));
	for (size_t i = 0; (what & OFFER_POSITIONS) && i < advisor_position_count(s->adv); i++)
		add(ctx, advisor_position_id(s->adv, i));
	for (size_t i = 0; (what & OFFER_CANDIDATES) && i < advisor_candidate_count(s->adv); i++)
		add(ctx, advisor_candidate_id(s->adv, i));
}

/* What a position may cover: sides, roles, duties, tasks, kept positions. */
void complete_items(struct session *s, int argi, complete_add add, void *ctx)
{
	(void)argi;
	complete_session(s, OFFER_TASKS | OFFER_POSITIONS, add, ctx);
	complete_names(s, "side", add, ctx);
	complete_names(s, "role", add, ctx);
	complete_names(s, "duty", add, ctx);
}

void complete_tasks(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1)
		complete_session(s, OFFER_TASKS, add, ctx);
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
	if (argi == 1)
		complete_names(s, "role", add, ctx);
}

void complete_sides(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1)
		complete_names(s, "side", add, ctx);
}

void complete_candidate(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1) {
		complete_session(s, OFFER_CANDIDATES, add, ctx);
	} else {
		if (argi == 2) /* or a CV to read */
			add(ctx, msg_lang() == LANG_ES ? "--desde" : "--from");
		complete_names(s, "skill", add, ctx);
	}
}

void complete_match(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1)
		complete_session(s, OFFER_CANDIDATES, add, ctx);
	else
		complete_items(s, argi, add, ctx);
}

/* how and why: a task, a candidate or a position; then a skill the
 * position needs, or the position a candidate is weighed against. */
void complete_explain(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1) {
		complete_session(s, OFFER_CANDIDATES, add, ctx);
		complete_items(s, argi, add, ctx);
	} else {
		complete_names(s, "skill", add, ctx);
		complete_items(s, argi, add, ctx);
	}
}

void complete_position(struct session *s, int argi, complete_add add, void *ctx)
{
	if (argi == 1) {
		complete_session(s, OFFER_POSITIONS, add, ctx);
	} else {
		if (argi == 2) /* or a job description to read */
			add(ctx, msg_lang() == LANG_ES ? "--desde" : "--from");
		complete_items(s, argi, add, ctx);
	}
}

void complete_langs(struct session *s, int argi, complete_add add, void *ctx)
{
	(void)s;
	if (argi == 1) {
		add(ctx, "es");
		add(ctx, "en");
	}
}
