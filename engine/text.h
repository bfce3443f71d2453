/*
 * text.h - reads free text: finds the known phrases in it, and the shape of
 * the statement around them (its clauses, and the word that relates each
 * phrase to the rest, such as "with", "para" or a possessive).
 *
 * Text is normalised (Unicode NFC, case folded, accents stripped for
 * comparison) and split into words. A word of the text meets a phrase word
 * written as it is, or written as one of its lemmas in the language
 * (lemma.h: "atiende" meets "atender"), or with the same Snowball stem
 * where the dictionary does not know the word (or, for a language that
 * asks for it, always: Spanish typed without accents). A phrase matches its
 * words in order, with at most a few other words inside it ("answer all
 * incoming calls" holds "answer calls"), never across a comma or the end
 * of a clause. A match whose words all belong to a longer match is
 * dropped (but see TEXT_PARTY and TEXT_CHANNEL); of two matches on the same words, the one
 * that meets them better (as written, then by lemma, then by stem) is kept. A negator word shortly before a match marks
 * it negated. Function words guess the language of a text (or, failing
 * them, the words only one language's dictionary knows); when the guess is
 * sure, only phrases of that language (and of both) are matched.
 *
 * Clauses: a new one starts at ; : . ! ? a new line or a bullet, at a word
 * that opens one (TEXT_BREAK, "when"), and where an action phrase
 * (TEXT_ACTION) follows a comma or a conjunction after other words
 * ("compute bills, collect payments and make change": three clauses; in
 * "greet, register and seat guests" the actions share their words: one).
 *
 * This module holds no word of its own: phrases, lemmas, dictionaries and
 * the small words of each language are given by the caller (they live in
 * the knowledge base).
 *
 * Ownership: text_index_new() returns an index freed by text_index_free();
 * text_find()'s results belong to the index and last until its next call.
 * Strings given to the index are copied.
 */
#ifndef OFICIO_TEXT_H
#define OFICIO_TEXT_H

#include <stdbool.h>
#include <stddef.h>

enum text_lang { TEXT_ANY = 0, TEXT_ES = 1, TEXT_EN = 2 };

/* How many words before a phrase a negator may stand and negate it. */
enum { TEXT_NEGATION_REACH = 3 };

/* What a small word does in a statement (text_add_word). */
enum text_word {
	TEXT_NEGATOR,     /* negates the phrase within a few words after it */
	TEXT_FUNCTION,    /* common in its language: guesses the language */
	TEXT_CONJUNCTION, /* joins coordinated actions ("and", "y") */
	TEXT_BREAK,       /* opens a new clause ("when", "cuando") */
	TEXT_MARKER,      /* relates the phrase after it (or, for "'", before
			     it) to the action; value: the caller's relation id */
};

/* Phrase flags: what a phrase names, for the shape of the statement.
 * TEXT_ACTION: an action; a clause may start at it, even where a longer
 * phrase hides it ("y lleva las cuentas"). TEXT_PARTY: whom an action deals
 * with; only an action or a party hides a party inside it, so that "escribe
 * a los proveedores" names a duty and still the suppliers. TEXT_CHANNEL:
 * the way of dealing; only another channel hides it ("answer the phone"
 * names the action and the phone). */
enum { TEXT_ACTION = 1, TEXT_PARTY = 2, TEXT_CHANNEL = 4 };

struct text_index;

struct text_match {
	int id;            /* the caller's id of the phrase */
	size_t at;         /* the first word's position in the text (0-based) */
	size_t nwords;     /* words of the text from the first to the last */
	bool negated;
	size_t start, end; /* byte offsets of the first and after the last word */
	int clause;        /* the clause it is in, from 0 */
	int mark;          /* the relation value of its marker word, or -1 */
};

struct text_index *text_index_new(void);
void text_index_free(struct text_index *ti);

/* The Hunspell dictionary of a language (a name such as "es_ES", see
 * lemma.h); stem_known: compare by Snowball stem also the words the
 * dictionary knows. */
void text_set_dictionary(struct text_index *ti, enum text_lang lang, const char *name, bool stem_known);
/* A form the dictionary gets wrong or lacks, and its lemma. */
int text_add_form(struct text_index *ti, enum text_lang lang, const char *form, const char *lemma);
/* A regular ending: a word of the text ending in `ending` may be the word
 * ending in `base` instead ("ies": "y"); with phrases, a phrase word too
 * ("guests" meets "guest"), else not ("staffing" is not "staff"). */
int text_add_ending(struct text_index *ti, enum text_lang lang, const char *ending, const char *base, bool phrases);

/* Adds a phrase known by id (flags: TEXT_ACTION or 0). Returns 0, or -1
 * when it holds no word, too many words, or is not valid UTF-8. */
int text_add_phrase(struct text_index *ti, const char *phrase, enum text_lang lang, int id, unsigned flags);
/* Adds a small word of a kind (value: a marker's relation id). Returns 0,
 * or -1 when it is not one word. */
int text_add_word(struct text_index *ti, const char *word, enum text_lang lang, enum text_word kind, int value);

/* Whether the dictionaries named can be found, without reading them.
 * Returns TEXT_ANY when they all can, else the language of one that cannot
 * (text_error() says where it was looked for). */
enum text_lang text_find_dictionaries(struct text_index *ti);

/* Takes over the dictionaries from (an older index, or NULL) has open when
 * ti names the same ones and their files have not changed, so that the
 * index made again after a reset or a load does not read them again. */
void text_take_dictionaries(struct text_index *ti, struct text_index *from);

/* Builds what the phrases need (opens the dictionaries): done by the first
 * text_find() otherwise. Returns 0, or -1 when a dictionary is missing
 * (text_error() says which; the index then compares those words by stem). */
int text_prepare(struct text_index *ti);
const char *text_error(const struct text_index *ti);

/* Finds the phrases in text (UTF-8; invalid bytes count as spaces). Sets
 * *lang to the guessed language (TEXT_ANY when unsure). Returns the number
 * of matches, in the order of their first word. */
size_t text_find(struct text_index *ti, const char *text, size_t len, const struct text_match **out,
		 enum text_lang *lang);

/* The text folded for comparison: NFC, case folded, accents stripped, runs
 * of space made one. Returns a new string, or NULL if text is not UTF-8. */
char *text_fold(const char *text);

/* The words of s[0..n), folded as text_fold() folds them, with one space
 * between each and one around them all and punctuation dropped (" what you
 * ll do "): a phrase's words are among a text's, in order, when the one
 * string is in the other. Returns a new string (" " for no word or text
 * that is not UTF-8). */
char *text_words(const char *s, size_t n);

/* The length of the longest prefix of s[0..n) that is valid UTF-8: n when
 * all of it is. */
size_t text_utf8_end(const char *s, size_t n);

#endif
