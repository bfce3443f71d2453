/*
 * fuzz.h - what the libFuzzer targets in tests/fuzz/ share: quieting the
 * output, and the guard that keeps CLIPS code typed by the fuzzer away
 * from the file system, the shell and endless loops.
 *
 * The targets evaluate CLIPS text on purpose (it is the CLIPS prompt, and
 * knowledge may call functions when it loads), so an input is skipped when
 * it names a CLIPS function that can touch files (open, remove, rename,
 * save, bsave, load, bload, batch, dribble-on, constructs-to-c,
 * restore-instances and their -facts, -instances and starred variants),
 * run a shell command (system), leave (exit), loop for ever (while,
 * loop-for-count) or run the rules at length (run); or one that calls a
 * function named by a value that could be put together from pieces of
 * strings (eval, build, funcall, sort). A name counts wherever it stands
 * as a whole CLIPS token, in any case: CLIPS accepts "( SYSTEM",
 * "(;comment\nsystem" and (sort rename ...), so looking for "(system"
 * alone would not be enough. Input with no parenthesis cannot call CLIPS
 * and is never skipped; a few harmless inputs are ("task t1 open the door"
 * with a parenthesis elsewhere): the price of a guard with no way around.
 */
#ifndef OFICIO_FUZZ_H
#define OFICIO_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* Characters that end a CLIPS symbol (the scanner's delimiters). */
static inline bool fuzz_delimiter(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '(' ||
	       c == ')' || c == '"' || c == ';' || c == '&' || c == '|' || c == '~' || c == '<' ||
	       c == '\0';
}

static inline unsigned char fuzz_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Does one of words (lowercase, NULL-terminated) stand in data as a CLIPS
 * token, in any case: after a delimiter, and, when whole, before one? With
 * whole false, a token that merely starts with the word counts. */
static inline bool fuzz_token(const unsigned char *data, size_t size, const char *const *words, bool whole)
{
	for (size_t i = 0; i < size; i++) {
		if (i > 0 && !fuzz_delimiter(data[i - 1]))
			continue;
		for (const char *const *w = words; *w; w++) {
			size_t len = strlen(*w), k = 0;
			while (k < len && i + k < size && fuzz_lower(data[i + k]) == (unsigned char)(*w)[k])
				k++;
			if (k == len && (!whole || i + k == size || fuzz_delimiter(data[i + k])))
				return true;
		}
	}
	return false;
}

/* True when data names one of the dangerous CLIPS functions (see above). */
static inline bool fuzz_dangerous(const unsigned char *data, size_t size)
{
	static const char *const names[] = {
	    "open", "remove", "rename", "system", "exit", "while", "loop-for-count", "run",
	    "save", "bsave", "load", "load*", "bload", "batch", "batch*", "dribble-on",
	    "save-facts", "load-facts", "save-instances", "load-instances", "bsave-instances",
	    "bload-instances", "restore-instances", "constructs-to-c",
	    /* They call a function named by a value that may be built at run time. */
	    "eval", "build", "funcall", "sort", NULL};
	/* No CLIPS call without a parenthesis. */
	return memchr(data, '(', size) && fuzz_token(data, size, names, true);
}

/* What the code under test prints on stdout goes to /dev/null, once.
 * stderr stays: libFuzzer prints its statistics and the crash report (and
 * the sanitizers theirs) on the same FILE, so redirecting it here would
 * hide them. `make fuzz` passes -close_fd_mask=2 instead: libFuzzer keeps
 * a copy of stderr for itself and the sanitizers, and the target's own
 * error messages go nowhere. Run by hand without it to see them. */
static inline void fuzz_quiet(void)
{
	if (!freopen("/dev/null", "w", stdout))
		perror("freopen /dev/null");
}

#endif
