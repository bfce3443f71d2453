/*
 * lemma.h - the dictionary forms (lemmas) of a word in one language, from a
 * Hunspell dictionary ("atiende" -> atender, "receipts" -> receipt), with the
 * forms the knowledge lists itself ("sold" -> sell) taking precedence.
 *
 * A dictionary is named, not located, by its caller ("es_ES"): it is looked
 * for as NAME.aff and NAME.dic in the folders of $OFICIO_DICTIONARIES
 * (colon-separated), then /usr/share/hunspell and /usr/share/myspell/dicts.
 * It is opened on first use, so that what never reads text never pays for
 * it. An analysis Hunspell reaches by stripping a prefix ("invoiced" ->
 * voice, "incoming" -> come) is not taken: a word with only such analyses
 * counts as unknown. This module knows no word of any language.
 *
 * Ownership: lemma_new() returns a lemmatizer freed by lemma_free(). The
 * strings given to lemma_add_form() and lemma_set_dictionary() are copied. Lemmas reach
 * the caller through a callback, valid during the call only.
 */
#ifndef OFICIO_LEMMA_H
#define OFICIO_LEMMA_H

#include <stdbool.h>
#include <stddef.h>

struct lemmatizer;

/* A lemmatizer with no dictionary: it knows only the forms listed. */
struct lemmatizer *lemma_new(void);
void lemma_free(struct lemmatizer *lz);

/* Names its dictionary ("es_ES"; "" for none), closing one already open. */
void lemma_set_dictionary(struct lemmatizer *lz, const char *name);

/* Says that form (a word, case-folded) has this lemma; a form listed once
 * or more has exactly the lemmas listed, whatever the dictionary says. */
void lemma_add_form(struct lemmatizer *lz, const char *form, const char *lemma);


/* Whether the dictionary's files can be found (without reading them).
 * Returns 0, or -1 (lemma_error() says where it was looked for). */
int lemma_find(struct lemmatizer *lz);

/* Opens the dictionary now if it is not open yet. Returns 0 (also when no
 * dictionary is named), or -1 when it cannot be found or read
 * (lemma_error() says why; the lemmatizer then knows only its forms). */
int lemma_open(struct lemmatizer *lz);
const char *lemma_error(const struct lemmatizer *lz);

/* Moves from's open dictionary to lz, which has not opened its own, when
 * both name the same one and its files, found again, are those from read,
 * unchanged (same file, size and time): reading a dictionary takes a tenth
 * of a second, and knowledge read again after a reset names the same. */
void lemma_take_dictionary(struct lemmatizer *lz, struct lemmatizer *from);

/* Calls fn with each lemma of word (UTF-8, case-folded): the listed forms,
 * or else the dictionary's analyses without a prefix. Returns the number of
 * lemmas given: 0 when the word is unknown. */
size_t lemma_each(struct lemmatizer *lz, const char *word, void (*fn)(void *ctx, const char *lemma), void *ctx);

#endif
