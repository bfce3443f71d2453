/*
 * out.c - how output reaches the person: plain lines, errors (one path,
 * coloured on a terminal, JSON under --json), JSON documents, the echo of
 * an input line, and the width text takes on the screen. It knows no
 * command and nothing of what a line means.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

/* The columns text takes on a terminal: wide characters count two,
 * combining marks none; bytes that are not UTF-8 one each. */
int out_width(const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t n = strlen(text);
	int width = 0;
	for (size_t i = 0; i < n;) {
		utf8proc_int32_t c;
		utf8proc_ssize_t len = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &c);
		if (len <= 0) {
			width++;
			i++;
			continue;
		}
		width += utf8proc_charwidth(c);
		i += (size_t)len;
	}
	return width;
}

/* Prints text padded with spaces to width columns (no padding when wider). */
void out_padded(const char *text, int width)
{
	fputs(text, stdout);
	for (int w = out_width(text); w < width; w++)
		putchar(' ');
}

enum { ECHO_MAX = 200 };

/* Echoes a line with anything unprintable or that drives a terminal
 * (controls, bidirectional overrides) shown as '?', so it never reaches
 * the terminal raw; a very long line is cut, saying so. */
void repl_echo(const struct session *s, const char *line, size_t n)
{
	fputs(s->prompt, stdout);
	size_t shown = n > ECHO_MAX ? ECHO_MAX : n;
	for (size_t i = 0; i < shown;) {
		bool unsafe;
		size_t len = shown_next(line + i, n - i, &unsafe);
		if (unsafe && line[i] != '\t')
			putchar('?');
		else
			fwrite(line + i, 1, len, stdout);
		i += len;
	}
	if (shown < n)
		printf(" [+%zu bytes]", n - shown);
	putchar('\n');
}

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

