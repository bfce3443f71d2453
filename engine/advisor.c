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

/* ------------------------------------------------------------ interview */

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

int advisor_answer(struct advisor *a, const char *task, const char *qid, const char *typed)
{
	ok(a);
	struct task_in *t = find_task(a, task);
	if (!t)
		return fail(a, ADV_UNKNOWN_TASK, task);
	struct advice_question q;
	if (read_question(a, t->id, qid, NULL, &q) != 0)
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
	ok(a);
	struct task_in *t = find_task(a, task);
	if (!t)
		return fail(a, ADV_UNKNOWN_TASK, task);
	struct advice_question q;
	if (read_question(a, t->id, qid, NULL, &q) != 0)
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
