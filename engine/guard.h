/*
 * guard.h - what keeps CLIPS code from crashing the process, and, while
 * knowledge is being checked, from touching the world. Used by host.c only.
 *
 * CLIPS 6.30 recurses on the C stack with no limit of its own: a runaway
 * deffunction, or text nested 100,000 parentheses deep, overflows it; and
 * (build), (load), (batch*) or (clear) called while a construct is being
 * parsed (in a defglobal's value) crash it. The guard watches the stack
 * from the host's periodic function, refuses text nested deeper than
 * GUARD_NEST_MAX, and replaces those functions in an environment's table
 * with checked versions. In a sandbox (oficio check) the functions that
 * write files, read other files or run a shell are refused as well.
 *
 * Ownership: the struct guard belongs to the host; guard_install() keeps a
 * pointer to it in the environment, which must not outlive it.
 */
#ifndef OFICIO_GUARD_H
#define OFICIO_GUARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Deeper parentheses than this are refused: every level is a recursion
 * of CLIPS's parser and of its evaluator. The knowledge nests below 20. */
enum { GUARD_NEST_MAX = 1000 };

struct guard {
	bool sandbox;   /* refuse file and shell functions (check) */
	bool deep;      /* the call under way was stopped: too deep */
	uintptr_t base; /* the stack where the call under way began */
	size_t limit;   /* bytes of stack a call may use */
};

/* Replaces the guarded functions of env (a new environment). */
void guard_install(void *env, struct guard *g);

/* At the start of each call into CLIPS: where its stack begins. */
void guard_begin(struct guard *g);

/* Has the call under way used more stack than it may? */
bool guard_too_deep(const struct guard *g);

/* How deep text[0..n) nests parentheses (outside strings and comments);
 * when deeper than GUARD_NEST_MAX, *line is the line (from 1) where it
 * first goes deeper. */
size_t guard_nesting(const char *text, size_t n, long *line);

#endif
