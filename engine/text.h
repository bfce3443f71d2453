/*
 * text.h - turns free text into matches of known phrases.
 *
 * Text is normalised (Unicode NFC, case folded, accents stripped), split
 * into words, and each word stemmed for Spanish and for English (Snowball).
 * A phrase matches a run of consecutive words with the same stems, so
 * inflected forms match ("gatos", "GATO" for "gato"). A negator word
 * shortly before a match marks it negated. Function words guess the
 * language of a text; when the guess is sure, only phrases of that language
 * (and of both) are matched.
 *
 * This module holds no word of its own: phrases, negators and function
 * words are given by the caller (they live in the knowledge base).
 *
 * Ownership: text_index_new() returns an index freed by text_index_free();
 * text_find()'s results belong to the index and last until its next call.
 */
#ifndef OFICIO_TEXT_H
#define OFICIO_TEXT_H

#include <stdbool.h>
#include <stddef.h>

enum text_lang { TEXT_ANY = 0, TEXT_ES = 1, TEXT_EN = 2 };

struct text_index;

struct text_match {
	int id;             /* the caller's id of the phrase */
	size_t at;          /* the first word's position in the text (0-based) */
	size_t nwords;
	bool negated;
	size_t start, end;  /* byte offsets of the matched words in the text */
};

struct text_index *text_index_new(void);
void text_index_free(struct text_index *ti);

/* Adds a phrase known by id. Returns 0, or -1 when it holds no word (or
 * is not valid UTF-8). */
int text_add_phrase(struct text_index *ti, const char *phrase, enum text_lang lang, int id);
int text_add_negator(struct text_index *ti, const char *word, enum text_lang lang);
int text_add_function_word(struct text_index *ti, const char *word, enum text_lang lang);

/* Finds the phrases in text (UTF-8; invalid bytes count as spaces). A match
 * inside a longer match is dropped. Sets *lang to the guessed language
 * (TEXT_ANY when unsure). Returns the number of matches. */
size_t text_find(struct text_index *ti, const char *text, size_t len, const struct text_match **out,
		 enum text_lang *lang);

/* The text folded for comparison: NFC, case folded, accents stripped, runs
 * of space made one. Returns a new string, or NULL if text is not UTF-8. */
char *text_fold(const char *text);

#endif
