/*
 * advice.c - the domain commands (task, classify, hire, match...) and how
 * their answers look, as text in the chosen language or as JSON. It asks
 * engine/advisor for the conclusions; every word shown comes from the
 * knowledge's labels or from msg.h, none from here.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/advisor.h"
#include "../engine/explain.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

/* `how` on a terminal shows this many levels under the conclusion unless
 * --depth says otherwise; elsewhere (a script, --json) the whole tree. */
enum { HOW_DEPTH_TERMINAL = 3 };

static bool es(void) { return msg_lang() == LANG_ES; }
static const char *L(struct session *s, const char *id) { return advisor_label(s->adv, id, es()); }

static void join_word(void *ctx, const char *word)
{
	struct strbuf *b = ctx;
	if (b->n)
		strbuf_add(b, ", ", 2);
	strbuf_add(b, word, strlen(word));
}

/* An attribute's value for a listing: a value, or "any duty id". */
static void join_value(void *ctx, const char *value, bool kind)
{
	char *text = kind ? xasprintf(msg(M_ANY_ID), value) : xstrdup(value);
	join_word(ctx, text);
	free(text);
}

/* A word of the user's as an error shows it: a long one is cut. */
static const char *shorten(const char *word, char *buf, size_t size)
{
	size_t n = strlen(word);
	if (n < size)
		return word;
	size_t cut = size - 4;
	while (cut > 0 && ((unsigned char)word[cut] & 0xC0) == 0x80)
		cut--;
	memcpy(buf, word, cut);
	strcpy(buf + cut, "...");
	return buf;
}

/* An error about a name not found (fmt with one %s: the name), and what
 * it may have meant among the names of kinds of knowledge (space
 * separated) and of the session's tasks, positions or candidates. */
static char *maybe_meant(struct session *s, const char *fmt, const char *shown, const char *kinds, unsigned what)
{
	struct suggest g;
	suggest_init(&g, advisor_detail(s->adv));
	for (const char *k = kinds; *k;) {
		size_t n = strcspn(k, " ");
		char *kind = xstrndup(k, n);
		complete_names(s, kind, suggest_add, &g);
		free(kind);
		k += n + (k[n] == ' ');
	}
	complete_session(s, what, suggest_add, &g);
	char *maybe = suggest_text(&g);
	char *base = xasprintf(fmt, shown);
	char *text = xasprintf("%s%s", base, maybe);
	free(base);
	free(maybe);
	suggest_free(&g);
	return text;
}

/* The text of the error for a failed advisor call (NULL: no error). */
char *advice_error_text(struct session *s)
{
	char short_detail[72];
	const char *d = shorten(advisor_detail(s->adv), short_detail, sizeof short_detail);
	switch (advisor_error(s->adv)) {
	case ADV_OK:
		break;
	case ADV_BAD_ID:
		return xasprintf(msg(M_BAD_ID), d);
	case ADV_UNKNOWN_ID:
		return maybe_meant(s, msg(M_UNKNOWN_ID), d, "side role duty", OFFER_TASKS | OFFER_POSITIONS);
	case ADV_AMBIGUOUS:
		return xasprintf(msg(M_AMBIGUOUS), d);
	case ADV_UNKNOWN_SKILL:
		return maybe_meant(s, msg(M_UNKNOWN_SKILL), d, "skill", 0);
	case ADV_UNKNOWN_TASK:
		return maybe_meant(s, msg(M_UNKNOWN_TASK), d, "", OFFER_TASKS);
	case ADV_UNKNOWN_CANDIDATE:
		return maybe_meant(s, msg(M_UNKNOWN_CANDIDATE), d, "", OFFER_CANDIDATES);
	case ADV_UNKNOWN_ATTR: {
		struct strbuf names = {0};
		advisor_each_attribute(s->adv, join_word, &names);
		char *text = xasprintf(msg(M_UNKNOWN_ATTR), d, names.s ? names.s : "");
		free(names.s);
		return text;
	}
	case ADV_BAD_VALUE: {
		struct strbuf values = {0};
		advisor_each_value(s->adv, d, join_value, &values);
		char *text = xasprintf(msg(M_BAD_VALUE), d, values.s ? values.s : "");
		free(values.s);
		return text;
	}
	case ADV_NO_TEXT:
		return xstrdup(msg(M_NO_TEXT));
	case ADV_CONTRADICTS:
		return xasprintf(msg(M_CONTRADICTS), d);
	case ADV_NOT_CONCLUDED:
		return xasprintf(msg(M_NOT_CONCLUDED), d);
	case ADV_DICTIONARY:
		return xasprintf(msg(M_NO_DICTIONARY), advisor_detail(s->adv));
	case ADV_NO_SKILLS:
		return xasprintf(msg(M_NO_SKILLS_TO_FIT), d);
	case ADV_NAME_TAKEN: {
		const char *id;
		const char *kind = advisor_taken_by(s->adv, &id);
		if (strcmp(kind, "task") == 0)
			return xasprintf(msg(M_NAME_TAKEN), d, msg(M_A_TASK));
		if (strcmp(kind, "position") == 0)
			return xasprintf(msg(M_NAME_TAKEN), d, msg(M_A_POSITION));
		if (strcmp(kind, "candidate") == 0)
			return xasprintf(msg(M_NAME_TAKEN), d, msg(M_A_CANDIDATE));
		/* A piece of knowledge: its label, and its template. */
		char *what = xasprintf(msg(M_AN_ITEM), L(s, id), kind);
		char *text = xasprintf(msg(M_NAME_TAKEN), d, what);
		free(what);
		return text;
	}
	case ADV_ENGINE:
		if (host_stopped(s->host) != HOST_STOP_NONE)
			return stop_text(s);
		return xasprintf(msg(M_ENGINE_FAILED), d);
	}
	return NULL;
}

/* One error line for a failed advisor call. */
int advice_failed(struct session *s)
{
	if (advisor_error(s->adv) == ADV_ENGINE && host_stopped(s->host) != HOST_STOP_NONE) {
		report_stop(s);
		return -1;
	}
	char *text = advice_error_text(s);
	if (text)
		repl_error(s, "%s", text);
	free(text);
	return -1;
}

static json_t *strings_json(char **v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

/* ---------------------------------------------------------------- tasks */

/* Appends a string literal. */
#define ADD(b, lit) strbuf_add((b), (lit), sizeof(lit) - 1)

/* A real as jansson writes it with JSON_REAL_PRECISION(6): 6 digits,
 * always with a point. An answer holds few distinct reals (weights,
 * shares, confidences in hundredths), so their text is remembered: a
 * small table by the value's bits, each entry what snprintf gave. */
static void put_real(struct strbuf *b, double x)
{
	static struct {
		uint64_t bits;
		char text[32];
		size_t n;
	} seen[256];
	uint64_t bits;
	memcpy(&bits, &x, sizeof bits);
	size_t i = (size_t)(bits * 0x9E3779B97F4A7C15u >> 56); /* Fibonacci hashing */
	if (seen[i].n == 0 || seen[i].bits != bits) {
		int n = snprintf(seen[i].text, sizeof seen[i].text - 2, "%.6g", x);
		if (!strpbrk(seen[i].text, ".eni"))
			strcpy(seen[i].text + n, ".0"), n += 2;
		seen[i].bits = bits;
		seen[i].n = (size_t)n;
	}
	strbuf_add(b, seen[i].text, seen[i].n);
}

/* ,"key":"value" (key a literal that needs no escaping). */
#define PUT_KEY(b, key, value) (ADD((b), ",\"" key "\":"), shown_json_add((b), (value)))

static void put_strings(struct strbuf *b, char **v, size_t n)
{
	ADD(b, "[");
	for (size_t i = 0; i < n; i++) {
		if (i)
			ADD(b, ",");
		shown_json_add(b, v[i]);
	}
	ADD(b, "]");
}

/* The one writer of a task's answer (task, classify and batch, --json):
 * written by hand into one buffer, as building it with jansson took a
 * fifth of the time of a batch line; advice_task_json() reads it back. */
void advice_add_task(struct session *s, struct strbuf *b, const char *id_json, const struct advice_task *t)
{
	ADD(b, "{");
	if (id_json) {
		ADD(b, "\"id\":");
		strbuf_add(b, id_json, strlen(id_json));
		ADD(b, ",");
	}
	ADD(b, "\"text\":");
	shown_json_add(b, t->text);
	PUT_KEY(b, "lang", t->lang);
	PUT_KEY(b, "side", t->side);
	PUT_KEY(b, "label", L(s, t->side));
	ADD(b, ",\"confidence\":");
	put_real(b, t->confidence);
	ADD(b, ",\"scores\":{\"front-office\":");
	put_real(b, t->front);
	ADD(b, ",\"back-office\":");
	put_real(b, t->back);
	ADD(b, "},\"evidence\":[");
	for (size_t i = 0; i < t->nreasons; i++) {
		const struct advice_reason *r = &t->reasons[i];
		if (i)
			ADD(b, ",");
		ADD(b, "{\"about\":");
		shown_json_add(b, r->about);
		PUT_KEY(b, "label", L(s, r->about));
		PUT_KEY(b, "side", r->side);
		ADD(b, ",\"weight\":");
		put_real(b, r->weight);
		ADD(b, ",\"share\":");
		put_real(b, r->share);
		PUT_KEY(b, "basis", r->basis);
		PUT_KEY(b, "cue", r->detail);
		PUT_KEY(b, "rule", r->rule);
		PUT_KEY(b, "description", advisor_rule_doc(s->adv, r->rule, es()));
		PUT_KEY(b, "provenance", r->source);
		ADD(b, "}");
	}
	ADD(b, "],\"duties\":");
	put_strings(b, t->duties, t->nduties);
	ADD(b, ",\"attributes\":");
	put_strings(b, t->attrs, t->nattrs);
	ADD(b, "}\n");
}

void advice_put_task(struct session *s, FILE *f, const char *id_json, const struct advice_task *t)
{
	struct strbuf b = {0};
	advice_add_task(s, &b, id_json, t);
	fwrite(b.s, 1, b.n, f);
	free(b.s);
}

/* A task's id as JSON text (the caller frees it). */
static char *id_json(const char *id)
{
	json_t *v = json_string(id);
	char *text = v ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
	json_decref(v);
	char *safe = shown_json(text ? text : "null");
	free(text);
	return safe;
}

json_t *advice_task_json(struct session *s, const struct advice_task *t)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = xmemstream(&buf, &n);
	char *id = id_json(t->id);
	advice_put_task(s, f, id, t);
	free(id);
	fclose(f);
	json_t *doc = json_loadb(buf, n, JSON_DISABLE_EOF_CHECK, NULL);
	free(buf);
	return doc ? doc : json_object();
}

char *reason_words(const struct advice_reason *r)
{
	return *r->also ? xasprintf("%s, %s", r->detail, r->also) : xstrdup(r->detail);
}

void print_reason(FILE *f, const struct advice_reason *r, const char *about, const char *words, const char *side)
{
	if (r->share > 0 && r->share < r->weight - 0.05)
		fprintf(f, msg(M_REASON_PART), about, words, side, r->share, r->weight, r->source);
	else
		fprintf(f, msg(M_REASON), about, words, side, r->share, r->source);
}

void print_task(struct session *s, const struct advice_task *t, bool with_id)
{
	if (s->json) {
		char *id = with_id ? id_json(t->id) : NULL;
		advice_put_task(s, stdout, id, t);
		free(id);
		return;
	}
	if (with_id) {
		shown_put(stdout, t->id);
		fputs(": ", stdout);
	}
	printf(msg(M_VERDICT), L(s, t->side), t->confidence, t->front, t->back);
	putchar('\n');
	for (size_t i = 0; i < t->nreasons; i++) {
		const struct advice_reason *r = &t->reasons[i];
		if (r->merged)
			continue;
		char *all = reason_words(r), *words = shown_dup(all);
		printf("  %c ", r->weight >= 0 ? '+' : '-');
		print_reason(stdout, r, L(s, r->about), words, L(s, r->side));
		free(words);
		free(all);
		putchar('\n');
	}
	if (t->nreasons == 0)
		say(s, "  %s", msg(M_NO_EVIDENCE));
}

int cmd_task(struct session *s, int argc, char **argv)
{
	struct advice_task t;
	(void)argc;
	size_t before = advisor_answer_count(s->adv, argv[1]);
	const char *old = advisor_task_text(s->adv, argv[1]);
	char *old_text = old ? xstrdup(old) : NULL;
	if (advisor_task(s->adv, argv[1], argv[2], &t) != 0) {
		free(old_text);
		return advice_failed(s);
	}
	/* A new description starts with no interview answers: say so. (The
	 * same one stated again drops only the answers it now states.) */
	size_t dropped = old_text && strcmp(old_text, t.text) != 0 ? before : 0;
	free(old_text);
	if (s->json) {
		json_t *doc = advice_task_json(s, &t);
		if (dropped)
			json_object_set_new(doc, "answers_dropped", json_integer((json_int_t)dropped));
		out_json(s, doc);
	} else {
		print_task(s, &t, true);
		if (dropped)
			say(s, msg(M_ANSWERS_DROPPED), dropped, t.id);
	}
	advice_task_free(&t);
	return 0;
}

int cmd_classify(struct session *s, int argc, char **argv)
{
	struct advice_task t;
	(void)argc;
	if (advisor_classify(s->adv, argv[1], &t) != 0)
		return advice_failed(s);
	print_task(s, &t, false);
	advice_task_free(&t);
	return 0;
}

void print_task_table(struct session *s, const struct advice_task *t, size_t n)
{
	/* Columns as wide as their content: the ids, the sides. */
	int width[2] = {0, 0};
	for (size_t i = 0; i < n; i++) {
		char *id = shown_dup(t[i].id);
		int w[2] = {out_width(id), out_width(L(s, t[i].side))};
		free(id);
		for (int k = 0; k < 2; k++)
			width[k] = w[k] > width[k] ? w[k] : width[k];
	}
	for (size_t i = 0; i < n; i++) {
		char *id = shown_dup(t[i].id);
		fputs("  ", stdout);
		out_padded(id, width[0] + 2);
		out_padded(L(s, t[i].side), width[1] + 2);
		printf("%.2f  ", t[i].confidence);
		shown_put(stdout, t[i].text);
		for (size_t j = 0; j < t[i].nattrs; j++)
			printf("%s%s", *t[i].text || j ? " " : "", t[i].attrs[j]);
		free(id);
		putchar('\n');
	}
}

int cmd_tasks(struct session *s, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	size_t n = advisor_task_count(s->adv), got = 0;
	struct advice_task *t = xcalloc(n ? n : 1, sizeof *t);
	for (size_t i = 0; i < n; i++)
		got += advisor_task_get(s->adv, advisor_task_id(s->adv, i), &t[got]) == 0;
	if (s->json) {
		json_t *list = json_array();
		for (size_t i = 0; i < got; i++) {
			json_t *o = json_object();
			json_object_set_new(o, "id", json_string(t[i].id));
			json_object_set_new(o, "text", json_string(t[i].text));
			json_object_set_new(o, "side", json_string(t[i].side));
			json_object_set_new(o, "confidence", json_real(t[i].confidence));
			json_object_set_new(o, "attributes", strings_json(t[i].attrs, t[i].nattrs));
			json_array_append_new(list, o);
		}
		json_t *doc = json_object();
		json_object_set_new(doc, "tasks", list);
		out_json(s, doc);
	} else if (n == 0) {
		say(s, "%s", msg(M_NO_TASKS));
	} else {
		print_task_table(s, t, got);
	}
	for (size_t i = 0; i < got; i++)
		advice_task_free(&t[i]);
	free(t);
	return 0;
}

int cmd_forget(struct session *s, int argc, char **argv)
{
	(void)argc;
	/* The kept positions that cover it, which will not any more. */
	const char *id = advisor_session_name(s->adv, argv[1]);
	struct strbuf covering = {0};
	for (size_t i = 0; id && i < advisor_position_count(s->adv); i++) {
		size_t n;
		const char *p = advisor_position_id(s->adv, i);
		char *const *items = advisor_position_items(s->adv, p, &n);
		bool covers = false;
		for (size_t j = 0; j < n && !covers; j++)
			covers = strcmp(items[j], id) == 0;
		if (covers)
			join_word(&covering, p);
	}
	char *task = xstrdup(id ? id : argv[1]);
	int rc = advisor_forget(s->adv, argv[1]);
	if (rc != 0) {
		free(task);
		free(covering.s);
		return advice_failed(s);
	}
	char *text = covering.s ? xasprintf(msg(M_FORGOTTEN_COVERED), task, covering.s)
				: xasprintf(msg(M_FORGOTTEN), task);
	done(s, text);
	free(text);
	free(task);
	free(covering.s);
	return 0;
}

/* ------------------------------------------------------------ positions */

json_t *position_json(struct session *s, const struct advice_position *p)
{
	json_t *o = json_object();
	if (*p->id)
		json_object_set_new(o, "position", json_string(p->id));
	json_object_set_new(o, "items", strings_json(p->items, p->nitems));
	json_t *skills = json_array();
	for (size_t i = 0; i < p->nskills; i++) {
		const struct advice_skill *k = &p->skills[i];
		json_t *js = json_object();
		json_object_set_new(js, "skill", json_string(k->skill));
		json_object_set_new(js, "label", json_string(L(s, k->skill)));
		json_object_set_new(js, "importance", json_string(k->importance));
		json_t *because = json_array();
		for (size_t j = 0; j < k->nbecause; j++) {
			const struct advice_need *n = &k->because[j];
			json_t *b = json_object();
			json_object_set_new(b, "via", json_string(n->via));
			json_object_set_new(b, "of", json_string(n->of));
			json_object_set_new(b, "importance", json_string(n->importance));
			json_object_set_new(b, "rule", json_string(n->rule));
			json_object_set_new(b, "description", json_string(advisor_rule_doc(s->adv, n->rule, es())));
			json_object_set_new(b, "provenance", json_string(n->source));
			json_array_append_new(because, b);
		}
		json_object_set_new(js, "because", because);
		json_array_append_new(skills, js);
	}
	json_object_set_new(o, "skills", skills);
	return o;
}

void print_position(struct session *s, const struct advice_position *p)
{
	if (s->json) {
		out_json(s, position_json(s, p));
		return;
	}
	if (p->nskills == 0) {
		say(s, "%s", msg(M_NO_SKILLS));
		return;
	}
	const char *group = NULL;
	for (size_t i = 0; i < p->nskills; i++) {
		const struct advice_skill *k = &p->skills[i];
		if (!group || strcmp(group, k->importance) != 0) {
			group = k->importance;
			printf("%s:\n", L(s, group));
		}
		printf("  %s (%s)\n", L(s, k->skill), k->skill);
		for (size_t j = 0; j < k->nbecause; j++) {
			const struct advice_need *n = &k->because[j];
			printf("      ");
			printf(msg(M_BECAUSE), L(s, n->via));
			if (strcmp(n->via, n->of) != 0)
				printf(msg(M_THROUGH), L(s, n->of));
			if (strcmp(n->importance, k->importance) != 0)
				printf(" (%s)", L(s, n->importance));
			printf(" [%s]\n", n->source);
		}
	}
}

int cmd_hire(struct session *s, int argc, char **argv)
{
	struct advice_position p;
	if (advisor_position(s->adv, NULL, argc - 1, argv + 1, &p) != 0)
		return advice_failed(s);
	print_position(s, &p);
	advice_position_free(&p);
	return 0;
}

int cmd_position(struct session *s, int argc, char **argv)
{
	int from = command_file(s, argc, argv);
	if (from != 0)
		return from > 0 ? position_from_file(s, argv[1], argv[3]) : -1;
	struct advice_position p;
	if (advisor_position(s->adv, argv[1], argc - 2, argv + 2, &p) != 0)
		return advice_failed(s);
	if (!s->json) {
		char *id = shown_dup(p.id);
		printf(msg(M_POSITION_KEPT), id, p.nskills);
		putchar('\n');
		free(id);
	}
	print_position(s, &p);
	advice_position_free(&p);
	return 0;
}

/* ----------------------------------------------------------- candidates */

int cmd_candidate(struct session *s, int argc, char **argv)
{
	int from = command_file(s, argc, argv);
	if (from != 0)
		return from > 0 ? candidate_from_file(s, argv[1], argv[3]) : -1;
	char **ids;
	size_t n;
	if (advisor_candidate(s->adv, argv[1], argc - 2, argv + 2, &ids, &n) != 0)
		return advice_failed(s);
	if (s->json) {
		json_t *doc = json_object();
		json_object_set_new(doc, "candidate", json_string(advisor_session_name(s->adv, argv[1])));
		json_object_set_new(doc, "skills", strings_json(ids, n));
		out_json(s, doc);
	} else {
		char *name = shown_dup(advisor_session_name(s->adv, argv[1]));
		printf(msg(M_CANDIDATE_KEPT), name);
		free(name);
		for (size_t i = 0; i < n; i++)
			printf("%s%s", i ? ", " : " ", L(s, ids[i]));
		putchar('\n');
	}
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	return 0;
}

static json_t *skill_list_json(struct session *s, char **skills, char **importance, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "skill", json_string(skills[i]));
		json_object_set_new(o, "label", json_string(L(s, skills[i])));
		json_object_set_new(o, "importance", json_string(importance[i]));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *fit_json(struct session *s, const struct advice_fit *f)
{
	json_t *o = json_object();
	json_object_set_new(o, "candidate", json_string(f->candidate));
	json_object_set_new(o, "fit", json_real(f->fit));
	json_object_set_new(o, "has", skill_list_json(s, f->has, f->has_importance, f->nhas));
	json_object_set_new(o, "missing", skill_list_json(s, f->missing, f->missing_importance, f->nmissing));
	return o;
}

static void print_skill_list(struct session *s, const char *title, char **skills, char **importance, size_t n)
{
	printf("  %s:", title);
	if (n == 0)
		printf(" -");
	for (size_t i = 0; i < n; i++)
		printf("%s%s (%s)", i ? ", " : " ", L(s, skills[i]), L(s, importance[i]));
	putchar('\n');
}

int cmd_match(struct session *s, int argc, char **argv)
{
	struct advice_fit f;
	if (advisor_match(s->adv, argv[1], argc - 2, argv + 2, &f) != 0)
		return advice_failed(s);
	if (s->json) {
		out_json(s, fit_json(s, &f));
	} else {
		char *name = shown_dup(f.candidate);
		printf(msg(M_FIT), name, f.fit);
		free(name);
		putchar('\n');
		print_skill_list(s, msg(M_HAS), f.has, f.has_importance, f.nhas);
		print_skill_list(s, msg(M_MISSING), f.missing, f.missing_importance, f.nmissing);
	}
	advice_fit_free(&f);
	return 0;
}

int cmd_rank(struct session *s, int argc, char **argv)
{
	struct advice_fit *fits;
	size_t n;
	if (advisor_rank(s->adv, argc - 1, argv + 1, &fits, &n) != 0)
		return advice_failed(s);
	if (s->json) {
		json_t *list = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(list, fit_json(s, &fits[i]));
		json_t *doc = json_object();
		json_object_set_new(doc, "ranking", list);
		out_json(s, doc);
	} else if (n == 0) {
		say(s, "%s", msg(M_NO_CANDIDATES));
	}
	for (size_t i = 0; i < n; i++) {
		if (!s->json) {
			char *name = shown_dup(fits[i].candidate);
			printf("%zu. %s %.2f", i + 1, name, fits[i].fit);
			free(name);
			if (fits[i].nmissing) {
				printf("  (%s:", msg(M_MISSING));
				for (size_t j = 0; j < fits[i].nmissing && j < 3; j++)
					printf("%s%s", j ? ", " : " ", L(s, fits[i].missing[j]));
				printf("%s)", fits[i].nmissing > 3 ? ", ..." : "");
			}
			putchar('\n');
		}
		advice_fit_free(&fits[i]);
	}
	free(fits);
	return 0;
}

/* ------------------------------------------------------------ knowledge */

struct listing {
	struct session *s;
	json_t *list;
	const char *filter; /* a side or group to keep, or NULL */
	size_t n;
	bool measuring; /* a first pass: the widths of the columns */
	int width[2];   /* id, label */
};

static void list_item(void *ctx, const char *id)
{
	struct listing *l = ctx;
	struct session *s = l->s;
	const char *side = advisor_item_slot(s->adv, id, "side");
	const char *group = advisor_item_slot(s->adv, id, "group");
	const char *source = advisor_item_slot(s->adv, id, "source");
	if (l->filter && strcmp(side, l->filter) != 0 && strcmp(group, l->filter) != 0)
		return;
	if (l->measuring) {
		int w[2] = {out_width(id), out_width(L(s, id))};
		for (int i = 0; i < 2; i++)
			l->width[i] = w[i] > l->width[i] ? w[i] : l->width[i];
		return;
	}
	l->n++;
	if (l->list) {
		json_t *o = json_object();
		json_object_set_new(o, "id", json_string(id));
		json_object_set_new(o, "label", json_string(L(s, id)));
		if (*side)
			json_object_set_new(o, "side", json_string(side));
		if (*group)
			json_object_set_new(o, "group", json_string(group));
		json_object_set_new(o, "provenance", json_string(source));
		json_array_append_new(l->list, o);
	} else {
		/* Columns as wide as their content. */
		fputs("  ", stdout);
		out_padded(id, l->width[0] + 2);
		out_padded(L(s, id), l->width[1] + 2);
		printf("%s [%s]\n", *side ? L(s, side) : group, source);
	}
}

static int list_kind(struct session *s, const char *kind, const char *key, const char *filter)
{
	struct listing l = {.s = s, .list = s->json ? json_array() : NULL, .filter = filter, .measuring = !s->json};
	if (l.measuring)
		advisor_each_item(s->adv, kind, list_item, &l);
	l.measuring = false;
	advisor_each_item(s->adv, kind, list_item, &l);
	if (l.list) {
		json_t *doc = json_object();
		json_object_set_new(doc, key, l.list);
		out_json(s, doc);
	}
	return 0;
}

int cmd_roles(struct session *s, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return list_kind(s, "role", "roles", NULL);
}

int cmd_duties(struct session *s, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return list_kind(s, "duty", "duties", NULL);
}

int cmd_role(struct session *s, int argc, char **argv)
{
	(void)argc;
	static const char *const kinds[] = {"role", NULL};
	const char *id = advisor_resolve(s->adv, argv[1], kinds);
	if (!id)
		return advice_failed(s);
	char *items[] = {(char *)id};
	struct advice_position p;
	if (advisor_position(s->adv, NULL, 1, items, &p) != 0)
		return advice_failed(s);
	const char *side = advisor_item_slot(s->adv, id, "side");
	const char *source = advisor_item_slot(s->adv, id, "source");
	char **duties, **sources;
	size_t nduties = advisor_role_duties(s->adv, id, &duties, &sources);
	if (s->json) {
		json_t *doc = position_json(s, &p);
		json_object_set_new(doc, "role", json_string(id));
		json_object_set_new(doc, "label", json_string(L(s, id)));
		json_object_set_new(doc, "side", json_string(side));
		json_object_set_new(doc, "provenance", json_string(source));
		json_object_set_new(doc, "duties", strings_json(duties, nduties));
		out_json(s, doc);
	} else {
		printf("%s (%s): %s [%s]\n", L(s, id), id, L(s, side), source);
		printf("%s:", msg(M_DUTIES));
		for (size_t i = 0; i < nduties; i++) {
			printf("%s%s", i ? ", " : " ", L(s, duties[i]));
			/* Say the source once for a run of links with the same one. */
			if (i + 1 == nduties || strcmp(sources[i], sources[i + 1]) != 0)
				printf(" [%s]", sources[i]);
		}
		putchar('\n');
		print_position(s, &p);
	}
	for (size_t i = 0; i < nduties; i++) {
		free(duties[i]);
		free(sources[i]);
	}
	free(duties);
	free(sources);
	advice_position_free(&p);
	return 0;
}

int cmd_skills(struct session *s, int argc, char **argv)
{
	if (argc == 1)
		return list_kind(s, "skill", "skills", NULL);
	static const char *const kinds[] = {"side", NULL};
	const char *side = advisor_resolve(s->adv, argv[1], kinds);
	if (!side) {
		struct strbuf names = {0};
		advisor_each_item(s->adv, "side", join_word, &names);
		struct suggest g;
		suggest_init(&g, argv[1]);
		complete_names(s, "side", suggest_add, &g);
		char *maybe = suggest_text(&g);
		repl_error(s, msg(M_BAD_SIDE), argv[1], names.s ? names.s : "", maybe);
		free(maybe);
		suggest_free(&g);
		free(names.s);
		return -1;
	}
	char *items[] = {(char *)side};
	struct advice_position p;
	if (advisor_position(s->adv, NULL, 1, items, &p) != 0)
		return advice_failed(s);
	print_position(s, &p);
	advice_position_free(&p);
	return 0;
}

/* ---------------------------------------------------------- how and why */

/* Levels under a node (0: a leaf). */
static int tree_depth(const struct explain_node *n)
{
	int depth = 0;
	for (size_t i = 0; i < n->nchildren; i++) {
		int d = 1 + tree_depth(&n->children[i]);
		depth = d > depth ? d : depth;
	}
	return depth;
}

/* The tree as JSON, down to limit levels (-1: all); a node whose children
 * are left out says "cut": true. */
static json_t *node_json(const struct explain_node *n, int limit)
{
	json_t *o = json_object();
	json_t *facts = json_array();
	json_t *children = json_array();
	/* facts: what it rests on, in words (children has each in full).
	 * Fact indices are left out: they move whenever the knowledge grows. */
	for (size_t i = 0; i < n->nchildren; i++) {
		json_array_append_new(facts, json_string(n->children[i].text));
		if (limit != 0)
			json_array_append_new(children, node_json(&n->children[i], limit - 1));
	}
	json_object_set_new(o, "conclusion", json_string(n->text));
	json_object_set_new(o, "template", json_string(n->tmpl));
	json_object_set_new(o, "rule", n->rule ? json_string(n->rule) : json_null());
	json_object_set_new(o, "description", json_string(n->description));
	json_object_set_new(o, "provenance", json_string(n->provenance));
	if (n->repeated)
		json_object_set_new(o, "repeated", json_true());
	if (limit == 0 && n->nchildren)
		json_object_set_new(o, "cut", json_true());
	json_object_set_new(o, "facts", facts);
	json_object_set_new(o, "children", children);
	return o;
}

static void print_rule(struct session *s, const struct explain_node *n, int indent)
{
	if (!n->rule)
		return;
	char *line = xasprintf(msg(M_BY_RULE), n->rule, n->description);
	say(s, "%*s%s", indent, "", line);
	free(line);
}

/* Prints the tree down to limit levels (-1: all). */
static void print_node(struct session *s, const struct explain_node *n, int depth, int limit)
{
	int indent = 2 * depth;
	say(s, "%*s%s%s  [%s]%s", indent, "", depth ? "- " : "", n->text, n->provenance,
	    n->repeated ? msg(M_SEE_ABOVE) : "");
	if (!n->repeated)
		print_rule(s, n, indent + (depth ? 4 : 2));
	for (size_t i = 0; i < n->nchildren && depth != limit; i++)
		print_node(s, &n->children[i], depth + 1, limit);
}

/* The sections of the article a tree cites, each once, in the order met. */
static void add_sections(struct session *s, const struct explain_node *n, json_t *ids)
{
	const char *kind = advisor_kind(s->adv, n->provenance);
	if (kind && strcmp(kind, "section") == 0) {
		bool seen = false;
		for (size_t i = 0; i < json_array_size(ids); i++)
			seen |= strcmp(json_string_value(json_array_get(ids, i)), n->provenance) == 0;
		if (!seen)
			json_array_append_new(ids, json_string(n->provenance));
	}
	for (size_t i = 0; i < n->nchildren; i++)
		add_sections(s, &n->children[i], ids);
}

static void print_sections(struct session *s, json_t *ids)
{
	struct strbuf line = {0};
	for (size_t i = 0; i < json_array_size(ids); i++) {
		const char *id = json_string_value(json_array_get(ids, i));
		char *item = xasprintf("%s%s (%s)", i ? "; " : "", id, L(s, id));
		strbuf_add(&line, item, strlen(item));
		free(item);
	}
	if (line.s)
		say(s, msg(M_SECTIONS), line.s);
	free(line.s);
}

/* Builds the tree of the conclusion argv names (how and why). */
static int conclusion_tree(struct session *s, int argc, char **argv, struct explain_node *tree)
{
	long long fact = advisor_conclusion(s->adv, argc, argv);
	if (fact < 0)
		return advice_failed(s);
	if (explain_build(s->adv, s->host, fact, es(), tree) != 0) {
		repl_error(s, msg(M_NOT_CONCLUDED), argv[0]);
		return -1;
	}
	return 0;
}

/* how [--depth N] ID [ID]: the option anywhere among the ids. */
int cmd_how(struct session *s, int argc, char **argv)
{
	int limit = -1, nids = 0;
	bool asked = false;
	char *ids[2];
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		if (strcmp(arg, "--depth") == 0 || strncmp(arg, "--depth=", 8) == 0) {
			const char *value = arg[7] == '=' ? arg + 8 : i + 1 < argc ? argv[++i] : NULL;
			if (!value) {
				repl_error(s, msg(M_OPT_NEEDS_VALUE), "--depth");
				return -1;
			}
			char *end;
			long n = strtol(value, &end, 10);
			if (end == value || *end || n < 1 || n > 99) {
				repl_error(s, msg(M_HOW_BAD_DEPTH), value);
				return -1;
			}
			limit = (int)n;
			asked = true;
		} else if (nids < 2) {
			ids[nids++] = argv[i];
		} else {
			nids = 3;
		}
	}
	if (nids < 1 || nids > 2) {
		repl_error(s, msg(M_WRONG_ARGS), argv[0], msg(M_HOW_IDS), msg(M_HOW_USAGE));
		return -1;
	}
	struct explain_node tree;
	if (conclusion_tree(s, nids, ids, &tree) != 0)
		return -1;
	/* On a terminal a long tree is cut at a sensible depth, saying so. */
	if (!asked && s->interactive && !s->json)
		limit = HOW_DEPTH_TERMINAL;
	if (s->json) {
		out_json(s, node_json(&tree, limit)); /* the tree itself, as DESIGN.md says */
	} else {
		print_node(s, &tree, 0, limit);
		int depth = tree_depth(&tree);
		if (limit >= 0 && depth > limit) {
			char *again = xasprintf("%s --depth %d %s%s%s", argv[0], depth, ids[0], nids > 1 ? " " : "",
						nids > 1 ? ids[1] : "");
			say(s, msg(M_HOW_CUT), limit, depth, again);
			free(again);
		}
	}
	explain_free(&tree);
	return 0;
}

void print_why(struct session *s, const struct explain_node *tree)
{
	json_t *sections = json_array();
	add_sections(s, tree, sections);
	if (s->json) {
		json_t *reasons = json_array();
		for (size_t i = 0; i < tree->nchildren; i++) {
			const struct explain_node *c = &tree->children[i];
			json_t *r = json_object();
			json_object_set_new(r, "reason", json_string(c->text));
			json_object_set_new(r, "rule", c->rule ? json_string(c->rule) : json_null());
			json_object_set_new(r, "provenance", json_string(c->provenance));
			json_array_append_new(reasons, r);
		}
		json_t *labelled = json_array();
		for (size_t i = 0; i < json_array_size(sections); i++) {
			const char *id = json_string_value(json_array_get(sections, i));
			json_t *o = json_object();
			json_object_set_new(o, "id", json_string(id));
			json_object_set_new(o, "label", json_string(L(s, id)));
			json_array_append_new(labelled, o);
		}
		json_t *doc = json_object();
		json_object_set_new(doc, "conclusion", json_string(tree->text));
		json_object_set_new(doc, "rule", tree->rule ? json_string(tree->rule) : json_null());
		json_object_set_new(doc, "description", json_string(tree->description));
		json_object_set_new(doc, "reasons", reasons);
		json_object_set_new(doc, "sections", labelled);
		out_json(s, doc);
	} else {
		say(s, "%s", tree->text);
		print_rule(s, tree, 2);
		for (size_t i = 0; i < tree->nchildren; i++)
			say(s, "  - %s  [%s]", tree->children[i].text, tree->children[i].provenance);
		print_sections(s, sections);
	}
	json_decref(sections);
}

void print_sections_of(struct session *s, const struct explain_node *tree)
{
	json_t *sections = json_array();
	add_sections(s, tree, sections);
	print_sections(s, sections);
	json_decref(sections);
}

int cmd_why(struct session *s, int argc, char **argv)
{
	struct explain_node tree;
	if (conclusion_tree(s, argc - 1, argv + 1, &tree) != 0)
		return -1;
	print_why(s, &tree);
	explain_free(&tree);
	return 0;
}
