/*
 * check.h - validates knowledge files without running a consultation.
 *
 * It loads the sources into a fresh engine (syntax errors, with CLIPS's
 * message), then reads the files' deftemplates, deffacts and defrules
 * itself, so that every finding has a file and a line. What to check is
 * declared in the knowledge (check-ref, check-use and check-label facts of
 * kb/schema.clp's checks section): which slots name ids of which kinds,
 * and which kinds must be used by something. Built in: ids defined twice,
 * labels missing in a language, rules with no description in both
 * languages, lexicon phrases that normalise to nothing or point to both
 * sides, synonyms that name what another item is called, constructs that
 * replace earlier ones.
 *
 * Ownership: check_run() fills an array the caller frees with check_free().
 */
#ifndef OFICIO_CHECK_H
#define OFICIO_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "host.h"

struct check_finding {
	char *file;
	long line; /* 0: the file as a whole */
	bool error; /* else a warning */
	char *message;
};

struct check_report {
	struct check_finding *v;
	size_t n, cap;
	size_t errors, warnings;
};

/* Checks these sources, in load order. Findings are sorted by file, then
 * line. Returns the number of errors. */
size_t check_run(const struct host_source *src, size_t n, struct check_report *out);
/* The same without loading them: what the files say (references, ids,
 * labels, rule docs, lexicon, replaced constructs), not their syntax. For
 * files about to be loaded, which a load checks for syntax; findings on
 * files that do not load may be spurious. */
size_t check_static(const struct host_source *src, size_t n, struct check_report *out);
void check_free(struct check_report *r);

#endif
