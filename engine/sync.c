/*
 * sync.c - the facts C asserts about one thing (a task, a candidate) made
 * those it wants: what no longer holds is retracted, what is new asserted,
 * the rest left alone, so that only the conclusions resting on what
 * changed are withdrawn.
 *
 * It knows no template: the caller says which facts are about the thing
 * (struct about) and builds the facts it wants (struct want). It does not
 * run the rules.
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

struct want *want(struct wants *w, const char *tmpl)
{
	xgrow(&w->v, &w->cap, w->n + 1, sizeof *w->v);
	w->v[w->n] = (struct want){.tmpl = tmpl};
	return &w->v[w->n++];
}

void want_slot(struct want *w, const char *name, struct host_value v)
{
	w->slots[w->n++] = (struct host_slot){name, v};
}

void wants_free(struct wants *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->v[i].own);
	free(w->v);
}

static bool same_value(const struct host_value *x, const struct host_value *y)
{
	if (x->type != y->type)
		return false;
	switch (x->type) {
	case HOST_SYMBOL:
	case HOST_STRING:
		return strcmp(x->u.s, y->u.s) == 0;
	case HOST_INTEGER:
		return x->u.i == y->u.i;
	default:
		return false;
	}
}

static bool same_want(const struct want *x, const struct want *y)
{
	if (strcmp(x->tmpl, y->tmpl) != 0 || x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++)
		if (strcmp(x->slots[i].name, y->slots[i].name) != 0 || !same_value(&x->slots[i].value, &y->slots[i].value))
			return false;
	return true;
}

static bool fact_is(struct host *h, const struct host_fact *f, const struct want *w)
{
	if (strcmp(host_fact_template(f), w->tmpl) != 0)
		return false;
	for (size_t i = 0; i < w->n; i++) {
		struct host_value v;
		if (host_get(h, f, w->slots[i].name, &v) != 0 || !same_value(&v, &w->slots[i].value))
			return false;
	}
	return true;
}

/* Makes the facts C asserted about one thing (id) those it wants: facts
 * that no longer hold are retracted, new ones asserted, the rest left
 * alone, so that only the conclusions resting on what changed are
 * withdrawn. keep (a passing query, with no old facts) collects the facts
 * asserted. Wanting the same fact twice is fine. */
int sync_facts(struct advisor *a, const struct about *about, size_t nabout, const char *id, struct wants *w,
	       struct facts *keep)
{
	for (size_t k = 0; k < nabout && !keep; k++) {
		struct select s;
		select_facts(a, about[k].tmpl, about[k].slot, id, NULL, NULL, &s);
		for (size_t i = 0; i < s.n; i++) {
			/* A rule's conclusion of the same template is not ours. */
			if (host_fact_origin(a->h, host_fact_index(s.v[i])).rule)
				continue;
			bool wanted = false;
			for (size_t j = 0; j < w->n && !wanted; j++)
				if (!w->v[j].live && fact_is(a->h, s.v[i], &w->v[j]))
					wanted = w->v[j].live = true;
			if (!wanted)
				host_retract_fact(a->h, s.v[i]);
		}
		free(s.v);
	}
	int rc = 0;
	for (size_t i = 0; i < w->n && rc == 0; i++) {
		if (w->v[i].live)
			continue;
		const struct host_fact *f = host_assert_fact(a->h, w->v[i].tmpl, w->v[i].slots, w->v[i].n);
		if (f && keep) {
			xgrow(&keep->v, &keep->cap, keep->n + 1, sizeof *keep->v);
			keep->v[keep->n++] = f;
		}
		/* The same words twice in a text, or a skill named twice, are
		 * one fact: wanted twice is fine. */
		bool twice = false;
		for (size_t j = 0; j < i && !f && !twice; j++)
			twice = same_want(&w->v[j], &w->v[i]);
		if (!f && !twice)
			rc = fail(a, ADV_ENGINE, host_last_error(a->h));
	}
	return rc;
}
