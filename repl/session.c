/*
 * session.c - one oficio session: setting it up and tearing it down, where
 * what CLIPS prints goes, and loading (or reloading) the knowledge into it
 * with every load error said as file:line. It reads no input and decides
 * no command; it reports through out.c.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/advisor.h"
#include "../engine/kb.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

static void on_clips_output(void *ctx, enum host_stream stream, const char *text)
{
	struct session *s = ctx;
	if (s->capturing) {
		struct strbuf *b = stream == HOST_ERR ? &s->err : &s->out;
		strbuf_add(b, text, strlen(text));
		return;
	}
	if (stream == HOST_ERR) {
		fflush(stdout);
		fputs(text, stderr);
	} else {
		fputs(text, stdout);
	}
}

void session_init(struct session *s)
{
	*s = (struct session){.max_firings = 1000000, .max_seconds = 10, .prompt = SESSION_PROMPT};
	s->host = host_new();
	s->adv = advisor_new(s->host);
	host_set_sink(s->host, on_clips_output, s);
}

void session_free(struct session *s)
{
	if (s->iv) { /* an interview still under way: its memory only */
		advice_question_free(&s->iv->q);
		free(s->iv->task);
		free(s->iv);
	}
	advisor_free(s->adv);
	host_free(s->host);
	free(s->saved_case);
	free(s->warned_case);
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
			if (host_stopped(s->host) != HOST_STOP_NONE)
				report_stop(s);
			else
				repl_error(s, msg(M_ENGINE_FAILED), advisor_detail(s->adv));
			rc = -1;
		}
	}
	kb_set_free(&set);
	return rc;
}

int session_restore(struct session *s)
{
	enum host_wipe wiped = host_wiped(s->host);
	if (wiped == HOST_WIPED_NONE)
		return 0;
	if (wiped == HOST_WIPED_ALL) {
		if (session_load(s) != 0) {
			repl_error(s, "%s", msg(M_KB_FAILED));
			return -1;
		}
		say(s, "%s", msg(M_CLEARED_RESTORED));
		return 0;
	}
	if (advisor_attach(s->adv) != 0) {
		if (host_stopped(s->host) != HOST_STOP_NONE)
			report_stop(s);
		else
			repl_error(s, msg(M_ENGINE_FAILED), advisor_detail(s->adv));
		return -1;
	}
	if (advisor_task_count(s->adv) + advisor_position_count(s->adv) + advisor_candidate_count(s->adv))
		say(s, "%s", msg(M_RESET_RESTORED));
	return 0;
}
