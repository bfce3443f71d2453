/*
 * interview.c - the interview about a task: the question the rules of
 * rules/interview.clp put next, answers given as typed (a number, an id,
 * a label or an answer word) or recorded from a saved case, the last one
 * taken back, and the end of it.
 *
 * Which question comes next is the rules' choice, not this file's; the
 * answers are kept in the task (tasks.c).
 */
#include "advisor_impl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

/* A multislot as a vector of strings. */
static void get_list(struct host *h, const struct host_fact *f, const char *slot, char ***out, size_t *n)
{
	struct strv v = {0};
	struct host_value x;
	if (host_get(h, f, slot, &x) == 0 && x.type == HOST_MULTI)
		for (size_t i = 0; i < x.u.multi.n; i++)
			if (x.u.multi.v[i].type == HOST_SYMBOL || x.u.multi.v[i].type == HOST_STRING)
				strv_add(&v, x.u.multi.v[i].u.s);
	if (!v.v)
		v.v = xcalloc(1, sizeof *v.v);
	*out = v.v;
	*n = v.n;
}

void advice_question_free(struct advice_question *q)
{
	free(q->task);
	free(q->id);
	free(q->kind);
	free(q->attribute);
	free(q->rule);
	free(q->open_side);
	strv_free(q->choices, q->nchoices);
	strv_free(q->settles, q->nsettles);
	*q = (struct advice_question){0};
}

static int read_question(struct advisor *a, const char *task, const char *qid, const char *rule,
			 struct advice_question *out)
{
	const struct host_fact *f = find_question(a, qid);
	if (!f)
		return fail(a, ADV_UNKNOWN_ID, qid);
	*out = (struct advice_question){.task = xstrdup(task),
					.id = xstrdup(qid),
					.kind = xstrdup(get_s(a->h, f, "kind")),
					.attribute = xstrdup(get_s(a->h, f, "attribute")),
					.rule = xstrdup(rule ? rule : "")};
	get_list(a->h, f, "choices", &out->choices, &out->nchoices);
	get_list(a->h, f, "settles", &out->settles, &out->nsettles);
	struct select s;
	select_facts(a, "open", "task", task, NULL, NULL, &s);
	out->open_side = xstrdup(s.n ? get_s(a->h, s.v[0], "side") : "unknown");
	out->open_confidence = s.n ? get_n(a->h, s.v[0], "confidence") : 0;
	free(s.v);
	return 0;
}

const char *advisor_new_task_id(struct advisor *a)
{
	for (unsigned n = 1;; n++) {
		free(a->detail);
		a->detail = xasprintf("t%u", n);
		if (!find_task(a, a->detail))
			return a->detail;
	}
}

int advisor_interview(struct advisor *a, const char *task, struct advice_question *out)
{
	ok(a);
	if (!valid_id(task))
		return fail(a, ADV_BAD_ID, task);
	struct task_in *t = find_task(a, task);
	if (!t) {
		if (name_free(a, task, "task") != 0)
			return -1;
		xgrow(&a->tasks, &a->captasks, a->ntasks + 1, sizeof *a->tasks);
		a->tasks[a->ntasks++] = (struct task_in){.id = xstrdup(task), .text = xstrdup(""), .rev = ++a->rev};
		if (assert_task(a, &a->tasks[a->ntasks - 1]) != 0)
			return -1;
		t = &a->tasks[a->ntasks - 1];
	}
	task = t->id;
	struct select s;
	select_facts(a, "interview", "task", task, NULL, NULL, &s);
	size_t running = s.n;
	free(s.v);
	struct host_slot iv = {"task", sym(task)};
	if (!running && assert_or_fail(a, "interview", &iv, 1) != 0)
		return -1;
	if (run(a) != 0)
		return -1;
	select_facts(a, "ask", "task", task, NULL, NULL, &s);
	int rc = 0;
	if (s.n) {
		char *qid = xstrdup(get_s(a->h, s.v[0], "question"));
		char *rule = xstrdup(get_s(a->h, s.v[0], "rule"));
		rc = read_question(a, task, qid, rule, out) == 0 ? 1 : -1;
		free(qid);
		free(rule);
	}
	free(s.v);
	return rc;
}

int advisor_question(struct advisor *a, const char *task, const char *qid, struct advice_question *out)
{
	ok(a);
	if (!find_task(a, task))
		return fail(a, ADV_UNKNOWN_TASK, task);
	return read_question(a, find_task(a, task)->id, qid, NULL, out);
}

static bool is_number(const char *s, long *n)
{
	char *end;
	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	*n = strtol(s, &end, 10);
	return !*end && errno == 0;
}

/* The value a typed answer stands for among choices (unknown is always
 * allowed), or NULL. */
static const char *choice_value(struct advisor *a, const struct advice_question *q, const char *typed)
{
	long n;
	if (is_number(typed, &n))
		return n >= 1 && (size_t)n <= q->nchoices ? q->choices[n - 1] : NULL;
	char *folded = text_fold(typed);
	const char *value = answer_word(a, folded);
	if (value && strcmp(value, "unknown") == 0) {
		free(folded);
		return "unknown";
	}
	for (size_t i = 0; i < q->nchoices; i++) {
		const char *c = q->choices[i];
		bool match = (value && strcmp(value, c) == 0) || strcmp(typed, c) == 0;
		for (int es = 0; es < 2 && !match && folded; es++) {
			char *label = text_fold(advisor_label(a, c, es));
			match = label && strcmp(label, folded) == 0;
			free(label);
		}
		if (match) {
			free(folded);
			return c;
		}
	}
	free(folded);
	return NULL;
}

/* The task's answer to qid becomes value (in place of an earlier one),
 * and the task is asserted again. */
static int set_answer(struct advisor *a, struct task_in *t, const char *qid, const char *value)
{
	for (size_t i = 0; i < t->nanswers; i++)
		if (strcmp(t->questions[i], qid) == 0)
			drop_answer(t, i--);
	add_answer(t, qid, value);
	t->rev = ++a->rev;
	return assert_task(a, t) == 0 ? run(a) : -1;
}

/* The task an answer is about and the question it answers (*q, to free),
 * or NULL (the failure recorded). */
static struct task_in *answered(struct advisor *a, const char *task, const char *qid, struct advice_question *q)
{
	ok(a);
	struct task_in *t = find_task(a, task);
	if (!t) {
		fail(a, ADV_UNKNOWN_TASK, task);
		return NULL;
	}
	return read_question(a, t->id, qid, NULL, q) == 0 ? t : NULL;
}

int advisor_answer(struct advisor *a, const char *task, const char *qid, const char *typed)
{
	struct advice_question q;
	struct task_in *t = answered(a, task, qid, &q);
	if (!t)
		return -1;
	char *word = xstrdup(typed + strspn(typed, " \t"));
	for (size_t n = strlen(word); n && strchr(" \t", word[n - 1]); n--)
		word[n - 1] = '\0';
	const char *value = NULL;
	bool text = strcmp(q.kind, "text") == 0;
	if (text) {
		const char *v = choice_value(a, &q, word);
		value = *word && !(v && strcmp(v, "unknown") == 0) ? "given" : "unknown";
	} else {
		value = choice_value(a, &q, word);
	}
	int rc = 0;
	if (!value) {
		rc = fail(a, ADV_BAD_VALUE, word);
	} else {
		if (text && strcmp(value, "given") == 0) {
			free(t->text);
			t->text = xstrdup(word);
		}
		rc = set_answer(a, t, qid, value);
	}
	free(word);
	advice_question_free(&q);
	return rc;
}

int advisor_record_answer(struct advisor *a, const char *task, const char *qid, const char *value)
{
	struct advice_question q;
	struct task_in *t = answered(a, task, qid, &q);
	if (!t)
		return -1;
	bool allowed = strcmp(value, "unknown") == 0 || (strcmp(q.kind, "text") == 0 && strcmp(value, "given") == 0);
	for (size_t i = 0; i < q.nchoices && !allowed; i++)
		allowed = strcmp(q.choices[i], value) == 0;
	advice_question_free(&q);
	if (!allowed)
		return fail(a, ADV_BAD_VALUE, value);
	return set_answer(a, t, qid, value);
}

int advisor_unanswer(struct advisor *a, const char *task, const char **qid)
{
	ok(a);
	*qid = NULL;
	struct task_in *t = find_task(a, task);
	if (!t)
		return fail(a, ADV_UNKNOWN_TASK, task);
	if (t->nanswers == 0)
		return 0;
	size_t last = t->nanswers - 1;
	const struct host_fact *q = find_question(a, t->questions[last]);
	if (q && strcmp(get_s(a->h, q, "kind"), "text") == 0 && strcmp(t->answers[last], "given") == 0) {
		free(t->text);
		t->text = xstrdup("");
	}
	free(a->detail);
	a->detail = xstrdup(t->questions[last]);
	*qid = a->detail;
	drop_answer(t, last);
	t->rev = ++a->rev;
	return assert_task(a, t) == 0 ? run(a) : -1;
}

int advisor_interview_end(struct advisor *a, const char *task)
{
	ok(a);
	const struct task_in *t = find_task(a, task);
	retract_where(a, "interview", "task", t ? t->id : task);
	return run(a);
}

size_t advisor_answer_count(const struct advisor *a, const char *task)
{
	const struct task_in *t = find_task(a, task);
	return t ? t->nanswers : 0;
}

void advisor_answer_get(const struct advisor *a, const char *task, size_t i, const char **qid, const char **value)
{
	const struct task_in *t = find_task(a, task);
	*qid = t && i < t->nanswers ? t->questions[i] : NULL;
	*value = t && i < t->nanswers ? t->answers[i] : NULL;
}
