/*
 * out.c - how output reaches the person: plain lines, errors (one path,
 * coloured on a terminal, JSON under --json), and JSON documents. Also the
 * session's set-up and knowledge loading, which report through it.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/advisor.h"
#include "../engine/kb.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

/* A line of text as it is shown: user text in it (ids, words, what CLIPS
 * printed) may hold terminal controls, which shown_lines() escapes. */
void say(struct session *s, const char *fmt, ...)
{
	if (s->json)
		return;
	va_list ap;
	va_start(ap, fmt);
	char *line = xvasprintf(fmt, ap);
	va_end(ap);
	char *safe = shown_lines(line);
	fputs(safe, stdout);
	fputc('\n', stdout);
	free(safe);
	free(line);
}

void out_json(struct session *s, json_t *doc)
{
	(void)s;
	char *text = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
	if (text) {
		char *safe = shown_json(text);
		fputs(safe, stdout);
		fputc('\n', stdout);
		free(safe);
		free(text);
	}
	json_decref(doc);
}

void done(struct session *s, const char *text)
{
	if (s->json) {
		json_t *doc = json_object();
		json_object_set_new(doc, "ok", json_true());
		json_object_set_new(doc, "message", json_string(text));
		out_json(s, doc);
	} else {
		say(s, "%s", text);
	}
}

char *stop_text(struct session *s)
{
	switch (host_stopped(s->host)) {
	case HOST_STOP_NONE:
		break;
	case HOST_STOP_FIRINGS:
		return xasprintf(msg(M_STOP_FIRINGS), s->max_firings);
	case HOST_STOP_TIME:
		return xasprintf(msg(M_STOP_TIME), s->max_seconds);
	case HOST_STOP_INTERRUPT:
		return xstrdup(msg(M_STOP_INTERRUPT));
	case HOST_STOP_DEPTH:
		return xstrdup(msg(M_STOP_DEPTH));
	}
	return NULL;
}

void report_stop(struct session *s)
{
	char *text = stop_text(s);
	if (!text)
		return;
	if (host_stopped(s->host) == HOST_STOP_INTERRUPT && s->interactive)
		putchar('\n'); /* the terminal echoed ^C where the cursor was */
	repl_error(s, "%s", text);
	free(text);
}

void repl_error(struct session *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[1024];
	int len = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (len >= (int)sizeof buf) {
		/* A message holding a huge word: cut it on a character boundary. */
		size_t cut = sizeof buf - 8;
		while (cut > 0 && ((unsigned char)buf[cut] & 0xC0) == 0x80)
			cut--;
		strcpy(buf + cut, "...");
	}
	s->failed = true;
	if (s->json) {
		json_t *doc = json_object();
		json_object_set_new(doc, "error", json_string(buf));
		if (s->where)
			json_object_set_new(doc, "line", json_integer(s->line_no));
		out_json(s, doc);
		return;
	}
	fflush(stdout); /* keep the order of output and errors in one stream */
	char *where = s->where ? shown_dup(s->where) : NULL, *safe = shown_lines(buf);
	if (where)
		fprintf(stderr, "%s:%ld: ", where, s->line_no);
	if (s->color)
		fprintf(stderr, "\033[1;31m%s:\033[0m %s\n", msg(M_ERROR), safe);
	else
		fprintf(stderr, "%s: %s\n", msg(M_ERROR), safe);
	free(where);
	free(safe);
}

static void on_clips_output(void *ctx, enum host_stream stream, const char *text)
{
	struct session *s = ctx;
	if (s->capturing) {
		struct strbuf *b = stream == HOST_ERR ? &s->err : &s->out;
		strbuf_add(b, text, strlen(text));
		return;
	}
	char *safe = shown_lines(text); /* (facts) shows what users typed */
	if (stream == HOST_ERR || s->clips_to_stderr) {
		fflush(stdout);
		fputs(safe, stderr);
	} else {
		fputs(safe, stdout);
	}
	free(safe);
}

void session_init(struct session *s)
{
	*s = (struct session){.max_firings = 1000000, .max_seconds = 10};
	s->host = host_new();
	s->adv = advisor_new(s->host);
	host_set_sink(s->host, on_clips_output, s);
}

void session_free(struct session *s)
{
	interview_stop(s, false);
	advisor_free(s->adv);
	host_free(s->host);
	free(s->clips.s);
	free(s->out.s);
	free(s->err.s);
}

/* One line per diagnostic; under --json, one document holding them all. */
static void report_diags(struct session *s)
{
	json_t *list = s->json ? json_array() : NULL;
	char *first = NULL;
	for (size_t i = 0; i < host_diag_count(s->host); i++) {
		const struct host_diag *d = host_diag_get(s->host, i);
		char *line = d->line > 0 ? xasprintf("%s:%ld: %s", d->file, d->line, d->text)
					 : xasprintf("%s: %s", d->file, d->text);
		if (d->kind == HOST_DIAG_WARNING) {
			if (!s->json) {
				fflush(stdout);
				fprintf(stderr, "%s:%ld: warning: %s\n", d->file, d->line, d->text);
			}
			free(line);
			continue;
		}
		if (list) {
			json_array_append_new(list, json_string(line));
			if (!first)
				first = line;
			else
				free(line);
		} else {
			repl_error(s, "%s", line);
			free(line);
		}
	}
	if (list && first) {
		s->failed = true;
		json_t *doc = json_object();
		json_object_set_new(doc, "error", json_string(first));
		json_object_set_new(doc, "errors", list);
		out_json(s, doc);
		free(first);
	} else {
		json_decref(list);
	}
}

void report_kb_error(struct session *s, struct kb_error *err)
{
	if (err->code == KB_ENOCLP)
		repl_error(s, msg(M_NO_CLP), err->path);
	else if (err->code == KB_ENOTFILE)
		repl_error(s, msg(M_NOT_FILE), err->path);
	else
		repl_error(s, msg(M_CANNOT_READ), err->path, strerror(err->code));
	free(err->path);
	err->path = NULL;
}

int session_load(struct session *s)
{
	struct kb_set set = {0};
	struct kb_error err;
	host_set_limits(s->host, s->max_firings, s->max_seconds);
	if (kb_collect(&set, s->kb_dir, s->add_kb, s->nadd, &err) != 0) {
		report_kb_error(s, &err);
		kb_set_free(&set);
		return -1;
	}
	int rc = host_load(s->host, set.src, set.n);
	report_diags(s);
	if (rc == 0) {
		s->kb_files = set.n;
		/* The session's tasks, positions and candidates, into the new knowledge. */
		if (advisor_attach(s->adv) != 0) {
			advice_failed(s);
			rc = -1;
		}
	}
	kb_set_free(&set);
	return rc;
}
