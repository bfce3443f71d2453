/*
 * host.c - the only file that talks to CLIPS (with guard.c, its guard
 * against code that would crash it).
 *
 * It owns one CLIPS environment at a time, routes everything CLIPS prints to
 * the caller's sink, turns parser errors into file:line diagnostics, builds
 * and reads facts through the C API, and enforces the firing and time
 * limits (a before-run function counts firings and records them; a periodic
 * function watches the clock and the interrupt flag).  It does not know the
 * domain, read input or decide what a person sees.
 */
/* memfd_create: a binary image is loaded from memory. A feature-test macro
 * of the C library, not an identifier of ours. */
#define _GNU_SOURCE // NOLINT(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp)
#include "host.h"

#include "functions.h"

#include <clips/clips.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>

#include "guard.h"
#include "intern.h"
#include "xalloc.h"

/* The firing trace keeps at most this many firings per run; a runaway run
 * of a million firings would otherwise hold tens of megabytes for nothing. */
enum { TRACE_MAX = 100000 };

struct firing_rec {
	const char *rule; /* interned in host->names */
	size_t first;     /* into host->trace_facts */
	size_t n;
};

struct origin {
	long long fact;
	const char *rule; /* NULL once the fact is retracted */
	size_t first, n;  /* into host->origin_facts */
};

/* A slot of a deftemplate: its name (CLIPS's string) and kind. */
struct tmpl_slot {
	const char *name;
	bool multi;
};

/* A deftemplate the host used, with its slots in order: CLIPS finds a
 * template by walking its list, and EnvPutFactSlot and EnvGetFactSlot
 * find a slot by hashing its name into a symbol, at every call. */
struct tmpl {
	struct deftemplate *tmpl;
	struct tmpl_slot *slots; /* none for an implied (ordered) template */
	size_t nslots;
};

struct rule_name {
	const void *rule; /* the defrule, as a key */
	char *name;
};

struct host {
	void *env;
	host_sink sink;
	void *sink_ctx;

	long long max_firings;
	double max_seconds;

	/* State of the current call (run, eval, reset). */
	long long firings;
	double deadline; /* 0: none */
	unsigned tick;
	bool limit_armed;
	bool errored;
	bool loading;
	bool fresh;  /* nothing has run in env since host_new(): a load may use it */
	bool image;  /* the knowledge came as a binary image (no construct may be added) */
	bool exited; /* the CLIPS code called (exit) */
	enum host_wipe wiped; /* what a (reset) or (clear) in the call removed */
	enum host_stop stop;
	volatile sig_atomic_t interrupt;
	struct guard guard; /* stack depth, functions CLIPS cannot run safely */

	/* Load diagnostics; their strings are owned here. */
	struct host_diag *diags;
	size_t ndiags, capdiags;
	const char *load_path;
	char *load_capture; /* werror text during a load */
	size_t ncapture, capcapture;
	char *last_error;

	/* Firing trace of the last call. */
	struct firing_rec *trace;
	size_t ntrace, captrace;
	long long *trace_facts;
	size_t nfacts, capfacts;
	struct rule_name *names;
	size_t nnames, capnames;
	struct tmpl *tmpls;
	size_t ntmpls, captmpls;
	size_t last_tmpl;        /* the one template_of() found last */
	struct intern tmpl_names; /* names the host was given, by id */
	size_t *tmpl_named;      /* the template of each, into tmpls */
	size_t captmpl_named;

	/* The firing under way (its facts in cur_facts), while a rule fires. */
	const char *cur_rule;
	long long *cur_facts;
	size_t ncur, capcur;

	/* Where each fact a rule asserted came from, in fact index order (the
	 * order of assertion). Retracted facts are marked (rule NULL) and
	 * swept out when they outnumber the live ones. */
	bool no_origins; /* host_keep_origins(false) */
	struct origin *origins;
	size_t norigins, caporigins, ndead;
	long long *origin_facts;
	size_t norigin_facts, caporigin_facts;

	/* Scratch for multifield reads. */
	struct host_value *scratch;
	size_t capscratch;
};

/* ---------------------------------------------------------------- errors */

static void set_error(struct host *h, char *msg)
{
	free(h->last_error);
	h->last_error = msg;
}

static void clear_error(struct host *h) { set_error(h, NULL); }

const char *host_last_error(const struct host *h)
{
	return h->last_error ? h->last_error : "";
}

/* A CLIPS message on one line: its lines up to the first blank one, without
 * the blank lines and the "ERROR:" echo of the construct that CLIPS adds
 * around it ("[CSTRNCHK1] A literal slot value found in the assert command
 * / does not match the allowed values for slot side."). */
static char *condense(const char *text)
{
	struct strbuf b = {0};
	while (*text == '\n' || *text == ' ')
		text++;
	while (*text && *text != '\n' && strncmp(text, "ERROR:", 6) != 0) {
		size_t n = strcspn(text, "\n");
		size_t end = n;
		while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\r'))
			end--;
		if (b.n)
			strbuf_add(&b, " ", 1);
		strbuf_add(&b, text, end);
		text += n;
		if (*text == '\n')
			text++;
	}
	return b.s ? b.s : xstrdup("");
}

static void add_diag(struct host *h, enum host_diag_kind kind, const char *file, long line, char *text)
{
	xgrow(&h->diags, &h->capdiags, h->ndiags + 1, sizeof *h->diags);
	h->diags[h->ndiags++] = (struct host_diag){
		.kind = kind, .file = xstrdup(file ? file : ""), .line = line, .text = text};
}

static void clear_diags(struct host *h)
{
	for (size_t i = 0; i < h->ndiags; i++) {
		free((char *)h->diags[i].file);
		free((char *)h->diags[i].text);
	}
	h->ndiags = 0;
}

size_t host_diag_count(const struct host *h) { return h->ndiags; }

const struct host_diag *host_diag_get(const struct host *h, size_t i)
{
	return i < h->ndiags ? &h->diags[i] : NULL;
}

static size_t count_errors(const struct host *h)
{
	size_t n = 0;
	for (size_t i = 0; i < h->ndiags; i++)
		n += h->diags[i].kind != HOST_DIAG_WARNING;
	return n;
}

/* ------------------------------------------------------------- callbacks */

static struct host *host_of(void *env) { return GetEnvironmentContext(env); }

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void halt(struct host *h, enum host_stop why)
{
	if (h->stop == HOST_STOP_NONE)
		h->stop = why;
	SetHaltExecution(h->env, TRUE);
	EnvSetHaltRules(h->env, TRUE);
}

static void check_limits(struct host *h)
{
	if (h->interrupt)
		halt(h, HOST_STOP_INTERRUPT);
	else if (h->deadline > 0 && now() > h->deadline)
		halt(h, HOST_STOP_TIME);
}

static void on_periodic(void *env)
{
	struct host *h = host_of(env);
	/* Called at each deffunction or method call: a runaway recursion is
	 * stopped here, before the C stack overflows. */
	if (guard_too_deep(&h->guard)) {
		h->guard.deep = true;
		halt(h, HOST_STOP_DEPTH);
	}
	if (h->interrupt || (++h->tick & 255) == 0)
		check_limits(h);
}

static const char *intern_rule(struct host *h, const void *rule, const char *name)
{
	for (size_t i = 0; i < h->nnames; i++)
		if (h->names[i].rule == rule && strcmp(h->names[i].name, name) == 0)
			return h->names[i].name;
	xgrow(&h->names, &h->capnames, h->nnames + 1, sizeof *h->names);
	h->names[h->nnames] = (struct rule_name){.rule = rule, .name = xstrdup(name)};
	return h->names[h->nnames++].name;
}

static void record_firing(struct host *h, struct activation *act)
{
	struct partialMatch *pm = act->basis;
	size_t n = pm ? pm->bcount : 0;
	xgrow(&h->cur_facts, &h->capcur, n + 1, sizeof *h->cur_facts);
	for (size_t i = 0; i < n; i++) {
		struct alphaMatch *am = pm->binds[i].gm.theMatch;
		long long index = 0;
		if (am && am->matchingItem && am->matchingItem->theInfo->base.type == FACT_ADDRESS)
			index = ((struct fact *)am->matchingItem)->factIndex;
		h->cur_facts[i] = index;
	}
	h->ncur = n;
	h->cur_rule = intern_rule(h, act->theRule, EnvGetDefruleName(h->env, act->theRule));
	if (h->ntrace >= TRACE_MAX)
		return;
	xgrow(&h->trace, &h->captrace, h->ntrace + 1, sizeof *h->trace);
	xgrow(&h->trace_facts, &h->capfacts, h->nfacts + n, sizeof *h->trace_facts);
	memcpy(h->trace_facts + h->nfacts, h->cur_facts, n * sizeof *h->cur_facts);
	h->trace[h->ntrace++] = (struct firing_rec){.rule = h->cur_rule, .first = h->nfacts, .n = n};
	h->nfacts += n;
}

/* ---------------------------------------------------------------- origins */

static void clear_origins(struct host *h)
{
	h->norigins = 0;
	h->norigin_facts = 0;
	h->ndead = 0;
}

/* Drops the origins of retracted facts. */
static void sweep_origins(struct host *h)
{
	size_t kept = 0, nfacts = 0;
	for (size_t i = 0; i < h->norigins; i++) {
		struct origin o = h->origins[i];
		if (!o.rule)
			continue;
		memmove(h->origin_facts + nfacts, h->origin_facts + o.first, o.n * sizeof *h->origin_facts);
		o.first = nfacts;
		nfacts += o.n;
		h->origins[kept++] = o;
	}
	h->norigins = kept;
	h->norigin_facts = nfacts;
	h->ndead = 0;
}

static struct origin *find_origin(const struct host *h, long long index)
{
	size_t lo = 0, hi = h->norigins;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (h->origins[mid].fact < index)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < h->norigins && h->origins[lo].fact == index ? &h->origins[lo] : NULL;
}

/* A fact was asserted: by the firing under way, if any. */
static void on_assert(void *env, void *fact)
{
	struct host *h = host_of(env);
	if (env != h->env || !h->cur_rule || h->no_origins)
		return;
	long long index = ((struct fact *)fact)->factIndex;
	/* Indices only grow, but for a (reset) or (clear) typed at the prompt,
	 * which starts them again: every fact recorded is gone then. */
	if (h->norigins > 0 && h->origins[h->norigins - 1].fact >= index)
		clear_origins(h);
	xgrow(&h->origins, &h->caporigins, h->norigins + 1, sizeof *h->origins);
	xgrow(&h->origin_facts, &h->caporigin_facts, h->norigin_facts + h->ncur, sizeof *h->origin_facts);
	memcpy(h->origin_facts + h->norigin_facts, h->cur_facts, h->ncur * sizeof *h->cur_facts);
	h->origins[h->norigins++] =
	    (struct origin){.fact = index, .rule = h->cur_rule, .first = h->norigin_facts, .n = h->ncur};
	h->norigin_facts += h->ncur;
}

static void on_retract(void *env, void *fact)
{
	struct host *h = host_of(env);
	if (env != h->env)
		return;
	struct origin *o = find_origin(h, ((struct fact *)fact)->factIndex);
	if (!o || !o->rule)
		return;
	o->rule = NULL;
	if (++h->ndead > 1024 && h->ndead > h->norigins / 2)
		sweep_origins(h);
}

void host_keep_origins(struct host *h, bool keep)
{
	h->no_origins = !keep;
	if (!keep)
		clear_origins(h);
}

struct host_firing host_fact_origin(const struct host *h, long long index)
{
	const struct origin *o = find_origin(h, index);
	if (!o || !o->rule)
		return (struct host_firing){0};
	return (struct host_firing){.rule = o->rule, .facts = h->origin_facts + o->first, .nfacts = o->n};
}

static void on_before_fire(void *env, void *act)
{
	struct host *h = host_of(env);
	record_firing(h, act);
	h->firings++;
	if (h->max_firings > 0 && h->firings >= h->max_firings) {
		/* This firing still happens; the run stops after it. */
		h->limit_armed = true;
		EnvSetHaltRules(env, TRUE);
	}
	check_limits(h);
}

static void on_reset(void *env)
{
	struct host *h = host_of(env);
	if (h->wiped == HOST_WIPED_NONE)
		h->wiped = HOST_WIPED_FACTS;
}

static void on_clear(void *env)
{
	struct host *h = host_of(env);
	h->wiped = HOST_WIPED_ALL;
	h->image = false; /* (clear) takes a binary image with it */
}

static void on_parse_error(void *env, const char *file, const char *warning, const char *error, long line)
{
	struct host *h = host_of(env);
	if (!h->loading || h->guard.deep)
		return; /* at the prompt, the router already showed it */
	const char *where = file && *file ? file : h->load_path;
	if (error && *error)
		add_diag(h, HOST_DIAG_ERROR, where, line, condense(error));
	else if (warning && *warning)
		add_diag(h, HOST_DIAG_WARNING, where, line, condense(warning));
}

static const char *const STREAMS[] = {"stdout", "stdin", "wprompt", "wdialog", "wdisplay",
				      "werror", "wwarning", "wtrace", "t", NULL};

static int router_query(void *env, const char *name)
{
	(void)env;
	for (const char *const *s = STREAMS; *s; s++)
		if (strcmp(name, *s) == 0)
			return TRUE;
	return FALSE;
}

static int router_print(void *env, const char *name, const char *text)
{
	struct host *h = host_of(env);
	bool err = strcmp(name, "werror") == 0 || strcmp(name, "wwarning") == 0;
	if (strcmp(name, "werror") == 0)
		h->errored = true;
	if (h->loading) {
		if (err && !h->guard.deep) {
			size_t n = strlen(text);
			xgrow(&h->load_capture, &h->capcapture, h->ncapture + n + 1, 1);
			memcpy(h->load_capture + h->ncapture, text, n + 1);
			h->ncapture += n;
		}
		return TRUE;
	}
	/* Once a limit stopped the call, what CLIPS prints (its "execution
	 * halted" notice, the value of the halted call) adds nothing to the one
	 * line the caller prints. */
	if (h->stop != HOST_STOP_NONE || h->guard.deep)
		return TRUE;
	if (h->sink)
		h->sink(h->sink_ctx, err ? HOST_ERR : HOST_OUT, text);
	return TRUE;
}

/* The engine never reads the terminal: CLIPS's (read) sees end of file. */
static int router_getc(void *env, const char *name)
{
	(void)env;
	(void)name;
	return EOF;
}

static int router_ungetc(void *env, int ch, const char *name)
{
	(void)env;
	(void)name;
	return ch;
}

/* (exit) in CLIPS code: cancel the process exit, stop the evaluation and
 * let the caller see it. */
static int router_exit(void *env, int code)
{
	(void)code;
	struct host *h = host_of(env);
	h->exited = true;
	AbortExit(env);
	SetHaltExecution(env, TRUE);
	EnvSetHaltRules(env, TRUE);
	return TRUE;
}

/* ------------------------------------------------------------ lifecycle */

static void *new_env(struct host *h)
{
	void *env = CreateEnvironment();
	if (!env) {
		fputs("oficio: cannot create a CLIPS environment\n", stderr);
		exit(70);
	}
	SetEnvironmentContext(env, h);
	EnvAddRouterWithContext(env, "oficio", 40, router_query, router_print, router_getc,
				router_ungetc, router_exit, h);
	EnvSetParserErrorCallback(env, on_parse_error);
	EnvAddBeforeRunFunction(env, "oficio-trace", on_before_fire, 0);
	EnvAddAssertFunction(env, "oficio-origin", on_assert, 0);
	EnvAddRetractFunction(env, "oficio-origin", on_retract, 0);
	EnvAddPeriodicFunction(env, "oficio-limits", on_periodic, 0);
	functions_define(env);
	guard_install(env, &h->guard);
	EnvAddResetFunction(env, "oficio-reset", on_reset, 0);
	EnvAddClearFunction(env, "oficio-clear", on_clear, 0);
	return env;
}

struct host *host_new(void)
{
	struct host *h = xcalloc(1, sizeof *h);
	h->max_firings = 1000000;
	h->max_seconds = 10;
	h->env = new_env(h);
	h->fresh = true;
	return h;
}

static void clear_trace(struct host *h)
{
	h->ntrace = 0;
	h->nfacts = 0;
}

static void clear_names(struct host *h)
{
	for (size_t i = 0; i < h->nnames; i++)
		free(h->names[i].name);
	h->nnames = 0;
	for (size_t i = 0; i < h->ntmpls; i++)
		free(h->tmpls[i].slots);
	h->ntmpls = 0;
	intern_clear(&h->tmpl_names);
}

/* The entry of deftemplate t: found, or made (and t marked busy). */
static size_t remember_template(struct host *h, struct deftemplate *t)
{
	if (h->last_tmpl < h->ntmpls && h->tmpls[h->last_tmpl].tmpl == t)
		return h->last_tmpl; /* the slots of a fact are read one after the other */
	for (size_t i = 0; i < h->ntmpls; i++)
		if (h->tmpls[i].tmpl == t)
			return h->last_tmpl = i;
	IncrementDeftemplateBusyCount(h->env, t);
	xgrow(&h->tmpls, &h->captmpls, h->ntmpls + 1, sizeof *h->tmpls);
	struct tmpl *e = &h->tmpls[h->ntmpls];
	*e = (struct tmpl){.tmpl = t};
	if (!t->implied) {
		e->slots = xcalloc(t->numberOfSlots ? t->numberOfSlots : 1, sizeof *e->slots);
		for (struct templateSlot *slot = t->slotList; slot && e->nslots < t->numberOfSlots; slot = slot->next)
			e->slots[e->nslots++] = (struct tmpl_slot){ValueToString(slot->slotName), slot->multislot};
	}
	return h->last_tmpl = h->ntmpls++;
}

/* The deftemplate named tmpl, or NULL. CLIPS finds one by walking its
 * list, so the host remembers those it used; each is marked busy while
 * remembered, so that no rule can delete or redefine it under the host.
 * Text typed at the prompt is CLIPS by intent: host_eval() lets go of
 * them all first. */
static const struct tmpl *find_template(struct host *h, const char *name)
{
	int id = intern_id(&h->tmpl_names, name, false);
	if (id >= 0)
		return &h->tmpls[h->tmpl_named[id]];
	struct deftemplate *t = EnvFindDeftemplate(h->env, name);
	if (!t)
		return NULL;
	size_t i = remember_template(h, t);
	id = intern_id(&h->tmpl_names, name, true);
	xgrow(&h->tmpl_named, &h->captmpl_named, (size_t)id + 1, sizeof *h->tmpl_named);
	h->tmpl_named[id] = i;
	return &h->tmpls[i];
}

/* The template of a live fact, remembered as find_template() does. */
static const struct tmpl *template_of(struct host *h, const struct fact *f)
{
	size_t i = remember_template(h, f->whichDeftemplate);
	return &h->tmpls[i];
}

/* The position of a slot in a remembered template's facts, or -1. */
static int slot_index(const struct tmpl *t, const char *slot)
{
	for (size_t i = 0; i < t->nslots; i++)
		if (t->slots[i].name[0] == slot[0] && strcmp(t->slots[i].name, slot) == 0)
			return (int)i;
	return -1;
}

static void release_templates(struct host *h)
{
	for (size_t i = 0; i < h->ntmpls; i++) {
		DecrementDeftemplateBusyCount(h->env, h->tmpls[i].tmpl);
		free(h->tmpls[i].slots);
	}
	h->ntmpls = 0;
	intern_clear(&h->tmpl_names);
}

void host_free(struct host *h)
{
	if (!h)
		return;
	DestroyEnvironment(h->env);
	clear_diags(h);
	clear_names(h);
	free(h->diags);
	free(h->load_capture);
	free(h->last_error);
	free(h->trace);
	free(h->trace_facts);
	free(h->cur_facts);
	free(h->origins);
	free(h->origin_facts);
	free(h->names);
	free(h->tmpls);
	intern_free(&h->tmpl_names);
	free(h->tmpl_named);
	free(h->scratch);
	free(h);
}

void host_set_sink(struct host *h, host_sink sink, void *ctx)
{
	h->sink = sink;
	h->sink_ctx = ctx;
}

void host_set_limits(struct host *h, long long max_firings, double max_seconds)
{
	h->max_firings = max_firings > 0 ? max_firings : 0;
	h->max_seconds = max_seconds > 0 ? max_seconds : 0;
}

void host_interrupt(struct host *h) { h->interrupt = 1; }
void host_set_sandbox(struct host *h, bool sandbox) { h->guard.sandbox = sandbox; }
void host_clear_interrupt(struct host *h) { h->interrupt = 0; }

/* Every call that may run CLIPS code goes through begin/end, so limits,
 * the trace and the halt flags are per call. */
static void begin_call(struct host *h)
{
	h->fresh = false;
	clear_error(h);
	clear_trace(h);
	h->stop = HOST_STOP_NONE;
	h->firings = 0;
	h->tick = 0;
	h->limit_armed = false;
	h->errored = false;
	h->exited = false;
	h->wiped = HOST_WIPED_NONE;
	h->deadline = h->max_seconds > 0 ? now() + h->max_seconds : 0;
	guard_begin(&h->guard);
	SetHaltExecution(h->env, FALSE);
	EnvSetHaltRules(h->env, FALSE);
	SetEvaluationError(h->env, FALSE);
}

static void end_call(struct host *h)
{
	h->cur_rule = NULL;
	if (h->stop == HOST_STOP_INTERRUPT)
		h->interrupt = 0;
	if (h->guard.deep && h->stop == HOST_STOP_NONE)
		h->stop = HOST_STOP_DEPTH;
	if (h->limit_armed && h->stop == HOST_STOP_NONE && EnvGetNextActivation(h->env, NULL))
		h->stop = HOST_STOP_FIRINGS;
	SetHaltExecution(h->env, FALSE);
	EnvSetHaltRules(h->env, FALSE);
}

enum host_stop host_stopped(const struct host *h) { return h->stop; }
enum host_wipe host_wiped(const struct host *h) { return h->wiped; }

/* --------------------------------------------------------------- loading */

static void load_one(struct host *h, const struct host_source *src)
{
	size_t before = count_errors(h);
	h->ncapture = 0;
	h->errored = false;
	h->load_path = src->path;
	/* Read as CLIPS reads a file (its fast path, with no router asked per
	 * character), from the text in memory. */
	FILE *f = fmemopen((void *)src->text, src->len, "r");
	if (!f) {
		add_diag(h, HOST_DIAG_OPEN, src->path, 0, xstrdup(strerror(errno)));
		return;
	}
	SetFastLoad(h->env, f);
	EnvSetParsingFileName(h->env, src->path);
	LoadConstructsFromLogicalName(h->env, (const char *)f);
	EnvSetParsingFileName(h->env, NULL);
	SetFastLoad(h->env, NULL);
	fclose(f);
	/* An error the parser callback did not see (a rare CLIPS path). */
	if (count_errors(h) == before && h->ncapture > 0 && h->errored)
		add_diag(h, HOST_DIAG_ERROR, src->path, 0, condense(h->load_capture));
}

/* Finds the first byte of text that is not valid UTF-8: its line and
 * column (in characters), both from 1. */
static bool bad_utf8(const char *text, size_t len, long *line, long *col)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)text;
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < len;) {
		if (p[i] < 0x80) {
			if (p[i] == '\n')
				++*line, *col = 0;
			i++;
		} else {
			utf8proc_int32_t c;
			utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
			if (n <= 0)
				return true;
			i += (size_t)n;
		}
		++*col;
	}
	return false;
}

static int finish_load(struct host *h, void *old, bool image);

/* Before a load: makes h->env the environment to load into, and returns the
 * one to go back to if the load fails. An environment nothing has run in
 * since host_new() is loaded into itself (NULL is returned: a failed load
 * leaves a new empty one), which spares making one at start-up only to
 * destroy it. */
static void *load_target(struct host *h)
{
	if (h->fresh)
		return NULL;
	void *old = h->env;
	h->env = new_env(h);
	return old;
}

int host_load(struct host *h, const struct host_source *src, size_t n)
{
	clear_diags(h);
	void *old = load_target(h);
	begin_call(h);
	h->loading = true;

	for (size_t i = 0; i < n && !h->exited; i++) {
		if (memchr(src[i].text, '\0', src[i].len)) {
			add_diag(h, HOST_DIAG_ERROR, src[i].path, 0, xstrdup("file holds a NUL byte"));
			continue;
		}
		long line, col;
		if (guard_nesting(src[i].text, src[i].len, &line) > GUARD_NEST_MAX) {
			/* CLIPS's parser would overflow the stack. */
			add_diag(h, HOST_DIAG_ERROR, src[i].path, line,
				 xasprintf("parentheses nested deeper than %d (oficio's limit)", GUARD_NEST_MAX));
			continue;
		}
		if (bad_utf8(src[i].text, src[i].len, &line, &col)) {
			/* CLIPS 6.30's scanner reads past a stray continuation byte
			 * in some places (found by fuzz_kb): never give it one. */
			add_diag(h, HOST_DIAG_ERROR, src[i].path, line,
				 xasprintf("not valid UTF-8 at column %ld (knowledge files are UTF-8)", col));
			continue;
		}
		load_one(h, &src[i]);
		if (h->guard.deep) {
			add_diag(h, HOST_DIAG_ERROR, src[i].path, 0,
				 xstrdup("stopped: its code recursed or nested too deep (the stack would overflow)"));
			/* The load fails; the other files are still checked. */
			h->guard.deep = false;
			h->stop = HOST_STOP_NONE;
			SetHaltExecution(h->env, FALSE);
			EnvSetHaltRules(h->env, FALSE);
			SetEvaluationError(h->env, FALSE);
		}
	}
	return finish_load(h, old, false);
}

/* The end of a load into the fresh h->env: the reset, then the new
 * environment kept (the old one destroyed) or, on an error, dropped. */
static int finish_load(struct host *h, void *old, bool image)
{
	if (count_errors(h) == 0 && !h->exited) {
		h->ncapture = 0;
		h->errored = false;
		h->load_path = "(reset)";
		EnvReset(h->env);
		if (h->errored && !h->exited)
			add_diag(h, HOST_DIAG_ERROR, "(reset)", 0, condense(h->load_capture));
	}
	if (h->exited)
		add_diag(h, HOST_DIAG_ERROR, h->load_path, 0, xstrdup("the knowledge called (exit)"));
	h->loading = false;
	end_call(h);

	size_t nerr = count_errors(h);
	if (nerr > 0 || h->stop != HOST_STOP_NONE) {
		/* h->env goes back first: the callbacks of the failed environment
		 * then see it is not the host's and leave the origins alone. */
		void *failed = h->env;
		h->env = old ? old : new_env(h);
		h->fresh = !old;
		DestroyEnvironment(failed);
		const struct host_diag *d = NULL;
		for (size_t i = 0; i < h->ndiags && !d; i++)
			if (h->diags[i].kind != HOST_DIAG_WARNING)
				d = &h->diags[i];
		if (d && d->line > 0)
			set_error(h, xasprintf("%s:%ld: %s", d->file, d->line, d->text));
		else if (d)
			set_error(h, xasprintf("%s: %s", d->file, d->text));
		else
			set_error(h, xstrdup("loading the knowledge was stopped"));
		return -1;
	}
	if (old)
		DestroyEnvironment(old);
	h->image = image;
	clear_trace(h);
	clear_origins(h);
	clear_names(h);
	return 0;
}

static int write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int host_load_image(struct host *h, const void *image, size_t len)
{
	clear_diags(h);
	/* CLIPS 6.30 bloads from a file name only: a file in memory serves. */
	int fd = memfd_create("oficio-knowledge", MFD_CLOEXEC);
	if (fd < 0 || write_all(fd, image, len) != 0) {
		int code = errno;
		if (fd >= 0)
			close(fd);
		set_error(h, xasprintf("cannot hold the knowledge's image in memory: %s", strerror(code)));
		return -1;
	}
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	void *old = load_target(h);
	begin_call(h);
	h->loading = true;
	h->load_path = "(image)";
	h->ncapture = 0;
	h->errored = false;
	if (!EnvBload(h->env, path) || h->errored)
		add_diag(h, HOST_DIAG_ERROR, "(image)", 0,
			 h->ncapture ? condense(h->load_capture) : xstrdup("CLIPS could not load the image"));
	close(fd);
	return finish_load(h, old, true);
}

int host_save_image(struct host *h, const char *path)
{
	begin_call(h);
	/* Constraints are saved only while dynamic checking is on. */
	intBool dynamic = EnvSetDynamicConstraintChecking(h->env, TRUE);
	int ok = EnvBsave(h->env, path);
	EnvSetDynamicConstraintChecking(h->env, dynamic);
	end_call(h);
	if (!ok || h->errored) {
		set_error(h, xasprintf("%s: CLIPS could not save the knowledge's image", path));
		return -1;
	}
	return 0;
}

bool host_has_image(const struct host *h) { return h->image; }

/* Ends a CLIPS symbol (the scanner's delimiters). */
static bool delimiter(char c) { return c == '\0' || strchr(" \t\n\r\f\v()\";&|~<", c) != NULL; }

bool host_needs_source(const char *text)
{
	static const char *const loaders[] = {"build", "load", "load*", "batch", "batch*", "bload", "save", NULL};
	for (const char *p = text; *p;) {
		if (*p == ';') { /* a comment, to the end of the line */
			while (*p && *p != '\n')
				p++;
		} else if (*p == '"') { /* a string: nothing in it is code */
			for (p++; *p && *p != '"'; p++)
				if (*p == '\\' && p[1])
					p++;
			if (*p)
				p++;
		} else if (*p == '(') {
			p++;
			while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
				p++;
			const char *word = p;
			while (!delimiter(*p))
				p++;
			size_t n = (size_t)(p - word);
			if ((n >= 3 && strncmp(word, "def", 3) == 0) || (n >= 5 && strncmp(word, "ppdef", 5) == 0))
				return true;
			for (const char *const *l = loaders; *l; l++)
				if (strlen(*l) == n && strncmp(word, *l, n) == 0)
					return true;
		} else {
			p++;
		}
	}
	return false;
}

/* --------------------------------------------------------------- running */

int host_reset(struct host *h)
{
	begin_call(h);
	EnvReset(h->env);
	end_call(h);
	clear_origins(h);
	if (h->errored) {
		set_error(h, xstrdup("(reset) reported an error"));
		return -1;
	}
	return 0;
}

long long host_run(struct host *h)
{
	begin_call(h);
	long long n = EnvRun(h->env, -1);
	end_call(h);
	if (h->exited) {
		set_error(h, xstrdup("a rule called (exit)"));
		return -1;
	}
	if (h->errored && h->stop == HOST_STOP_NONE) {
		set_error(h, xstrdup("a rule reported an error"));
		return -1;
	}
	return n;
}

int host_eval(struct host *h, const char *command)
{
	release_templates(h);
	begin_call(h);
	long line;
	if (guard_nesting(command, strlen(command), &line) > GUARD_NEST_MAX) {
		h->stop = HOST_STOP_DEPTH; /* CLIPS's parser would overflow the stack */
		end_call(h);
		return 0;
	}
	int ok = RouteCommand(h->env, command, TRUE);
	end_call(h);
	if (h->exited)
		return HOST_EXIT;
	if (h->stop != HOST_STOP_NONE)
		return 0;
	if (!ok || h->errored || GetEvaluationError(h->env)) {
		set_error(h, xstrdup("CLIPS reported an error"));
		return -1;
	}
	return 0;
}

/* ----------------------------------------------------------------- facts */

static int to_clips(struct host *h, const struct host_value *v, DATA_OBJECT *out)
{
	void *env = h->env;
	switch (v->type) {
	case HOST_SYMBOL:
	case HOST_STRING:
		out->type = v->type == HOST_SYMBOL ? SYMBOL : STRING;
		out->value = EnvAddSymbol(env, v->u.s ? v->u.s : "");
		return 0;
	case HOST_INTEGER:
		out->type = INTEGER;
		out->value = EnvAddLong(env, v->u.i);
		return 0;
	case HOST_FLOAT:
		out->type = FLOAT;
		out->value = EnvAddDouble(env, v->u.f);
		return 0;
	case HOST_MULTI: {
		void *mf = EnvCreateMultifield(env, (long)v->u.multi.n);
		for (size_t i = 0; i < v->u.multi.n; i++) {
			DATA_OBJECT item;
			if (v->u.multi.v[i].type == HOST_MULTI || to_clips(h, &v->u.multi.v[i], &item) != 0)
				return -1;
			SetMFType(mf, (long)i + 1, item.type);
			SetMFValue(mf, (long)i + 1, item.value);
		}
		out->type = MULTIFIELD;
		out->value = mf;
		SetpDOBegin(out, 1);
		SetpDOEnd(out, (long)v->u.multi.n);
		return 0;
	}
	}
	return -1;
}

long long host_assert(struct host *h, const char *tmpl, const struct host_slot *slots, size_t n)
{
	const struct host_fact *f = host_assert_fact(h, tmpl, slots, n);
	return f ? host_fact_index(f) : 0;
}

/* EnvPutFactSlot() on a new fact, the slot found by its position. */
static bool put_slot(struct host *h, const struct tmpl *t, struct fact *f, const char *slot, DATA_OBJECT *v)
{
	if (t->tmpl->implied)
		return EnvPutFactSlot(h->env, f, slot, v);
	int i = slot_index(t, slot);
	if (i < 0 || t->slots[i].multi != (v->type == MULTIFIELD))
		return false;
	struct field *field = &f->theProposition.theFields[i];
	if (field->type == MULTIFIELD)
		ReturnMultifield(h->env, field->value);
	field->type = (unsigned short)v->type;
	field->value = v->type == MULTIFIELD ? DOToMultifield(h->env, v) : v->value;
	return true;
}

const struct host_fact *host_assert_fact(struct host *h, const char *tmpl, const struct host_slot *slots,
					 size_t n)
{
	clear_error(h);
	const struct tmpl *t = find_template(h, tmpl);
	if (!t) {
		set_error(h, xasprintf("no template named %s", tmpl));
		return NULL;
	}
	h->fresh = false;
	struct fact *f = EnvCreateFact(h->env, t->tmpl);
	for (size_t i = 0; i < n; i++) {
		DATA_OBJECT v;
		if (to_clips(h, &slots[i].value, &v) != 0 || !put_slot(h, t, f, slots[i].name, &v)) {
			set_error(h, xasprintf("template %s has no slot %s that takes this value", tmpl,
					       slots[i].name));
			ReturnFact(h->env, f);
			return NULL;
		}
	}
	EnvAssignFactSlotDefaults(h->env, f);
	void *r = EnvAssert(h->env, f);
	if (!r) {
		set_error(h, xasprintf("an identical %s fact exists already", tmpl));
		return NULL;
	}
	return r;
}

const struct host_fact *host_fact_find(struct host *h, long long index)
{
	for (void *f = EnvGetNextFact(h->env, NULL); f; f = EnvGetNextFact(h->env, f)) {
		long long i = EnvFactIndex(h->env, f);
		if (i == index)
			return f;
		if (i > index)
			break;
	}
	return NULL;
}

long long host_fact_index(const struct host_fact *f) { return ((const struct fact *)f)->factIndex; }

const char *host_fact_template(const struct host_fact *f)
{
	const struct fact *fact = (const struct fact *)f;
	return ValueToString(fact->whichDeftemplate->header.name);
}

int host_retract(struct host *h, long long index)
{
	clear_error(h);
	const struct host_fact *f = host_fact_find(h, index);
	if (!f || !EnvRetract(h->env, (void *)f)) {
		set_error(h, xasprintf("no fact f-%lld", index));
		return -1;
	}
	return 0;
}

int host_retract_fact(struct host *h, const struct host_fact *f)
{
	clear_error(h);
	if (((const struct fact *)f)->garbage || !EnvRetract(h->env, (void *)f)) {
		set_error(h, xstrdup("the fact was retracted already"));
		return -1;
	}
	return 0;
}

void host_hold_fact(struct host *h, const struct host_fact *f) { EnvIncrementFactCount(h->env, (void *)f); }
void host_release_fact(struct host *h, const struct host_fact *f) { EnvDecrementFactCount(h->env, (void *)f); }

long long host_each_fact(struct host *h, const char *tmpl, host_fact_fn fn, void *ctx)
{
	long long n = 0;
	if (!tmpl) {
		for (void *f = EnvGetNextFact(h->env, NULL); f; f = EnvGetNextFact(h->env, f)) {
			n++;
			if (!fn(ctx, h, f))
				break;
		}
		return n;
	}
	const struct tmpl *found = find_template(h, tmpl);
	if (!found)
		return -1;
	struct deftemplate *t = found->tmpl; /* fn may remember more templates */
	for (void *f = EnvGetNextFactInTemplate(h->env, t, NULL); f; f = EnvGetNextFactInTemplate(h->env, t, f)) {
		n++;
		if (!fn(ctx, h, f))
			break;
	}
	return n;
}

static void from_clips(int type, void *value, struct host_value *out)
{
	switch (type) {
	case STRING:
		out->type = HOST_STRING;
		out->u.s = ValueToString(value);
		break;
	case INTEGER:
		out->type = HOST_INTEGER;
		out->u.i = ValueToLong(value);
		break;
	case FLOAT:
		out->type = HOST_FLOAT;
		out->u.f = ValueToDouble(value);
		break;
	case SYMBOL:
	case INSTANCE_NAME:
		out->type = HOST_SYMBOL;
		out->u.s = ValueToString(value);
		break;
	default:
		out->type = HOST_SYMBOL;
		out->u.s = "";
		break;
	}
}

/* EnvGetFactSlot(), the slot found by its position. */
static bool get_slot(struct host *h, const struct fact *f, const char *slot, DATA_OBJECT *v)
{
	const struct tmpl *t = template_of(h, f);
	if (t->tmpl->implied)
		return EnvGetFactSlot(h->env, (void *)f, slot, v);
	int i = slot_index(t, slot);
	if (i < 0 || f->theProposition.theFields[i].type == RVOID)
		return false;
	v->type = (short)f->theProposition.theFields[i].type;
	v->value = f->theProposition.theFields[i].value;
	if (v->type == MULTIFIELD) {
		SetpDOBegin(v, 1);
		SetpDOEnd(v, ((struct multifield *)v->value)->multifieldLength);
	}
	return true;
}

int host_get(struct host *h, const struct host_fact *f, const char *slot, struct host_value *out)
{
	DATA_OBJECT v;
	if (!get_slot(h, (const struct fact *)f, slot, &v))
		return -1;
	if (GetType(v) != MULTIFIELD) {
		from_clips(GetType(v), GetValue(v), out);
		return 0;
	}
	long begin = GetDOBegin(v), end = GetDOEnd(v);
	size_t n = end >= begin ? (size_t)(end - begin + 1) : 0;
	xgrow(&h->scratch, &h->capscratch, n, sizeof *h->scratch);
	for (size_t i = 0; i < n; i++)
		from_clips(GetMFType(GetValue(v), begin + (long)i), GetMFValue(GetValue(v), begin + (long)i),
			   &h->scratch[i]);
	out->type = HOST_MULTI;
	out->u.multi.v = h->scratch;
	out->u.multi.n = n;
	return 0;
}

/* ----------------------------------------------------------------- trace */

size_t host_firing_count(const struct host *h) { return h->ntrace; }

struct host_firing host_firing_get(const struct host *h, size_t i)
{
	if (i >= h->ntrace)
		return (struct host_firing){0};
	const struct firing_rec *r = &h->trace[i];
	return (struct host_firing){.rule = r->rule, .facts = h->trace_facts + r->first, .nfacts = r->n};
}

/* ----------------------------------------------------------------- names */

void host_each_name(struct host *h, void (*fn)(void *ctx, const char *name), void *ctx)
{
	static const char *const constructs[] = {
	    "defrule",  "deftemplate", "deffacts",	"deffunction",	      "defglobal", "defgeneric",
	    "defmethod", "defclass",   "definstances", "defmessage-handler", "defmodule", NULL};
	void *env = h->env;
	for (const char *const *c = constructs; *c; c++)
		fn(ctx, *c);
	for (struct FunctionDefinition *d = GetFunctionList(env); d; d = d->next)
		fn(ctx, ValueToString(d->callFunctionName));
	for (void *r = EnvGetNextDefrule(env, NULL); r; r = EnvGetNextDefrule(env, r))
		fn(ctx, EnvGetDefruleName(env, r));
	for (void *t = EnvGetNextDeftemplate(env, NULL); t; t = EnvGetNextDeftemplate(env, t))
		fn(ctx, EnvGetDeftemplateName(env, t));
	for (void *d = EnvGetNextDeffunction(env, NULL); d; d = EnvGetNextDeffunction(env, d))
		fn(ctx, EnvGetDeffunctionName(env, d));
	for (void *g = EnvGetNextDefgeneric(env, NULL); g; g = EnvGetNextDefgeneric(env, g))
		fn(ctx, EnvGetDefgenericName(env, g));
}
