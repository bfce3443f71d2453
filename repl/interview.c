/*
 * interview.c - `ask`: a guided interview about a task. The rules choose
 * each question (rules/interview.clp); this file puts it to the person,
 * reads the answer from the next input line (a terminal or a script
 * alike: repl.c hands every line here while an interview is under way),
 * and understands why, back, quit and help at a question.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/advisor.h"
#include "../engine/explain.h"
#include "../engine/text.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

static bool es(void) { return msg_lang() == LANG_ES; }
static const char *L(struct session *s, const char *id) { return advisor_label(s->adv, id, es()); }

/* "1) sí, 2) no, ? no sé" */
static char *choices_text(struct session *s, const struct advice_question *q)
{
	struct strbuf b = {0};
	strbuf_add(&b, "", 0);
	for (size_t i = 0; i < q->nchoices; i++) {
		char *item = xasprintf("%zu) %s, ", i + 1, L(s, q->choices[i]));
		strbuf_add(&b, item, strlen(item));
		free(item);
	}
	char *rest = xasprintf("? %s", msg(M_IV_DONT_KNOW));
	strbuf_add(&b, rest, strlen(rest));
	free(rest);
	return b.s;
}

static json_t *question_json(struct session *s, const struct advice_question *q)
{
	json_t *choices = json_array();
	for (size_t i = 0; i < q->nchoices; i++)
		json_array_append_new(choices, json_pack("{s:s,s:s}", "id", q->choices[i], "label",
							 L(s, q->choices[i])));
	return json_pack("{s:s,s:s,s:s,s:s,s:o,s:s}", "task", q->task, "id", q->id, "text", L(s, q->id), "kind",
			 q->kind, "choices", choices, "rule", q->rule);
}

static void put_question(struct session *s)
{
	const struct advice_question *q = &s->iv->q;
	if (s->json) {
		out_json(s, json_pack("{s:o}", "question", question_json(s, q)));
		return;
	}
	say(s, "[%s] %s", q->task, L(s, q->id));
	if (strcmp(q->kind, "text") == 0) {
		say(s, "  %s", msg(M_IV_TEXT_HINT));
	} else {
		char *choices = choices_text(s, q);
		say(s, "  %s", choices);
		free(choices);
	}
}

static void forget_interview(struct session *s)
{
	advice_question_free(&s->iv->q);
	free(s->iv->task);
	free(s->iv);
	s->iv = NULL;
}

/* The rules failed or were stopped mid-interview: the interview ends
 * (its answers stay) and the failure is reported. */
static int failed(struct session *s, const char *task)
{
	char *id = xstrdup(task);
	if (s->iv)
		forget_interview(s);
	int rc = advice_failed(s);
	advisor_interview_end(s->adv, id); /* a second failure adds nothing to say */
	free(id);
	return rc;
}

/* The interview is over: the conclusion, its confidence and why. */
static int conclude(struct session *s)
{
	char *task = xstrdup(s->iv->task);
	forget_interview(s);
	int rc = advisor_interview_end(s->adv, task);
	struct advice_task t;
	if (rc == 0)
		rc = advisor_task_get(s->adv, task, &t);
	if (rc != 0) {
		free(task);
		return advice_failed(s);
	}
	if (s->json) {
		out_json(s, json_pack("{s:o}", "conclusion", advice_task_json(s, &t)));
	} else {
		say(s, "%s", msg(M_IV_DONE));
		print_task(s, &t, true);
	}
	advice_task_free(&t);
	long long fact = advisor_conclusion(s->adv, 1, &task);
	struct explain_node tree;
	if (!s->json && fact > 0 && explain_build(s->adv, s->host, fact, es(), &tree) == 0) {
		print_sections_of(s, &tree);
		explain_free(&tree);
	}
	free(task);
	return 0;
}

/* Asks the rules for the next question: puts it, or concludes. */
static int next(struct session *s)
{
	struct advice_question q;
	int rc = advisor_interview(s->adv, s->iv->task, &q);
	if (rc < 0)
		return failed(s, s->iv->task);
	if (rc == 0)
		return conclude(s);
	advice_question_free(&s->iv->q);
	s->iv->q = q;
	put_question(s);
	return 0;
}

int cmd_ask(struct session *s, int argc, char **argv)
{
	const char *id = argc > 1 ? argv[1] : advisor_new_task_id(s->adv);
	struct advice_question q;
	char *task = xstrdup(id);
	int rc = advisor_interview(s->adv, task, &q);
	if (rc < 0) {
		rc = failed(s, task);
		free(task);
		return rc;
	}
	s->iv = xcalloc(1, sizeof *s->iv);
	s->iv->task = task;
	if (rc == 0) {
		if (!s->json)
			say(s, msg(M_IV_NOTHING), task);
		return conclude(s);
	}
	s->iv->q = q;
	if (!s->json)
		say(s, msg(M_IV_START), task);
	put_question(s);
	return 0;
}

static void why_asked(struct session *s)
{
	const struct advice_question *q = &s->iv->q;
	struct strbuf settles = {0};
	for (size_t i = 0; i < q->nsettles; i++) {
		char *item = xasprintf("%s%s [%s]", i ? "; " : "", L(s, q->settles[i]),
				       advisor_item_slot(s->adv, q->settles[i], "source"));
		strbuf_add(&settles, item, strlen(item));
		free(item);
	}
	if (s->json) {
		json_t *ids = json_array();
		for (size_t i = 0; i < q->nsettles; i++)
			json_array_append_new(ids, json_string(q->settles[i]));
		out_json(s, json_pack("{s:{s:s,s:s,s:s,s:{s:s,s:s,s:f},s:o}}", "why", "question", q->id, "rule", q->rule,
				      "description", advisor_rule_doc(s->adv, q->rule, es()), "open", "task", q->task,
				      "side", q->open_side, "confidence", q->open_confidence, "settles", ids));
		free(settles.s);
		return;
	}
	if (*q->rule)
		say(s, msg(M_IV_WHY), q->rule, advisor_rule_doc(s->adv, q->rule, es()));
	else
		say(s, "%s", msg(M_IV_WHY_AGAIN));
	say(s, msg(M_IV_WHY_OPEN), q->task, L(s, q->open_side), q->open_confidence);
	if (settles.s)
		say(s, msg(M_IV_WHY_SETTLES), settles.s);
	else if (strcmp(q->kind, "text") == 0)
		say(s, "%s", msg(M_IV_WHY_TEXT));
	free(settles.s);
}

static void back(struct session *s)
{
	const char *qid;
	if (advisor_unanswer(s->adv, s->iv->task, &qid) != 0) {
		advice_failed(s);
		return;
	}
	if (!qid) {
		repl_error(s, "%s", msg(M_IV_NO_BACK));
		put_question(s);
		return;
	}
	struct advice_question q;
	char *id = xstrdup(qid);
	if (advisor_question(s->adv, s->iv->task, id, &q) != 0) {
		free(id);
		advice_failed(s);
		return;
	}
	if (!s->json)
		say(s, msg(M_IV_BACK), L(s, id));
	free(id);
	advice_question_free(&s->iv->q);
	s->iv->q = q;
	put_question(s);
}

static bool is_word(const char *typed, const char *const *words)
{
	char *folded = text_fold(typed);
	bool found = false;
	for (; *words && folded && !found; words++)
		found = strcmp(folded, *words) == 0;
	free(folded);
	return found;
}

static const char *const WHY[] = {"why", "porque", "por que", "porqué", "por qué", NULL};
static const char *const BACK[] = {"back", "atras", "atrás", NULL};
static const char *const QUIT[] = {"quit", "salir", NULL};
static const char *const HELP[] = {"help", "ayuda", NULL};

void interview_leave(struct session *s)
{
	size_t n = advisor_answer_count(s->adv, s->iv->task);
	char *task = xstrdup(s->iv->task);
	forget_interview(s);
	if (advisor_interview_end(s->adv, task) != 0)
		advice_failed(s);
	else if (s->json)
		out_json(s, json_pack("{s:b,s:s,s:i}", "ok", 1, "left", task, "answers", (int)n));
	else
		say(s, msg(M_IV_QUIT), n);
	free(task);
}

void interview_line(struct session *s, const char *line)
{
	char *typed = xstrdup(line + strspn(line, " \t"));
	for (size_t n = strlen(typed); n && strchr(" \t", typed[n - 1]); n--)
		typed[n - 1] = '\0';
	if (is_word(typed, WHY)) {
		why_asked(s);
	} else if (is_word(typed, BACK)) {
		back(s);
	} else if (is_word(typed, HELP)) {
		if (s->json)
			out_json(s, json_pack("{s:s}", "help", msg(M_IV_HELP)));
		else
			say(s, "%s", msg(M_IV_HELP));
	} else if (is_word(typed, QUIT)) {
		interview_leave(s);
	} else if (advisor_answer(s->adv, s->iv->task, s->iv->q.id, typed) != 0) {
		if (advisor_error(s->adv) == ADV_BAD_VALUE) {
			char *choices = choices_text(s, &s->iv->q);
			repl_error(s, msg(M_IV_BAD_ANSWER), advisor_detail(s->adv), choices);
			free(choices);
			put_question(s);
		} else {
			failed(s, s->iv->task);
		}
	} else {
		next(s);
	}
	free(typed);
}

void interview_complete(struct session *s, complete_add add, void *ctx)
{
	const struct advice_question *q = &s->iv->q;
	for (size_t i = 0; i < q->nchoices; i++)
		add(ctx, L(s, q->choices[i]));
	const char *const *words[] = {WHY, BACK, QUIT, HELP};
	for (size_t i = 0; i < 4; i++)
		add(ctx, words[i][es() ? 1 : 0]);
}

const char *interview_prompt(const struct session *s) { return s->iv ? "oficio?> " : NULL; }

void interview_stop(struct session *s, bool say_so)
{
	if (!s->iv)
		return;
	size_t n = advisor_answer_count(s->adv, s->iv->task);
	char *task = xstrdup(s->iv->task);
	forget_interview(s);
	advisor_interview_end(s->adv, task);
	free(task);
	if (say_so && !s->json)
		say(s, msg(M_IV_END_INPUT), n);
}
