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
#include "../engine/check.h"
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

/* Errors of the knowledge, one line each ("file:line: message"); under
 * --json, one document holding them all. */
struct errors {
	json_t *list;
	char *first;
};

static void add_error(struct session *s, struct errors *e, const char *file, long line, const char *text)
{
	char *where = line > 0 ? xasprintf("%s:%ld: %s", file, line, text) : xasprintf("%s: %s", file, text);
	if (!s->json) {
		repl_error(s, "%s", where);
		free(where);
		return;
	}
	if (!e->list)
		e->list = json_array();
	json_array_append_new(e->list, json_string(where));
	if (!e->first)
		e->first = where;
	else
		free(where);
}

static void end_errors(struct session *s, struct errors *e)
{
	if (!e->list)
		return;
	s->failed = true;
	json_t *doc = json_object();
	json_object_set_new(doc, "error", json_string(e->first));
	json_object_set_new(doc, "errors", e->list);
	out_json(s, doc);
	free(e->first);
}

static void report_diags(struct session *s)
{
	struct errors e = {0};
	for (size_t i = 0; i < host_diag_count(s->host); i++) {
		const struct host_diag *d = host_diag_get(s->host, i);
		if (d->kind != HOST_DIAG_WARNING) {
			add_error(s, &e, d->file, d->line, d->text);
		} else if (!s->json) {
			fflush(stdout);
			fprintf(stderr, "%s:%ld: %s: %s\n", d->file, d->line, msg(M_WARNING), d->text);
		}
	}
	end_errors(s, &e);
}

/* Knowledge of the user's own (--kb, --add-kb) is checked as `check`
 * checks it before it loads: what check calls an error is refused, each
 * error said as file:line. The built-in knowledge is checked by the tests.
 * Returns the number of errors. */
static size_t check_errors(struct session *s, const struct kb_set *set)
{
	if (!s->kb_dir && s->nadd == 0)
		return 0;
	struct check_report r;
	if (check_static(set->src, set->n, &r) > 0) {
		/* A file that does not load is said so first, as check does. */
		check_free(&r);
		check_run(set->src, set->n, &r);
	}
	struct errors e = {0};
	for (size_t i = 0; i < r.n; i++)
		if (r.v[i].error)
			add_error(s, &e, r.v[i].file, r.v[i].line, r.v[i].message);
	end_errors(s, &e);
	size_t n = r.errors;
	check_free(&r);
	return n;
}

void report_kb_error(struct session *s, struct kb_error *err)
{
	if (err->code == KB_ENOCLP)
		repl_error(s, msg(M_NO_CLP), err->path);
	else if (err->code == KB_ENOTFILE)
		repl_error(s, msg(M_NOT_FILE), err->path);
	else
		repl_error(s, msg(M_CANNOT_READ), err->path, msg_errno(err->code));
	free(err->path);
	err->path = NULL;
}

/* Parses the knowledge named by kb_dir and add_kb into the host, checked
 * first when it is the user's; prints what went wrong. Returns 0 (*nfiles
 * set) or -1. */
static int parse_knowledge(struct session *s, size_t *nfiles)
{
	struct kb_set set = {0};
	struct kb_error err;
	int rc = -1;
	if (kb_collect(&set, s->kb_dir, s->add_kb, s->nadd, &err) != 0)
		report_kb_error(s, &err);
	else if (check_errors(s, &set) == 0) {
		rc = host_load(s->host, set.src, set.n);
		report_diags(s);
	}
	*nfiles = set.n;
	kb_set_free(&set);
	return rc;
}

/* Loads the knowledge: the built-in alone from its binary image (or parsed,
 * when parse is set or the image does not load), else parsed. The sources
 * are read only when they are parsed. */
static int load(struct session *s, bool parse)
{
	host_set_limits(s->host, s->max_firings, s->max_seconds);
	bool builtin = !s->kb_dir && s->nadd == 0;
	size_t nfiles = kb_embedded_count;
	int rc = -1;
	if (builtin && !parse)
		rc = host_load_image(s->host, kb_image, kb_image_size);
	if (rc != 0)
		rc = parse_knowledge(s, &nfiles);
	if (rc == 0) {
		s->kb_files = nfiles;
		/* The session's tasks, positions and candidates, into the new knowledge. */
		if (advisor_attach(s->adv) != 0) {
			advice_failed(s);
			rc = -1;
		}
	}
	return rc;
}

int session_load(struct session *s) { return load(s, false); }

int session_leave_image(struct session *s)
{
	if (!host_has_image(s->host))
		return 0;
	return load(s, true);
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
