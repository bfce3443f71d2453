/*
 * advisor.c - what the advisor's files share: the error (set by fail()
 * and ok(), inline in advisor_impl.h), vectors of strings, and facts
 * selected, read, asserted and retracted through the host, with a run of
 * the rules.
 *
 * The advisor keeps what the user said and asserts it as facts built with
 * the host's API (never as CLIPS text); the rules in rules/ draw the
 * conclusions, which are read back as C values. The template and slot
 * names its files use are those of kb/schema.clp; no domain word is.
 * advisor_impl.h lists the files, each one concept, and what each owns;
 * this one is at the bottom: it calls none of them, and knows no template.
 * The advisor's life (advisor_new(), advisor_attach(), advisor_free()) is
 * attach.c's.
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Ids of things that exist only for one query: a user cannot type them
 * (ids have no spaces). */
const char QUERY_TASK[] = " classify";
const char QUERY_POSITION[] = " query";

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
