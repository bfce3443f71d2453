/*
 * case.c - saved cases: `save` writes what the user said (tasks with their
 * text, attributes and answers; kept positions; candidates) as versioned,
 * indented JSON; `load` and --case read a case back in place of the
 * session, and the rules draw the conclusions again. No conclusion and no
 * knowledge is saved: they come from the knowledge loaded when the case is.
 *
 * A case is checked whole (JSON, shape, format, version) before the session
 * is touched; one the knowledge does not accept (an unknown skill, say) is
 * found while importing it, and the session saved in memory just before is
 * imported again. Also write_file(): a whole file written atomically, with
 * its error line in the chosen language (the report writes through it too).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../engine/advisor.h"
#include "../engine/atomic.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

enum { CASE_VERSION = 1, CASE_MAX_MIB = 16, SHOWN_MAX = 60 };
static const char CASE_FORMAT[] = "oficio-case";

/* -------------------------------------------------------------- writing */

int write_file(struct session *s, const char *path, const char *data, size_t n, const char *fail_fmt)
{
	struct atomic_error e;
	if (atomic_write(path, data, n, &e) == 0)
		return 0;
	const char *why = msg_errno(e.errnum);
	char *reason = NULL;
	switch (e.step) {
	case ATOMIC_FOLDER:
		reason = xasprintf(msg(M_WRITE_FOLDER), path);
		break;
	case ATOMIC_NOT_REGULAR:
		reason = xasprintf(msg(M_WRITE_NOT_REGULAR), path);
		break;
	case ATOMIC_OK: /* not a failure: never reported with -1 */
	case ATOMIC_CREATE:
		reason = xasprintf(msg(M_WRITE_CREATE), path, why);
		break;
	case ATOMIC_WRITE:
		reason = xasprintf(msg(M_WRITE_WRITE), path, why);
		break;
	case ATOMIC_SYNC:
		reason = xasprintf(msg(M_WRITE_SYNC), path, why);
		break;
	case ATOMIC_RENAME:
		reason = xasprintf(msg(M_WRITE_RENAME), path, why);
		break;
	}
	repl_error(s, fail_fmt, reason);
	free(reason);
	return -1;
}

/* ---------------------------------------------------------- serialising */

/* A JSON string; text that is not UTF-8 (which no input path lets in) is
 * kept as it is and marks the whole as unfit for a file. */
static json_t *jstr(const char *text, bool *bad)
{
	json_t *v = json_string(text);
	if (!v) {
		*bad = true;
		v = json_string_nocheck(text);
	}
	return v;
}

/* An item of a kept position that still names something: a task of the
 * session (not one forgotten since) or a piece of knowledge. */
static bool names_something(const struct advisor *a, const char *id)
{
	return advisor_task_text(a, id) || advisor_kind(a, id);
}

static bool is_skill(const struct advisor *a, const char *id)
{
	const char *kind = advisor_kind(a, id);
	return kind && strcmp(kind, "skill") == 0;
}

/* {"id": id, key: [the ids that keep]} */
static json_t *named_list(const struct advisor *a, const char *id, const char *key, char *const *ids, size_t n,
			  bool (*keep)(const struct advisor *, const char *), bool *bad)
{
	json_t *list = json_array();
	for (size_t j = 0; j < n; j++)
		if (keep(a, ids[j]))
			json_array_append_new(list, jstr(ids[j], bad));
	json_t *o = json_object();
	json_object_set_new(o, "id", jstr(id, bad));
	json_object_set_new(o, key, list);
	return o;
}

/* What the user said, as a case document (keys in a fixed order). */
static json_t *case_json(const struct advisor *a, bool *bad)
{
	json_t *tasks = json_array();
	for (size_t i = 0; i < advisor_task_count(a); i++) {
		const char *id = advisor_task_id(a, i);
		json_t *attrs = json_array(), *answers = json_array();
		for (size_t j = 0; j < advisor_task_attr_count(a, id); j++) {
			const char *name, *value;
			advisor_task_attr_get(a, id, j, &name, &value);
			json_t *o = json_object();
			json_object_set_new(o, "name", jstr(name, bad));
			json_object_set_new(o, "value", jstr(value, bad));
			json_array_append_new(attrs, o);
		}
		for (size_t j = 0; j < advisor_answer_count(a, id); j++) {
			const char *question, *value;
			advisor_answer_get(a, id, j, &question, &value);
			json_t *o = json_object();
			json_object_set_new(o, "question", jstr(question, bad));
			json_object_set_new(o, "value", jstr(value, bad));
			json_array_append_new(answers, o);
		}
		json_t *t = json_object();
		json_object_set_new(t, "id", jstr(id, bad));
		json_object_set_new(t, "text", jstr(advisor_task_text(a, id), bad));
		json_object_set_new(t, "attributes", attrs);
		json_object_set_new(t, "answers", answers);
		json_array_append_new(tasks, t);
	}
	json_t *positions = json_array();
	for (size_t i = 0; i < advisor_position_count(a); i++) {
		const char *id = advisor_position_id(a, i);
		size_t n;
		char *const *items = advisor_position_items(a, id, &n);
		json_array_append_new(positions, named_list(a, id, "items", items, n, names_something, bad));
	}
	json_t *candidates = json_array();
	for (size_t i = 0; i < advisor_candidate_count(a); i++) {
		const char *id = advisor_candidate_id(a, i);
		size_t n;
		char *const *skills = advisor_candidate_skills(a, id, &n);
		json_t *c = named_list(a, id, "skills", skills, n, is_skill, bad);
		const char *file;
		const struct advice_cv_words *w = advisor_candidate_words(a, id, &n, &file);
		if (file) {
			json_t *cv = json_object(), *said = json_array();
			for (size_t j = 0; j < n; j++) {
				json_t *o = json_object();
				json_object_set_new(o, "skill", jstr(w[j].skill, bad));
				json_object_set_new(o, "via", jstr(w[j].via, bad));
				json_object_set_new(o, "words", jstr(w[j].words, bad));
				json_object_set_new(o, "line", json_integer(w[j].line));
				json_array_append_new(said, o);
			}
			json_object_set_new(cv, "file", jstr(file, bad));
			json_object_set_new(cv, "skills", said);
			json_object_set_new(c, "cv", cv);
		}
		json_array_append_new(candidates, c);
	}
	json_t *doc = json_object();
	json_object_set_new(doc, "format", json_string(CASE_FORMAT));
	json_object_set_new(doc, "version", json_integer(CASE_VERSION));
	json_object_set_new(doc, "tasks", tasks);
	json_object_set_new(doc, "positions", positions);
	json_object_set_new(doc, "candidates", candidates);
	return doc;
}

char *case_dump(struct session *s)
{
	bool bad = false;
	json_t *doc = case_json(s->adv, &bad);
	char *text = bad ? NULL : json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(doc);
	if (!text)
		return NULL;
	char *out = xasprintf("%s\n", text);
	free(text);
	return out;
}

/* -------------------------------------------------------- unsaved work */

/* What the user said, as text to compare (never written anywhere). */
static char *state_of(const struct session *s)
{
	bool bad = false;
	json_t *doc = case_json(s->adv, &bad);
	char *text = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(doc);
	return text ? text : xstrdup("");
}

void case_mark_saved(struct session *s)
{
	free(s->saved_case);
	s->saved_case = state_of(s);
	free(s->warned_case);
	s->warned_case = NULL;
}

bool case_unsaved(const struct session *s)
{
	struct advisor *a = s->adv;
	if (advisor_task_count(a) + advisor_position_count(a) + advisor_candidate_count(a) == 0)
		return false; /* nothing to lose */
	char *now = state_of(s);
	bool changed = !s->saved_case || strcmp(now, s->saved_case) != 0;
	free(now);
	return changed;
}

/* "tasks: 2, positions: 0, candidates: 1" */
static char *counts(const struct session *s)
{
	return xasprintf(msg(M_UNSAVED_COUNTS), advisor_task_count(s->adv), advisor_position_count(s->adv),
			 advisor_candidate_count(s->adv));
}

char *case_unsaved_counts(const struct session *s) { return case_unsaved(s) ? counts(s) : NULL; }

bool case_may_drop(struct session *s, bool loading)
{
	if (!s->interactive || !case_unsaved(s))
		return true;
	char *now = state_of(s);
	if (s->warned_case && strcmp(now, s->warned_case) == 0) {
		free(now);
		return true; /* asked once: the same again goes on */
	}
	char *what = counts(s);
	say(s, msg(loading ? M_UNSAVED_LOAD : M_UNSAVED_QUIT), what);
	free(s->warned_case);
	s->warned_case = now;
	free(what);
	return false;
}

/* ------------------------------------------------------------- checking */

/* Text from the case as a message shows it: control characters as '?',
 * a long one cut at a character boundary. */
static char *shown(const char *text)
{
	size_t n = strlen(text);
	if (n > SHOWN_MAX) {
		n = SHOWN_MAX;
		while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
			n--;
	}
	char *out = xasprintf("%.*s%s", (int)n, text, n < strlen(text) ? "..." : "");
	for (char *p = out; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			*p = '?';
	return out;
}

/* Control characters (C0 other than tab, a tab only when tab_ok; DEL; C1). */
static bool has_control(const char *text, bool tab_ok)
{
	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		if ((*p < 0x20 && !(tab_ok && *p == '\t')) || *p == 0x7F || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0))
			return true;
	return false;
}

static const char *type_name(json_type t)
{
	switch (t) {
	case JSON_STRING:
		return msg(M_CASE_A_STRING);
	case JSON_ARRAY:
		return msg(M_CASE_AN_ARRAY);
	case JSON_OBJECT:
		return msg(M_CASE_AN_OBJECT);
	default:
		return msg(M_CASE_A_WHOLE);
	}
}

/* Where a value is, as a message names it: tasks[1].text. */
static char *at_key(const char *path, const char *key)
{
	char *k = shown(key);
	char *where = *path ? xasprintf("%s.%s", path, k) : xstrdup(k);
	free(k);
	return where;
}

static char *at_index(const char *path, size_t i) { return xasprintf("%s[%zu]", path, i); }

/* A problem at where: fmt takes where, then type. Frees where. */
static char *problem(enum msg fmt, char *where, json_type type)
{
	char *err = xasprintf(msg(fmt), where, type_name(type));
	free(where);
	return err;
}

/* The first key of o that is not one of keys, as an error, or NULL. */
static char *check_keys(json_t *o, const char *path, const char *const *keys)
{
	const char *key;
	json_t *v;
	json_object_foreach(o, key, v) {
		bool known = false;
		for (const char *const *k = keys; *k && !known; k++)
			known = strcmp(key, *k) == 0;
		if (known)
			continue;
		struct strbuf list = {0};
		for (const char *const *k = keys; *k; k++) {
			if (list.n)
				strbuf_add(&list, ", ", 2);
			strbuf_add(&list, *k, strlen(*k));
		}
		char *where = at_key(path, key);
		char *err = xasprintf(msg(M_CASE_UNKNOWN_KEY), where, list.s);
		free(where);
		free(list.s);
		return err;
	}
	return NULL;
}

/* o's member key, of type t, into *v (NULL when absent and optional). */
static char *member(json_t *o, const char *path, const char *key, json_type t, bool required, json_t **v)
{
	*v = json_object_get(o, key);
	if (!*v && !required)
		return NULL;
	if (!*v)
		return problem(M_CASE_MISSING, at_key(path, key), t);
	if (json_typeof(*v) != t) {
		*v = NULL;
		return problem(M_CASE_EXPECTED, at_key(path, key), t);
	}
	return NULL;
}

/* A string at where (which it frees), with no control character but tab
 * when tab_ok. */
static char *check_text(json_t *v, char *where, bool tab_ok)
{
	if (!json_is_string(v))
		return problem(M_CASE_EXPECTED, where, JSON_STRING);
	if (has_control(json_string_value(v), tab_ok)) {
		char *err = xasprintf(msg(M_CASE_CONTROL), where);
		free(where);
		return err;
	}
	free(where);
	return NULL;
}

/* A required string member, checked as check_text() does. */
static char *text_member(json_t *o, const char *path, const char *key, bool tab_ok)
{
	json_t *v;
	char *err = member(o, path, key, JSON_STRING, true, &v);
	return err ? err : check_text(v, at_key(path, key), tab_ok);
}

/* An id not used before in seen (id -> where it was). */
static char *check_unique(json_t *seen, json_t *o, const char *path)
{
	const char *id = json_string_value(json_object_get(o, "id"));
	json_t *first = json_object_get(seen, id);
	if (!first) {
		json_object_set_new(seen, id, json_sprintf("%s.id", path));
		return NULL;
	}
	char *where = at_key(path, "id"), *what = shown(id);
	char *err = xasprintf(msg(M_CASE_TWICE), where, what, json_string_value(first));
	free(where);
	free(what);
	return err;
}

/* An array member (optional or not) whose elements are all objects with
 * these keys (fn checks each further), or all strings (fn NULL). */
typedef char *(*check_fn)(json_t *o, const char *path, void *ctx);

static char *check_list(json_t *o, const char *path, const char *key, bool required, const char *const *keys,
			check_fn fn, void *ctx)
{
	json_t *list;
	char *err = member(o, path, key, JSON_ARRAY, required, &list);
	char *where = at_key(path, key);
	size_t i;
	json_t *v;
	json_array_foreach(list, i, v) {
		if (err)
			break;
		char *here = at_index(where, i);
		if (!keys) {
			err = check_text(v, here, false);
			continue;
		}
		if (!json_is_object(v))
			err = problem(M_CASE_EXPECTED, xstrdup(here), JSON_OBJECT);
		if (!err)
			err = check_keys(v, here, keys);
		if (!err && fn)
			err = fn(v, here, ctx);
		free(here);
	}
	free(where);
	return err;
}

static char *check_pair(json_t *o, const char *path, void *ctx)
{
	const char *first = ctx;
	char *err = text_member(o, path, first, false);
	return err ? err : text_member(o, path, "value", false);
}

static char *check_task(json_t *o, const char *path, void *ctx)
{
	static const char *const attr_keys[] = {"name", "value", NULL};
	static const char *const answer_keys[] = {"question", "value", NULL};
	char *err = text_member(o, path, "id", false);
	if (!err)
		err = text_member(o, path, "text", true);
	if (!err)
		err = check_list(o, path, "attributes", false, attr_keys, check_pair, "name");
	if (!err)
		err = check_list(o, path, "answers", false, answer_keys, check_pair, "question");
	return err ? err : check_unique(ctx, o, path);
}

static char *check_position(json_t *o, const char *path, void *ctx)
{
	char *err = text_member(o, path, "id", false);
	if (!err)
		err = check_list(o, path, "items", true, NULL, NULL, NULL);
	return err ? err : check_unique(ctx, o, path);
}

static char *check_cv_words(json_t *o, const char *path, void *ctx)
{
	(void)ctx;
	json_t *v;
	char *err = text_member(o, path, "skill", false);
	if (!err)
		err = text_member(o, path, "via", false);
	if (!err)
		err = text_member(o, path, "words", true);
	return err ? err : member(o, path, "line", JSON_INTEGER, true, &v);
}

/* What a CV said (optional): {"file": ..., "skills": [{"skill", "via",
 * "words", "line"}...]}. */
static char *check_cv(json_t *o, const char *path)
{
	static const char *const keys[] = {"file", "skills", NULL};
	static const char *const word_keys[] = {"skill", "via", "words", "line", NULL};
	json_t *cv;
	char *err = member(o, path, "cv", JSON_OBJECT, false, &cv);
	if (err || !cv)
		return err;
	char *where = at_key(path, "cv");
	err = check_keys(cv, where, keys);
	if (!err)
		err = text_member(cv, where, "file", false);
	if (!err)
		err = check_list(cv, where, "skills", true, word_keys, check_cv_words, NULL);
	free(where);
	return err;
}

static char *check_candidate(json_t *o, const char *path, void *ctx)
{
	char *err = text_member(o, path, "id", false);
	if (!err)
		err = check_list(o, path, "skills", true, NULL, NULL, NULL);
	if (!err)
		err = check_cv(o, path);
	return err ? err : check_unique(ctx, o, path);
}

/* The first thing wrong with a case document, or NULL: its shape, format
 * and version (not whether the knowledge knows its ids). */
static char *check_case(json_t *doc)
{
	static const char *const keys[] = {"format", "version", "tasks", "positions", "candidates", NULL};
	static const char *const task_keys[] = {"id", "text", "attributes", "answers", NULL};
	static const char *const position_keys[] = {"id", "items", NULL};
	static const char *const candidate_keys[] = {"id", "skills", "cv", NULL};
	if (!json_is_object(doc))
		return problem(M_CASE_EXPECTED, xstrdup(msg(M_CASE_TOP)), JSON_OBJECT);
	/* What the file is comes first: another program's JSON, or a later
	 * version with keys of its own, is said so rather than picked at. */
	json_t *v = json_object_get(doc, "format");
	char *err = NULL;
	if (!json_is_string(v))
		err = xstrdup(msg(M_CASE_NO_FORMAT));
	else if (strcmp(json_string_value(v), CASE_FORMAT) != 0) {
		char *what = shown(json_string_value(v));
		err = xasprintf(msg(M_CASE_FORMAT), what);
		free(what);
	}
	if (!err)
		err = member(doc, "", "version", JSON_INTEGER, true, &v);
	if (!err && json_integer_value(v) != CASE_VERSION)
		err = xasprintf(msg(M_CASE_VERSION), (long long)json_integer_value(v), CASE_VERSION);
	if (!err)
		err = check_keys(doc, "", keys);
	json_t *seen[3] = {json_object(), json_object(), json_object()};
	if (!err)
		err = check_list(doc, "", "tasks", false, task_keys, check_task, seen[0]);
	if (!err)
		err = check_list(doc, "", "positions", false, position_keys, check_position, seen[1]);
	if (!err)
		err = check_list(doc, "", "candidates", false, candidate_keys, check_candidate, seen[2]);
	for (int i = 0; i < 3; i++)
		json_decref(seen[i]);
	return err;
}

/* ------------------------------------------------------------ importing */

static const char *text_of(json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }

/* The strings of an array (borrowed), or of a member of each of its
 * objects; the array of pointers is the caller's. */
static char **strings_of(json_t *list, const char *key, size_t *n)
{
	*n = json_array_size(list);
	char **v = xcalloc(*n + 1, sizeof *v);
	for (size_t i = 0; i < *n; i++) {
		json_t *e = json_array_get(list, i);
		v[i] = (char *)json_string_value(key ? json_object_get(e, key) : e);
	}
	return v;
}

/* The index of the string the advisor's error names, or n. */
static size_t named(const struct advisor *a, char **v, size_t n)
{
	size_t i = 0;
	while (i < n && strcmp(v[i], advisor_detail(a)) != 0)
		i++;
	return i;
}

/* Did the advisor refuse the id itself (its shape, or a name taken)? */
static bool bad_name(const struct advisor *a)
{
	return advisor_error(a) == ADV_BAD_ID || advisor_error(a) == ADV_NAME_TAKEN;
}

struct failure {
	char *where; /* where in the case, or NULL */
	char *why;
};

static void fail_at(struct session *s, struct failure *f, char *where, char *why)
{
	if (f->why) { /* the first failure is the one reported */
		free(where);
		free(why);
		return;
	}
	f->where = where;
	f->why = why ? why : advice_error_text(s);
	if (!f->why)
		f->why = xstrdup("");
}

/* Why an answer was refused: no such question, a value it does not take,
 * or what the advisor says. */
static char *answer_error(struct session *s, const char *task, const char *qid, const char *value)
{
	struct advisor *a = s->adv;
	if (advisor_error(a) == ADV_UNKNOWN_ID && strcmp(advisor_detail(a), qid) == 0) {
		char *what = shown(qid);
		char *err = xasprintf(msg(M_CASE_NO_QUESTION), what);
		free(what);
		return err;
	}
	struct advice_question q;
	if (advisor_error(a) != ADV_BAD_VALUE || advisor_question(a, task, qid, &q) != 0)
		return NULL;
	struct strbuf takes = {0};
	for (size_t i = 0; i < q.nchoices; i++) {
		strbuf_add(&takes, q.choices[i], strlen(q.choices[i]));
		strbuf_add(&takes, ", ", 2);
	}
	if (strcmp(q.kind, "text") == 0)
		strbuf_add(&takes, "given, ", 7);
	strbuf_add(&takes, "unknown", 7);
	char *what = shown(value);
	char *err = xasprintf(msg(M_CASE_BAD_ANSWER), what, qid, takes.s);
	free(what);
	free(takes.s);
	advice_question_free(&q);
	return err;
}

static void import_task(struct session *s, json_t *t, const char *path, struct failure *f)
{
	struct advisor *a = s->adv;
	const char *id = text_of(t, "id");
	json_t *attrs = json_object_get(t, "attributes");
	size_t n;
	char **names = strings_of(attrs, "name", &n), **values = strings_of(attrs, "value", &n);
	if (advisor_task_parts(a, id, text_of(t, "text"), n, names, values, NULL) != 0) {
		size_t j = n;
		const char *field = "";
		if (advisor_error(a) == ADV_UNKNOWN_ATTR)
			j = named(a, names, n), field = "name";
		else if (advisor_error(a) == ADV_BAD_VALUE)
			for (j = 0, field = "value"; j < n; j++) {
				char *typed = xasprintf("%s=%s", names[j], values[j]);
				bool it = strcmp(typed, advisor_detail(a)) == 0;
				free(typed);
				if (it)
					break;
			}
		if (j < n)
			fail_at(s, f, xasprintf("%s.attributes[%zu].%s", path, j, field), NULL);
		else
			fail_at(s, f, xasprintf("%s%s", path, bad_name(a) ? ".id" : ""), NULL);
	} else {
		json_t *answers = json_object_get(t, "answers");
		size_t i;
		json_t *v;
		json_array_foreach(answers, i, v) {
			const char *qid = text_of(v, "question"), *value = text_of(v, "value");
			if (advisor_record_answer(a, id, qid, value) != 0)
				fail_at(s, f, xasprintf("%s.answers[%zu]", path, i),
					answer_error(s, id, qid, value));
		}
	}
	free(names);
	free(values);
}

static void import_position(struct session *s, json_t *p, const char *path, struct failure *f)
{
	size_t n;
	char **items = strings_of(json_object_get(p, "items"), NULL, &n);
	struct advice_position out;
	if (advisor_position(s->adv, text_of(p, "id"), (int)n, items, &out) == 0) {
		advice_position_free(&out);
	} else {
		size_t j = named(s->adv, items, n);
		if (bad_name(s->adv))
			fail_at(s, f, xasprintf("%s.id", path), NULL);
		else
			fail_at(s, f, j < n ? xasprintf("%s.items[%zu]", path, j) : xstrdup(path), NULL);
	}
	free(items);
}

/* A candidate read from a CV: what the CV said first, then the skills as
 * they were kept (the user may have added or removed some). */
static int import_cv(struct session *s, json_t *c)
{
	json_t *cv = json_object_get(c, "cv");
	if (!cv)
		return 0;
	json_t *list = json_object_get(cv, "skills");
	size_t n = json_array_size(list);
	struct advice_cv_words *w = xcalloc(n ? n : 1, sizeof *w);
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_array_get(list, i);
		w[i] = (struct advice_cv_words){(char *)text_of(o, "skill"), (char *)text_of(o, "via"),
						(char *)text_of(o, "words"), (long)json_integer_value(json_object_get(o, "line"))};
	}
	int rc = advisor_candidate_cv(s->adv, text_of(c, "id"), text_of(cv, "file"), n, w);
	free(w);
	return rc;
}

static void import_candidate(struct session *s, json_t *c, const char *path, struct failure *f)
{
	size_t n, nids;
	char **skills = strings_of(json_object_get(c, "skills"), NULL, &n), **ids;
	if (import_cv(s, c) != 0) {
		fail_at(s, f, bad_name(s->adv) ? xasprintf("%s.id", path) : xasprintf("%s.cv", path), NULL);
	} else if (advisor_candidate(s->adv, text_of(c, "id"), (int)n, skills, &ids, &nids) == 0) {
		for (size_t i = 0; i < nids; i++)
			free(ids[i]);
		free(ids);
	} else {
		size_t j = named(s->adv, skills, n);
		if (bad_name(s->adv))
			fail_at(s, f, xasprintf("%s.id", path), NULL);
		else
			fail_at(s, f, j < n ? xasprintf("%s.skills[%zu]", path, j) : xstrdup(path), NULL);
	}
	free(skills);
}

/* Imports a checked case into the cleared session: tasks first (positions
 * may cover them), then positions, then candidates. Stops at the first
 * failure, unless going on (restoring a snapshot: as much as will go). */
static int import_case(struct session *s, json_t *doc, bool go_on, struct failure *f)
{
	static const char *const lists[] = {"tasks", "positions", "candidates"};
	static void (*const import[])(struct session *, json_t *, const char *, struct failure *) = {
	    import_task, import_position, import_candidate};
	for (int k = 0; k < 3; k++) {
		size_t i;
		json_t *v;
		json_array_foreach(json_object_get(doc, lists[k]), i, v) {
			if (f->why && !go_on)
				return -1;
			char *path = at_index(lists[k], i);
			import[k](s, v, path, f);
			free(path);
		}
	}
	return f->why ? -1 : 0;
}

/* Forgets the session, as `reset` does. */
static int clear_session(struct session *s, struct failure *f)
{
	if (host_reset(s->host) != 0) {
		fail_at(s, f, NULL, xstrdup(host_last_error(s->host)));
		return -1;
	}
	advisor_clear(s->adv);
	if (advisor_attach(s->adv) != 0) {
		fail_at(s, f, NULL, NULL);
		return -1;
	}
	return 0;
}

static void failure_free(struct failure *f)
{
	free(f->where);
	free(f->why);
}

/* What is wrong with JSON that does not parse: jansson's words in English
 * (they quote the input: only its printable ASCII is kept), oficio's own
 * for what jansson says in English only. */
static const char *json_words(json_error_t *e)
{
	enum json_error_code code = json_error_code(e);
	for (char *p = e->text; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7F)
			*p = '?';
	if (msg_lang() != LANG_ES)
		return e->text;
	switch (code) {
	case json_error_premature_end_of_input:
		return msg(M_JSON_EARLY_END);
	case json_error_end_of_input_expected:
		return msg(M_JSON_TRAILING);
	case json_error_invalid_utf8:
		return msg(M_JSON_UTF8);
	case json_error_duplicate_key:
		return msg(M_JSON_DUPLICATE);
	case json_error_null_character:
	case json_error_null_byte_in_key:
		return msg(M_JSON_NUL);
	case json_error_numeric_overflow:
		return msg(M_JSON_NUMBER);
	case json_error_stack_overflow:
		return msg(M_JSON_DEEP);
	default:
		return msg(M_JSON_SYNTAX);
	}
}

int case_load_data(struct session *s, const char *name, const char *data, size_t n, bool at_start)
{
	const char *unchanged = at_start ? "" : msg(M_CASE_UNCHANGED);
	if (n == 0) {
		char *line = xasprintf(msg(M_CASE_NOT_LOADED), name, msg(M_CASE_EMPTY_FILE));
		repl_error(s, "%s%s", line, unchanged);
		free(line);
		return -1;
	}
	const char *nul = memchr(data, '\0', n);
	if (nul) {
		/* jansson stops there, and says something else. */
		int line = 1, col = 1;
		for (const char *p = data; p < nul; p++) {
			if (*p == '\n')
				line++, col = 1;
			else if (((unsigned char)*p & 0xC0) != 0x80)
				col++;
		}
		char *text = xasprintf(msg(M_CASE_NUL), name, line, col);
		repl_error(s, "%s%s", text, unchanged);
		free(text);
		return -1;
	}
	json_error_t jerr;
	json_t *doc = json_loadb(data, n, JSON_REJECT_DUPLICATES, &jerr);
	if (!doc) {
		char *line = xasprintf(msg(M_CASE_BAD_JSON), name, jerr.line, jerr.column, json_words(&jerr));
		repl_error(s, "%s%s", line, unchanged);
		free(line);
		return -1;
	}
	char *err = check_case(doc);
	if (err) {
		char *line = xasprintf(msg(M_CASE_NOT_LOADED), name, err);
		repl_error(s, "%s%s", line, unchanged);
		free(line);
		free(err);
		json_decref(doc);
		return -1;
	}
	interview_stop(s, false);
	json_t *snapshot = case_json(s->adv, &(bool){false});
	struct failure f = {0};
	int rc = clear_session(s, &f) == 0 ? import_case(s, doc, false, &f) : -1;
	if (rc != 0) {
		struct failure again = {0};
		if (clear_session(s, &again) == 0)
			import_case(s, snapshot, true, &again);
		char *reason = f.where ? xasprintf("%s: %s", f.where, f.why) : xstrdup(f.why);
		char *line = xasprintf(msg(M_CASE_NOT_LOADED), name, reason);
		if (again.why) {
			char *restore =
			    xasprintf(msg(M_CASE_RESTORE_FAILED), again.where ? again.where : "", again.why);
			repl_error(s, "%s%s", line, restore);
			free(restore);
		} else {
			repl_error(s, "%s%s", line, unchanged);
		}
		free(line);
		free(reason);
		failure_free(&again);
	}
	if (rc == 0)
		case_mark_saved(s); /* what the file holds: nothing unsaved */
	failure_free(&f);
	json_decref(snapshot);
	json_decref(doc);
	return rc;
}


int case_load_file(struct session *s, const char *path, bool at_start)
{
	char *data;
	size_t n;
	char *why = read_user_file(path, false, CASE_MAX_MIB, M_CASE_TOO_BIG, &data, &n);
	if (why) {
		char *line = xasprintf(msg(M_CASE_NOT_LOADED), path, why);
		repl_error(s, "%s%s", line, at_start ? "" : msg(M_CASE_UNCHANGED));
		free(line);
		free(why);
		return -1;
	}
	int rc = case_load_data(s, path, data, n, at_start);
	free(data);
	return rc;
}

/* ------------------------------------------------------------- commands */

/* "saved" or "loaded": the file and what it holds. */
static void say_counts(struct session *s, const char *key, enum msg text, const char *path)
{
	size_t tasks = advisor_task_count(s->adv), positions = advisor_position_count(s->adv),
	       candidates = advisor_candidate_count(s->adv);
	if (s->json) {
		json_t *doc = json_object();
		json_object_set_new(doc, key, json_string(path));
		json_object_set_new(doc, "tasks", json_integer((json_int_t)tasks));
		json_object_set_new(doc, "positions", json_integer((json_int_t)positions));
		json_object_set_new(doc, "candidates", json_integer((json_int_t)candidates));
		out_json(s, doc);
	} else {
		say(s, msg(text), path, tasks, positions, candidates);
	}
}

int cmd_save(struct session *s, int argc, char **argv)
{
	(void)argc;
	char *text = case_dump(s);
	if (!text) {
		repl_error(s, msg(M_CASE_NOT_SAVED), msg(M_CASE_NOT_UTF8));
		return -1;
	}
	int rc = write_file(s, argv[1], text, strlen(text), msg(M_CASE_NOT_SAVED));
	free(text);
	if (rc == 0) {
		case_mark_saved(s);
		say_counts(s, "saved", M_CASE_SAVED, argv[1]);
	}
	return rc;
}

int cmd_load(struct session *s, int argc, char **argv)
{
	(void)argc;
	if (!case_may_drop(s, true))
		return 0; /* asked first, on a terminal */
	char *lost = case_unsaved_counts(s);
	int rc = case_load_file(s, argv[1], false);
	if (rc == 0 && lost)
		say(s, msg(M_UNSAVED_REPLACED), lost);
	free(lost);
	if (rc == 0)
		say_counts(s, "loaded", M_CASE_LOADED, argv[1]);
	return rc;
}
