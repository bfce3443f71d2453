/*
 * task_read.c - a task's conclusion read back from the facts the rules
 * drew (verdict, evidence, task-duty) as a struct advice_task: side,
 * confidence, every reason with what it adds, the duties covered.
 *
 * It changes no fact and runs no rule: tasks.c does, then calls it.
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static int cmp_reason(const void *x, const void *y)
{
	const struct advice_reason *a = x, *b = y;
	return (a->weight < b->weight) - (a->weight > b->weight);
}

/* What each reason adds, from the verdict's shares (about share...): the
 * strongest reason about a thing adds its share, the weaker ones about it
 * are listed with it; a reason against adds its weight. */
static void share_reasons(struct advice_task *t, const struct host_value *shares)
{
	/* No verdict drawn (the rules were stopped): each reason its weight. */
	bool drawn = shares->u.multi.n > 0;
	for (size_t i = 0; i < t->nreasons; i++) {
		struct advice_reason *r = &t->reasons[i];
		r->also = xstrdup("");
		if (r->weight < 0) {
			r->share = r->weight;
			continue;
		}
		struct advice_reason *head = NULL;
		for (size_t j = 0; j < i && !head; j++)
			if (!t->reasons[j].merged && t->reasons[j].weight >= 0 && strcmp(t->reasons[j].about, r->about) == 0 &&
			    strcmp(t->reasons[j].side, r->side) == 0)
				head = &t->reasons[j];
		if (head) {
			r->merged = true;
			bool same = strcmp(head->detail, r->detail) == 0 || strstr(head->also, r->detail);
			if (!same) {
				char *also = xasprintf("%s%s%s", head->also, *head->also ? ", " : "", r->detail);
				free(head->also);
				head->also = also;
			}
			continue;
		}
		if (!drawn)
			r->share = r->weight;
		for (size_t k = 0; k + 1 < shares->u.multi.n; k += 2) {
			const struct host_value *key = &shares->u.multi.v[k], *v = &shares->u.multi.v[k + 1];
			if (key->type == HOST_SYMBOL && strcmp(key->u.s, r->about) == 0)
				r->share = v->type == HOST_FLOAT ? v->u.f : v->type == HOST_INTEGER ? (double)v->u.i : 0.0;
		}
	}
}

void read_task(struct advisor *a, const char *id, const char *text, struct advice_task *out)
{
	*out = (struct advice_task){.id = xstrdup(id), .text = xstrdup(text)};
	const struct task_in *in = find_task(a, id);
	out->attrs = xcalloc(in && in->nattrs ? in->nattrs : 1, sizeof *out->attrs);
	for (size_t i = 0; in && i < in->nattrs; i++)
		out->attrs[out->nattrs++] = xasprintf("%s=%s", in->names[i], in->values[i]);
	struct select s;
	select_facts(a, "task", "id", id, NULL, NULL, &s);
	out->lang = xstrdup(s.n ? get_s(a->h, s.v[0], "lang") : "unknown");
	free(s.v);
	struct host_value shares = {.type = HOST_MULTI};
	select_facts(a, "verdict", "task", id, NULL, NULL, &s);
	if (s.n) {
		out->side = xstrdup(get_s(a->h, s.v[0], "side"));
		out->confidence = get_n(a->h, s.v[0], "confidence");
		out->front = get_n(a->h, s.v[0], "front");
		out->back = get_n(a->h, s.v[0], "back");
		if (host_get(a->h, s.v[0], "shares", &shares) != 0 || shares.type != HOST_MULTI)
			shares = (struct host_value){.type = HOST_MULTI};
	} else {
		out->side = xstrdup("unknown");
	}
	free(s.v);
	select_facts(a, "evidence", "task", id, NULL, NULL, &s);
	out->reasons = xcalloc(s.n ? s.n : 1, sizeof *out->reasons);
	for (size_t i = 0; i < s.n; i++) {
		const struct host_fact *f = s.v[i];
		out->reasons[i] = (struct advice_reason){
		    .about = xstrdup(get_s(a->h, f, "about")),
		    .side = xstrdup(get_s(a->h, f, "side")),
		    .weight = get_n(a->h, f, "weight"),
		    .basis = xstrdup(get_s(a->h, f, "basis")),
		    .detail = xstrdup(get_s(a->h, f, "detail")),
		    .source = xstrdup(get_s(a->h, f, "source")),
		    .rule = xstrdup(get_s(a->h, f, "rule"))};
	}
	out->nreasons = s.n;
	qsort(out->reasons, out->nreasons, sizeof *out->reasons, cmp_reason);
	free(s.v);
	share_reasons(out, &shares);
	select_facts(a, "task-duty", "task", id, NULL, NULL, &s);
	struct strv duties = {0};
	for (size_t i = 0; i < s.n; i++) {
		const char *d = get_s(a->h, s.v[i], "duty");
		bool seen = false;
		for (size_t j = 0; j < duties.n; j++)
			seen |= strcmp(duties.v[j], d) == 0;
		if (!seen)
			strv_add(&duties, d);
	}
	free(s.v);
	out->duties = duties.v;
	out->nduties = duties.n;
}

void advice_task_free(struct advice_task *t)
{
	free(t->id);
	free(t->text);
	free(t->lang);
	free(t->side);
	for (size_t i = 0; i < t->nreasons; i++) {
		struct advice_reason *r = &t->reasons[i];
		free(r->about);
		free(r->side);
		free(r->basis);
		free(r->detail);
		free(r->also);
		free(r->source);
		free(r->rule);
	}
	free(t->reasons);
	strv_free(t->duties, t->nduties);
	strv_free(t->attrs, t->nattrs);
	*t = (struct advice_task){0};
}
