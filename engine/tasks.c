/*
 * tasks.c - tasks: described (kept, replacing an earlier description),
 * classified (a passing query, kept nothing), forgotten; the facts that
 * state a task (its text's cues found with text.h), and the answers a
 * task keeps when it is described again.
 *
 * Taking what was typed apart is task_parse.c's, reading the conclusion
 * back task_read.c's, putting questions and recording answers
 * interview.c's.
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

void task_in_free(struct task_in *t)
{
	free(t->id);
	free(t->text);
	strv_free(t->names, t->nattrs);
	strv_free(t->values, t->nattrs);
	strv_free(t->questions, t->nanswers);
	strv_free(t->answers, t->nanswers);
}

static void retract_task(struct advisor *a, const char *id)
{
	retract_where(a, "task", "id", id);
	retract_where(a, "task-attr", "task", id);
	retract_where(a, "task-cue", "task", id);
	retract_where(a, "answer", "task", id);
	retract_where(a, "task-rev", "task", id);
	retract_where(a, "interview", "task", id);
}

/* The facts that state task t: the task, its attributes, the cues found in
 * its text, its answers and its revision. */
static void task_wants(struct advisor *a, const struct task_in *t, struct wants *w)
{
	const struct text_match *m = NULL;
	enum text_lang lang = TEXT_ANY;
	size_t n = a->text ? text_find(a->text, t->text, strlen(t->text), &m, &lang) : 0;
	const char *lang_id = lang == TEXT_ES ? "es" : lang == TEXT_EN ? "en" : "unknown";
	struct want *x = want(w, "task");
	want_slot(x, "id", sym(t->id));
	want_slot(x, "text", str(t->text));
	want_slot(x, "lang", sym(lang_id));
	for (size_t i = 0; i < t->nattrs; i++) {
		x = want(w, "task-attr");
		want_slot(x, "task", sym(t->id));
		want_slot(x, "name", sym(t->names[i]));
		want_slot(x, "value", sym(t->values[i]));
	}
	for (size_t i = 0; i < n; i++) {
		x = want(w, "task-cue");
		x->own = xstrndup(t->text + m[i].start, m[i].end - m[i].start);
		want_slot(x, "task", sym(t->id));
		want_slot(x, "means", sym(a->lex[m[i].id].means));
		want_slot(x, "kind", sym(a->lex[m[i].id].kind));
		want_slot(x, "phrase", str(a->lex[m[i].id].phrase));
		want_slot(x, "words", str(x->own));
		want_slot(x, "at", num((long long)m[i].at));
		want_slot(x, "negated", sym(m[i].negated ? "yes" : "no"));
		want_slot(x, "clause", num(m[i].clause + 1));
		want_slot(x, "mark", sym(m[i].mark >= 0 && (size_t)m[i].mark < a->relations.n
					     ? a->relations.v[m[i].mark]
					     : "none"));
	}
	for (size_t i = 0; i < t->nanswers; i++) {
		x = want(w, "answer");
		want_slot(x, "task", sym(t->id));
		want_slot(x, "question", sym(t->questions[i]));
		want_slot(x, "value", sym(t->answers[i]));
	}
	x = want(w, "task-rev");
	want_slot(x, "task", sym(t->id));
	want_slot(x, "rev", num(t->rev));
}

static const struct about TASK_FACTS[] = {
    {"task", "id"}, {"task-attr", "task"}, {"task-cue", "task"}, {"answer", "task"}, {"task-rev", "task"}};

static int sync_task(struct advisor *a, const struct task_in *t)
{
	struct wants w = {0};
	task_wants(a, t, &w);
	int rc = sync_facts(a, TASK_FACTS, sizeof TASK_FACTS / sizeof *TASK_FACTS, t->id, &w, NULL);
	wants_free(&w);
	return rc;
}

/* A fit sums skills it does not rest on logically: when a task, position
 * or candidate changes, the fits drawn on it are withdrawn (their requests
 * retracted), to be drawn afresh when asked (match, rank, how, report).
 * For a task, those of the positions covering it. */
static void forget_fits(struct advisor *a, const char *item)
{
	struct select s;
	select_facts(a, "position-item", "item", item, NULL, NULL, &s);
	struct strv positions = {0};
	for (size_t i = 0; i < s.n; i++)
		strv_add(&positions, get_s(a->h, s.v[i], "position"));
	free(s.v);
	for (size_t i = 0; i < positions.n; i++)
		retract_where(a, "fit-request", "position", positions.v[i]);
	strv_free(positions.v, positions.n);
}

/* Asserts what the user said of a task, changed: only what changed moves. */
int assert_task(struct advisor *a, const struct task_in *t)
{
	forget_fits(a, t->id);
	return sync_task(a, t);
}

void add_answer(struct task_in *t, const char *question, const char *value)
{
	size_t n = t->nanswers;
	t->questions = xrealloc(t->questions, (n + 1) * sizeof *t->questions);
	t->answers = xrealloc(t->answers, (n + 1) * sizeof *t->answers);
	t->questions[n] = xstrdup(question);
	t->answers[n] = xstrdup(value);
	t->nanswers = n + 1;
}

void drop_answer(struct task_in *t, size_t i)
{
	free(t->questions[i]);
	free(t->answers[i]);
	memmove(t->questions + i, t->questions + i + 1, (t->nanswers - i - 1) * sizeof *t->questions);
	memmove(t->answers + i, t->answers + i + 1, (t->nanswers - i - 1) * sizeof *t->answers);
	t->nanswers--;
}

/* Moves old's answers to t, but those to a question about an attribute t
 * states, and those to a text question (the description t gives replaces
 * the one answered), unless it was skipped and t gives none either. */
static void keep_answers(struct advisor *a, struct task_in *old, struct task_in *t)
{
	for (size_t i = 0; i < old->nanswers; i++) {
		const struct host_fact *q = find_question(a, old->questions[i]);
		const char *attr = q ? get_s(a->h, q, "attribute") : "";
		bool stated = q && strcmp(get_s(a->h, q, "kind"), "text") == 0 &&
			      (*t->text || strcmp(old->answers[i], "unknown") != 0);
		for (size_t j = 0; j < t->nattrs && !stated; j++)
			stated = strcmp(t->names[j], attr) == 0;
		if (!stated)
			add_answer(t, old->questions[i], old->answers[i]);
	}
}

/* Keeps t (the advisor takes it) as the task by its id, and runs. */
static int set_task(struct advisor *a, struct task_in *t, struct advice_task *out)
{
	t->rev = ++a->rev;
	struct task_in *old = find_task(a, t->id);
	if (old) {
		/* A new description starts with no answers; the same one,
		 * stated again with attributes, keeps them but for what the
		 * user now states. */
		if (strcmp(old->text, t->text) == 0)
			keep_answers(a, old, t);
		struct task_in gone = *old;
		*old = *t;
		task_in_free(&gone);
	} else {
		xgrow(&a->tasks, &a->captasks, a->ntasks + 1, sizeof *a->tasks);
		old = &a->tasks[a->ntasks++];
		*old = *t;
	}
	if (assert_task(a, old) != 0 || run(a) != 0)
		return -1;
	if (out)
		read_task(a, old->id, old->text, out);
	return 0;
}

/* The id a task described now takes: id checked, free of other kinds of
 * thing, and spelt as first given when it is described again. Returns
 * NULL (the failure recorded) when it cannot be one. */
static const char *task_id(struct advisor *a, const char *id)
{
	ok(a);
	if (!valid_id(id)) {
		fail(a, ADV_BAD_ID, id);
		return NULL;
	}
	if (name_free(a, id, "task") != 0)
		return NULL;
	const struct task_in *old = find_task(a, id);
	return old ? old->id : id;
}

int advisor_task(struct advisor *a, const char *id, const char *text, struct advice_task *out)
{
	if (!(id = task_id(a, id)))
		return -1;
	struct task_in t = {.id = xstrdup(id)};
	if (parse_task(a, text, &t) != 0) {
		task_in_free(&t);
		return -1;
	}
	return set_task(a, &t, out);
}

int advisor_task_parts(struct advisor *a, const char *id, const char *text, size_t nattrs, char **names,
		       char **values, struct advice_task *out)
{
	if (!(id = task_id(a, id)))
		return -1;
	struct task_in t = {.id = xstrdup(id)};
	if (task_from_parts(a, text, nattrs, names, values, &t) != 0) {
		task_in_free(&t);
		return -1;
	}
	return set_task(a, &t, out);
}

const char *advisor_task_text(const struct advisor *a, const char *id)
{
	const struct task_in *t = find_task(a, id);
	return t ? t->text : NULL;
}

size_t advisor_task_attr_count(const struct advisor *a, const char *id)
{
	const struct task_in *t = find_task(a, id);
	return t ? t->nattrs : 0;
}

void advisor_task_attr_get(const struct advisor *a, const char *id, size_t i, const char **name, const char **value)
{
	const struct task_in *t = find_task(a, id);
	*name = t && i < t->nattrs ? t->names[i] : NULL;
	*value = t && i < t->nattrs ? t->values[i] : NULL;
}

/* Runs the rules on t as a passing query: its facts, and a fact (mark
 * (task ID)) when mark is not NULL, are asserted, read() reads what the
 * rules drew, and the facts go again. */
static int pass(struct advisor *a, struct task_in *t, const char *mark,
		void (*read)(struct advisor *a, struct task_in *t, void *ctx), void *ctx)
{
	struct facts keep = {0};
	struct wants w = {0};
	task_wants(a, t, &w);
	if (mark)
		want_slot(want(&w, mark), "task", sym(t->id));
	int rc = sync_facts(a, TASK_FACTS, sizeof TASK_FACTS / sizeof *TASK_FACTS, t->id, &w, &keep);
	wants_free(&w);
	/* The facts are held across the run: a rule of the knowledge may
	 * retract one, and CLIPS must not free it under us. */
	for (size_t i = 0; i < keep.n; i++)
		host_hold_fact(a->h, keep.v[i]);
	if (rc == 0)
		rc = run(a);
	if (rc == 0)
		read(a, t, ctx);
	/* What it rests on goes (unless a rule retracted it already); the
	 * conclusions follow (logical). */
	for (size_t i = 0; i < keep.n; i++) {
		host_retract_fact(a->h, keep.v[i]);
		host_release_fact(a->h, keep.v[i]);
	}
	free(keep.v);
	return rc;
}

static void read_classified(struct advisor *a, struct task_in *t, void *ctx)
{
	struct advice_task *out = ctx;
	read_task(a, t->id, t->text, out);
	/* The query task is not kept: its attributes are t's. */
	strv_free(out->attrs, out->nattrs);
	out->attrs = xcalloc(t->nattrs ? t->nattrs : 1, sizeof *out->attrs);
	out->nattrs = 0;
	for (size_t i = 0; i < t->nattrs; i++)
		out->attrs[out->nattrs++] = xasprintf("%s=%s", t->names[i], t->values[i]);
}

static int classify_once(struct advisor *a, struct task_in *t, struct advice_task *out)
{
	return pass(a, t, NULL, read_classified, out);
}

int read_passing(struct advisor *a, const char *text, const char *mark,
		 void (*read)(struct advisor *a, struct task_in *t, void *ctx), void *ctx)
{
	struct task_in t = {.id = xstrdup(QUERY_TASK), .rev = ++a->rev};
	int rc = task_from_parts(a, text, 0, NULL, NULL, &t) == 0 ? pass(a, &t, mark, read, ctx) : -1;
	task_in_free(&t);
	return rc;
}

int advisor_classify(struct advisor *a, const char *text, struct advice_task *out)
{
	ok(a);
	struct task_in t = {.id = xstrdup(QUERY_TASK), .rev = ++a->rev};
	int rc = parse_task(a, text, &t) == 0 ? classify_once(a, &t, out) : -1;
	task_in_free(&t);
	return rc;
}

int advisor_classify_parts(struct advisor *a, const char *text, size_t nattrs, char **names, char **values,
			   struct advice_task *out)
{
	ok(a);
	struct task_in t = {.id = xstrdup(QUERY_TASK), .rev = ++a->rev};
	int rc = task_from_parts(a, text, nattrs, names, values, &t) == 0 ? classify_once(a, &t, out) : -1;
	task_in_free(&t);
	return rc;
}

int advisor_forget(struct advisor *a, const char *id)
{
	ok(a);
	struct task_in *t = find_task(a, id);
	if (!t)
		return fail(a, ADV_UNKNOWN_TASK, id);
	forget_fits(a, t->id);
	retract_task(a, t->id);
	/* The kept positions that covered it cover it no more. */
	for (size_t i = 0; i < a->npositions; i++) {
		struct position_in *p = &a->positions[i];
		size_t kept = 0;
		for (size_t j = 0; j < p->n; j++) {
			if (same_id(p->items[j], t->id))
				free(p->items[j]);
			else
				p->items[kept++] = p->items[j];
		}
		if (kept == p->n)
			continue;
		p->n = kept;
		p->rev = ++a->rev;
		if (assert_position(a, p) != 0)
			return -1;
	}
	task_in_free(t);
	*t = a->tasks[--a->ntasks];
	return run(a);
}

int advisor_task_get(struct advisor *a, const char *id, struct advice_task *out)
{
	ok(a);
	struct task_in *t = find_task(a, id);
	if (!t)
		return fail(a, ADV_UNKNOWN_TASK, id);
	read_task(a, t->id, t->text, out);
	return 0;
}

size_t advisor_task_count(const struct advisor *a) { return a->ntasks; }
const char *advisor_task_id(const struct advisor *a, size_t i) { return i < a->ntasks ? a->tasks[i].id : NULL; }
