/*
 * session.h - the state of one oficio session, shared by the command line,
 * the REPL and the commands: the engine, where the knowledge came from,
 * the output mode, and the CLIPS expression being typed.
 *
 * It also declares what the files of repl/ offer one another, file by
 * file; they call only downwards: main, repl (the line reader), commands,
 * the commands' files (advice, interview, case, report), then complete,
 * suggest, session and out, none of which calls back up.
 *
 * Ownership: session_init() sets it up, session_free() releases what it
 * owns (the host, the advisor, buffers, an interview left under way, the
 * saved-case texts). The kb paths are borrowed from argv.
 */
#ifndef OFICIO_SESSION_H
#define OFICIO_SESSION_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "../engine/advisor.h"
#include "../engine/host.h"
#include "../engine/xalloc.h"
#include "msg.h"

#define OFICIO_VERSION "0.1.0"

/* The prompt for a command, the first line of a CLIPS expression. */
#define SESSION_PROMPT "oficio> "

/* The interview under way (`ask`, interview.c): the task and the question
 * put now. The session owns it; session_free() frees one left running. */
struct interview {
	char *task;
	struct advice_question q;
};

struct session {
	struct host *host;
	struct advisor *adv;
	const char *kb_dir;         /* --kb, or NULL for the embedded knowledge */
	const char *const *add_kb;  /* --add-kb paths */
	size_t nadd;
	size_t kb_files;            /* files in the knowledge loaded now */

	bool json, color, echo, bail, interactive;
	long long max_firings;
	double max_seconds;

	bool quit;     /* a command asked to leave */
	bool failed;   /* the current command failed */
	int failures;  /* commands that failed so far */

	const char *where;  /* script name for error locations, or NULL */
	long line_no;

	/* A CLIPS expression typed over several lines. */
	struct strbuf clips;
	int depth;
	bool in_string, escaped;

	/* The interview under way (`ask`), or NULL: input lines are answers. */
	struct interview *iv;
	/* The prompt the next input line is read at (repl.c keeps it; the
	 * echo of --echo shows it). Static text. */
	const char *prompt;

	/* What the user said at the last save or load (case.c compares it
	 * with the session now), and at the last warning about unsaved work. */
	char *saved_case, *warned_case;

	/* batch input lines come as "N<TAB>line" (a --jobs worker). */
	bool batch_numbered;
	/* Added to the line numbers of batch's error answers (--first-line N:
	 * N - 1), for a piece of a larger input. */
	long batch_offset;
	/* What CLIPS code prints goes to stderr (batch: stdout holds answers). */
	bool clips_to_stderr;
	/* errno of a failed write to stdout, when it was seen (batch stops). */
	int write_errno;

	/* CLIPS output, gathered when --json needs it in one document. */
	bool capturing;
	struct strbuf out, err;
};

/* session.c: set-up, tear-down and the knowledge. */
void session_init(struct session *s);
void session_free(struct session *s);

/* Loads (or reloads) the knowledge named by kb_dir and add_kb. On failure
 * prints every error with file:line and keeps what was loaded before.
 * Returns 0 or -1. */
int session_load(struct session *s);
/* The built-in knowledge loads from a binary image, to which CLIPS adds no
 * construct and which keeps no construct's text: before CLIPS text that
 * needs either (host_needs_source), the session moves to the knowledge
 * parsed (its tasks, positions and candidates with it).
 * Returns 0 (also when there was no image) or -1 (errors printed). */
int session_leave_image(struct session *s);

/* After CLIPS text typed at the prompt: if it reset the facts, the
 * session (tasks, positions, candidates) is asserted again; if it cleared
 * the environment, the knowledge is loaded again too. Says so in a line.
 * Returns 0 or -1 (reported). */
int session_restore(struct session *s);

/* Says why knowledge could not be collected (kb.h), and frees the path. */
struct kb_error;
void report_kb_error(struct session *s, struct kb_error *err);

/* Output (out.c). say() prints a line of text (not in --json mode); repl_error()
 * is the one path for errors a person sees: one line, in the chosen
 * language, as {"error": ...} under --json; it marks the command failed. */
void say(struct session *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void repl_error(struct session *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints a JSON document on one line and releases it. */
void out_json(struct session *s, json_t *doc);
/* A short confirmation: a line of text, or {"ok":true,"message":...}. */
void done(struct session *s, const char *text);
/* One line saying why the last run stopped early (a limit, Ctrl-C). */
void report_stop(struct session *s);
/* Echoes an input line after the prompt (--echo), unprintable bytes as '?'. */
void repl_echo(const struct session *s, const char *line, size_t n);
/* The columns text takes on a terminal; out_padded() prints it on stdout
 * padded with spaces to width columns. */
int out_width(const char *text);
void out_padded(const char *text, int width);

/* Commands (commands.c). */
struct command;
typedef void (*complete_add)(void *ctx, const char *word);

struct command {
	const char *name;         /* English */
	const char *alias;        /* Spanish */
	const char *args[2];      /* argument synopsis, en and es ("" for none) */
	const char *summary[2];   /* one line, en and es */
	const char *params[2];    /* what each argument is: "WORD  meaning" lines, or NULL */
	const char *example[2];   /* one command line, en and es */
	bool attrs;               /* takes a task's NAME=VALUE attributes */
	int min_args, max_args;   /* max -1: no limit */
	bool file_args;           /* Tab offers file names */
	const char *file_option[2]; /* Tab offers file names after this word, en and es ("--from") */
	/* Offers words for argument argi (1-based) to Tab completion. */
	void (*complete)(struct session *s, int argi, complete_add add, void *ctx);
	int (*run)(struct session *s, int argc, char **argv);
	/* Free text from this argument on is passed as typed, in one argument
	 * (0: every argument is a word). */
	int raw_from;
};

extern const struct command commands[];
extern const size_t ncommands;

const struct command *command_find(const char *word);
/* Whether a command's words (argv[0] the command) read a file after its
 * file_option: 1 for NAME OPTION FILE; 0 when the option is not there;
 * -1, the error said, when it is but not so. */
int command_file(struct session *s, int argc, char **argv);
/* "; did you mean 'task'?" for a command name not found, or "" (the
 * caller frees it). */
char *command_meant(const char *typed);
/* `check`: the session's knowledge with paths on top. Prints the findings;
 * returns -1 when there is an error (warnings alone pass). */
int check_paths(struct session *s, int npaths, char **paths);

/* Runs one command line (not CLIPS). Returns 0, or -1 when it failed. */
int command_line(struct session *s, const char *line);
/* Runs one command given as words (from the shell): the first word (or
 * two) names it; a command that takes free text gets the words from there
 * on joined by spaces. Returns 0, or -1 when it failed. */
int command_run(struct session *s, int argc, char **words);

/* "Did you mean" (suggest.c): the words nearest to what was typed, case
 * and accents aside. suggest_add() offers one (NULL is ignored; it fits a
 * complete_add with the struct as ctx); suggest_text() says the best, as
 * "; did you mean: x?", or "" when none is near (the caller frees it). */
struct suggest {
	char *typed; /* folded */
	char *best[3];
	int score[3];
	size_t n;
};
void suggest_init(struct suggest *g, const char *typed);
void suggest_add(void *ctx, const char *word);
char *suggest_text(const struct suggest *g);
void suggest_free(struct suggest *g);

/* The domain commands (advice.c). */
int cmd_task(struct session *s, int argc, char **argv);
int cmd_tasks(struct session *s, int argc, char **argv);
int cmd_forget(struct session *s, int argc, char **argv);
int cmd_classify(struct session *s, int argc, char **argv);
int cmd_roles(struct session *s, int argc, char **argv);
int cmd_role(struct session *s, int argc, char **argv);
int cmd_skills(struct session *s, int argc, char **argv);
int cmd_duties(struct session *s, int argc, char **argv);
int cmd_hire(struct session *s, int argc, char **argv);
int cmd_position(struct session *s, int argc, char **argv);
int cmd_candidate(struct session *s, int argc, char **argv);
int cmd_match(struct session *s, int argc, char **argv);
int cmd_rank(struct session *s, int argc, char **argv);
int cmd_how(struct session *s, int argc, char **argv);
int cmd_why(struct session *s, int argc, char **argv);
/* Reports the advisor's last error; returns -1. */
int advice_failed(struct session *s);
struct advice_task;
struct advice_reason;
void print_task(struct session *s, const struct advice_task *t, bool with_id);
/* Tasks as the tasks command lists them: id, side, confidence, text. */
void print_task_table(struct session *s, const struct advice_task *t, size_t n);
/* A reason's words with those of the weaker reasons listed with it (the
 * caller frees them), and the reason as a line without its end, from its
 * labels and words as the caller shows them: what it adds, and of what
 * weight when a further reason counts for less. */
char *reason_words(const struct advice_reason *r);
void print_reason(FILE *f, const struct advice_reason *r, const char *about, const char *words, const char *side);
json_t *advice_task_json(struct session *s, const struct advice_task *t);
struct advice_position;
/* The skills a position needs, by importance, with why (or as JSON). */
void print_position(struct session *s, const struct advice_position *p);
json_t *position_json(struct session *s, const struct advice_position *p);

/* A position read from a job description (job_ad.c): position NAME --from
 * FILE. Each duty becomes a task NAME.1, NAME.2... the position covers;
 * the other sections are set aside and named. All or nothing. */
int position_from_file(struct session *s, const char *name, const char *path);
/* A candidate read from a CV (cv.c): candidate NAME --from FILE. The
 * skills the text names, and those the duties and jobs it names need,
 * each with its words. */
int candidate_from_file(struct session *s, const char *name, const char *path);
struct explain_node;
/* The shortest explanation: the conclusion, what it rests on directly, and
 * the sections of the article the whole tree cites. */
void print_why(struct session *s, const struct explain_node *tree);
void print_sections_of(struct session *s, const struct explain_node *tree);

/* The text of the error advice_failed() would report, or NULL when the
 * advisor reports none (the caller frees it). */
char *advice_error_text(struct session *s);
/* Why the last run stopped early, as report_stop() says it, or NULL (the
 * caller frees it). */
char *stop_text(struct session *s);

/* Saved cases (case.c): what the user said (tasks, kept positions,
 * candidates), never a conclusion or knowledge, as JSON. */
int cmd_save(struct session *s, int argc, char **argv);
int cmd_load(struct session *s, int argc, char **argv);
/* The session as a saved case: indented JSON text ending in a newline, or
 * NULL when it cannot be written as JSON. The caller frees it. */
char *case_dump(struct session *s);
/* Replaces the session with the case in data[0..n) and draws the
 * conclusions again; name says where it came from, in messages. On any
 * error, reports one line and leaves the session as it was (the line adds
 * so, unless at_start: --case). A case is checked whole first; ids the
 * knowledge refuses show while importing, and then the session is imported
 * back from a copy taken just before (facts typed into CLIPS are lost then,
 * as with reset). Returns 0 or -1. */
int case_load_data(struct session *s, const char *name, const char *data, size_t n, bool at_start);
/* The same for a file (load, --case). */
int case_load_file(struct session *s, const char *path, bool at_start);
/* Unsaved work: what the user said since the last save or load. Marks the
 * session as saved now; says whether there is unsaved work. */
void case_mark_saved(struct session *s);
bool case_unsaved(const struct session *s);
/* Before the session is dropped (leaving) or replaced (loading), on a
 * terminal: false the first time there is unsaved work, with a line
 * saying what is unsaved and how to go on (the same again goes on). True
 * otherwise, and always when not on a terminal: there the caller says
 * what was lost, with case_unsaved_counts() (NULL when nothing is; the
 * caller frees it). */
bool case_may_drop(struct session *s, bool loading);
char *case_unsaved_counts(const struct session *s);
/* Writes data to path atomically (engine/atomic.h). On failure reports
 * one line, fail_fmt (a message with one %s) around the reason, and
 * returns -1; the file is left as it was. */
int write_file(struct session *s, const char *path, const char *data, size_t n, const char *fail_fmt);

/* Reads a whole file into *data (*n bytes, and a NUL after them; the caller
 * frees it) (readfile.c): a regular file, or standard input for "-" when
 * dash_is_stdin. A folder, a special file or more than max_mib MiB (then
 * too_big, a message with one %d for max_mib) is refused. Returns NULL, or
 * why not (the caller frees it). */
char *read_user_file(const char *path, bool dash_is_stdin, int max_mib, enum msg too_big, char **data, size_t *n);
/* A document a command reads (a job description; "-" is standard input):
 * read whole and checked to be text, at most 10 MiB, not empty (or blank),
 * with no NUL and valid UTF-8. Returns it NUL-terminated (*n
 * bytes; the caller frees it), or NULL after an error line saying what is
 * wrong and where (file:line:column), ending with unmade ("; no position
 * made"). */
char *read_text_file(struct session *s, const char *path, const char *unmade, size_t *n);

/* The report (report.c): a Markdown summary of the consultation. */
int cmd_report(struct session *s, int argc, char **argv);
/* The report as Markdown text, in the current language; the caller frees it. */
char *report_markdown(struct session *s);

/* The interview (interview.c). */
int cmd_ask(struct session *s, int argc, char **argv);
/* An input line while an interview is under way: an answer, or why,
 * back, quit, help. */
void interview_line(struct session *s, const char *line);
/* Leaves the interview under way (quit at a question, Ctrl-D), keeping
 * its answers, and says so. */
void interview_leave(struct session *s);
/* Offers the words an answer may be (Tab at a question). */
void interview_complete(struct session *s, complete_add add, void *ctx);
/* The prompt at a question, or NULL when no interview is under way. */
const char *interview_prompt(const struct session *s);
/* Ends the interview under way, if any, keeping its answers; say_so tells
 * the person (the input ended). */
void interview_stop(struct session *s, bool say_so);
/* Batch (batch.c): classifies JSON Lines ({"id":..,"text":..,
 * "attributes":{..}}) from in, one line out per line in, in order: an
 * answer, or {"line":N,"error":...} for a blank or bad line (counted as a
 * failure; the rest go on). Stops early only when standard output fails. */
void batch_run(struct session *s, FILE *in);
/* The error answer for input line no: {"line":no,"error":text} and a line feed. */
void batch_put_error(FILE *f, long no, const char *text);
/* The same with jobs worker processes, answers in input order, byte for
 * byte those of batch_run() (jobs.c). A worker that dies is replaced; the
 * line it was answering gets an error answer. Returns 0, or -1 when a line
 * was bad or a worker failed. */
int batch_jobs(struct session *s, FILE *in, int jobs);
/* A task's answer as classify --json and batch --json write it, on one
 * line: {"id":ID, (when id_json, JSON text, is given) then text, lang,
 * side, label, confidence, scores, evidence, duties, attributes} (advice.c). */
void advice_put_task(struct session *s, FILE *f, const char *id_json, const struct advice_task *t);
/* The same line (with its line feed), appended to b. */
void advice_add_task(struct session *s, struct strbuf *b, const char *id_json, const struct advice_task *t);

/* How user text is shown (shown.c): characters that drive a terminal
 * (controls, bidirectional overrides) and bytes that are not UTF-8,
 * escaped as \u202e, \xff. The returned strings are the caller's. */
bool shown_unsafe(unsigned codepoint);
/* The length of the valid UTF-8 sequence at p (n bytes left), and its code
 * point in *cp; 0 when the bytes there are not UTF-8. */
size_t shown_decode(const unsigned char *p, size_t n, unsigned *cp);
/* The length of the character at text (n bytes left; 1 for a byte that is
 * not UTF-8), and whether it is one that shown_*() escape. */
size_t shown_next(const char *text, size_t n, bool *unsafe);
char *shown_dup(const char *text);        /* every such character escaped */
char *shown_lines(const char *text);      /* the same, line feeds and tabs kept */
void shown_put(FILE *f, const char *text);
void shown_put_lines(FILE *f, const char *text, size_t n);
/* JSON text (as jansson writes it) with those characters as \u escapes. */
char *shown_json(const char *json);
/* text as a JSON string, escaped as jansson does and as above; a byte that
 * is not UTF-8 becomes \uFFFD. */
void shown_json_string(FILE *f, const char *text);
/* The same, appended to b. */
void shown_json_add(struct strbuf *b, const char *text);
/* Tab completion of arguments (complete.c). complete_names() offers every
 * name of the items of a kind of knowledge (ids, labels, synonyms);
 * complete_session() the session's tasks, positions or candidates. */
enum { OFFER_TASKS = 1, OFFER_POSITIONS = 2, OFFER_CANDIDATES = 4 };
void complete_names(struct session *s, const char *kind, complete_add add, void *ctx);
void complete_session(struct session *s, unsigned what, complete_add add, void *ctx);
void complete_items(struct session *s, int argi, complete_add add, void *ctx);
void complete_tasks(struct session *s, int argi, complete_add add, void *ctx);
void complete_task_attrs(struct session *s, int argi, complete_add add, void *ctx);
void complete_roles(struct session *s, int argi, complete_add add, void *ctx);
void complete_sides(struct session *s, int argi, complete_add add, void *ctx);
void complete_candidate(struct session *s, int argi, complete_add add, void *ctx);
void complete_match(struct session *s, int argi, complete_add add, void *ctx);
void complete_position(struct session *s, int argi, complete_add add, void *ctx);
void complete_explain(struct session *s, int argi, complete_add add, void *ctx);
void complete_langs(struct session *s, int argi, complete_add add, void *ctx);

/* The REPL (repl.c). */
/* Handles one input line: a command, or CLIPS text. */
void repl_line(struct session *s, const char *line, size_t n);
/* Call at end of input: reports an unfinished CLIPS expression. */
void repl_finish(struct session *s);
/* Reads lines from f until end or quit; name is used in error locations
 * (NULL for none). */
void repl_stream(struct session *s, FILE *f, const char *name);
/* The interactive REPL on a terminal, with readline. */
void repl_interactive(struct session *s);

#endif
