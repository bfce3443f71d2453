/*
 * candidates.c - candidates and their skills, and a candidate's fit for a
 * position: drawn when asked (match, rank) and read back, the skills had
 * and missing most important first.
 *
 * The position a fit is asked for is positions.c's (query_position()); a
 * fit is drawn by the rules of rules/match.clp, not computed here.
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static const struct about CANDIDATE_FACTS[] = {
    {"candidate", "id"}, {"candidate-skill", "candidate"}, {"cv-words", "candidate"}};

int assert_candidate(struct advisor *a, const struct candidate_in *c)
{
	retract_where(a, "fit-request", "candidate", c->id); /* see forget_fits(), tasks.c */
	struct wants w = {0};
	want_slot(want(&w, "candidate"), "id", sym(c->id));
	for (size_t i = 0; i < c->n; i++) {
		struct want *x = want(&w, "candidate-skill");
		want_slot(x, "candidate", sym(c->id));
		want_slot(x, "skill", sym(c->skills[i]));
	}
	for (size_t i = 0; i < c->ncv; i++) {
		struct want *x = want(&w, "cv-words");
		want_slot(x, "candidate", sym(c->id));
		want_slot(x, "skill", sym(c->cv[i].skill));
		want_slot(x, "via", sym(c->cv[i].via));
		want_slot(x, "words", str(c->cv[i].words));
		want_slot(x, "file", str(c->file ? c->file : ""));
		want_slot(x, "line", num(c->cv[i].line));
	}
	int rc = sync_facts(a, CANDIDATE_FACTS, sizeof CANDIDATE_FACTS / sizeof *CANDIDATE_FACTS, c->id, &w, NULL);
	wants_free(&w);
	return rc;
}

static void cv_words_free(struct advice_cv_words *w)
{
	free(w->skill);
	free(w->via);
	free(w->words);
}

void candidate_in_free(struct candidate_in *c)
{
	free(c->id);
	strv_free(c->skills, c->n);
	free(c->file);
	for (size_t i = 0; i < c->ncv; i++)
		cv_words_free(&c->cv[i]);
	free(c->cv);
	*c = (struct candidate_in){0};
}

/* 0 when name can be a candidate's; else -1, the error set. */
static int check_name(struct advisor *a, const char *name)
{
	if (!valid_id(name))
		return fail(a, ADV_BAD_ID, name);
	return name_free(a, name, "candidate");
}

/* The candidate by that name (checked), made when new. */
static struct candidate_in *candidate_named(struct advisor *a, const char *name)
{
	struct candidate_in *c = find_candidate(a, name);
	if (!c) {
		xgrow(&a->cands, &a->capcands, a->ncands + 1, sizeof *a->cands);
		c = &a->cands[a->ncands++];
		*c = (struct candidate_in){.id = xstrdup(name)};
	}
	return c;
}

int advisor_candidate(struct advisor *a, const char *name, int nskills, char **skills, char ***ids,
		      size_t *nids)
{
	ok(a);
	if (check_name(a, name) != 0)
		return -1;
	static const char *const kinds[] = {"skill", NULL};
	struct strv found = {0};
	for (int i = 0; i < nskills; i++) {
		const char *id = advisor_resolve(a, skills[i], kinds);
		if (!id) {
			strv_free(found.v, found.n);
			return fail(a, a->err == ADV_AMBIGUOUS ? ADV_AMBIGUOUS : ADV_UNKNOWN_SKILL, skills[i]);
		}
		strv_add_once(&found, id);
	}
	struct candidate_in *c = candidate_named(a, name);
	strv_free(c->skills, c->n);
	c->skills = found.v;
	c->n = found.n;
	/* What the CV said stays with the skills kept. */
	size_t kept = 0;
	for (size_t i = 0; i < c->ncv; i++) {
		bool has = false;
		for (size_t j = 0; j < c->n && !has; j++)
			has = strcmp(c->skills[j], c->cv[i].skill) == 0;
		if (has)
			c->cv[kept++] = c->cv[i];
		else
			cv_words_free(&c->cv[i]);
	}
	c->ncv = kept;
	if (assert_candidate(a, c) != 0 || run(a) != 0)
		return -1;
	*ids = copy_strv(c->skills, c->n);
	*nids = c->n;
	return 0;
}

int advisor_candidate_cv(struct advisor *a, const char *name, const char *file, size_t n,
			 const struct advice_cv_words *words)
{
	ok(a);
	if (check_name(a, name) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const struct item *it = find_item(a, words[i].skill);
		if (!it || strcmp(it->kind, "skill") != 0)
			return fail(a, ADV_UNKNOWN_SKILL, words[i].skill);
	}
	/* Copied before the old ones go: words may be the candidate's own
	 * (advisor_candidate_words()). */
	struct candidate_in fresh = {.file = xstrdup(file), .cv = xcalloc(n ? n : 1, sizeof *fresh.cv)};
	struct strv skills = {0};
	for (size_t i = 0; i < n; i++) {
		strv_add_once(&skills, words[i].skill);
		fresh.cv[fresh.ncv++] = (struct advice_cv_words){xstrdup(words[i].skill), xstrdup(words[i].via),
								 xstrdup(words[i].words), words[i].line};
	}
	fresh.skills = skills.v;
	fresh.n = skills.n;
	struct candidate_in *c = candidate_named(a, name), old = *c;
	fresh.id = old.id;
	old.id = NULL;
	*c = fresh;
	candidate_in_free(&old);
	return assert_candidate(a, c) != 0 || run(a) != 0 ? -1 : 0;
}

const struct advice_cv_words *advisor_candidate_words(const struct advisor *a, const char *id, size_t *n,
						      const char **file)
{
	const struct candidate_in *c = find_candidate(a, id);
	*n = c ? c->ncv : 0;
	*file = c ? c->file : NULL;
	return c && c->ncv ? c->cv : NULL;
}

size_t advisor_candidate_count(const struct advisor *a) { return a->ncands; }

char *const *advisor_candidate_skills(const struct advisor *a, const char *id, size_t *n)
{
	const struct candidate_in *c = find_candidate(a, id);
	*n = c ? c->n : 0;
	return c ? c->skills : NULL;
}

const char *advisor_candidate_id(const struct advisor *a, size_t i) { return i < a->ncands ? a->cands[i].id : NULL; }

void advice_fit_free(struct advice_fit *f)
{
	free(f->candidate);
	free(f->position);
	strv_free(f->has, f->nhas);
	strv_free(f->has_importance, f->nhas);
	strv_free(f->missing, f->nmissing);
	strv_free(f->missing_importance, f->nmissing);
	*f = (struct advice_fit){0};
}

/* Skills of a has-skill or lacks-skill selection, most important first. */
static void read_skills(struct advisor *a, struct select *s, char ***skills, char ***importance, size_t *n)
{
	struct advice_skill *tmp = xcalloc(s->n ? s->n : 1, sizeof *tmp);
	for (size_t i = 0; i < s->n; i++) {
		tmp[i].skill = (char *)get_s(a->h, s->v[i], "skill");
		tmp[i].importance = (char *)get_s(a->h, s->v[i], "importance");
	}
	sorting_advisor = a;
	qsort(tmp, s->n, sizeof *tmp, cmp_skill);
	*skills = xcalloc(s->n ? s->n : 1, sizeof **skills);
	*importance = xcalloc(s->n ? s->n : 1, sizeof **importance);
	for (size_t i = 0; i < s->n; i++) {
		(*skills)[i] = xstrdup(tmp[i].skill);
		(*importance)[i] = xstrdup(tmp[i].importance);
	}
	*n = s->n;
	free(tmp);
}

/* A fit is drawn when asked, and the one drawn before is withdrawn (its
 * request retracted): were they all kept, the skill facts of every fit
 * drawn would pile up, and each new fit, which sums them with
 * do-for-all-facts, and each read of one, would scan them all (a report
 * of 100 positions and 100 candidates took 5 minutes). */
static int fit_of(struct advisor *a, const char *cand, const char *position, struct advice_fit *out)
{
	struct select s;
	retract_where(a, "fit-request", NULL, NULL);
	struct host_slot req[] = {{"candidate", sym(cand)}, {"position", sym(position)}, {"rev", num(++a->rev)}};
	if (assert_or_fail(a, "fit-request", req, 3) != 0 || run(a) != 0)
		return -1;
	*out = (struct advice_fit){.candidate = xstrdup(cand), .position = xstrdup(position)};
	select_facts(a, "fit", "candidate", cand, "position", position, &s);
	out->fit = s.n ? get_n(a->h, s.v[0], "value") : 0;
	free(s.v);
	select_facts(a, "has-skill", "candidate", cand, "position", position, &s);
	read_skills(a, &s, &out->has, &out->has_importance, &out->nhas);
	free(s.v);
	select_facts(a, "lacks-skill", "candidate", cand, "position", position, &s);
	read_skills(a, &s, &out->missing, &out->missing_importance, &out->nmissing);
	free(s.v);
	return 0;
}

/* A position that needs no known skill gives no fit: nothing to weigh. */
static int needs_skills(struct advisor *a, const char *position, int nitems, char **items)
{
	struct select s;
	select_facts(a, "position-skill", "position", position, NULL, NULL, &s);
	free(s.v);
	if (s.n)
		return 0;
	struct strbuf named = {0};
	for (int i = 0; i < nitems; i++) {
		if (i)
			strbuf_add(&named, " ", 1);
		strbuf_add(&named, items[i], strlen(items[i]));
	}
	fail(a, ADV_NO_SKILLS, named.s);
	free(named.s);
	return -1;
}

int advisor_match(struct advisor *a, const char *candidate, int nitems, char **items, struct advice_fit *out)
{
	ok(a);
	if (!find_candidate(a, candidate))
		return fail(a, ADV_UNKNOWN_CANDIDATE, candidate);
	struct strv ids = {0};
	const char *position = query_position(a, nitems, items, &ids);
	strv_free(ids.v, ids.n);
	if (!position || needs_skills(a, position, nitems, items) != 0)
		return -1;
	return fit_of(a, find_candidate(a, candidate)->id, position, out);
}

static int cmp_fit(const void *x, const void *y)
{
	const struct advice_fit *p = x, *q = y;
	if (p->fit != q->fit)
		return p->fit < q->fit ? 1 : -1;
	return strcmp(p->candidate, q->candidate);
}

int advisor_rank(struct advisor *a, int nitems, char **items, struct advice_fit **out, size_t *n)
{
	ok(a);
	*out = NULL;
	*n = 0;
	struct strv ids = {0};
	const char *position = query_position(a, nitems, items, &ids);
	strv_free(ids.v, ids.n);
	if (!position || needs_skills(a, position, nitems, items) != 0)
		return -1;
	struct advice_fit *fits = xcalloc(a->ncands ? a->ncands : 1, sizeof *fits);
	size_t count = 0;
	for (size_t i = 0; i < a->ncands; i++) {
		if (fit_of(a, a->cands[i].id, position, &fits[count]) != 0) {
			for (size_t j = 0; j < count; j++)
				advice_fit_free(&fits[j]);
			free(fits);
			return -1;
		}
		count++;
	}
	qsort(fits, count, sizeof *fits, cmp_fit);
	*out = fits;
	*n = count;
	return 0;
}
