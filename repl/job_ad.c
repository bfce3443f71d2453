/*
 * job_ad.c - a position read from a job description: `position NAME --from
 * FILE` (`puesto NOMBRE --desde FICHERO`; "-" is standard input). The file
 * is read whole and checked as text (not empty, no NUL, UTF-8), cut into
 * its parts by engine/document.c with the headings the knowledge names
 * (doc-heading facts), and each duty becomes a task NAME.1, NAME.2... that
 * the new position covers. The answer: the position's profile (its duties
 * by side), the duties on the other side or mixed, what was set aside and
 * under which heading, the skills the requirements name, and the skills
 * the position needs.
 *
 * All or nothing: a duty the advisor does not take, or a position it
 * refuses, forgets the tasks made so far and says where in the file. The
 * document's text reaches CLIPS only as slot values, through the advisor.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/document.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

/* More duties than any position has: a file of something else, which would
 * make thousands of tasks. */
enum { DUTIES_MAX = 200 };

static const char *L(struct session *s, const char *id)
{
	return advisor_label(s->adv, id, msg_lang() == LANG_ES);
}

static const char *kind_label(const char *kind)
{
	static const struct {
		const char *kind;
		enum msg label;
	} kinds[] = {{"requirements", M_DOC_KIND_REQUIREMENTS},
		     {"offer", M_DOC_KIND_OFFER},
		     {"company", M_DOC_KIND_COMPANY},
		     {"intro", M_DOC_KIND_INTRO}};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (strcmp(kind, kinds[i].kind) == 0)
			return msg(kinds[i].label);
	return msg(M_DOC_KIND_UNKNOWN);
}

static bool is_duty(const struct doc_part *p) { return strcmp(p->kind, "duties") == 0; }

/* The task id of the i-th duty (from 0). */
static char *duty_id(const char *name, size_t i) { return xasprintf("%s.%zu", name, i + 1); }

/* The position's name and its tasks' ids must be free: a kept position is
 * not read over, and no task is replaced. Reports and returns -1 if not. */
static int names_free(struct session *s, const char *name, size_t nduties)
{
	if (advisor_has_position(s->adv, name)) {
		char *shown = shown_dup(name);
		repl_error(s, msg(M_DOC_EXISTS), shown);
		free(shown);
		return -1;
	}
	for (size_t i = 0; i < nduties; i++) {
		char *id = duty_id(name, i);
		bool taken = advisor_task_text(s->adv, id) != NULL;
		if (taken) {
			char *shown = shown_dup(id);
			repl_error(s, msg(M_DOC_TASK_TAKEN), shown);
			free(shown);
		}
		free(id);
		if (taken)
			return -1;
	}
	return 0;
}

/* Forgets the first n tasks of the position being made. */
static void forget_duties(struct session *s, char **ids, size_t n)
{
	for (size_t i = 0; i < n; i++)
		advisor_forget(s->adv, ids[i]);
}

struct profile {
	size_t front, back, mixed, unclear;
	const char *side; /* the side most duties are on, or NULL */
	/* The weight of each side: the share of all the duties' scores (a
	 * mixed duty weighs on both), from 0 to 1; both 0 when none scored. */
	double front_weight, back_weight;
};

static struct profile profile_of(const struct advice_task *t, size_t n)
{
	struct profile p = {0};
	for (size_t i = 0; i < n; i++) {
		if (strcmp(t[i].side, "front-office") == 0)
			p.front++;
		else if (strcmp(t[i].side, "back-office") == 0)
			p.back++;
		else if (strcmp(t[i].side, "mixed") == 0)
			p.mixed++;
		else
			p.unclear++;
		p.front_weight += t[i].front;
		p.back_weight += t[i].back;
	}
	double all = p.front_weight + p.back_weight;
	p.front_weight = all > 0 ? p.front_weight / all : 0;
	p.back_weight = all > 0 ? p.back_weight / all : 0;
	p.side = p.front > p.back ? "front-office" : p.back > p.front ? "back-office" : NULL;
	return p;
}

static const char *profile_words(const struct profile *p)
{
	if (p->front + p->back == 0)
		return msg(M_PROFILE_UNCLEAR);
	if (p->back == 0 && p->mixed == 0 && p->unclear == 0)
		return msg(M_PROFILE_ALL_FRONT);
	if (p->front == 0 && p->mixed == 0 && p->unclear == 0)
		return msg(M_PROFILE_ALL_BACK);
	return !p->side ? msg(M_PROFILE_EVEN)
	       : strcmp(p->side, "front-office") == 0 ? msg(M_PROFILE_MOSTLY_FRONT)
						      : msg(M_PROFILE_MOSTLY_BACK);
}

/* Whether a duty is one to think of splitting off: mixed, or on the side
 * fewer duties are on. */
static bool off_side(const struct profile *p, const struct advice_task *t)
{
	if (strcmp(t->side, "mixed") == 0)
		return true;
	bool sided = strcmp(t->side, "front-office") == 0 || strcmp(t->side, "back-office") == 0;
	return p->side && sided && strcmp(t->side, p->side) != 0;
}

/* The set-aside parts, a line for each run under one heading. */
static void print_set_aside(struct session *s, const struct doc *d)
{
	bool any = false;
	for (size_t i = 0; i < d->n;) {
		if (is_duty(&d->parts[i])) {
			i++;
			continue;
		}
		size_t j = i + 1;
		while (j < d->n && !is_duty(&d->parts[j]) && strcmp(d->parts[j].kind, d->parts[i].kind) == 0 &&
		       (d->parts[j].heading == d->parts[i].heading ||
			(d->parts[j].heading && d->parts[i].heading &&
			 strcmp(d->parts[j].heading, d->parts[i].heading) == 0)))
			j++;
		if (!any)
			say(s, "%s", msg(M_DOC_SET_ASIDE));
		any = true;
		char *heading = d->parts[i].heading ? shown_dup(d->parts[i].heading) : xstrdup(msg(M_DOC_BEFORE_HEADING));
		printf(msg(M_DOC_ASIDE_LINE), heading, kind_label(d->parts[i].kind), j - i, d->parts[i].line);
		putchar('\n');
		free(heading);
		i = j;
	}
}

/* The skills the requirements name, as lines or as a JSON list. */
struct named {
	struct session *s;
	const struct doc_part *part;
	bool said;  /* the heading line is out */
	json_t *list; /* JSON: the list to add to, else text */
};

static void on_named(void *ctx, const char *skill, const char *words)
{
	struct named *nd = ctx;
	if (nd->list) {
		json_t *o = json_object();
		json_object_set_new(o, "skill", json_string(skill));
		json_object_set_new(o, "words", json_string(words));
		json_object_set_new(o, "line", json_integer(nd->part->line));
		json_array_append_new(nd->list, o);
		return;
	}
	if (!nd->said)
		say(nd->s, "%s", msg(M_DOC_REQUIRED));
	nd->said = true;
	char *shown = shown_dup(words);
	printf(msg(M_DOC_REQUIRED_LINE), L(nd->s, skill), skill, shown, nd->part->line);
	putchar('\n');
	free(shown);
}

static void required_skills(struct session *s, const struct doc *d, json_t *list)
{
	struct named nd = {.s = s, .list = list};
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->parts[i].kind, "requirements") == 0) {
			nd.part = &d->parts[i];
			advisor_skills_in(s->adv, d->parts[i].text, on_named, &nd);
		}
}

static void print_text(struct session *s, const char *name, const char *path, const struct doc *d,
		       const struct advice_task *tasks, size_t n, const struct advice_position *pos)
{
	struct profile p = profile_of(tasks, n);
	char *shown_name = shown_dup(name);
	char *shown_path = strcmp(path, "-") == 0 ? xstrdup(msg(M_DOC_STDIN)) : shown_dup(path);
	printf(msg(M_DOC_READ), shown_name, shown_path, n, p.front, p.back, p.mixed, p.unclear, profile_words(&p));
	putchar('\n');
	if (p.front_weight + p.back_weight > 0) {
		printf(msg(M_DOC_WEIGHT), 100 * p.front_weight, 100 * p.back_weight);
		putchar('\n');
	}
	free(shown_name);
	free(shown_path);
	print_task_table(s, tasks, n);
	bool split = false;
	for (size_t i = 0; i < n; i++)
		if (off_side(&p, &tasks[i])) {
			if (!split)
				say(s, "%s", msg(M_DOC_SPLIT));
			split = true;
			char *id = shown_dup(tasks[i].id);
			printf("  %s: %s\n", id, L(s, tasks[i].side));
			free(id);
		}
	print_set_aside(s, d);
	required_skills(s, d, NULL);
	say(s, "%s", msg(M_DOC_SKILLS));
	print_position(s, pos);
}

static void print_json(struct session *s, const char *name, const char *path, const struct doc *d,
		       const struct advice_task *tasks, size_t n, const struct advice_position *pos)
{
	struct profile p = profile_of(tasks, n);
	json_t *doc = json_object();
	json_object_set_new(doc, "position", json_string(name));
	json_object_set_new(doc, "from", json_string(path));
	json_t *profile = json_object();
	json_object_set_new(profile, "front-office", json_integer((json_int_t)p.front));
	json_object_set_new(profile, "back-office", json_integer((json_int_t)p.back));
	json_object_set_new(profile, "mixed", json_integer((json_int_t)p.mixed));
	json_object_set_new(profile, "unclear", json_integer((json_int_t)p.unclear));
	json_object_set_new(profile, "mostly", p.side ? json_string(p.side) : json_null());
	json_t *weight = json_object();
	json_object_set_new(weight, "front-office", json_real(round(p.front_weight * 100) / 100));
	json_object_set_new(weight, "back-office", json_real(round(p.back_weight * 100) / 100));
	json_object_set_new(profile, "weight", weight);
	json_object_set_new(doc, "profile", profile);
	json_t *list = json_array(), *split = json_array();
	for (size_t i = 0; i < n; i++) {
		json_array_append_new(list, advice_task_json(s, &tasks[i]));
		if (off_side(&p, &tasks[i]))
			json_array_append_new(split, json_string(tasks[i].id));
	}
	json_object_set_new(doc, "tasks", list);
	json_object_set_new(doc, "split", split);
	json_t *aside = json_array();
	for (size_t i = 0; i < d->n; i++) {
		const struct doc_part *part = &d->parts[i];
		if (is_duty(part))
			continue;
		json_t *o = json_object();
		json_object_set_new(o, "line", json_integer(part->line));
		json_object_set_new(o, "heading", part->heading ? json_string(part->heading) : json_null());
		json_object_set_new(o, "kind", json_string(part->kind));
		json_object_set_new(o, "text", json_string(part->text));
		json_array_append_new(aside, o);
	}
	json_object_set_new(doc, "set_aside", aside);
	json_t *required = json_array();
	required_skills(s, d, required);
	json_object_set_new(doc, "required", required);
	json_object_set_new(doc, "skills", position_json(s, pos));
	out_json(s, doc);
}

int position_from_file(struct session *s, const char *name, const char *path)
{
	if (advisor_check_name(s->adv, name, "position") != 0)
		return advice_failed(s);
	size_t len;
	char *data = read_text_file(s, path, msg(M_DOC_NO_POSITION), &len);
	if (!data)
		return -1;
	size_t nh = 0;
	const char *kind;
	while (advisor_heading(s->adv, nh, &kind))
		nh++;
	struct doc_heading *headings = xcalloc(nh ? nh : 1, sizeof *headings);
	for (size_t i = 0; i < nh; i++)
		headings[i].phrase = advisor_heading(s->adv, i, &headings[i].kind);
	struct doc d;
	doc_read(data, len, headings, nh, &d);
	free(data);
	free(headings);

	size_t nduties = 0;
	for (size_t i = 0; i < d.n; i++)
		nduties += is_duty(&d.parts[i]);
	int rc = -1;
	char **ids = xcalloc(nduties ? nduties : 1, sizeof *ids);
	struct advice_task *tasks = xcalloc(nduties ? nduties : 1, sizeof *tasks);
	size_t made = 0;
	if (nduties == 0) {
		repl_error(s, msg(M_DOC_NO_DUTIES), path, d.n);
		goto out;
	}
	if (nduties > DUTIES_MAX) {
		repl_error(s, msg(M_DOC_TOO_MANY), path, nduties, DUTIES_MAX);
		goto out;
	}
	if (names_free(s, name, nduties) != 0)
		goto out;
	for (size_t i = 0; i < d.n; i++) {
		if (!is_duty(&d.parts[i]))
			continue;
		ids[made] = duty_id(name, made);
		if (advisor_task_parts(s->adv, ids[made], d.parts[i].text, 0, NULL, NULL, &tasks[made]) != 0) {
			char *why = advice_error_text(s);
			repl_error(s, msg(M_DOC_DUTY_FAILED), path, d.parts[i].line, why ? why : "");
			free(why);
			forget_duties(s, ids, made);
			goto out;
		}
		made++;
	}
	struct advice_position pos;
	if (advisor_position(s->adv, name, (int)made, ids, &pos) != 0) {
		advice_failed(s);
		forget_duties(s, ids, made);
		goto out;
	}
	if (s->json)
		print_json(s, name, path, &d, tasks, made, &pos);
	else
		print_text(s, name, path, &d, tasks, made, &pos);
	advice_position_free(&pos);
	rc = 0;
out:
	for (size_t i = 0; i < made; i++)
		advice_task_free(&tasks[i]);
	for (size_t i = 0; i < nduties; i++)
		free(ids[i]);
	free(ids);
	free(tasks);
	doc_free(&d);
	return rc;
}
