/*
 * explain.h - the tree of reasons behind a conclusion, for `how` and `why`.
 *
 * A node is a fact: a conclusion the rules drew (with the rule that drew
 * it and that rule's description), something the user said (a task's
 * text, a cue found in it, an attribute, an answer), or a piece of
 * knowledge (with its provenance: a section of the article, inferred or
 * lexicon). A conclusion's children are the facts its rule matched when
 * it fired (host_fact_origin) and, where kb/explain.clp says so, the facts
 * its rule read as a whole (a verdict's evidence). How each fact is worded
 * comes from the explain facts of the knowledge too: the C code knows no
 * template. A conclusion that supports several others is explained
 * the first time only (later nodes are marked repeated). Only live facts appear, so a withdrawn conclusion is never
 * shown, nor what no longer supports one.
 *
 * Ownership: explain_build() fills a tree the caller frees with
 * explain_free().
 */
#ifndef OFICIO_EXPLAIN_H
#define OFICIO_EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "advisor.h"
#include "host.h"

struct explain_node {
	long long fact;
	char *tmpl;
	char *text;        /* the fact in words, in the language asked for */
	char *rule;        /* the rule that drew it; NULL if it was not drawn */
	char *description; /* that rule's description ("" when none) */
	char *provenance;  /* a section id, inferred, lexicon, or user */
	bool repeated;     /* explained earlier in the tree: no children here */
	struct explain_node *children;
	size_t nchildren;
};

/* Builds the tree under the live fact with this index, in Spanish (es)
 * or English. Returns 0, or -1 when there is no such fact. */
int explain_build(struct advisor *a, struct host *h, long long fact, bool es, struct explain_node *out);
void explain_free(struct explain_node *n);

#endif
