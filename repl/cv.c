/*
 * cv.c - a candidate read from a CV or a short profile: `candidate NAME
 * --from FILE` (`candidato NOMBRE --desde FICHERO`; "-" is standard input).
 *
 * The file is read as a document (read_text_file()) and cut into its lines
 * and sentences (engine/document.c, with no heading phrases: every part
 * counts). A skill is found in a part two ways: named by a label or a
 * synonym of the knowledge, or needed by a duty the part says the person
 * did or a job they held, as the rules of rules/cv.clp draw it (the
 * skills that duty's or job's requirement facts name). The first
 * part that gives a skill is kept with it, and the candidate is recorded
 * with them (advisor_candidate_cv()), so that `how CANDIDATE POSITION`,
 * `save` and `report` show the CV's words. A CV in which no skill is found
 * makes no candidate. This file knows no skill: the words are knowledge.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/document.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

enum {
	CV_PARTS_MAX = 1000, /* lines and sentences: a CV has tens */
	WORDS_MAX = 200	     /* bytes of a part kept with a skill */
};

/* A skill found, with the part that gave it and what the part named. */
struct found {
	struct advice_cv_words w;
	char *cue; /* the words of the cue met: a label, a synonym, a duty's or job's words */
};

struct finding {
	struct found *v;
	size_t n;
	const char *part; /* the part being read, and its line */
	long line;
};

/* The part as kept with a skill: whole, or its first WORDS_MAX bytes (at
 * a character's start) and "...". */
static char *excerpt(const char *part)
{
	size_t n = strlen(part);
	if (n <= WORDS_MAX)
		return xstrdup(part);
	n = WORDS_MAX - 3;
	while (n && ((unsigned char)part[n] & 0xC0) == 0x80)
		n--;
	return xasprintf("%.*s...", (int)n, part);
}

static void add_found(struct finding *f, const char *skill, const char *via, const char *cue)
{
	bool named = strcmp(skill, via) == 0;
	for (size_t i = 0; i < f->n; i++) {
		struct found *x = &f->v[i];
		if (strcmp(x->w.skill, skill) != 0)
			continue;
		/* The first part that gave it is enough, but a skill named
		 * says more than one a duty needs. */
		if (named && strcmp(x->w.via, x->w.skill) != 0) {
			free(x->w.via);
			free(x->w.words);
			free(x->cue);
			*x = (struct found){{x->w.skill, xstrdup(via), excerpt(f->part), f->line}, xstrdup(cue)};
		}
		return;
	}
	f->v = xrealloc(f->v, (f->n + 1) * sizeof *f->v);
	f->v[f->n++] = (struct found){{xstrdup(skill), xstrdup(via), excerpt(f->part), f->line}, xstrdup(cue)};
}

static void on_named(void *ctx, const char *skill, const char *words) { add_found(ctx, skill, skill, words); }

static void on_needed(void *ctx, const char *skill, const char *via, const char *words)
{
	add_found(ctx, skill, via, words);
}

static void findings_free(struct finding *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].w.skill);
		free(f->v[i].w.via);
		free(f->v[i].w.words);
		free(f->v[i].cue);
	}
	free(f->v);
}

static const char *L(struct session *s, const char *id) { return advisor_label(s->adv, id, msg_lang() == LANG_ES); }

static void print_found(struct session *s, const char *name, const char *path, const struct finding *f)
{
	if (s->json) {
		json_t *doc = json_object(), *list = json_array();
		json_object_set_new(doc, "candidate", json_string(name));
		json_object_set_new(doc, "from", json_string(path));
		for (size_t i = 0; i < f->n; i++) {
			const struct found *x = &f->v[i];
			json_t *o = json_object();
			json_object_set_new(o, "skill", json_string(x->w.skill));
			json_object_set_new(o, "label", json_string(L(s, x->w.skill)));
			json_object_set_new(o, "line", json_integer(x->w.line));
			json_object_set_new(o, "words", json_string(x->w.words));
			json_object_set_new(o, "cue", json_string(x->cue));
			json_object_set_new(o, "via", json_string(x->w.via));
			json_array_append_new(list, o);
		}
		json_object_set_new(doc, "skills", list);
		out_json(s, doc);
		return;
	}
	char *shown_name = shown_dup(name);
	char *shown_path = strcmp(path, "-") == 0 ? xstrdup(msg(M_DOC_STDIN)) : shown_dup(path);
	printf(msg(M_CV_READ), shown_name, shown_path, f->n);
	putchar('\n');
	free(shown_name);
	free(shown_path);
	for (size_t i = 0; i < f->n; i++) {
		const struct found *x = &f->v[i];
		char *words = shown_dup(x->w.words), *cue = shown_dup(x->cue);
		if (strcmp(x->w.via, x->w.skill) == 0) {
			printf(msg(M_CV_NAMED), L(s, x->w.skill), x->w.skill, x->w.line, words);
		} else {
			char *via = xasprintf(msg(M_CV_VIA), cue, L(s, x->w.via));
			printf(msg(M_CV_BY_DUTY), L(s, x->w.skill), x->w.skill, x->w.line, words, via);
			free(via);
		}
		putchar('\n');
		free(words);
		free(cue);
	}
}

int candidate_from_file(struct session *s, const char *name, const char *path)
{
	if (advisor_check_name(s->adv, name, "candidate") != 0)
		return advice_failed(s);
	size_t len;
	char *data = read_text_file(s, path, msg(M_DOC_NO_CANDIDATE), &len);
	if (!data)
		return -1;
	struct doc d;
	doc_read(data, len, NULL, 0, &d);
	free(data);
	if (d.n > CV_PARTS_MAX) {
		/* Each part is a run of the rules: a file of something else
		 * would take minutes. */
		repl_error(s, msg(M_CV_TOO_LONG), path, d.n, CV_PARTS_MAX);
		doc_free(&d);
		return -1;
	}
	struct finding f = {0};
	int rc = 0;
	for (size_t i = 0; i < d.n && rc == 0; i++) {
		f.part = d.parts[i].text;
		f.line = d.parts[i].line;
		advisor_skills_in(s->adv, f.part, on_named, &f);
		rc = advisor_cv_skills(s->adv, f.part, on_needed, &f);
	}
	doc_free(&d);
	if (rc != 0) {
		advice_failed(s);
	} else if (f.n == 0) {
		repl_error(s, msg(M_CV_NO_SKILLS), path);
		rc = -1;
	} else {
		struct advice_cv_words *w = xcalloc(f.n, sizeof *w);
		for (size_t i = 0; i < f.n; i++)
			w[i] = f.v[i].w;
		if (advisor_candidate_cv(s->adv, name, path, f.n, w) != 0)
			rc = advice_failed(s);
		else
			print_found(s, advisor_session_name(s->adv, name), path, &f);
		free(w);
	}
	findings_free(&f);
	return rc;
}
