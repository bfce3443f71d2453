/*
 * batch.c - `oficio batch`: JSON Lines in ({"id":..,"text":..,
 * "attributes":{"name":"value"}}), one line out per line in, in input
 * order. A line gets its answer (text: ID<TAB>SIDE<TAB>CONFIDENCE; --json:
 * the answer classify --json gives, with "id" first), or, when it is blank
 * or bad, {"line":N,"error":"..."} in both modes. Nothing goes to standard
 * error, so standard output alone keeps the count.
 *
 * A --jobs worker (jobs.c) reads "N<TAB>line", answers "N<TAB>answer" and
 * flushes each answer: the parent pairs answers with lines by N.
 * It classifies through engine/advisor and writes; it keeps nothing.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/advisor.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

void batch_put_error(FILE *f, long no, const char *text)
{
	fprintf(f, "{\"line\":%ld,\"error\":", no);
	shown_json_string(f, text);
	fputs("}\n", f);
}

static void put_error(struct session *s, long no, const char *text)
{
	s->failures++;
	batch_put_error(stdout, no, text);
}

/* The id as the text answer shows it: a string as its characters, any
 * other JSON value as JSON, none as "-"; nothing that could break the
 * line (tabs, line feeds) or drive a terminal. */
static void put_id_text(json_t *id)
{
	if (!id) {
		fputs("-", stdout);
	} else if (json_is_string(id)) {
		shown_put(stdout, json_string_value(id));
	} else {
		char *text = json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT);
		char *safe = shown_json(text ? text : "null");
		fputs(safe, stdout);
		free(safe);
		free(text);
	}
}

/* The attributes of a line: *n names and values, borrowed from obj. NULL
 * when there are none; sets *why when they are not name: string. */
static char **attributes_of(json_t *obj, char ***values, size_t *n, char **why)
{
	json_t *attrs = json_object_get(obj, "attributes");
	*n = 0;
	*values = NULL;
	if (!attrs)
		return NULL;
	if (!json_is_object(attrs)) {
		*why = xstrdup(msg(M_BATCH_ATTRS));
		return NULL;
	}
	size_t size = json_object_size(attrs);
	char **names = xcalloc(size ? size : 1, sizeof *names);
	*values = xcalloc(size ? size : 1, sizeof **values);
	const char *key;
	json_t *value;
	json_object_foreach(attrs, key, value) {
		if (!json_is_string(value)) {
			*why = xasprintf(msg(M_BATCH_ATTR_VALUE), key);
			break;
		}
		names[*n] = (char *)key;
		(*values)[(*n)++] = (char *)json_string_value(value);
	}
	return names;
}

static bool blank(const char *line, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr(" \t\r\n", line[i]) || line[i] == '\0')
			return false;
	return true;
}

/* The id as --json shows it, into b: what shown_json() makes of
 * json_dumps(id) (a string escaped as shown_json_add() escapes it, an
 * integer in decimal), written directly for those two; null when none. */
static void id_json(struct strbuf *b, json_t *id)
{
	strbuf_clear(b);
	if (json_is_string(id)) {
		shown_json_add(b, json_string_value(id));
	} else if (json_is_integer(id)) {
		char digits[32];
		int n = snprintf(digits, sizeof digits, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
		strbuf_add(b, digits, (size_t)n);
	} else {
		char *text = id ? json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
		char *safe = shown_json(text ? text : "null");
		strbuf_add(b, safe, strlen(safe));
		free(safe);
		free(text);
	}
}

/* The buffers of a batch run, used again for each line. */
struct answer_bufs {
	struct strbuf id, out;
};

/* Answers one input line (no line feed) with exactly one output line. */
static void answer(struct session *s, struct answer_bufs *bufs, long no, const char *line, size_t n)
{
	if (blank(line, n)) {
		put_error(s, no, msg(M_BATCH_EMPTY));
		return;
	}
	json_error_t jerr;
	json_t *obj = json_loadb(line, n, JSON_REJECT_DUPLICATES, &jerr);
	const char *text = obj ? json_string_value(json_object_get(obj, "text")) : NULL;
	char *why = NULL;
	char **names = NULL, **values = NULL;
	size_t nattrs = 0;
	if (!obj)
		why = xasprintf(msg(M_BATCH_BAD_JSON), jerr.column, jerr.text);
	else if (!json_is_object(obj))
		why = xstrdup(msg(M_BATCH_NOT_OBJECT));
	else if (!text)
		why = xstrdup(msg(M_BATCH_NO_TEXT));
	else
		names = attributes_of(obj, &values, &nattrs, &why);
	struct advice_task t;
	if (!why && advisor_classify_parts(s->adv, text, nattrs, names, values, &t) != 0)
		why = advice_error_text(s);
	if (why) {
		put_error(s, no, why);
	} else {
		json_t *id = json_object_get(obj, "id");
		if (s->json) {
			id_json(&bufs->id, id);
			strbuf_clear(&bufs->out);
			advice_add_task(s, &bufs->out, bufs->id.s, &t);
			fwrite(bufs->out.s, 1, bufs->out.n, stdout);
		} else {
			put_id_text(id);
			printf("\t%s\t%.2f\n", t.side, t.confidence);
		}
		advice_task_free(&t);
	}
	free(why);
	free(names);
	free(values);
	json_decref(obj);
}

void batch_run(struct session *s, FILE *in)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long no = 0;
	struct answer_bufs bufs = {{0}, {0}};
	host_keep_origins(s->host, false); /* no how or why here */
	s->clips_to_stderr = true;
	while ((n = getline(&line, &cap, in)) >= 0) {
		no++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (s->echo)
			repl_echo(s, line, (size_t)n);
		char *json = line;
		if (s->batch_numbered) {
			no = strtol(line, &json, 10);
			json += *json == '\t';
			n -= json - line;
			printf("%ld\t", no);
		}
		answer(s, &bufs, no, json, (size_t)n);
		if (s->batch_numbered)
			fflush(stdout); /* the parent waits for it */
		if (ferror(stdout)) {
			s->write_errno = errno; /* no one gets the rest: stop */
			break;
		}
	}
	free(line);
	free(bufs.id.s);
	free(bufs.out.s);
	s->clips_to_stderr = false;
}
