/*
 * text_index.h - private to the text files: the struct text_index they
 * share, the words, phrases and matches it holds, and what each file
 * offers the others. No other file includes it; the rest of oficio knows
 * the reading of text by text.h alone.
 *
 * The files, each calling only those listed before it (and intern.h,
 * lemma.h, xalloc.h), with the parts of struct text_index each one writes:
 *
 *   fold.c    what a word is folded to for comparison (fold_into());
 *             whether text is UTF-8 (utf8_valid());
 *             text_fold(). Writes nothing of the index.
 *   words.c   a text cut into words, and what separates each from the
 *             one before (split_words()). Writes nothing of the index.
 *   keys.c    the keys a word is compared by: its form, lemmas, bases and
 *             stems (the strings of phrase words join words), and the
 *             cache of the words of texts (seen, seen_keys)
 *   parts.c   the shape of a statement around the matches: its clauses
 *             (clause), the marker that relates a match, the items of a
 *             list, negation
 *   text.c    the index: made and freed, given dictionaries, forms,
 *             endings, phrases and small words (stem, lemma, stem_known,
 *             endings, built, error, words, pwords, phrases, buckets,
 *             info; seen emptied when the knowledge changes); text_find()
 *             and its scratch (twords, tstart, tend, sep, owner, reach_at,
 *             found, matches)
 *
 * Who frees what: all that struct text_index holds is the index's, freed by
 * text_index_free() (text.c). The matches text_find() returns are its
 * scratch, valid until its next call.
 */
#ifndef OFICIO_TEXT_INDEX_H
#define OFICIO_TEXT_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "intern.h"
#include "text.h"

struct sb_stemmer;
struct lemmatizer;
/* MATCH_MAX bounds the matches of one text: a text naming things more
 * often than that is not a task description, and each match becomes a fact.
 * A phrase of PHRASE_MAX words with GAP_MAX words inside each gap spans at
 * most 61 words: a 64-bit mask holds which of them it took. MARKS_MAX
 * caps a run of combining marks, as Unicode's stream-safe format does. */
enum {
	NLANG = 2,
	MAXKEY = 8,
	NEGATION_REACH = TEXT_NEGATION_REACH,
	MARK_REACH = 4,
	GAP_MAX = 3,
	PHRASE_MAX = 16,
	WORD_MAX = 256,
	MATCH_MAX = 256,
	MARKS_MAX = 30,
	JOIN_REACH = 4,
	SEEN_MAX = 1 << 16,
};

/* What separates a word from the one before it (and, for SEP_APOS_AFTER,
 * what follows the word). */
enum { SEP_COMMA = 1, SEP_BREAK = 2, SEP_PAREN = 4, SEP_APOS_AFTER = 8 };

struct keyset {
	int v[MAXKEY];
	unsigned char n;
};

struct word_keys {
	int form; /* the folded word without accents; -1 when not in the index */
	struct keyset keys[NLANG];
	bool known[NLANG];  /* the language's dictionary knows the word */
	unsigned char done; /* the languages whose keys are read (a mask) */
};

/* A regular ending and what it stands for in the word's base. */
struct ending {
	char *ending, *base;
	size_t len;
	bool phrases; /* phrase words take this base too */
};

struct phrase {
	int id;
	enum text_lang lang;
	unsigned flags;
	char *text;      /* until the index is built */
	size_t first, n; /* into pwords, once built */
};

struct bucket {
	int *items;
	size_t n, cap;
};

/* What a small word does, by form id. */
struct wordinfo {
	unsigned char negator, function, conjunction, brk; /* language masks */
	int marker[NLANG];                                  /* value + 1, or 0 */
};

/* A match while it is being found. */
struct found {
	int phrase;
	size_t at, last;
	uint64_t mask; /* the words it took, from at */
	size_t exact;  /* words met as written */
	bool dropped;
};

struct text_index {
	struct sb_stemmer *stem[NLANG];
	struct lemmatizer *lemma[NLANG];
	bool stem_known[NLANG];
	struct ending *endings[NLANG];
	size_t nendings[NLANG];
	bool built;
	char *error;

	struct intern words; /* forms and keys */
	struct word_keys *pwords;
	size_t npwords, cappwords;
	struct phrase *phrases;
	size_t nphrases, capphrases;
	struct bucket *buckets; /* by key id */
	size_t capbuckets;
	struct wordinfo *info; /* by form id */
	size_t capinfo;

	/* Keys of words seen in texts, so a word is read once: bounded,
	 * emptied when full, so memory stays flat over any input. */
	struct intern seen;
	struct word_keys *seen_keys;
	size_t capseen;

	/* Scratch for text_find. */
	struct word_keys *twords;
	size_t captwords;
	size_t *tstart, *tend;
	size_t capts, capte;
	unsigned char *sep;
	size_t capsep;
	int *clause, *owner;
	size_t capclause, capowner;
	size_t *reach_at; /* 1 + the last word of the longest kept match
			     that begins at the word; 0: none begins there */
	size_t capreach_at;
	struct found *found;
	size_t nfound, capfound;
	struct text_match *matches;
	size_t capmatches;
};

/* A form's entry in the table of small words; NULL past its end. */
static inline const struct wordinfo *info_of(const struct text_index *ti, int form)
{
	return form >= 0 && (size_t)form < ti->capinfo ? &ti->info[form] : NULL;
}

static inline bool flagged(unsigned char flags, unsigned char mask) { return (flags & mask) != 0; }

/* ----------------------------------------------------------- fold.c */

/* Folds s[0..n) into out (size WORD_MAX): case folded, NFC, and with
 * strip also without accents. Returns false if it does not fit or fails. */
bool fold_into(const char *s, size_t n, bool strip, char *out);
/* Is s[0..n) valid UTF-8 (what text_fold() and utf8proc accept)? */
bool utf8_valid(const char *s, size_t n);

/* ---------------------------------------------------------- words.c */

/* Calls fn for each word of text (letters, digits and marks) with what
 * separates it from the word before (SEP_COMMA, SEP_BREAK, SEP_PAREN), and
 * SEP_APOS_AFTER when an apostrophe follows it. Returns the words. */
size_t split_words(const char *text, size_t len, void (*fn)(void *ctx, size_t start, size_t end, unsigned sep),
		   void *ctx);

/* ----------------------------------------------------------- keys.c */

static inline bool keyset_has(const struct keyset *k, int id)
{
	for (unsigned i = 0; i < k->n; i++)
		if (k->v[i] == id)
			return true;
	return false;
}

/* Reads a word's form, and its keys in the languages of mask: of a phrase
 * word (its strings join words) or, with phrase false, of a word of user
 * text (it adds no string). */
void word_keys(struct text_index *ti, const char *s, size_t n, bool phrase, unsigned mask, struct word_keys *wk);
/* The keys of a word of user text in the languages of mask, through the
 * cache: a word is read once, and in a language only when a text needs it. */
void text_word_keys(struct text_index *ti, const char *s, size_t n, unsigned mask, struct word_keys *wk);

/* ---------------------------------------------------------- parts.c */

/* Numbers the clauses of the n words of the text (clause), from the
 * matches found and which are kept (found, owner, reach_at). */
void find_clauses(struct text_index *ti, size_t n, unsigned char mask);
/* The relation value of a kept match's marker word, or -1 (lang_index:
 * the language's, or -1 for any; apostrophe: the form id of "'"). */
int find_mark(const struct text_index *ti, const struct found *f, int lang_index, int apostrophe);
/* Is b an item of the list a belongs to? */
bool coordinated(const struct text_index *ti, const struct found *a, const struct found *b, unsigned char mask);
/* Is a kept match negated by a negator shortly before it? */
bool find_negation(const struct text_index *ti, const struct found *f, unsigned char mask);

#endif
