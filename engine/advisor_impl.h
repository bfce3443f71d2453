/*
 * advisor_impl.h - private to the advisor's files: the struct advisor they
 * share, and what each of them offers the others. No other file includes
 * it; the rest of oficio knows the advisor by advisor.h alone.
 *
 * The files, each calling only those listed before it (and host.h,
 * text.h, xalloc.h), with the parts of struct advisor each one writes:
 *
 *   advisor.c       the error (err, detail: fail() and ok(), inline
 *                   below); vectors of strings; facts selected, read,
 *                   asserted, retracted; a run of the rules
 *   knowledge.c     the knowledge in C (items to synonyms, text): read
 *                   after each load, freed, looked up
 *   names.c         names as typed: ids, the session's things by name,
 *                   a name is one thing (taken_by, taken_id), a word
 *                   resolved to an id
 *   sync.c          the facts about one thing made those it wants
 *   task_parse.c    what a user typed about a task: text and attributes,
 *                   checked
 *   task_read.c     a task's conclusion read back as struct advice_task
 *   positions.c     positions (positions, query_label): kept or passing, the
 *                   skills they need; the order of skills
 *   candidates.c    candidates (cands); a candidate's fit, match, rank
 *   conclusion.c    the fact that holds a conclusion, for how and why
 *   tasks.c         tasks (tasks): described, classified, forgotten; the facts
 *                   that state them; the answers they keep
 *   interview.c     the interview: questions put, answers given and taken back
 *                   (kept in the task: tasks.c's add_answer(), drop_answer())
 *   cv.c            the skills a part of a CV shows (read as a passing task)
 *   attach.c        new, clear, free (h); attach: the knowledge read, the
 *                   session asserted again into it
 *
 * Who frees what: all that struct advisor holds is the advisor's, freed
 * by advisor_free() (attach.c), the knowledge by clear_knowledge() and
 * the session's things by advisor_clear(). Data crosses the order in
 * three places: names.c searches the session's tasks, positions and
 * candidates; advisor_label() (knowledge.c) reads the query_label that
 * positions.c writes; detail holds, besides an error's, the strings
 * advisor_new_task_id() and advisor_unanswer() return (interview.c).
 */
#ifndef OFICIO_ADVISOR_IMPL_H
#define OFICIO_ADVISOR_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

#include "advisor.h"
#include "host.h"
#include "intern.h"
#include "text.h"
#include "xalloc.h"

/* -------------------------------------------------------- advisor.c */

/* Ids of things that exist only for one query: a user cannot type them
 * (ids have no spaces). */
extern const char QUERY_TASK[];
extern const char QUERY_POSITION[];

struct item {
	char *id, *kind;
	char *label[2]; /* en, es */
	char *side, *source, *group;
	double rank;
};

struct rule_doc {
	char *rule, *text[2], *source;
};

struct lexeme {
	char *means, *phrase;
	enum text_lang lang;
	const char *kind; /* the template of what it means (the item's), or "" */
};

struct attribute {
	char *name, *alias;
	char *label[2]; /* en, es */
	char **values;
	size_t nvalues;
};

struct answer {
	char *word, *value; /* word folded */
};

/* Another word a person may type for an item (a synonym fact). */
struct synonym {
	char *phrase, *folded, *of;
	enum text_lang lang;
};

struct heading {
	char *phrase, *kind; /* a doc-heading fact */
};

struct task_in {
	char *id, *text;
	char **names, **values;
	size_t nattrs;
	char **questions, **answers; /* the answers given, in order */
	size_t nanswers;
	long long rev;
};

struct position_in {
	char *id;
	char **items;
	size_t n;
	long long rev;
};

struct candidate_in {
	char *id;
	char **skills;
	size_t n;
	char *file; /* the CV read, or NULL */
	struct advice_cv_words *cv; /* what it said of a skill the candidate has */
	size_t ncv;
};

struct strv {
	char **v;
	size_t n, cap;
};

/* Each part is owned by the file named for it at the top. */
struct advisor {
	struct host *h;
	enum advisor_err err;
	char *detail;
	const char *taken_by, *taken_id; /* ADV_NAME_TAKEN: what the name is already */

	/* Knowledge, rebuilt by advisor_attach(). */
	struct item *items;
	size_t nitems, capitems;
	struct rule_doc *docs;
	size_t ndocs, capdocs;
	/* find_item() and the rule docs by id: an interned id's number gives
	 * the index of the first item (or doc) of that id. */
	struct intern item_ids, doc_ids;
	size_t *item_at, *doc_at;
	size_t capitem_at, capdoc_at;
	struct lexeme *lex;
	size_t nlex, caplex;
	struct strv relations; /* the relation of each marker value */
	char *package[2];      /* what installs the dictionary of es, en */
	struct attribute *attrs;
	size_t nattrs, capattrs;
	struct answer *answers;
	size_t nanswers, capanswers;
	struct synonym *synonyms;
	size_t nsynonyms, capsynonyms;
	struct heading *headings;
	size_t nheadings, capheadings;
	/* The negator words of each language, by enum text_lang (TEXT_ES,
	 * TEXT_EN; those of any language in both, TEXT_ANY's unused), as
	 * text_words() gives them (" sin "). */
	struct strv negators[3];
	struct text_index *text;

	/* What the user said. */
	struct task_in *tasks;
	size_t ntasks, captasks;
	struct position_in *positions;
	size_t npositions, cappositions;
	struct candidate_in *cands;
	size_t ncands, capcands;
	long long rev;
	/* What the passing query position covers, in words (en, es): its
	 * label, so that no explanation shows its internal id. */
	char *query_label[2];
};

static inline struct host_value sym(const char *s) { return (struct host_value){.type = HOST_SYMBOL, .u.s = s}; }
static inline struct host_value str(const char *s) { return (struct host_value){.type = HOST_STRING, .u.s = s}; }
static inline struct host_value num(long long i) { return (struct host_value){.type = HOST_INTEGER, .u.i = i}; }

/* The error and its detail (NULL: none), and -1; ok(): no error, what each
 * public call starts with. Inline, so that the analysis of each file
 * (make lint) sees that fail() returns -1. */
static inline int fail(struct advisor *a, enum advisor_err err, const char *detail)
{
	a->err = err;
	free(a->detail);
	a->detail = xstrdup(detail ? detail : "");
	return -1;
}

static inline void ok(struct advisor *a)
{
	a->err = ADV_OK;
}

void strv_add(struct strv *s, const char *text);
/* The same item named twice (by id and by label, say) is one item. */
void strv_add_once(struct strv *s, const char *text);
void strv_free(char **v, size_t n);
char **copy_strv(char **v, size_t n);

/* A slot as text ("" when absent or not text), or as a number (0). */
const char *get_s(struct host *h, const struct host_fact *f, const char *slot);
double get_n(struct host *h, const struct host_fact *f, const char *slot);

/* Facts of a template whose slot equals value (and slot2 value2, if given). */
struct select {
	const char *slot, *value, *slot2, *value2;
	const struct host_fact **v;
	size_t n, cap;
};

/* out->v (free() it) gets the facts of tmpl whose slot is value (slot
 * NULL: all), and slot2 value2 when slot2 is not NULL. */
void select_facts(struct advisor *a, const char *tmpl, const char *slot, const char *value,
		  const char *slot2, const char *value2, struct select *out);
void retract_where(struct advisor *a, const char *tmpl, const char *slot, const char *value);
/* Runs the rules: -1 (ADV_ENGINE) when they failed or were stopped. */
int run(struct advisor *a);
int assert_or_fail(struct advisor *a, const char *tmpl, const struct host_slot *slots, size_t n);

/* ------------------------------------------------------ knowledge.c */

/* Frees the knowledge read; read_fact() (for host_each_fact()) reads one
 * fact of it into the advisor (ctx). */
void clear_knowledge(struct advisor *a);
bool read_fact(void *ctx, struct host *h, const struct host_fact *f);

const struct item *find_item(const struct advisor *a, const char *id);
/* An attribute by its name or alias, or NULL. */
const struct attribute *find_attr(const struct advisor *a, const char *name);
/* The value an answer word (folded) stands for, or NULL. */
const char *answer_word(const struct advisor *a, const char *folded);
/* The question fact by its id, or NULL. */
const struct host_fact *find_question(struct advisor *a, const char *qid);
/* The rank of an importance, and where an item stands in load order. */
double importance_rank(const struct advisor *a, const char *importance);
size_t item_order(const struct advisor *a, const char *id);

/* ---------------------------------------------------------- names.c */

bool valid_id(const char *s);
/* Ids are matched as a person reads them: without regard to case or
 * accents (Ana is ana, Maria is María). */
bool same_id(const char *x, const char *y);
struct task_in *find_task(const struct advisor *a, const char *id);
struct position_in *find_position(const struct advisor *a, const char *id);
struct candidate_in *find_candidate(const struct advisor *a, const char *id);
/* 0 when name is no other kind of thing than own ("task", "position",
 * "candidate"); else -1 with ADV_NAME_TAKEN. */
int name_free(struct advisor *a, const char *name, const char *own);

/* ----------------------------------------------------------- sync.c */

/* The facts of the passing query task, to retract without a search. */
struct facts {
	const struct host_fact **v;
	size_t n, cap;
};

/* A fact that should hold about a task: its template and slots. */
enum { WANT_SLOTS = 9 };
struct want {
	const char *tmpl;
	struct host_slot slots[WANT_SLOTS];
	size_t n;
	char *own; /* a string a slot points to */
	bool live; /* a live fact equal to it exists */
};

struct wants {
	struct want *v;
	size_t n, cap;
};

struct want *want(struct wants *w, const char *tmpl);
void want_slot(struct want *w, const char *name, struct host_value v);
void wants_free(struct wants *w);

/* A template whose facts are about one thing, and the slot naming it. */
struct about {
	const char *tmpl, *slot;
};

/* Makes the facts C asserted about id those w wants (see sync.c); keep
 * (a passing query, with no old facts) collects the facts asserted. */
int sync_facts(struct advisor *a, const struct about *about, size_t nabout, const char *id, struct wants *w,
	       struct facts *keep);

/* ----------------------------------------------------- task_parse.c */

/* Splits what the user typed into t's text and the name=value attributes
 * that end it, checked. */
int parse_task(struct advisor *a, const char *raw, struct task_in *t);
/* A task from parts: the text as it is, and name=value pairs as a user
 * may type them, checked. */
int task_from_parts(struct advisor *a, const char *text, size_t nattrs, char **names, char **values,
		    struct task_in *t);

/* ------------------------------------------------------ task_read.c */

/* The conclusion about task id (its text given) into *out. */
void read_task(struct advisor *a, const char *id, const char *text, struct advice_task *out);

/* ------------------------------------------------------ positions.c */

/* Asserts a kept (or the passing) position and its items anew. */
int assert_position(struct advisor *a, const struct position_in *p);
/* The order of skills, most important first (struct advice_skill, for
 * qsort(), which has no context argument: set sorting_advisor first). */
extern const struct advisor *sorting_advisor;
int cmp_skill(const void *x, const void *y);
/* Asserts the position a query names: a kept one as it is, or the items
 * as the passing query position (ids gets their ids). Returns its id, or
 * NULL. */
const char *query_position(struct advisor *a, int nitems, char **items, struct strv *ids);

/* ----------------------------------------------------- candidates.c */

/* Asserts a candidate and its skills, changed. */
int assert_candidate(struct advisor *a, const struct candidate_in *c);
void candidate_in_free(struct candidate_in *c);

/* ---------------------------------------------------------- tasks.c */

void task_in_free(struct task_in *t);
/* Asserts what the user said of a task, changed: only what changed moves. */
int assert_task(struct advisor *a, const struct task_in *t);
/* A task's answers: one added at the end, the i-th dropped. */
void add_answer(struct task_in *t, const char *question, const char *value);
void drop_answer(struct task_in *t, size_t i);
/* Reads text (as it is) as a passing task with a fact (mark (task ID))
 * beside it, runs the rules, and calls read() before the facts go again. */
int read_passing(struct advisor *a, const char *text, const char *mark,
		 void (*read)(struct advisor *a, struct task_in *t, void *ctx), void *ctx);

#endif
