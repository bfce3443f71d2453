/*
 * suggest.c - "did you mean": of the words offered (command names, ids,
 * labels), those nearest to what a person typed, by edit distance on the
 * folded text (case and accents aside). A label of several words is near
 * too when one of its words is. It knows no command and no knowledge: the
 * callers offer the words, often through a completion function.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/text.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

enum { WORD_MAX = 64, BEST_MAX = 3 };

/* Edit distance (insert, delete, change one byte) between a and b, both at
 * most WORD_MAX bytes. */
static int distance(const char *a, size_t na, const char *b, size_t nb)
{
	int row[WORD_MAX + 1];
	for (size_t j = 0; j <= nb; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= na; i++) {
		int diag = row[0];
		row[0] = (int)i;
		for (size_t j = 1; j <= nb; j++) {
			int up = row[j];
			int best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[nb];
}

/* How far a typed word may be from a word to be offered. */
static int limit(size_t n) { return n <= 2 ? 0 : n <= 4 ? 1 : n <= 8 ? 2 : 3; }

void suggest_init(struct suggest *g, const char *typed)
{
	*g = (struct suggest){.typed = text_fold(typed)};
	if (g->typed && (strlen(g->typed) == 0 || strlen(g->typed) > WORD_MAX)) {
		free(g->typed);
		g->typed = NULL; /* nothing to go by */
	}
}

/* The score of a word: its distance, or that of its nearest word plus one
 * (a part is a weaker match than the whole). */
static int score_of(const char *typed, const char *folded)
{
	size_t nt = strlen(typed), nf = strlen(folded);
	int best = nf <= WORD_MAX ? distance(typed, nt, folded, nf) : WORD_MAX;
	if (strchr(typed, ' '))
		return best;
	for (const char *p = folded; *p;) {
		size_t n = strcspn(p, " ");
		if (n >= 3 && n <= WORD_MAX && n < nf) {
			int d = distance(typed, nt, p, n) + 1;
			best = d < best ? d : best;
		}
		p += n;
		p += strspn(p, " ");
	}
	return best;
}

void suggest_add(void *ctx, const char *word)
{
	struct suggest *g = ctx;
	if (!g->typed || !word || !*word)
		return;
	char *folded = text_fold(word);
	int score = folded ? score_of(g->typed, folded) : WORD_MAX;
	free(folded);
	if (score > limit(strlen(g->typed)) || (g->n && score > g->score[0]))
		return;
	for (size_t i = 0; i < g->n; i++)
		if (strcmp(g->best[i], word) == 0)
			return;
	if (g->n && score < g->score[0]) { /* a nearer one: the others go */
		for (size_t i = 0; i < g->n; i++)
			free(g->best[i]);
		g->n = 0;
	}
	if (g->n < BEST_MAX) {
		g->score[g->n] = score;
		g->best[g->n++] = xstrdup(word);
	}
}

char *suggest_text(const struct suggest *g)
{
	if (g->n == 0)
		return xstrdup("");
	struct strbuf words = {0};
	for (size_t i = 0; i < g->n; i++) {
		if (i) {
			const char *sep = i + 1 < g->n ? ", " : msg_pick(" or ", " o ");
			strbuf_add(&words, sep, strlen(sep));
		}
		/* As it can be typed: a label of several words in double quotes. */
		char *shown = strchr(g->best[i], ' ') ? xasprintf("\"%s\"", g->best[i])
						       : xasprintf(msg_pick("'%s'", "«%s»"), g->best[i]);
		strbuf_add(&words, shown, strlen(shown));
		free(shown);
	}
	char *text = xasprintf(msg(M_DID_YOU_MEAN), words.s);
	free(words.s);
	return text;
}

void suggest_free(struct suggest *g)
{
	free(g->typed);
	for (size_t i = 0; i < g->n; i++)
		free(g->best[i]);
	*g = (struct suggest){0};
}
