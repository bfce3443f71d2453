/*
 * test_host.c - unit tests for engine/host.c, the embedding of CLIPS.
 *
 * What a user of the host would notice: knowledge loads (or fails with
 * "file:line: message" and leaves the previous knowledge alone), C values
 * go into facts and come back byte for byte (hostile strings are data and
 * never code), runs stop at the firing limit, the time limit and on
 * interrupt and leave the host usable, the firing trace names the rule and
 * its facts, the prompt (host_eval) prints to the sink and survives (exit),
 * facts can be retracted and found by index, and name completion lists
 * constructs, rules and templates.
 *
 * Each test gets a fresh host (setup/teardown) whose sink collects HOST_OUT
 * and HOST_ERR text into two buffers.  Knowledge is given as in-memory
 * struct host_source values.  Output is TAP with CMOCKA_MESSAGE_OUTPUT=TAP.
 *
 * The last tests make CLIPS's (exit) run from knowledge (a deffunction, a
 * rule, a defglobal's initial value); they run in a forked child so that a
 * crash, or CLIPS ending the process, fails one test instead of the run.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "host.h"

/* ------------------------------------------------------------- fixture */

struct buf {
	char *s;
	size_t n, cap;
};

struct fx {
	struct host *h;
	struct buf out, err; /* what CLIPS printed, by stream */
};

static void buf_add(struct buf *b, const char *text)
{
	size_t n = strlen(text);
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
	memcpy(b->s + b->n, text, n + 1);
	b->n += n;
}

static void buf_clear(struct buf *b)
{
	b->n = 0;
	if (b->s)
		b->s[0] = '\0';
}

static const char *buf_str(const struct buf *b) { return b->s ? b->s : ""; }

static void sink(void *ctx, enum host_stream stream, const char *text)
{
	struct fx *fx = ctx;
	buf_add(stream == HOST_ERR ? &fx->err : &fx->out, text);
}

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof *fx);
	if (!fx)
		return -1;
	fx->h = host_new();
	host_set_sink(fx->h, sink, fx);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	host_free(fx->h);
	free(fx->out.s);
	free(fx->err.s);
	free(fx);
	return 0;
}

static struct host *H(void **state) { return ((struct fx *)*state)->h; }
static struct fx *FX(void **state) { return *state; }

/* -------------------------------------------------------------- helpers */

#define assert_contains(hay, needle)                                                       \
	do {                                                                               \
		const char *hay_ = (hay), *needle_ = (needle);                             \
		if (!strstr(hay_, needle_))                                                \
			fail_msg("\"%s\" does not contain \"%s\"", hay_, needle_);         \
	} while (0)

#define assert_starts_with(s, prefix)                                                      \
	do {                                                                               \
		const char *s_ = (s), *p_ = (prefix);                                      \
		if (strncmp(s_, p_, strlen(p_)) != 0)                                      \
			fail_msg("\"%s\" does not start with \"%s\"", s_, p_);             \
	} while (0)

static struct host_source source(const char *path, const char *text)
{
	return (struct host_source){.path = path, .text = text, .len = strlen(text)};
}

/* Loads one source given as a string; returns host_load's result. */
static int load_text(struct host *h, const char *path, const char *text)
{
	struct host_source src = source(path, text);
	return host_load(h, &src, 1);
}

static bool count_one(void *ctx, struct host *h, const struct host_fact *f)
{
	(void)h;
	(void)f;
	++*(long long *)ctx;
	return true;
}

/* The number of facts of template tmpl (all facts when NULL), or -1 when
 * tmpl is not a template.  Checks that the callback saw every fact. */
static long long count_facts(struct host *h, const char *tmpl)
{
	long long seen = 0;
	long long n = host_each_fact(h, tmpl, count_one, &seen);
	if (n >= 0)
		assert_int_equal(n, seen);
	return n;
}

static bool first_fact(void *ctx, struct host *h, const struct host_fact *f)
{
	(void)h;
	*(const struct host_fact **)ctx = f;
	return false;
}

/* The first fact of template tmpl, or NULL. */
static const struct host_fact *find_first(struct host *h, const char *tmpl)
{
	const struct host_fact *f = NULL;
	host_each_fact(h, tmpl, first_fact, &f);
	return f;
}

/* Whether some diagnostic names this file. */
static bool diag_names(struct host *h, const char *file)
{
	for (size_t i = 0; i < host_diag_count(h); i++)
		if (strcmp(host_diag_get(h, i)->file, file) == 0)
			return true;
	return false;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct host_value str_value(const char *s)
{
	return (struct host_value){.type = HOST_STRING, .u.s = s};
}

/* Knowledge shared by several tests. */
static const char AB_KB[] =
	"(deftemplate a (slot x))\n"
	"(deftemplate b (slot y))\n"
	"(defrule r1 (a (x 1)) (b (y 2)) => (printout t \"r1 fired\" crlf))\n";

static const char COUNTER_KB[] =
	"(deftemplate counter (slot n))\n"
	"(deftemplate ping (slot k))\n"
	"(defrule step ?f <- (counter (n ?n)) => (retract ?f) (assert (counter (n (+ ?n 1)))))\n"
	"(defrule pong (ping (k ?k)) => (printout t \"pong \" ?k crlf))\n";

/* ---------------------------------------------------------------- tests */

/* 1. A template, a rule and deffacts load; the deffacts fact exists. */
static void test_load_ok(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/ok.clp",
				   "(deftemplate person (slot name) (slot age (default 0)))\n"
				   "(defrule adult (person (name ?n) (age ?a&:(>= ?a 18))) =>\n"
				   "   (printout t ?n \" is an adult\" crlf))\n"
				   "(deffacts people (person (name \"Ana\") (age 30)))\n"),
			 0);
	assert_int_equal(host_diag_count(h), 0);
	assert_string_equal(host_last_error(h), "");
	assert_int_equal(count_facts(h, "person"), 1);

	const struct host_fact *f = find_first(h, "person");
	assert_non_null(f);
	assert_string_equal(host_fact_template(f), "person");
	struct host_value v;
	assert_int_equal(host_get(h, f, "name", &v), 0);
	assert_int_equal(v.type, HOST_STRING);
	assert_string_equal(v.u.s, "Ana");

	assert_int_equal(host_run(h), 1);
	assert_contains(buf_str(&FX(state)->out), "Ana is an adult");
}

/* 2. A syntax error on line 3 is reported as "kb/bad.clp:3: [CODE] ...". */
static void test_syntax_error_file_line(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/bad.clp",
				   "(deftemplate a (slot x))\n"
				   "; a comment\n"
				   "(deftemplate b (slot))\n"
				   "(deftemplate c (slot z))\n"),
			 -1);
	const char *e = host_last_error(h);
	assert_starts_with(e, "kb/bad.clp:3: ");
	/* CLIPS's own message, with its message code. */
	assert_contains(e, "[PRNTUTIL2] Syntax Error");
	assert_contains(e, "deftemplate");

	assert_true(host_diag_count(h) >= 1);
	const struct host_diag *d = host_diag_get(h, 0);
	assert_non_null(d);
	assert_int_equal(d->kind, HOST_DIAG_ERROR);
	assert_string_equal(d->file, "kb/bad.clp");
	assert_int_equal(d->line, 3);
	assert_contains(d->text, "[PRNTUTIL2]");
	assert_null(host_diag_get(h, host_diag_count(h)));
	/* Nothing of the failed load is visible. */
	assert_int_equal(count_facts(h, "a"), -1);
}

/* 3. A failed load keeps the knowledge and the facts the host had. */
static void test_failed_load_keeps_previous(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/good.clp", AB_KB), 0);
	struct host_slot ax = {"x", {.type = HOST_INTEGER, .u.i = 1}};
	long long ia = host_assert(h, "a", &ax, 1);
	assert_true(ia > 0);

	assert_int_equal(load_text(h, "kb/bad.clp",
				   "(deftemplate other (slot q))\n"
				   "(defrule broken (other (q ?q)) => (printout t ?q crlf)\n"),
			 -1);
	assert_true(host_diag_count(h) >= 1);
	assert_string_not_equal(host_last_error(h), "");

	/* The old templates and the asserted fact are still there ... */
	assert_int_equal(count_facts(h, "a"), 1);
	assert_int_equal(count_facts(h, "b"), 0);
	assert_int_equal(count_facts(h, "other"), -1);
	assert_non_null(host_fact_find(h, ia));
	/* ... and the old rules still fire. */
	struct host_slot by = {"y", {.type = HOST_INTEGER, .u.i = 2}};
	long long ib = host_assert(h, "b", &by, 1);
	assert_true(ib > 0);
	assert_int_equal(host_run(h), 1);
	assert_contains(buf_str(&FX(state)->out), "r1 fired");
	assert_int_equal(host_firing_count(h), 1);
	assert_string_equal(host_firing_get(h, 0).rule, "r1");
}

/* A failed first load (into the environment the host began with) leaves
 * nothing of itself, and the host loads and runs what comes next. */
static void test_failed_first_load(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/bad.clp",
				   "(deftemplate other (slot q))\n"
				   "(defrule broken (other (q ?q)) => (printout t ?q crlf)\n"),
			 -1);
	assert_int_equal(count_facts(h, "other"), -1);
	struct host_slot oq = {"q", {.type = HOST_INTEGER, .u.i = 1}};
	assert_int_equal(host_assert(h, "other", &oq, 1), 0);
	assert_int_equal(load_text(h, "kb/good.clp", AB_KB), 0);
	assert_int_equal(count_facts(h, "other"), -1);
	struct host_slot ax = {"x", {.type = HOST_INTEGER, .u.i = 1}};
	struct host_slot by = {"y", {.type = HOST_INTEGER, .u.i = 2}};
	assert_true(host_assert(h, "a", &ax, 1) > 0);
	assert_true(host_assert(h, "b", &by, 1) > 0);
	assert_int_equal(host_run(h), 1);
	assert_contains(buf_str(&FX(state)->out), "r1 fired");
}

/* 4. Errors in two files are both reported. */
static void test_two_errors_two_files(void **state)
{
	struct host *h = H(state);
	struct host_source src[] = {
		source("kb/one.clp", "(deftemplate a (slot x))\n(deftemplate b (slot))\n"),
		source("kb/fine.clp", "(deftemplate c (slot z))\n"),
		source("kb/two.clp", "(defrule r (a (x ?x)) => (printout t (nosuchfunction ?x) crlf))\n"),
	};
	assert_int_equal(host_load(h, src, 3), -1);
	assert_true(host_diag_count(h) >= 2);
	assert_true(diag_names(h, "kb/one.clp"));
	assert_true(diag_names(h, "kb/two.clp"));
	assert_false(diag_names(h, "kb/fine.clp"));
	for (size_t i = 0; i < host_diag_count(h); i++) {
		const struct host_diag *d = host_diag_get(h, i);
		assert_int_equal(d->kind, HOST_DIAG_ERROR);
		assert_string_not_equal(d->text, "");
	}
	/* The one-line error is about the first file. */
	assert_starts_with(host_last_error(h), "kb/one.clp:2: ");
}

/* 5. The path the caller gives (an embedded file's path in the tree) is the
 * one in the messages. */
static void test_embedded_path(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "rules/x.clp", "(defrule r1 (a) => (printout t \"x\" crlf)\n"), -1);
	assert_starts_with(host_last_error(h), "rules/x.clp:");
	assert_true(host_diag_count(h) >= 1);
	assert_string_equal(host_diag_get(h, 0)->file, "rules/x.clp");
}

/* 6. Strings are data: hostile ones round trip byte for byte and are
 * never run; symbols and multifields round trip too. */
static const char PWNED[] = "/tmp/oficio-pwned";

static void check_string_round_trip(struct host *h, const char *s, size_t len)
{
	struct host_slot slot = {"text", str_value(s)};
	long long i = host_assert(h, "note", &slot, 1);
	if (i <= 0)
		fail_msg("host_assert failed: %s", host_last_error(h));
	const struct host_fact *f = host_fact_find(h, i);
	assert_non_null(f);
	struct host_value v;
	assert_int_equal(host_get(h, f, "text", &v), 0);
	assert_int_equal(v.type, HOST_STRING);
	assert_non_null(v.u.s);
	assert_int_equal(strlen(v.u.s), len);
	assert_memory_equal(v.u.s, s, len);
}

static void test_hostile_strings(void **state)
{
	struct host *h = H(state);
	unlink(PWNED);
	assert_int_equal(load_text(h, "kb/notes.clp",
				   "(deftemplate note (slot text) (slot sym) (multislot items))\n"
				   "(defrule show (note (text ?t)) => (printout t \"[\" ?t \"]\" crlf))\n"),
			 0);

	static const char *const hostile[] = {
		"say \"hello\" twice \"\"",
		"(((unbalanced ) ) ) (",
		"back\\slash \\\" \\\\ end\\",
		"x\") (system \"touch /tmp/oficio-pwned\") (\"",
		"(system \"touch /tmp/oficio-pwned\")",
		"n\xc3\xb3mina planilla \xc3\xb1 \xe2\x82\xac",
		"",
		"tab\tnewline\ncr\r; not a comment ?x $?y &|~ <- =>",
	};
	for (size_t i = 0; i < sizeof hostile / sizeof *hostile; i++)
		check_string_round_trip(h, hostile[i], strlen(hostile[i]));

	/* 100 kB of every byte but NUL, in a fixed pseudo-random order. */
	size_t big_len = 100 * 1024;
	char *big = malloc(big_len + 1);
	assert_non_null(big);
	unsigned seed = 12345;
	for (size_t i = 0; i < big_len; i++) {
		seed = seed * 1103515245u + 12345u;
		big[i] = (char)(1 + (seed >> 16) % 255);
	}
	big[big_len] = '\0';
	check_string_round_trip(h, big, big_len);

	long long fired = host_run(h);
	assert_int_equal(fired, (long long)(sizeof hostile / sizeof *hostile) + 1);
	const char *out = buf_str(&FX(state)->out);
	assert_contains(out, "[x\") (system \"touch /tmp/oficio-pwned\") (\"]");
	assert_contains(out, "[(system \"touch /tmp/oficio-pwned\")]");
	assert_contains(out, "[n\xc3\xb3mina planilla \xc3\xb1 \xe2\x82\xac]");
	assert_contains(out, "[]");
	assert_true(strstr(out, big) != NULL);
	free(big);
	if (access(PWNED, F_OK) == 0)
		fail_msg("%s exists: a string was run as code", PWNED);

	/* A symbol, including one that is not valid CLIPS syntax. */
	const char *syms[] = {"plain-symbol", "n\xc3\xb3mina", "two words (and parens)"};
	for (size_t i = 0; i < 3; i++) {
		struct host_slot slot = {"sym", {.type = HOST_SYMBOL, .u.s = syms[i]}};
		long long idx = host_assert(h, "note", &slot, 1);
		assert_true(idx > 0);
		struct host_value v;
		assert_int_equal(host_get(h, host_fact_find(h, idx), "sym", &v), 0);
		assert_int_equal(v.type, HOST_SYMBOL);
		assert_string_equal(v.u.s, syms[i]);
	}

	/* A multifield of strings, symbols, integers and a float. */
	const struct host_value items[] = {
		{.type = HOST_STRING, .u.s = "a \"quoted\" (x)"},
		{.type = HOST_SYMBOL, .u.s = "sym"},
		{.type = HOST_INTEGER, .u.i = -42},
		{.type = HOST_INTEGER, .u.i = LLONG_MAX},
		{.type = HOST_FLOAT, .u.f = 3.25},
		{.type = HOST_FLOAT, .u.f = 0.1},
		{.type = HOST_STRING, .u.s = ""},
	};
	size_t nitems = sizeof items / sizeof *items;
	struct host_slot ms = {"items", {.type = HOST_MULTI, .u.multi = {items, nitems}}};
	long long idx = host_assert(h, "note", &ms, 1);
	assert_true(idx > 0);
	struct host_value v;
	assert_int_equal(host_get(h, host_fact_find(h, idx), "items", &v), 0);
	assert_int_equal(v.type, HOST_MULTI);
	assert_int_equal(v.u.multi.n, nitems);
	for (size_t i = 0; i < nitems; i++) {
		const struct host_value *got = &v.u.multi.v[i];
		assert_int_equal(got->type, items[i].type);
		switch (items[i].type) {
		case HOST_STRING:
		case HOST_SYMBOL:
			assert_string_equal(got->u.s, items[i].u.s);
			break;
		case HOST_INTEGER:
			assert_true(got->u.i == items[i].u.i);
			break;
		case HOST_FLOAT:
			assert_true(got->u.f == items[i].u.f);
			break;
		case HOST_MULTI:
			fail();
		}
	}

	/* An empty multifield. */
	struct host_slot empty = {"items", {.type = HOST_MULTI, .u.multi = {NULL, 0}}};
	idx = host_assert(h, "note", &empty, 1);
	assert_true(idx > 0);
	assert_int_equal(host_get(h, host_fact_find(h, idx), "items", &v), 0);
	assert_int_equal(v.type, HOST_MULTI);
	assert_int_equal(v.u.multi.n, 0);
}

/* 7. host_assert refuses unknown templates and slots and adds no fact. */
static void test_assert_errors(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/ab.clp", AB_KB), 0);
	long long before = count_facts(h, NULL);

	struct host_slot ax = {"x", {.type = HOST_INTEGER, .u.i = 1}};
	assert_int_equal(host_assert(h, "nosuchtemplate", &ax, 1), 0);
	assert_string_not_equal(host_last_error(h), "");
	assert_contains(host_last_error(h), "nosuchtemplate");

	struct host_slot bad[] = {ax, {"colour", str_value("red")}};
	assert_int_equal(host_assert(h, "a", bad, 2), 0);
	assert_contains(host_last_error(h), "colour");

	assert_int_equal(count_facts(h, NULL), before);
	assert_int_equal(count_facts(h, "a"), 0);

	/* And a good assert afterwards clears the error. */
	assert_true(host_assert(h, "a", &ax, 1) > 0);
	assert_string_equal(host_last_error(h), "");
	assert_int_equal(count_facts(h, "a"), 1);
}

/* Asserts (counter (n 0)) and returns its index. */
static long long start_counter(struct host *h)
{
	struct host_slot n0 = {"n", {.type = HOST_INTEGER, .u.i = 0}};
	long long i = host_assert(h, "counter", &n0, 1);
	assert_true(i > 0);
	return i;
}

/* 8. The firing limit and the time limit stop a runaway run; the host is
 * usable afterwards. */
static void test_limits(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/counter.clp", COUNTER_KB), 0);
	start_counter(h);

	host_set_limits(h, 1000, 0);
	assert_int_equal(host_run(h), 1000);
	assert_int_equal(host_stopped(h), HOST_STOP_FIRINGS);
	const struct host_fact *f = find_first(h, "counter");
	assert_non_null(f);
	struct host_value v;
	assert_int_equal(host_get(h, f, "n", &v), 0);
	assert_int_equal(v.type, HOST_INTEGER);
	assert_int_equal(v.u.i, 1000);

	host_set_limits(h, 0, 0.2);
	double t0 = now();
	long long n = host_run(h);
	double took = now() - t0;
	assert_true(n > 0);
	assert_int_equal(host_stopped(h), HOST_STOP_TIME);
	assert_true(took >= 0.19);
	assert_true(took < 5.0);

	/* Usable afterwards: an evaluation, then a run that ends by itself. */
	buf_clear(&FX(state)->out);
	assert_int_equal(host_eval(h, "(+ 1 2)"), 0);
	assert_int_equal(host_stopped(h), HOST_STOP_NONE);
	assert_contains(buf_str(&FX(state)->out), "3");

	f = find_first(h, "counter");
	assert_non_null(f);
	assert_int_equal(host_retract(h, host_fact_index(f)), 0);
	struct host_slot k = {"k", {.type = HOST_SYMBOL, .u.s = "done"}};
	assert_true(host_assert(h, "ping", &k, 1) > 0);
	assert_int_equal(host_run(h), 1);
	assert_int_equal(host_stopped(h), HOST_STOP_NONE);
	assert_contains(buf_str(&FX(state)->out), "pong done");
}

/* 9. An action that loops forever is stopped by the time limit. */
static void test_time_limit_in_action(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/spin.clp",
				   "(deffacts start (go))\n"
				   "(defrule spin (go) => (while TRUE do (bind ?x 1)))\n"),
			 0);
	host_set_limits(h, 0, 0.2);
	double t0 = now();
	long long n = host_run(h);
	double took = now() - t0;
	assert_int_equal(n, 1);
	assert_int_equal(host_stopped(h), HOST_STOP_TIME);
	assert_true(took < 5.0);
	assert_int_equal(host_eval(h, "(+ 1 2)"), 0);
	assert_int_equal(host_stopped(h), HOST_STOP_NONE);
}

/* 10. host_interrupt from a signal handler stops a run with no limits. */
static struct host *volatile interrupt_target;
static volatile sig_atomic_t alarms;

static void on_alarm(int sig)
{
	(void)sig;
	if (++alarms == 1)
		host_interrupt(interrupt_target);
	else if (alarms > 100) {
		/* 10 s and the run still goes: fail rather than hang. */
		static const char msg[] = "not ok - host_interrupt did not stop the run\n";
		(void)!write(STDOUT_FILENO, msg, sizeof msg - 1);
		_exit(1);
	}
}

static void run_interrupted(struct host *h, const char *what)
{
	interrupt_target = h;
	alarms = 0;
	struct sigaction sa = {0}, old;
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	assert_int_equal(sigaction(SIGALRM, &sa, &old), 0);
	struct itimerval it = {.it_interval = {0, 100000}, .it_value = {0, 100000}};
	struct itimerval off = {{0, 0}, {0, 0}};
	assert_int_equal(setitimer(ITIMER_REAL, &it, NULL), 0);

	double t0 = now();
	long long n = host_run(h);
	double took = now() - t0;

	setitimer(ITIMER_REAL, &off, NULL);
	sigaction(SIGALRM, &old, NULL);
	if (host_stopped(h) != HOST_STOP_INTERRUPT)
		fail_msg("%s: stopped %d, want HOST_STOP_INTERRUPT", what, (int)host_stopped(h));
	assert_true(n >= 0);
	assert_true(took >= 0.09);
	assert_true(took < 5.0);
}

static void test_interrupt(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/counter.clp",
				   "(deftemplate counter (slot n))\n"
				   "(defrule step ?f <- (counter (n ?n)) => (retract ?f) (assert (counter (n (+ ?n 1)))))\n"
				   "(defrule spin (go) => (while TRUE do (bind ?x 1)))\n"),
			 0);
	host_set_limits(h, 0, 0);
	start_counter(h);
	run_interrupted(h, "rule loop");

	/* The interrupt is per call: the next one starts clean ... */
	assert_int_equal(host_eval(h, "(+ 1 2)"), 0);
	assert_int_equal(host_stopped(h), HOST_STOP_NONE);

	/* ... and an action that never returns is interrupted too. */
	const struct host_fact *f = find_first(h, "counter");
	assert_non_null(f);
	assert_int_equal(host_retract(h, host_fact_index(f)), 0);
	assert_int_equal(host_eval(h, "(assert (go))"), 0);
	run_interrupted(h, "while loop");
}

/* 11. The firing trace: rule name and the indices of the matched facts. */
static void test_firing_trace(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/ab.clp", AB_KB), 0);
	struct host_slot ax = {"x", {.type = HOST_INTEGER, .u.i = 1}};
	struct host_slot by = {"y", {.type = HOST_INTEGER, .u.i = 2}};
	long long ia = host_assert(h, "a", &ax, 1);
	long long ib = host_assert(h, "b", &by, 1);
	assert_true(ia > 0 && ib > 0 && ia != ib);

	assert_int_equal(host_run(h), 1);
	assert_int_equal(host_firing_count(h), 1);
	struct host_firing fr = host_firing_get(h, 0);
	assert_non_null(fr.rule);
	assert_string_equal(fr.rule, "r1");
	assert_int_equal(fr.nfacts, 2);
	assert_int_equal(fr.facts[0], ia);
	assert_int_equal(fr.facts[1], ib);
	assert_null(host_firing_get(h, 1).rule);

	/* A run that fires nothing has an empty trace. */
	assert_int_equal(host_run(h), 0);
	assert_int_equal(host_firing_count(h), 0);
}

static void test_firing_trace_not(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/not.clp",
				   "(deftemplate a (slot x))\n"
				   "(deftemplate b (slot y))\n"
				   "(defrule r2 (a (x 5)) (not (b (y 9))) => )\n"
				   "(defrule r3 (not (b (y 7))) => )\n"),
			 0);
	struct host_slot ax = {"x", {.type = HOST_INTEGER, .u.i = 5}};
	long long ia = host_assert(h, "a", &ax, 1);
	assert_true(ia > 0);

	assert_int_equal(host_run(h), 2);
	assert_int_equal(host_firing_count(h), 2);
	bool saw_r2 = false, saw_r3 = false;
	for (size_t i = 0; i < 2; i++) {
		struct host_firing fr = host_firing_get(h, i);
		assert_non_null(fr.rule);
		if (strcmp(fr.rule, "r2") == 0) {
			saw_r2 = true;
			assert_int_equal(fr.nfacts, 2);
			assert_int_equal(fr.facts[0], ia);
			assert_int_equal(fr.facts[1], 0);
		} else if (strcmp(fr.rule, "r3") == 0) {
			saw_r3 = true;
			for (size_t j = 0; j < fr.nfacts; j++)
				assert_int_equal(fr.facts[j], 0);
		}
	}
	assert_true(saw_r2 && saw_r3);
}

/* Origins: which firing asserted a fact, on which facts; gone with the fact. */
static void test_fact_origin(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/why.clp",
				   "(deftemplate a (slot x))\n"
				   "(deftemplate c (slot x))\n"
				   "(deftemplate d (slot x))\n"
				   "(defrule derive-c (logical (a (x ?x))) => (assert (c (x ?x))))\n"
				   "(defrule derive-d (logical (c (x ?x))) => (assert (d (x ?x))))\n"),
			 0);
	struct host_slot ax = {"x", {.type = HOST_INTEGER, .u.i = 7}};
	long long ia = host_assert(h, "a", &ax, 1);
	assert_true(ia > 0);
	assert_null(host_fact_origin(h, ia).rule); /* asserted from C */
	assert_int_equal(host_run(h), 2);
	const struct host_fact *c = find_first(h, "c");
	const struct host_fact *d = find_first(h, "d");
	assert_non_null(c);
	assert_non_null(d);
	struct host_firing oc = host_fact_origin(h, host_fact_index(c));
	assert_string_equal(oc.rule, "derive-c");
	assert_int_equal(oc.nfacts, 1);
	assert_int_equal(oc.facts[0], ia);
	struct host_firing od = host_fact_origin(h, host_fact_index(d));
	assert_string_equal(od.rule, "derive-d");
	assert_int_equal(od.facts[0], host_fact_index(c));

	/* Withdrawn with what it rested on: no origin is left for it. */
	long long ic = host_fact_index(c), id = host_fact_index(d);
	assert_int_equal(host_retract(h, ia), 0);
	assert_null(find_first(h, "c"));
	assert_null(host_fact_origin(h, ic).rule);
	assert_null(host_fact_origin(h, id).rule);

	/* Many conclusions come and go: the table does not keep the dead. */
	for (long long i = 0; i < 5000; i++) {
		struct host_slot x = {"x", {.type = HOST_INTEGER, .u.i = 100 + i}};
		long long f = host_assert(h, "a", &x, 1);
		assert_true(f > 0);
		assert_true(host_run(h) == 2);
		assert_int_equal(host_retract(h, f), 0);
	}
	struct host_slot x = {"x", {.type = HOST_INTEGER, .u.i = 1}};
	assert_true(host_assert(h, "a", &x, 1) > 0);
	assert_int_equal(host_run(h), 2);
	assert_string_equal(host_fact_origin(h, host_fact_index(find_first(h, "d"))).rule, "derive-d");

	/* A (reset) typed at the prompt starts the indices again. */
	assert_int_equal(host_eval(h, "(reset)"), 0);
	assert_true(host_assert(h, "a", &x, 1) > 0);
	assert_int_equal(host_run(h), 2);
	assert_string_equal(host_fact_origin(h, host_fact_index(find_first(h, "c"))).rule, "derive-c");
}

/* 12. host_eval: the CLIPS prompt. */
static void test_eval(void **state)
{
	struct host *h = H(state);
	struct fx *fx = FX(state);
	assert_int_equal(load_text(h, "kb/ab.clp", AB_KB), 0);

	assert_int_equal(host_eval(h, "(+ 1 2)"), 0);
	assert_string_equal(buf_str(&fx->out), "3\n");
	assert_string_equal(buf_str(&fx->err), "");
	assert_string_equal(host_last_error(h), "");

	buf_clear(&fx->out);
	assert_int_equal(host_eval(h, "(foo)"), -1);
	assert_contains(buf_str(&fx->err), "foo");
	assert_string_not_equal(host_last_error(h), "");

	buf_clear(&fx->out);
	buf_clear(&fx->err);
	assert_int_equal(host_eval(h, "(exit)"), HOST_EXIT);
	/* Still alive, and the prompt still works. */
	assert_int_equal(host_eval(h, "(+ 1 2)"), 0);
	assert_string_equal(buf_str(&fx->out), "3\n");

	buf_clear(&fx->out);
	assert_int_equal(host_eval(h, "(defrule typed (a (x 7)) => (printout t \"typed fired\" crlf))"), 0);
	struct host_slot ax = {"x", {.type = HOST_INTEGER, .u.i = 7}};
	assert_true(host_assert(h, "a", &ax, 1) > 0);
	assert_int_equal(host_run(h), 1);
	assert_string_equal(host_firing_get(h, 0).rule, "typed");
	assert_contains(buf_str(&fx->out), "typed fired");
}

/* Knowledge saved as a binary image loads into another host with its
 * deffacts, rules and the C functions it calls; CLIPS adds no construct to
 * it (host_needs_source says which text would try, or would print a
 * construct's text, which an image lacks), a (clear) takes it away,
 * and an image that is not one leaves the knowledge loaded before. */
static void test_image(void **state)
{
	struct host *h = H(state);
	struct fx *fx = FX(state);
	assert_int_equal(load_text(h, "kb/img.clp",
				   "(deftemplate a (slot x (type INTEGER)))\n"
				   "(deffacts start (a (x 1)) (a (x 2)))\n"
				   "(defrule sum (a (x ?x)) => (printout t \"x \" ?x crlf))\n"
				   "(defrule share => (printout t (decayed-shares 0.5 (create$ k1 2.0 k2 1.0)) crlf))\n"),
			 0);
	assert_false(host_has_image(h));
	char path[] = "/tmp/oficio-image-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(host_save_image(h, path), 0);
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	static unsigned char image[1 << 20];
	size_t len = fread(image, 1, sizeof image, f);
	fclose(f);
	unlink(path);
	assert_true(len > 0 && len < sizeof image);

	struct host *g = host_new();
	host_set_sink(g, sink, fx);
	assert_int_equal(host_load_image(g, image, len), 0);
	assert_true(host_has_image(g));
	assert_int_equal(count_facts(g, "a"), 2);
	buf_clear(&fx->out);
	assert_int_equal(host_run(g), 3);
	assert_contains(buf_str(&fx->out), "x 1");
	assert_contains(buf_str(&fx->out), "x 2");
	assert_contains(buf_str(&fx->out), "(2.5 k1 2.0 k2 0.5)");

	/* Not an image: refused, the image loaded before stays. */
	static const unsigned char junk[] = "(deftemplate b)";
	assert_int_equal(host_load_image(g, junk, sizeof junk - 1), -1);
	assert_string_not_equal(host_last_error(g), "");
	assert_true(host_has_image(g));
	assert_int_equal(count_facts(g, "a"), 2);

	assert_true(host_needs_source("(defrule r (a) =>)"));
	assert_true(host_needs_source("  ( deftemplate t)"));
	assert_true(host_needs_source("(progn (build \"(deffacts f)\"))"));
	assert_true(host_needs_source("(load* \"x.clp\")"));
	assert_true(host_needs_source("(ppdefrule sum)"));
	assert_false(host_needs_source("(facts)"));
	assert_false(host_needs_source("(printout t \"(defrule x)\" crlf) ; (build"));
	assert_false(host_needs_source("(loader 1)"));

	assert_int_equal(host_eval(g, "(clear)"), 0);
	assert_false(host_has_image(g));
	host_free(g);
}

/* The C functions the knowledge calls: fact-values reads the slots of the
 * facts that match; decayed-shares counts each key once at its largest
 * value, the largest in full and each next one decayed, and what is below
 * zero against the sum in full. */
static void test_functions(void **state)
{
	struct host *h = H(state);
	struct fx *fx = FX(state);
	assert_int_equal(load_text(h, "kb/e.clp",
				   "(deftemplate e (slot t) (slot s) (slot about) (slot w))\n"
				   "(deffacts es (e (t 1) (s f) (about x) (w 2.0)) (e (t 1) (s f) (about y) (w 3))\n"
				   "   (e (t 1) (s b) (about z) (w 1.0)) (e (t 2) (s f) (about x) (w 9.0)))\n"),
			 0);
	assert_int_equal(host_eval(h, "(reset)"), 0);
	buf_clear(&fx->out);
	assert_int_equal(host_eval(h, "(fact-values e (create$ t 1 s f) about w)"), 0);
	assert_string_equal(buf_str(&fx->out), "(x 2.0 y 3)\n");
	buf_clear(&fx->out);
	assert_int_equal(host_eval(h, "(fact-values e (create$ t 3) about)"), 0);
	assert_string_equal(buf_str(&fx->out), "()\n");
	buf_clear(&fx->out);
	assert_int_equal(host_eval(h, "(decayed-shares 0.5 (create$ x 2.0 y 3 x 4.0 z -1.5 w 1.0))"), 0);
	assert_string_equal(buf_str(&fx->out), "(4.25 x 4.0 y 1.5 w 0.25)\n");
	buf_clear(&fx->err);
	assert_int_equal(host_eval(h, "(fact-values e (create$ t 1) nowhere)"), -1);
}

/* 13. host_retract by index; missing indices are not found. */
static void test_retract_and_find(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/ab.clp", AB_KB), 0);
	struct host_slot ax = {"x", {.type = HOST_INTEGER, .u.i = 10}};
	struct host_slot ax2 = {"x", {.type = HOST_INTEGER, .u.i = 11}};
	long long i1 = host_assert(h, "a", &ax, 1);
	long long i2 = host_assert(h, "a", &ax2, 1);
	assert_true(i1 > 0 && i2 > i1);

	assert_int_equal(host_retract(h, i1), 0);
	assert_null(host_fact_find(h, i1));
	const struct host_fact *f = host_fact_find(h, i2);
	assert_non_null(f);
	assert_int_equal(host_fact_index(f), i2);
	assert_string_equal(host_fact_template(f), "a");
	assert_int_equal(count_facts(h, "a"), 1);

	assert_int_equal(host_retract(h, i1), -1);
	assert_string_not_equal(host_last_error(h), "");
	assert_int_equal(host_retract(h, 999999), -1);
	assert_null(host_fact_find(h, 999999));
	assert_null(host_fact_find(h, -1));
	/* (Index 0 is not "missing": CLIPS 6.30 keeps (initial-fact) as f-0.) */
	assert_int_equal(count_facts(h, "a"), 1);

	/* A slot the template does not have. */
	struct host_value v;
	assert_int_equal(host_get(h, f, "nosuchslot", &v), -1);
}

/* 14. Completion names: constructs, functions, rules, templates. */
struct names {
	bool defrule, printout, rule, tmpl, deffunction;
};

static void on_name(void *ctx, const char *name)
{
	struct names *n = ctx;
	n->defrule |= strcmp(name, "defrule") == 0;
	n->printout |= strcmp(name, "printout") == 0;
	n->rule |= strcmp(name, "check-payroll") == 0;
	n->tmpl |= strcmp(name, "payroll-line") == 0;
	n->deffunction |= strcmp(name, "gross-pay") == 0;
}

/* Recursion without end, in a deffunction at the prompt or in a rule's
 * action, stops the call with HOST_STOP_DEPTH before the C stack
 * overflows (it crashed the process); the host goes on. */
static void test_deep_recursion(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/deep.clp",
				   "(deffunction down (?n) (down (+ ?n 1)))\n"
				   "(defrule dive (go) => (down 0))\n"),
			 0);
	host_set_limits(h, 0, 0);
	assert_int_equal(host_eval(h, "(down 0)"), 0);
	assert_int_equal(host_stopped(h), HOST_STOP_DEPTH);
	assert_int_equal(host_eval(h, "(+ 1 2)"), 0);
	assert_int_equal(host_stopped(h), HOST_STOP_NONE);
	assert_int_equal(host_eval(h, "(assert (go))"), 0);
	host_run(h);
	assert_int_equal(host_stopped(h), HOST_STOP_DEPTH);
	assert_int_equal(host_eval(h, "(+ 1 2)"), 0);
	assert_int_equal(host_stopped(h), HOST_STOP_NONE);
}

/* A fact held across a run stays readable when a rule retracts it, and
 * retracting it again fails quietly (it was a use after free). */
static void test_hold_fact(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/held.clp",
				   "(deftemplate held (slot n))\n"
				   "(defrule drop ?f <- (held) => (retract ?f))\n"),
			 0);
	struct host_slot slot = {"n", {.type = HOST_INTEGER, .u.i = 7}};
	const struct host_fact *f = host_assert_fact(h, "held", &slot, 1);
	assert_non_null(f);
	host_hold_fact(h, f);
	assert_true(host_run(h) == 1);
	assert_null(find_first(h, "held"));
	assert_int_equal(host_retract_fact(h, f), -1);
	host_release_fact(h, f);
}

static void test_each_name(void **state)
{
	struct host *h = H(state);
	assert_int_equal(load_text(h, "kb/names.clp",
				   "(deftemplate payroll-line (slot amount))\n"
				   "(deffunction gross-pay (?x) (* ?x 2))\n"
				   "(defrule check-payroll (payroll-line (amount ?a)) => (printout t (gross-pay ?a) crlf))\n"),
			 0);
	struct names n = {0};
	host_each_name(h, on_name, &n);
	assert_true(n.defrule);
	assert_true(n.printout);
	assert_true(n.rule);
	assert_true(n.tmpl);
	assert_true(n.deffunction);
}

/* ------------------------------------------------- (exit) from knowledge */

/* A scenario run in a child process: returns NULL when all went well, or
 * what went wrong.  It must not use cmocka's asserts (they would jump back
 * into cmocka inside the child). */
typedef const char *(*scenario)(struct fx *fx);

/* Runs fn in a forked child with its stdout and stderr going to a temporary
 * file, then frees the host there.  Fails if the child crashed, ended before
 * the scenario did (CLIPS called exit()), reported a failure, or printed
 * anything on the terminal (the host must only talk through the sink). */
static void in_child(void **state, scenario fn)
{
	char path[] = "/tmp/test_host.XXXXXX";
	int out = mkstemp(path);
	assert_true(out >= 0);
	unlink(path);
	int verdict[2];
	assert_int_equal(pipe(verdict), 0);
	fflush(stdout);
	fflush(stderr);

	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		/* Let a crash kill the child: cmocka's handlers would go on to
		 * run the remaining tests in it. */
		static const int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
		for (size_t i = 0; i < sizeof crashes / sizeof *crashes; i++)
			signal(crashes[i], SIG_DFL);
		close(verdict[0]);
		dup2(out, STDOUT_FILENO);
		dup2(out, STDERR_FILENO);
		struct fx *fx = *state;
		const char *why = fn(fx);
		if (!why) {
			host_free(fx->h);
			fx->h = NULL;
		}
		fflush(stdout);
		fflush(stderr);
		if (why)
			(void)!write(verdict[1], why, strlen(why));
		_exit(77);
	}

	close(verdict[1]);
	char why[512];
	size_t nwhy = 0;
	ssize_t r;
	while (nwhy < sizeof why - 1 && (r = read(verdict[0], why + nwhy, sizeof why - 1 - nwhy)) > 0)
		nwhy += (size_t)r;
	why[nwhy] = '\0';
	close(verdict[0]);
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);

	char printed[2048];
	ssize_t nprinted = pread(out, printed, sizeof printed - 1, 0);
	close(out);
	printed[nprinted > 0 ? nprinted : 0] = '\0';

	if (WIFSIGNALED(status))
		fail_msg("the process died of signal %d (%s)%s%s", WTERMSIG(status), strsignal(WTERMSIG(status)),
			 *printed ? "; it printed: " : "", printed);
	if (WEXITSTATUS(status) != 77)
		fail_msg("the process ended with status %d before the scenario did%s%s", WEXITSTATUS(status),
			 *printed ? "; it printed: " : "", printed);
	if (*why)
		fail_msg("%s", why);
	if (*printed)
		fail_msg("the host printed on the terminal: \"%s\"", printed);
}

static const char EXIT_KB[] =
	"(deftemplate a (slot x))\n"
	"(deffunction bye () (exit))\n"
	"(defrule leave (a (x leave)) => (exit))\n";

static const char *load_exit_kb(struct fx *fx)
{
	struct host_source src = source("kb/exit.clp", EXIT_KB);
	return host_load(fx->h, &src, 1) == 0 ? NULL : "EXIT_KB did not load";
}

/* After (exit), the prompt works and prints 3 for (+ 1 2). */
static const char *prompt_still_works(struct fx *fx)
{
	buf_clear(&fx->out);
	if (host_eval(fx->h, "(+ 1 2)") != 0)
		return "(+ 1 2) failed after (exit)";
	if (strcmp(buf_str(&fx->out), "3\n") != 0)
		return "(+ 1 2) did not print 3 after (exit)";
	return NULL;
}

static const char *exit_at_prompt(struct fx *fx)
{
	const char *why = load_exit_kb(fx);
	if (why)
		return why;
	if (host_eval(fx->h, "(exit)") != HOST_EXIT)
		return "(exit) did not return HOST_EXIT";
	return prompt_still_works(fx);
}

static const char *exit_in_deffunction(struct fx *fx)
{
	const char *why = load_exit_kb(fx);
	if (why)
		return why;
	if (host_eval(fx->h, "(bye)") != HOST_EXIT)
		return "(bye), a deffunction calling (exit), did not return HOST_EXIT";
	return prompt_still_works(fx);
}

static const char *exit_in_rule_at_prompt(struct fx *fx)
{
	const char *why = load_exit_kb(fx);
	if (why)
		return why;
	struct host_slot leave = {"x", {.type = HOST_SYMBOL, .u.s = "leave"}};
	if (host_assert(fx->h, "a", &leave, 1) <= 0)
		return "host_assert failed";
	if (host_eval(fx->h, "(run)") != HOST_EXIT)
		return "(run) of a rule calling (exit) did not return HOST_EXIT";
	return prompt_still_works(fx);
}

static const char *exit_in_host_run(struct fx *fx)
{
	const char *why = load_exit_kb(fx);
	if (why)
		return why;
	struct host_slot leave = {"x", {.type = HOST_SYMBOL, .u.s = "leave"}};
	if (host_assert(fx->h, "a", &leave, 1) <= 0)
		return "host_assert failed";
	host_run(fx->h);
	return prompt_still_works(fx);
}

static const char *exit_while_loading(struct fx *fx)
{
	const char *why = load_exit_kb(fx);
	if (why)
		return why;
	struct host_source bad = source("kb/global.clp", "(defglobal ?*quit* = (exit))\n");
	if (host_load(fx->h, &bad, 1) != -1)
		return "knowledge calling (exit) while loading did not fail";
	if (!strstr(host_last_error(fx->h), "kb/global.clp"))
		return "the error does not name kb/global.clp";
	const struct host_fact *f = NULL;
	if (host_each_fact(fx->h, "a", first_fact, &f) < 0)
		return "the previous knowledge was lost";
	return prompt_still_works(fx);
}

static void test_exit_at_prompt(void **state) { in_child(state, exit_at_prompt); }
static void test_exit_in_deffunction(void **state) { in_child(state, exit_in_deffunction); }
static void test_exit_in_rule_at_prompt(void **state) { in_child(state, exit_in_rule_at_prompt); }
static void test_exit_in_host_run(void **state) { in_child(state, exit_in_host_run); }
static void test_exit_while_loading(void **state) { in_child(state, exit_while_loading); }

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_load_ok, setup, teardown),
		cmocka_unit_test_setup_teardown(test_syntax_error_file_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_load_keeps_previous, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_first_load, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_errors_two_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_embedded_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hostile_strings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_assert_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_limits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_time_limit_in_action, setup, teardown),
		cmocka_unit_test_setup_teardown(test_interrupt, setup, teardown),
		cmocka_unit_test_setup_teardown(test_firing_trace, setup, teardown),
		cmocka_unit_test_setup_teardown(test_firing_trace_not, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fact_origin, setup, teardown),
		cmocka_unit_test_setup_teardown(test_eval, setup, teardown),
		cmocka_unit_test_setup_teardown(test_functions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_image, setup, teardown),
		cmocka_unit_test_setup_teardown(test_retract_and_find, setup, teardown),
		cmocka_unit_test_setup_teardown(test_each_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deep_recursion, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hold_fact, setup, teardown),
		/* (exit) run by CLIPS code, each in a child process. */
		cmocka_unit_test_setup_teardown(test_exit_at_prompt, setup, teardown),
		cmocka_unit_test_setup_teardown(test_exit_in_deffunction, setup, teardown),
		cmocka_unit_test_setup_teardown(test_exit_in_rule_at_prompt, setup, teardown),
		cmocka_unit_test_setup_teardown(test_exit_in_host_run, setup, teardown),
		cmocka_unit_test_setup_teardown(test_exit_while_loading, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
