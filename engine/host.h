/*
 * host.h - a generic embedding of the CLIPS 6.30 rule engine.
 *
 * The host loads knowledge (a list of named sources) into a CLIPS
 * environment, builds facts from C values, reads facts back as C values,
 * runs the rules under limits, evaluates CLIPS expressions typed by a person,
 * and records which rule fired on which facts.  It knows nothing about the
 * domain and never touches the terminal: everything CLIPS prints goes to the
 * sink the caller installs (or nowhere).
 *
 * Ownership: host_new() returns a host the caller frees with host_free().
 * Strings returned by the host (names, slot values, diagnostics) belong to
 * the host; they stay valid until the next call that changes the knowledge
 * (host_load) or, for fact values, until the fact is retracted.
 * Out of memory is fatal (the process exits).
 */
#ifndef OFICIO_HOST_H
#define OFICIO_HOST_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

struct host;
struct host_fact;

/* One piece of knowledge: the text of a .clp file and the path it is known
 * by in messages (for embedded knowledge, its path in the source tree). */
struct host_source {
	const char *path;
	const char *text;
	size_t len;
};

/* A C value for a slot. Strings are copied into CLIPS; they are data, never
 * parsed. HOST_MULTI holds n values of the other kinds. */
enum host_type { HOST_SYMBOL, HOST_STRING, HOST_INTEGER, HOST_FLOAT, HOST_MULTI };

struct host_value {
	enum host_type type;
	union {
		const char *s;  /* HOST_SYMBOL, HOST_STRING */
		long long i;    /* HOST_INTEGER */
		double f;       /* HOST_FLOAT */
		struct {
			const struct host_value *v;
			size_t n;
		} multi;        /* HOST_MULTI */
	} u;
};

struct host_slot {
	const char *name;
	struct host_value value;
};

/* Where CLIPS output goes. */
enum host_stream { HOST_OUT, HOST_ERR };
typedef void (*host_sink)(void *ctx, enum host_stream stream, const char *text);

/* A load diagnostic: file, line (0 when unknown) and CLIPS's message. */
enum host_diag_kind {
	HOST_DIAG_ERROR,   /* a construct that failed to parse or to load */
	HOST_DIAG_WARNING, /* CLIPS loaded it but warned */
	HOST_DIAG_OPEN     /* the file could not be read; text is strerror() */
};

struct host_diag {
	enum host_diag_kind kind;
	const char *file;
	long line;
	const char *text;
};

/* Why the last run or evaluation stopped early. */
enum host_stop {
	HOST_STOP_NONE,
	HOST_STOP_FIRINGS,  /* the firing limit was reached */
	HOST_STOP_TIME,     /* the time limit was reached */
	HOST_STOP_INTERRUPT, /* host_interrupt() was called (Ctrl-C) */
	HOST_STOP_DEPTH      /* the code recursed or nested too deep: the C stack
			      * would overflow (guard.h) */
};

/* One rule firing: the rule's name and the indices of the facts that
 * matched its patterns (0 where a pattern matched no fact, as in (not)). */
struct host_firing {
	const char *rule;
	const long long *facts;
	size_t nfacts;
};

struct host *host_new(void);
void host_free(struct host *h);

/* Loads sources, in order, into a fresh environment and resets it. On
 * success it replaces the knowledge and the facts the host held; on failure
 * the host keeps what it had, and the diagnostics say why. Returns 0 or -1. */
int host_load(struct host *h, const struct host_source *src, size_t n);

/* Knowledge as a CLIPS binary image (bsave) is read about ten times faster
 * than parsed. host_save_image() writes what h has loaded to path, with its
 * constraints (a build step: tools/image.c). host_load_image() loads one,
 * from memory, as host_load() loads sources: the same on success and on
 * failure. CLIPS defines no construct while an image is loaded, and keeps
 * no construct's text: host_has_image() says whether one is loaded,
 * host_needs_source() whether typed CLIPS text needs the parsed knowledge
 * (a def... form, build, load, batch, bload; a ppdef... form or save, which
 * print constructs' text): the caller then loads that first. */
int host_save_image(struct host *h, const char *path);
int host_load_image(struct host *h, const void *image, size_t len);
bool host_has_image(const struct host *h);
bool host_needs_source(const char *text);

size_t host_diag_count(const struct host *h);
const struct host_diag *host_diag_get(const struct host *h, size_t i);

/* The last error as one line: "file:line: message" for load errors, or a
 * message for other failures. Empty when the last call succeeded. */
const char *host_last_error(const struct host *h);

void host_set_sink(struct host *h, host_sink sink, void *ctx);

/* Limits for every run and evaluation: max_firings 0 means none,
 * max_seconds <= 0 means none. Defaults: 1,000,000 firings, 10 s. */
void host_set_limits(struct host *h, long long max_firings, double max_seconds);

/* In a sandbox (oficio check) CLIPS code may not write or read files or
 * run a shell: those functions fail with an error, and nothing is changed. */
void host_set_sandbox(struct host *h, bool sandbox);

/* (reset): removes every fact and asserts the deffacts again. */
int host_reset(struct host *h);

/* Runs the agenda within the limits. Returns the number of rules fired,
 * or -1 on a CLIPS error. host_stopped() says whether a limit stopped it. */
long long host_run(struct host *h);
enum host_stop host_stopped(const struct host *h);

/* Evaluates one CLIPS command or construct typed by a person (this is the
 * CLIPS prompt, so the text is CLIPS by intent). Output and messages go to
 * the sink; runs inside it obey the limits. Returns 0, -1 when CLIPS
 * reported an error, or HOST_EXIT when the command was (exit). */
#define HOST_EXIT 1
int host_eval(struct host *h, const char *command);

/* What the last host_eval() did beyond what it printed: a (reset) removed
 * every fact (the deffacts are back), a (clear) removed the knowledge too.
 * A caller that asserted facts of its own asserts them again, or loads
 * the knowledge again after a clear. */
enum host_wipe { HOST_WIPED_NONE, HOST_WIPED_FACTS, HOST_WIPED_ALL };
enum host_wipe host_wiped(const struct host *h);

/* Asks a running evaluation to stop. Safe to call from a signal handler.
 * The request holds until a call stops because of it, or until
 * host_clear_interrupt(): a request made between two calls stops the next. */
void host_interrupt(struct host *h);
void host_clear_interrupt(struct host *h);

/* Builds a fact of template tmpl from C values and asserts it. Slots not
 * given take their defaults. Returns the fact's index (> 0), or 0 with
 * host_last_error() set: unknown template or slot, a value of the wrong
 * shape, or a fact identical to a live one (CLIPS keeps one copy). */
long long host_assert(struct host *h, const char *tmpl, const struct host_slot *slots, size_t n);

/* host_assert() that returns the live fact itself (NULL on error), for a
 * caller that will retract it soon: host_retract_fact() needs no search. */
const struct host_fact *host_assert_fact(struct host *h, const char *tmpl, const struct host_slot *slots,
					 size_t n);

/* Retracts the fact with this index. Returns 0, or -1 if there is none. */
int host_retract(struct host *h, long long index);
/* Retracts a live fact (collect them first: not from inside host_each_fact).
 * Returns 0, or -1 if it was retracted already. */
int host_retract_fact(struct host *h, const struct host_fact *f);

/* Holds a fact across calls that run rules: CLIPS keeps its memory while
 * it is held, even if a rule retracts it (host_retract_fact() then returns
 * -1, safely). Release every fact held, once, when done with it. */
void host_hold_fact(struct host *h, const struct host_fact *f);
void host_release_fact(struct host *h, const struct host_fact *f);

/* A live fact, as handed out by host_each_fact() and host_fact_find(). It
 * stays valid until the fact is retracted (or, held, until released). */
struct host_fact;

/* Calls fn for every fact of template tmpl (all facts when tmpl is NULL)
 * in index order; fn returns false to stop early. fn must not assert or
 * retract. Returns -1 if tmpl is not a template, else the number of facts
 * visited. */
typedef bool (*host_fact_fn)(void *ctx, struct host *h, const struct host_fact *f);
long long host_each_fact(struct host *h, const char *tmpl, host_fact_fn fn, void *ctx);

/* The live fact with this index, or NULL. CLIPS 6.30 keeps
 * (initial-fact) as f-0. */
const struct host_fact *host_fact_find(struct host *h, long long index);
long long host_fact_index(const struct host_fact *f);
const char *host_fact_template(const struct host_fact *f);

/* Reads a slot of a live fact into *out. Strings stay valid while the fact
 * lives; a multifield's array stays valid until the next host_get of a
 * multifield. Returns 0, or -1 when the template has no such slot. */
int host_get(struct host *h, const struct host_fact *f, const char *slot, struct host_value *out);

/* The firings of the last run or evaluation, oldest first. */
size_t host_firing_count(const struct host *h);
struct host_firing host_firing_get(const struct host *h, size_t i);

/* Where a live fact came from: the rule whose firing asserted it and the
 * facts that firing matched (0 for a pattern that matched no fact). .rule
 * is NULL for a fact asserted from C, by a deffacts or at the prompt. A
 * fact a second firing asserted again keeps its first origin. Valid until
 * the next call that asserts, retracts or runs. */
struct host_firing host_fact_origin(const struct host *h, long long index);
/* Origins are kept by default; a caller that never asks (a batch run)
 * saves the bookkeeping with false, which also forgets those kept. */
void host_keep_origins(struct host *h, bool keep);

/* Calls fn with every name a person may type after "(": construct
 * keywords, functions, rules, templates, deffunctions and generic functions. */
void host_each_name(struct host *h, void (*fn)(void *ctx, const char *name), void *ctx);

#endif
