/*
 * report.c - `report`: the consultation as a Markdown document for the
 * person who decides the hire, in the chosen language. Each task with its
 * side, confidence and decisive reasons; each kept position with the skills
 * it needs by importance, and the candidates ranked by fit; the candidates;
 * and the sections of the article cited anywhere above, with their labels.
 * It opens with a table of the tasks (side, confidence, the decisive
 * reason) and gives every reason, none cut. It holds no date or time, so
 * one session always gives the same report.
 *
 * It only reads the session: the conclusions come from engine/advisor, the
 * words from the knowledge's labels and msg.h, in the same wording as the
 * answers of task, position and match (advice.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/advisor.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"


struct report {
	struct session *s;
	FILE *f;
	json_t *sections; /* section ids cited, in the order met */
};

static bool es(void) { return msg_lang() == LANG_ES; }
static const char *L(struct report *r, const char *id) { return advisor_label(r->s->adv, id, es()); }

/* Text with the characters Markdown would take as markup escaped. */
static char *md(const char *text)
{
	struct strbuf b = {0};
	strbuf_add(&b, "", 0);
	for (const char *p = text; *p; p++) {
		if (strchr("\\`*_[]<~|", *p))
			strbuf_add(&b, "\\", 1);
		strbuf_add(&b, p, 1);
	}
	return b.s;
}

/* A knowledge id's label, escaped. */
static char *label(struct report *r, const char *id) { return md(L(r, id)); }

/* Notes a source when it is a section of the article. */
static void cite(struct report *r, const char *source)
{
	const char *kind = advisor_kind(r->s->adv, source);
	if (!kind || strcmp(kind, "section") != 0)
		return;
	for (size_t i = 0; i < json_array_size(r->sections); i++)
		if (strcmp(json_string_value(json_array_get(r->sections, i)), source) == 0)
			return;
	json_array_append_new(r->sections, json_string(source));
}

/* ---------------------------------------------------------------- tasks */

/* "- Answers: question answer; question answer", for the answers a
 * person gave at the interview (not "given": the description, above). */
static size_t task_answers(struct report *r, const char *id)
{
	struct advisor *a = r->s->adv;
	size_t shown = 0;
	for (size_t i = 0; i < advisor_answer_count(a, id); i++) {
		const char *q, *value;
		advisor_answer_get(a, id, i, &q, &value);
		if (strcmp(value, "given") == 0)
			continue;
		char *question = label(r, q);
		char *answer = strcmp(value, "unknown") == 0 ? md(msg(M_IV_DONT_KNOW)) : label(r, value);
		if (shown++ == 0)
			fprintf(r->f, "- %s: ", msg(M_REPORT_ANSWERS));
		else
			fprintf(r->f, "; ");
		fprintf(r->f, "%s %s", question, answer);
		free(question);
		free(answer);
	}
	if (shown)
		fputc('\n', r->f);
	return shown;
}

static int report_task(struct report *r, const char *id)
{
	struct advice_task t;
	if (advisor_task_get(r->s->adv, id, &t) != 0)
		return -1;
	char *shown_id = md(t.id), *side = label(r, t.side);
	char *verdict = xasprintf(msg(M_VERDICT), side, t.confidence, t.front, t.back);
	fprintf(r->f, "### ");
	fprintf(r->f, msg(M_REPORT_TASK), shown_id, verdict);
	fprintf(r->f, "\n\n");
	free(shown_id);
	free(side);
	free(verdict);
	if (*t.text) {
		char *text = md(t.text);
		fprintf(r->f, "- %s: %s\n", msg(M_REPORT_DESCRIPTION), text);
		free(text);
	}
	if (t.nattrs) {
		fprintf(r->f, "- %s:", msg(M_REPORT_STATED));
		for (size_t i = 0; i < t.nattrs; i++) {
			char *attr = md(t.attrs[i]);
			fprintf(r->f, "%s%s", i ? ", " : " ", attr);
			free(attr);
		}
		fputc('\n', r->f);
	}
	if (task_answers(r, id) || *t.text || t.nattrs)
		fputc('\n', r->f);
	if (t.nreasons == 0)
		fprintf(r->f, "%s\n\n", msg(M_NO_EVIDENCE));
	else
		fprintf(r->f, "%s\n\n", msg(M_REPORT_REASONS));
	size_t n = 0;
	for (size_t i = 0; i < t.nreasons; i++) {
		const struct advice_reason *e = &t.reasons[i];
		if (e->merged)
			continue;
		char *all = reason_words(e), *words = md(all), *about = label(r, e->about), *toward = label(r, e->side);
		fprintf(r->f, "%zu. ", ++n);
		print_reason(r->f, e, about, words, toward);
		fputc('\n', r->f);
		cite(r, e->source);
		free(all);
		free(words);
		free(about);
		free(toward);
	}
	if (t.nreasons)
		fputc('\n', r->f);
	advice_task_free(&t);
	return 0;
}

/* The reason that decided a task: the strongest for the side it came out
 * on, or the strongest of all (mixed, unknown); NULL when there is none. */
static const struct advice_reason *decisive(const struct advice_task *t)
{
	for (size_t i = 0; i < t->nreasons; i++) /* strongest first */
		if (t->reasons[i].weight > 0 && strcmp(t->reasons[i].side, t->side) == 0)
			return &t->reasons[i];
	for (size_t i = 0; i < t->nreasons; i++)
		if (t->reasons[i].weight > 0)
			return &t->reasons[i];
	return NULL;
}

/* The summary the report opens with: a row a task. */
static int report_summary(struct report *r)
{
	struct advisor *a = r->s->adv;
	if (advisor_task_count(a) == 0)
		return 0;
	fprintf(r->f, "## %s\n\n%s\n|---|---|---|---|\n", msg(M_REPORT_SUMMARY), msg(M_REPORT_SUMMARY_HEAD));
	for (size_t i = 0; i < advisor_task_count(a); i++) {
		struct advice_task t;
		if (advisor_task_get(a, advisor_task_id(a, i), &t) != 0)
			return -1;
		char *id = md(t.id), *side = label(r, t.side);
		fprintf(r->f, "| %s | %s | %.2f | ", id, side, t.confidence);
		const struct advice_reason *e = decisive(&t);
		if (e) {
			char *about = label(r, e->about), *words = md(e->detail);
			fprintf(r->f, msg(M_REPORT_DECISIVE), about, words, e->source);
			free(about);
			free(words);
		} else {
			fputs("-", r->f);
		}
		fputs(" |\n", r->f);
		free(id);
		free(side);
		advice_task_free(&t);
	}
	fputc('\n', r->f);
	return 0;
}

/* ------------------------------------------------------------ positions */

static void skill_list(struct report *r, const char *title, char **skills, char **importance, size_t n)
{
	fprintf(r->f, "   - %s:", title);
	if (n == 0)
		fprintf(r->f, " -");
	for (size_t i = 0; i < n; i++) {
		char *skill = label(r, skills[i]), *how_much = label(r, importance[i]);
		fprintf(r->f, "%s%s (%s)", i ? ", " : " ", skill, how_much);
		free(skill);
		free(how_much);
	}
	fputc('\n', r->f);
}

/* "  - skill (id)", then its reasons, one a line. */
static void skill_line(struct report *r, const struct advice_skill *k)
{
	char *skill = label(r, k->skill), *id = md(k->skill);
	fprintf(r->f, "  - %s (%s)\n", skill, id);
	free(skill);
	free(id);
	for (size_t j = 0; j < k->nbecause; j++) {
		const struct advice_need *n = &k->because[j];
		char *via = label(r, n->via);
		fprintf(r->f, "    - ");
		fprintf(r->f, msg(M_BECAUSE), via);
		free(via);
		if (strcmp(n->via, n->of) != 0) {
			char *of = label(r, n->of);
			fprintf(r->f, msg(M_THROUGH), of);
			free(of);
		}
		if (strcmp(n->importance, k->importance) != 0) {
			char *how_much = label(r, n->importance);
			fprintf(r->f, " (%s)", how_much);
			free(how_much);
		}
		fprintf(r->f, " [%s]\n", n->source);
		cite(r, n->source);
	}
}

static int report_ranking(struct report *r, const char *position)
{
	struct advice_fit *fits;
	size_t n;
	char *items[] = {(char *)position};
	if (advisor_rank(r->s->adv, 1, items, &fits, &n) != 0)
		return -1;
	if (n)
		fprintf(r->f, "%s\n\n", msg(M_REPORT_RANKING));
	for (size_t i = 0; i < n; i++) {
		char *who = md(fits[i].candidate);
		fprintf(r->f, "%zu. ", i + 1);
		fprintf(r->f, msg(M_FIT), who, fits[i].fit);
		fputc('\n', r->f);
		free(who);
		skill_list(r, msg(M_HAS), fits[i].has, fits[i].has_importance, fits[i].nhas);
		skill_list(r, msg(M_MISSING), fits[i].missing, fits[i].missing_importance, fits[i].nmissing);
		advice_fit_free(&fits[i]);
	}
	if (n)
		fputc('\n', r->f);
	free(fits);
	return 0;
}

static int report_position(struct report *r, const char *id)
{
	struct advisor *a = r->s->adv;
	size_t n;
	char *const *kept = advisor_position_items(a, id, &n);
	/* The items that still name something (not a task forgotten since). */
	char **items = xcalloc(n + 1, sizeof *items);
	int nitems = 0;
	for (size_t i = 0; i < n; i++)
		if (advisor_task_text(a, kept[i]) || advisor_kind(a, kept[i]))
			items[nitems++] = xstrdup(kept[i]);
	struct advice_position p;
	/* A passing query on the same items: the kept position stays as it is. */
	int rc = advisor_position(a, NULL, nitems, items, &p);
	for (int i = 0; i < nitems; i++)
		free(items[i]);
	free(items);
	if (rc != 0)
		return -1;
	char *name = md(id);
	fprintf(r->f, "### ");
	fprintf(r->f, msg(M_REPORT_POSITION), name);
	fprintf(r->f, "\n\n- %s:", msg(M_REPORT_COVERS));
	free(name);
	for (size_t i = 0; i < p.nitems; i++) {
		char *item = label(r, p.items[i]);
		fprintf(r->f, "%s%s", i ? ", " : " ", item);
		free(item);
	}
	fprintf(r->f, "%s\n\n", p.nitems ? "" : " -");
	if (p.nskills == 0) {
		fprintf(r->f, "%s\n\n", msg(M_NO_SKILLS));
	} else {
		fprintf(r->f, "%s\n\n", msg(M_REPORT_SKILLS));
		const char *group = NULL;
		for (size_t i = 0; i < p.nskills; i++) {
			const struct advice_skill *k = &p.skills[i];
			if (!group || strcmp(group, k->importance) != 0) {
				group = k->importance;
				char *title = label(r, group);
				fprintf(r->f, "- **%s**\n", title);
				free(title);
			}
			skill_line(r, k);
		}
		fputc('\n', r->f);
	}
	size_t nskills = p.nskills;
	advice_position_free(&p);
	return nskills ? report_ranking(r, id) : 0; /* no fit without a skill to weigh */
}

/* ----------------------------------------------------------- the whole */

static void report_candidates(struct report *r)
{
	struct advisor *a = r->s->adv;
	fprintf(r->f, "## %s\n\n", msg(M_REPORT_CANDIDATES));
	if (advisor_candidate_count(a) == 0)
		fprintf(r->f, "%s\n\n", msg(M_REPORT_NO_CANDIDATES));
	for (size_t i = 0; i < advisor_candidate_count(a); i++) {
		const char *id = advisor_candidate_id(a, i);
		size_t n;
		char *const *skills = advisor_candidate_skills(a, id, &n);
		size_t ncv;
		const char *file;
		const struct advice_cv_words *cv = advisor_candidate_words(a, id, &ncv, &file);
		char *who = md(id);
		fprintf(r->f, "- %s", who);
		free(who);
		if (file) {
			char *from = md(file);
			fprintf(r->f, " (%s)", from);
			free(from);
		}
		fputc(':', r->f);
		for (size_t j = 0; j < n; j++) {
			char *skill = label(r, skills[j]);
			fprintf(r->f, "%s%s", j ? ", " : " ", skill);
			free(skill);
			/* The CV's line that gave it, to find the words there. */
			for (size_t k = 0; k < ncv; k++)
				if (strcmp(cv[k].skill, skills[j]) == 0) {
					fprintf(r->f, msg(M_REPORT_CV_LINE), cv[k].line);
					break;
				}
		}
		fprintf(r->f, "%s\n", n ? "" : " -");
	}
	if (advisor_candidate_count(a))
		fputc('\n', r->f);
}

static void report_sections(struct report *r)
{
	fprintf(r->f, "## %s\n\n", msg(M_REPORT_SECTIONS));
	if (json_array_size(r->sections) == 0)
		fprintf(r->f, "%s\n", msg(M_REPORT_NO_SECTIONS));
	for (size_t i = 0; i < json_array_size(r->sections); i++) {
		const char *id = json_string_value(json_array_get(r->sections, i));
		char *text = label(r, id);
		fprintf(r->f, "- %s: %s\n", id, text);
		free(text);
	}
}

char *report_markdown(struct session *s)
{
	struct advisor *a = s->adv;
	char *buf = NULL;
	size_t len = 0;
	struct report r = {.s = s, .f = xmemstream(&buf, &len), .sections = json_array()};
	fprintf(r.f, "# %s\n\n", msg(M_REPORT_TITLE));
	fprintf(r.f, msg(M_REPORT_INTRO), OFICIO_VERSION, advisor_task_count(a), advisor_position_count(a),
		advisor_candidate_count(a));
	fputs("\n\n", r.f);
	int rc = report_summary(&r);
	fprintf(r.f, "## %s\n\n", msg(M_REPORT_TASKS));
	if (advisor_task_count(a) == 0)
		fprintf(r.f, "%s\n\n", msg(M_REPORT_NO_TASKS));
	for (size_t i = 0; i < advisor_task_count(a) && rc == 0; i++)
		rc = report_task(&r, advisor_task_id(a, i));
	fprintf(r.f, "## %s\n\n", msg(M_REPORT_POSITIONS));
	if (advisor_position_count(a) == 0)
		fprintf(r.f, "%s\n\n", msg(M_REPORT_NO_POSITIONS));
	for (size_t i = 0; i < advisor_position_count(a) && rc == 0; i++)
		rc = report_position(&r, advisor_position_id(a, i));
	report_candidates(&r);
	report_sections(&r);
	fclose(r.f);
	json_decref(r.sections);
	if (rc != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

int cmd_report(struct session *s, int argc, char **argv)
{
	char *raw = report_markdown(s);
	if (!raw)
		return advice_failed(s);
	/* Task text and ids as a terminal or an editor can show them. */
	char *text = shown_lines(raw);
	free(raw);
	int rc = 0;
	if (argc == 2) {
		rc = write_file(s, argv[1], text, strlen(text), msg(M_REPORT_NOT_WRITTEN));
		if (rc == 0 && s->json) {
			json_t *doc = json_object();
			json_object_set_new(doc, "written", json_string(argv[1]));
			out_json(s, doc);
		} else if (rc == 0) {
			say(s, msg(M_REPORT_WRITTEN), argv[1]);
		}
	} else if (s->json) {
		json_t *doc = json_object();
		json_object_set_new(doc, "report", json_string(text));
		out_json(s, doc);
	} else {
		fputs(text, stdout);
	}
	free(text);
	return rc;
}
