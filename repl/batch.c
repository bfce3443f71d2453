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
#include <poll.h>
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
	batch_put_error(stdout, no + s->batch_offset, text);
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

/* ------------------------------------------------- plain lines, read fast
 *
 * Most lines are plain: {"id": a string or an integer, "text": a string},
 * the strings without escapes. Such a line is read here into the object
 * jansson would give, at a fraction of the cost of its general reader.
 * Anything else (escapes, other keys or values, a key twice, whatever
 * jansson might refuse) is left to jansson, so that what a line means and
 * the error a bad one gets are jansson's. */

static const char *skip_space(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/* The length of the UTF-8 character at p (n bytes left) if it is one
 * jansson takes (no overlong form, surrogate or code point past
 * U+10FFFF), else 0. */
static size_t utf8_char(const unsigned char *p, size_t n)
{
	size_t len = p[0] < 0x80 ? 1 : p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
		   : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
	if (len == 0 || len > n)
		return 0;
	unsigned cp = p[0] & (0xFF >> (len + 1));
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (p[i] & 0x3F);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return len;
}

/* A string with no escape and no control character: *s and *n its bytes
 * between the quotes, *p moved past it. */
static bool plain_string(const char **p, const char *end, const char **s, size_t *n)
{
	const unsigned char *q = (const unsigned char *)*p, *e = (const unsigned char *)end;
	if (q == e || *q != '"')
		return false;
	const unsigned char *start = ++q;
	while (q < e && *q != '"') {
		size_t len = *q < 0x20 || *q == '\\' ? 0 : utf8_char(q, (size_t)(e - q));
		if (len == 0)
			return false;
		q += len;
	}
	if (q == e)
		return false;
	*s = (const char *)start;
	*n = (size_t)(q - start);
	*p = (const char *)q + 1;
	return true;
}

/* An integer as jansson reads one (-?(0|[1-9][0-9]*), no fraction or
 * exponent), of at most 18 digits so that it cannot overflow. */
static bool plain_integer(const char **p, const char *end, json_int_t *v)
{
	const char *q = *p + (*p < end && **p == '-');
	const char *digits = q;
	json_int_t x = 0;
	while (q < end && *q >= '0' && *q <= '9' && q - digits < 18)
		x = x * 10 + (*q++ - '0');
	if (q == digits || (*digits == '0' && q - digits > 1))
		return false;
	if (q < end && ((*q >= '0' && *q <= '9') || *q == '.' || *q == 'e' || *q == 'E'))
		return false;
	*v = **p == '-' ? -x : x;
	*p = q;
	return true;
}

/* The object of a plain line, or NULL for jansson to read. */
static json_t *plain_line(const char *line, size_t n)
{
	const char *p = skip_space(line, line + n), *end = line + n;
	json_t *id = NULL, *text = NULL;
	if (p == end || *p++ != '{')
		return NULL;
	for (;;) {
		const char *key, *s;
		size_t klen, slen;
		json_int_t v;
		p = skip_space(p, end);
		if (!plain_string(&p, end, &key, &klen))
			goto other;
		p = skip_space(p, end);
		if (p == end || *p++ != ':')
			goto other;
		p = skip_space(p, end);
		if (klen == 2 && memcmp(key, "id", 2) == 0 && !id && plain_string(&p, end, &s, &slen))
			id = json_stringn_nocheck(s, slen);
		else if (klen == 2 && memcmp(key, "id", 2) == 0 && !id && plain_integer(&p, end, &v))
			id = json_integer(v);
		else if (klen == 4 && memcmp(key, "text", 4) == 0 && !text && plain_string(&p, end, &s, &slen))
			text = json_stringn_nocheck(s, slen);
		else
			goto other;
		p = skip_space(p, end);
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p < end && *p == '}' && skip_space(p + 1, end) == end)
			break;
		goto other;
	}
	json_t *obj = json_object();
	if (id)
		json_object_set_new_nocheck(obj, "id", id);
	if (text)
		json_object_set_new_nocheck(obj, "text", text);
	return obj;
other:
	json_decref(id);
	json_decref(text);
	return NULL;
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
	json_t *obj = plain_line(line, n);
	if (!obj)
		obj = json_loadb(line, n, JSON_REJECT_DUPLICATES, &jerr);
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

/* Does in's descriptor hold more input now (or its end)? A worker of
 * batch --jobs flushes its answers whenever it may have to wait for input,
 * so that no answer sits in its buffer while the parent waits for it; with
 * more input at hand, they go out together, which spares the parent a
 * wake-up a line. A line the parent has begun to write is finished
 * whatever the answers, so waiting for its rest cannot hang. */
static bool more_input(FILE *in)
{
	struct pollfd p = {.fd = fileno(in), .events = POLLIN};
	return p.fd >= 0 && poll(&p, 1, 0) == 1;
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
		if (s->batch_numbered && !more_input(in))
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
