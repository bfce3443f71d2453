/*
 * positions.c - positions: kept under a name or passing (one query's), the
 * items they cover resolved to ids, asserted, and the skills the rules say
 * they need read back, most important first, each with its reasons.
 *
 * A candidate's fit for a position is candidates.c's; this file only
 * names the order of skills it uses (cmp_skill).
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static const char *const ITEM_KINDS[] = {"position", "side", "role", "duty", "task", NULL};

/* Resolves items to ids; a kept position's name stands for its items. */
static int resolve_items(struct advisor *a, int nitems, char **items, struct strv *out)
{
	for (int i = 0; i < nitems; i++) {
		const char *id = advisor_resolve(a, items[i], ITEM_KINDS);
		if (!id)
			return -1;
		const struct position_in *p = find_position(a, id);
		if (p && !find_item(a, id) && !find_task(a, id)) {
			for (size_t j = 0; j < p->n; j++)
				strv_add_once(out, p->items[j]);
		} else {
			strv_add_once(out, id);
		}
	}
	return 0;
}

int assert_position(struct advisor *a, const struct position_in *p)
{
	retract_where(a, "fit-request", "position", p->id); /* see forget_fits(), tasks.c */
	retract_where(a, "position", "id", p->id);
	retract_where(a, "position-item", "position", p->id);
	struct host_slot pos[] = {{"id", sym(p->id)}, {"rev", num(p->rev)}};
	if (assert_or_fail(a, "position", pos, 2) != 0)
		return -1;
	for (size_t i = 0; i < p->n; i++) {
		struct host_slot item[] = {{"position", sym(p->id)}, {"item", sym(p->items[i])}};
		if (assert_or_fail(a, "position-item", item, 2) != 0)
			return -1;
	}
	return 0;
}

/* qsort has no context argument: the advisor whose ranks order skills. */
const struct advisor *sorting_advisor;

int cmp_skill(const void *x, const void *y)
{
	const struct advice_skill *p = x, *q = y;
	double rp = importance_rank(sorting_advisor, p->importance), rq = importance_rank(sorting_advisor, q->importance);
	if (rp != rq)
		return rp < rq ? 1 : -1;
	size_t op = item_order(sorting_advisor, p->skill), oq = item_order(sorting_advisor, q->skill);
	return (op > oq) - (op < oq);
}

/* Reasons: the strongest first, and the article's before inferred links. */
static int cmp_need(const void *x, const void *y)
{
	const struct advice_need *p = x, *q = y;
	double rp = importance_rank(sorting_advisor, p->importance), rq = importance_rank(sorting_advisor, q->importance);
	if (rp != rq)
		return rp < rq ? 1 : -1;
	int ip = strcmp(p->source, "inferred") == 0, iq = strcmp(q->source, "inferred") == 0;
	if (ip != iq)
		return ip - iq;
	return strcmp(p->of, q->of);
}

static void read_position(struct advisor *a, const char *id, const char *shown, struct strv *items,
			  struct advice_position *out)
{
	*out = (struct advice_position){.id = xstrdup(shown), .items = copy_strv(items->v, items->n),
					.nitems = items->n};
	struct select s;
	select_facts(a, "position-skill", "position", id, NULL, NULL, &s);
	out->skills = xcalloc(s.n ? s.n : 1, sizeof *out->skills);
	for (size_t i = 0; i < s.n; i++) {
		struct advice_skill *k = &out->skills[out->nskills++];
		k->skill = xstrdup(get_s(a->h, s.v[i], "skill"));
		k->importance = xstrdup(get_s(a->h, s.v[i], "importance"));
		struct select n;
		select_facts(a, "need", "position", id, "skill", k->skill, &n);
		k->because = xcalloc(n.n ? n.n : 1, sizeof *k->because);
		for (size_t j = 0; j < n.n; j++)
			k->because[k->nbecause++] = (struct advice_need){
			    .via = xstrdup(get_s(a->h, n.v[j], "via")),
			    .of = xstrdup(get_s(a->h, n.v[j], "of")),
			    .importance = xstrdup(get_s(a->h, n.v[j], "importance")),
			    .source = xstrdup(get_s(a->h, n.v[j], "source")),
			    .rule = xstrdup(get_s(a->h, n.v[j], "rule"))};
		free(n.v);
		sorting_advisor = a;
		qsort(k->because, k->nbecause, sizeof *k->because, cmp_need);
	}
	free(s.v);
	sorting_advisor = a;
	qsort(out->skills, out->nskills, sizeof *out->skills, cmp_skill);
}

void advice_position_free(struct advice_position *p)
{
	free(p->id);
	strv_free(p->items, p->nitems);
	for (size_t i = 0; i < p->nskills; i++) {
		struct advice_skill *k = &p->skills[i];
		for (size_t j = 0; j < k->nbecause; j++) {
			free(k->because[j].via);
			free(k->because[j].of);
			free(k->because[j].importance);
			free(k->because[j].source);
			free(k->because[j].rule);
		}
		free(k->because);
		free(k->skill);
		free(k->importance);
	}
	free(p->skills);
	*p = (struct advice_position){0};
}

/* Asserts the position a query names: a kept one as it is, or the items
 * as the passing query position. Returns its id. */
const char *query_position(struct advisor *a, int nitems, char **items, struct strv *ids)
{
	if (nitems == 1 && find_position(a, items[0]) && !find_item(a, items[0])) {
		const struct position_in *p = find_position(a, items[0]);
		for (size_t i = 0; i < p->n; i++)
			strv_add(ids, p->items[i]);
		return p->id;
	}
	if (resolve_items(a, nitems, items, ids) != 0)
		return NULL;
	struct position_in q = {.id = (char *)QUERY_POSITION, .items = ids->v, .n = ids->n, .rev = ++a->rev};
	for (int es = 0; es < 2; es++) {
		struct strbuf b = {0};
		strbuf_add(&b, "", 0);
		for (size_t i = 0; i < ids->n; i++) {
			const char *label = advisor_label(a, ids->v[i], es);
			if (i)
				strbuf_add(&b, ", ", 2);
			strbuf_add(&b, label, strlen(label));
		}
		free(a->query_label[es]);
		a->query_label[es] = b.s;
	}
	if (assert_position(a, &q) != 0 || run(a) != 0)
		return NULL;
	return QUERY_POSITION;
}

int advisor_position(struct advisor *a, const char *name, int nitems, char **items,
		     struct advice_position *out)
{
	ok(a);
	if (name && !valid_id(name))
		return fail(a, ADV_BAD_ID, name);
	if (name && name_free(a, name, "position") != 0)
		return -1;
	struct strv ids = {0};
	const char *id;
	if (name) {
		if (resolve_items(a, nitems, items, &ids) != 0) {
			strv_free(ids.v, ids.n);
			return -1;
		}
		struct position_in *p = find_position(a, name);
		if (!p) {
			xgrow(&a->positions, &a->cappositions, a->npositions + 1, sizeof *a->positions);
			p = &a->positions[a->npositions++];
			*p = (struct position_in){.id = xstrdup(name)};
		} else {
			strv_free(p->items, p->n);
		}
		p->items = copy_strv(ids.v, ids.n);
		p->n = ids.n;
		p->rev = ++a->rev;
		if (assert_position(a, p) != 0 || run(a) != 0) {
			strv_free(ids.v, ids.n);
			return -1;
		}
		id = p->id;
	} else if (!(id = query_position(a, nitems, items, &ids))) {
		strv_free(ids.v, ids.n);
		return -1;
	}
	read_position(a, id, name ? id : (id == QUERY_POSITION ? "" : id), &ids, out);
	strv_free(ids.v, ids.n);
	return 0;
}

bool advisor_has_position(const struct advisor *a, const char *name) { return find_position(a, name) != NULL; }
size_t advisor_position_count(const struct advisor *a) { return a->npositions; }
const char *advisor_position_id(const struct advisor *a, size_t i)
{
	return i < a->npositions ? a->positions[i].id : NULL;
}

char *const *advisor_position_items(const struct advisor *a, const char *id, size_t *n)
{
	const struct position_in *p = find_position(a, id);
	*n = p ? p->n : 0;
	return p ? p->items : NULL;
}
