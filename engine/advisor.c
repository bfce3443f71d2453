/*
 * advisor.c - tasks, positions and candidates over the host.
 *
 * What the user said is kept here and asserted as facts built with the
 * host's API (never as CLIPS text); the rules in rules/ draw the
 * conclusions, which are read back as C values. Knowledge (labels, lexicon,
 * attributes) is read from the facts of kb/ after each load. The template
 * and slot names used here are those of kb/schema.clp; no domain word is.
 */
#include "advisor_impl.h"

#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "xalloc.h"

/* Ids of things that exist only for one query: a user cannot type them
 * (ids have no spaces). */
const char QUERY_TASK[] = " classify";
const char QUERY_POSITION[] = " query";

/* ------------------------------------------------------------- helpers */

enum advisor_err advisor_error(const struct advisor *a) { return a->err; }
const char *advisor_detail(const struct advisor *a) { return a->detail ? a->detail : ""; }

void strv_add(struct strv *s, const char *text)
{
	xgrow(&s->v, &s->cap, s->n + 1, sizeof *s->v);
	s->v[s->n++] = xstrdup(text);
}

/* The same item named twice (by id and by label, say) is one item. */
void strv_add_once(struct strv *s, const char *text)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->v[i], text) == 0)
			return;
	strv_add(s, text);
}

void strv_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

char **copy_strv(char **v, size_t n)
{
	char **c = xcalloc(n ? n : 1, sizeof *c);
	for (size_t i = 0; i < n; i++)
		c[i] = xstrdup(v[i]);
	return c;
}

/* A slot as text ("" when absent or not text). */
const char *get_s(struct host *h, const struct host_fact *f, const char *slot)
{
	struct host_value v;
	if (host_get(h, f, slot, &v) != 0 || (v.type != HOST_SYMBOL && v.type != HOST_STRING))
		return "";
	return v.u.s;
}

double get_n(struct host *h, const struct host_fact *f, const char *slot)
{
	struct host_value v;
	if (host_get(h, f, slot, &v) != 0)
		return 0;
	return v.type == HOST_INTEGER ? (double)v.u.i : v.type == HOST_FLOAT ? v.u.f : 0;
}

static bool select_one(void *ctx, struct host *h, const struct host_fact *f)
{
	struct select *s = ctx;
	if (s->slot && strcmp(get_s(h, f, s->slot), s->value) != 0)
		return true;
	if (s->slot2 && strcmp(get_s(h, f, s->slot2), s->value2) != 0)
		return true;
	xgrow(&s->v, &s->cap, s->n + 1, sizeof *s->v);
	s->v[s->n++] = f;
	return true;
}

void select_facts(struct advisor *a, const char *tmpl, const char *slot, const char *value,
		  const char *slot2, const char *value2, struct select *out)
{
	*out = (struct select){.slot = slot, .value = value, .slot2 = slot2, .value2 = value2};
	host_each_fact(a->h, tmpl, select_one, out);
}

void retract_where(struct advisor *a, const char *tmpl, const char *slot, const char *value)
{
	struct select s;
	select_facts(a, tmpl, slot, value, NULL, NULL, &s);
	for (size_t i = 0; i < s.n; i++)
		host_retract_fact(a->h, s.v[i]);
	free(s.v);
}

int run(struct advisor *a)
{
	if (host_run(a->h) < 0 || host_stopped(a->h) != HOST_STOP_NONE)
		return fail(a, ADV_ENGINE, host_last_error(a->h));
	return 0;
}

int assert_or_fail(struct advisor *a, const char *tmpl, const struct host_slot *slots, size_t n)
{
	if (host_assert(a->h, tmpl, slots, n) == 0)
		return fail(a, ADV_ENGINE, host_last_error(a->h));
	return 0;
}

/* -------------------------------------------------------------- attach */

struct advisor *advisor_new(struct host *h)
{
	struct advisor *a = xcalloc(1, sizeof *a);
	a->h = h;
	return a;
}

void advisor_clear(struct advisor *a)
{
	for (size_t i = 0; i < a->ntasks; i++)
		task_in_free(&a->tasks[i]);
	for (size_t i = 0; i < a->npositions; i++) {
		free(a->positions[i].id);
		strv_free(a->positions[i].items, a->positions[i].n);
	}
	for (size_t i = 0; i < a->ncands; i++) {
		free(a->cands[i].id);
		strv_free(a->cands[i].skills, a->cands[i].n);
	}
	a->ntasks = a->npositions = a->ncands = 0;
}

void advisor_free(struct advisor *a)
{
	if (!a)
		return;
	clear_knowledge(a);
	advisor_clear(a);
	free(a->items);
	free(a->docs);
	free(a->lex);
	free(a->attrs);
	free(a->answers);
	free(a->synonyms);
	free(a->tasks);
	free(a->positions);
	free(a->cands);
	free(a->detail);
	free(a->query_label[0]);
	free(a->query_label[1]);
	free(a);
}

void advisor_prepare(struct advisor *a)
{
	if (a->text)
		text_prepare(a->text);
}

int advisor_attach(struct advisor *a)
{
	ok(a);
	clear_knowledge(a);
	a->text = text_index_new();
	if (!a->text)
		return fail(a, ADV_ENGINE, "no Spanish or English stemmer in libstemmer");
	host_each_fact(a->h, NULL, read_fact, a);
	enum text_lang missing = text_find_dictionaries(a->text);
	if (missing != TEXT_ANY) {
		const char *package = a->package[missing - 1];
		char *detail = package && *package ? xasprintf("%s (install %s)", text_error(a->text), package)
						   : xstrdup(text_error(a->text));
		int rc = fail(a, ADV_DICTIONARY, detail);
		free(detail);
		return rc;
	}
	for (size_t i = 0; i < a->nlex; i++) {
		const struct item *it = find_item(a, a->lex[i].means);
		a->lex[i].kind = it ? it->kind : "";
		unsigned flags = !it ? 0
				 : strcmp(it->kind, "action") == 0  ? TEXT_ACTION
				 : strcmp(it->kind, "party") == 0   ? TEXT_PARTY
				 : strcmp(it->kind, "channel") == 0 ? TEXT_CHANNEL
								    : 0;
		text_add_phrase(a->text, a->lex[i].phrase, a->lex[i].lang, (int)i, flags);
	}
	/* Assert again what the user said, into the new knowledge. */
	for (size_t i = 0; i < a->ntasks; i++)
		if (assert_task(a, &a->tasks[i]) != 0)
			return -1;
	for (size_t i = 0; i < a->npositions; i++)
		if (assert_position(a, &a->positions[i]) != 0)
			return -1;
	for (size_t i = 0; i < a->ncands; i++)
		if (assert_candidate(a, &a->cands[i]) != 0)
			return -1;
	return run(a);
}
