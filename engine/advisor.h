/*
 * advisor.h - the domain API over the host: tasks, positions, candidates
 * and the conclusions the rules draw about them, as C values.
 *
 * Tasks, kept positions and candidates are found by their names without
 * regard to case or accents, and a name is one thing only: a task, a kept
 * position, a candidate or an id of the knowledge.
 *
 * The advisor keeps what the user said (tasks with their text and
 * attributes, positions, candidates) so that it can be asserted again into
 * new knowledge after a reload. It turns task text into cue facts with the
 * lexicon found in the knowledge (text.h), and reads conclusions back. It
 * knows the templates of kb/schema.clp (its contract with the knowledge),
 * but no skill, duty, role or word: those are all in kb/.
 *
 * Ownership: advisor_new() borrows the host (which must outlive it);
 * advisor_free() frees the advisor. Results (struct advice_*) are the
 * caller's, freed with the matching *_free(). Strings from advisor_label()
 * and friends belong to the advisor and last until the next advisor_attach().
 */
#ifndef OFICIO_ADVISOR_H
#define OFICIO_ADVISOR_H

#include <stdbool.h>
#include <stddef.h>

#include "host.h"

struct advisor;

/* Why a call failed; the detail (an id, a word) is in advisor_detail(). */
enum advisor_err {
	ADV_OK,
	ADV_BAD_ID,         /* not usable as an id (empty, spaces, too long) */
	ADV_UNKNOWN_ID,     /* no role, duty, task or position by that id or label */
	ADV_AMBIGUOUS,      /* a label names several things */
	ADV_UNKNOWN_SKILL,
	ADV_UNKNOWN_TASK,
	ADV_UNKNOWN_CANDIDATE,
	ADV_UNKNOWN_ATTR,   /* name=value with an unknown name */
	ADV_BAD_VALUE,      /* name=value with a value the attribute does not allow */
	ADV_NO_TEXT,        /* a task with neither text nor attributes */
	ADV_CONTRADICTS,    /* one attribute stated with two values ("a=x a=y") */
	ADV_NOT_CONCLUDED,  /* no such conclusion (a skill the position does not need) */
	ADV_DICTIONARY,     /* a dictionary the knowledge names is not installed */
	ADV_NO_SKILLS,      /* a fit asked of a position that needs no known skill (detail: the items) */
	ADV_NAME_TAKEN,     /* a name already used by another kind of thing: advisor_taken_by() */
	ADV_ENGINE          /* the rules failed or were stopped: host_last_error() */
};

struct advisor *advisor_new(struct host *h);
void advisor_free(struct advisor *a);

/* Reads the lexicon, labels and attributes from the knowledge now loaded
 * and asserts the session again into it. Call after every host_load(). */
int advisor_attach(struct advisor *a);

/* Reads now what reading text needs (the dictionaries: see text.h), which
 * the first text would read otherwise: before forking workers, so that
 * they share it. */
void advisor_prepare(struct advisor *a);

/* Forgets what the user said (after the host's facts were reset). */
void advisor_clear(struct advisor *a);

enum advisor_err advisor_error(const struct advisor *a);
const char *advisor_detail(const struct advisor *a);
/* After ADV_NAME_TAKEN: what the name already is ("task", "position",
 * "candidate", or the template of a knowledge item: "role", "skill"...),
 * and *id the id of that thing. The advisor's, until its next call. */
const char *advisor_taken_by(const struct advisor *a, const char **id);
/* The name of the task, kept position or candidate typed names (as the
 * name was first given: ana for Ana), or NULL. The advisor's. */
const char *advisor_session_name(const struct advisor *a, const char *typed);

/* ----------------------------------------------------------- knowledge */

/* The label of a knowledge id in Spanish (es) or English; the id itself
 * when it has none. */
const char *advisor_label(const struct advisor *a, const char *id, bool es);
/* The template of a knowledge id (duty, role, skill, side...), or NULL. */
const char *advisor_kind(const struct advisor *a, const char *id);
/* A slot of a knowledge item as text (e.g. side, source), or "". */
const char *advisor_item_slot(const struct advisor *a, const char *id, const char *slot);
/* The description of a rule, and the section it encodes. */
const char *advisor_rule_doc(const struct advisor *a, const char *rule, bool es);
const char *advisor_rule_source(const struct advisor *a, const char *rule);

/* The duties a role performs (role-duty facts) and the source of each
 * link: two arrays the caller frees, each string and whole. Returns the count. */
size_t advisor_role_duties(struct advisor *a, const char *role, char ***duties, char ***sources);

/* Calls fn for each knowledge item of a kind (template), in load order. */
void advisor_each_item(const struct advisor *a, const char *kind, void (*fn)(void *ctx, const char *id),
		       void *ctx);

/* Calls fn with every word a person may type for an item of a kind: its
 * id, its labels in both languages, its synonyms. */
void advisor_each_name(const struct advisor *a, const char *kind, void (*fn)(void *ctx, const char *name),
		       void *ctx);

/* Resolves what a user typed (an id, a label in either language, a
 * synonym, or a lexicon phrase) to an id of one of the kinds listed
 * (NULL-terminated), without regard to case or accents. Returns the id
 * (the advisor's), or NULL with the error set. */
const char *advisor_resolve(struct advisor *a, const char *word, const char *const *kinds);

/* The i-th attribute a user may state (from 0): its name, its alias in
 * the other language and its label in Spanish (es) or English; NULL past
 * the last. The advisor's strings. */
const char *advisor_attribute(const struct advisor *a, size_t i, const char **alias, const char **label, bool es);
/* The i-th heading of job descriptions the knowledge names (doc-heading),
 * and in *kind the section it opens; NULL past the last. */
const char *advisor_heading(const struct advisor *a, size_t i, const char **kind);
/* Attribute names (both languages), for completion and help. */
void advisor_each_attribute(const struct advisor *a, void (*fn)(void *ctx, const char *name), void *ctx);
/* The values an attribute takes, for what the user typed as name=value (or
 * name): kind is true for a kind of knowledge (any duty id, say). */
void advisor_each_value(const struct advisor *a, const char *typed,
			void (*fn)(void *ctx, const char *value, bool kind), void *ctx);

/* ---------------------------------------------------------------- tasks */

struct advice_reason {
	char *about;  /* the criterion, duty or role id */
	char *side;
	double weight;
	double share; /* what it adds to its side's score (the verdict counts
			 each thing once, at its strongest, and each next thing
			 for less); a reason against: its weight */
	char *basis;  /* text or attribute */
	char *detail; /* the words found, or name=value */
	char *also;   /* the words of weaker reasons about the same thing,
			 ", "-separated ("" when none) */
	bool merged;  /* listed with a stronger reason about the same thing */
	char *source; /* section id, inferred or lexicon */
	char *rule;
};

struct advice_task {
	char *id, *text, *lang;
	char *side; /* front-office, back-office, mixed, unknown */
	double confidence, front, back;
	struct advice_reason *reasons; /* strongest first */
	size_t nreasons;
	char **duties; /* duty ids the task covers */
	size_t nduties;
	char **attrs; /* "name=value", as stated */
	size_t nattrs;
};

void advice_task_free(struct advice_task *t);

/* Describes (or re-describes) a task from what the user typed: the words
 * name=value that end it are attributes, the rest is its text, kept byte
 * for byte. A new text starts with no interview answers; the same text
 * keeps those about attributes not stated now. Runs the rules and fills
 * *out. */
int advisor_task(struct advisor *a, const char *id, const char *text, struct advice_task *out);
/* Classifies without keeping anything. */
int advisor_classify(struct advisor *a, const char *text, struct advice_task *out);
/* The same from parts (batch): the text as it is, and name=value pairs as
 * for advisor_task_parts(). */
int advisor_classify_parts(struct advisor *a, const char *text, size_t nattrs, char **names, char **values,
			   struct advice_task *out);
/* advisor_task() from parts: the text as it is and name=value pairs
 * (names and values as a user may type them). out may be NULL. */
int advisor_task_parts(struct advisor *a, const char *id, const char *text, size_t nattrs, char **names,
		       char **values, struct advice_task *out);
/* What the user said of a task: its text (NULL: no such task) and its
 * attributes (ids), in order. */
const char *advisor_task_text(const struct advisor *a, const char *id);
size_t advisor_task_attr_count(const struct advisor *a, const char *id);
void advisor_task_attr_get(const struct advisor *a, const char *id, size_t i, const char **name,
			   const char **value);
/* Forgets a task; the kept positions that covered it cover it no more. */
int advisor_forget(struct advisor *a, const char *id);
/* The conclusion about a task already described. */
int advisor_task_get(struct advisor *a, const char *id, struct advice_task *out);
size_t advisor_task_count(const struct advisor *a);
const char *advisor_task_id(const struct advisor *a, size_t i);

/* ------------------------------------------------------------ interview */

/* A question to put about a task, as the rules chose it. */
struct advice_question {
	char *task, *id;
	char *kind;      /* choice or text */
	char *attribute; /* what a choice states about the task, or none */
	char **choices;  /* choice ids; unknown is always allowed besides */
	size_t nchoices;
	char **settles;  /* the criteria an answer is evidence about */
	size_t nsettles;
	char *rule;      /* the rule that asks it ("" when asked again by back) */
	char *open_side; /* the open conclusion it could change */
	double open_confidence;
};

void advice_question_free(struct advice_question *q);

/* An id no task has yet (t1, t2...): the advisor's, until the next call. */
const char *advisor_new_task_id(struct advisor *a);

/* Starts (or goes on with) an interview about a task, creating the task
 * when there is none by that id. Runs the rules and fills *out with the
 * question they put next. Returns 1 with a question, 0 when none is left,
 * -1 on error. */
int advisor_interview(struct advisor *a, const char *task, struct advice_question *out);
/* A question as the interview would put it (for `back`). */
int advisor_question(struct advisor *a, const char *task, const char *qid, struct advice_question *out);
/* Answers a question with what the user typed: a choice by number, id,
 * label or answer word in either language, or unknown; for a text
 * question, the task's description (an unknown word or nothing skips it).
 * ADV_BAD_VALUE (detail: what was typed) when it is none of those. Replaces
 * an earlier answer to the same question, and runs the rules. */
int advisor_answer(struct advisor *a, const char *task, const char *qid, const char *typed);
/* Records an answer by its value id (a saved case): a choice, unknown, or
 * given for a text question. */
int advisor_record_answer(struct advisor *a, const char *task, const char *qid, const char *value);
/* Takes back the task's last answer; *qid names its question (NULL when
 * there was none), valid until the next call. */
int advisor_unanswer(struct advisor *a, const char *task, const char **qid);
/* Ends the interview about a task; its answers stay. */
int advisor_interview_end(struct advisor *a, const char *task);
/* The answers given about a task, in order: question and value ids. */
size_t advisor_answer_count(const struct advisor *a, const char *task);
void advisor_answer_get(const struct advisor *a, const char *task, size_t i, const char **qid,
			const char **value);

/* -------------------------------------------------- positions, skills */

struct advice_need {
	char *via, *of, *importance, *source, *rule;
};

struct advice_skill {
	char *skill;
	char *importance;
	struct advice_need *because;
	size_t nbecause;
};

struct advice_position {
	char *id;
	char **items;
	size_t nitems;
	struct advice_skill *skills; /* essential first, then important, useful */
	size_t nskills;
};

void advice_position_free(struct advice_position *p);

/* The skills a position covering these items (role, duty or task ids, or
 * labels) needs. name NULL: a passing query; else the position is kept
 * under that name. */
int advisor_position(struct advisor *a, const char *name, int nitems, char **items,
		     struct advice_position *out);
/* A kept position, by name. */
bool advisor_has_position(const struct advisor *a, const char *name);
/* Whether name may be given to a new thing of this kind ("position",
 * "task", "candidate"): 0, or -1 with the error set (ADV_BAD_ID,
 * ADV_NAME_TAKEN) as the command that names it would set it. */
int advisor_check_name(struct advisor *a, const char *name, const char *kind);
/* Calls fn with each skill a text names by a label (either language) or a
 * synonym, its words among the text's (case, accents and punctuation
 * aside), and the label or synonym found. */
void advisor_skills_in(const struct advisor *a, const char *text,
		       void (*fn)(void *ctx, const char *skill, const char *words), void *ctx);
size_t advisor_position_count(const struct advisor *a);
const char *advisor_position_id(const struct advisor *a, size_t i);

/* ----------------------------------------------------------- candidates */

/* Records a candidate's skills (ids or labels), replacing earlier ones.
 * What a CV said of a skill the candidate keeps stays with it. */
int advisor_candidate(struct advisor *a, const char *name, int nskills, char **skills, char ***ids,
		      size_t *nids);

/* What a CV said that gave a candidate a skill. */
struct advice_cv_words {
	char *skill; /* id */
	char *via;   /* what the words name: the skill itself, or a duty or job that needs it */
	char *words; /* the part of the CV */
	long line;   /* where it starts in the file, from 1 */
};

/* The skills a part of a CV shows by the duties it names and the jobs the
 * person held (rules/cv.clp): fn(ctx, skill, via, words of the cue) for
 * each, in the order the rules drew them. Skills named by a label or a
 * synonym are advisor_skills_in()'s. */
int advisor_cv_skills(struct advisor *a, const char *text,
		      void (*fn)(void *ctx, const char *skill, const char *via, const char *words), void *ctx);
/* Records a candidate read from a CV (file as the user named it): a skill
 * for each words[i] (ids), replacing earlier skills. */
int advisor_candidate_cv(struct advisor *a, const char *name, const char *file, size_t n,
			 const struct advice_cv_words *words);
/* What a candidate's CV said of its skills, and the CV's file (NULL, 0
 * and NULL for a candidate typed by hand). The advisor's. */
const struct advice_cv_words *advisor_candidate_words(const struct advisor *a, const char *id, size_t *n,
						      const char **file);
size_t advisor_candidate_count(const struct advisor *a);
/* A candidate's skills (ids) and a kept position's items (ids), as the
 * user gave them; NULL when there is none by that id. The advisor's. */
char *const *advisor_candidate_skills(const struct advisor *a, const char *id, size_t *n);
char *const *advisor_position_items(const struct advisor *a, const char *id, size_t *n);
const char *advisor_candidate_id(const struct advisor *a, size_t i);

struct advice_fit {
	char *candidate, *position;
	double fit;
	char **has, **has_importance;
	size_t nhas;
	char **missing, **missing_importance; /* essentials first */
	size_t nmissing;
};

void advice_fit_free(struct advice_fit *f);

/* The fit of a candidate for a position: items are a kept position's name
 * or role, duty and task ids, as for advisor_position(). */
int advisor_match(struct advisor *a, const char *candidate, int nitems, char **items, struct advice_fit *out);
/* Every candidate's fit, best first. *out is an array of *n fits: free
 * each, then the array. */
int advisor_rank(struct advisor *a, int nitems, char **items, struct advice_fit **out, size_t *n);

/* ---------------------------------------------------------- conclusions */

/* The fact that holds a conclusion, for `how` and `why`: a task's verdict
 * (TASK), the fit of a candidate (CANDIDATE POSITION) or a skill a position
 * needs (POSITION SKILL; the position may be kept or role, duty or task
 * ids). Derives it if needed. Returns the fact index, or -1. */
long long advisor_conclusion(struct advisor *a, int argc, char **argv);

#endif
