/*
 * keys.c - the keys a word is compared by (libstemmer, and Hunspell
 * through lemma.h), and the cache of the words of texts already read.
 *
 * Words are compared by keys, interned strings: a word's form (folded,
 * accents stripped), its lemmas (likewise), and "~" plus its Snowball stem
 * (of the word with and without its accents). A phrase word has the keys
 * it may meet: itself when it is a dictionary form, else its lemmas, and
 * its stems when the dictionary does not know it (or the language asks for
 * stems). A word of the text has all of its own, and its stems when the
 * dictionary does not know it (or the language asks). They match when they
 * share a key.
 *
 * It knows no word (the dictionaries, forms and endings are the index's),
 * does not find the words of a text (words.c) and does not match them
 * (text.c).
 */
#include "text_index.h"

#include <libstemmer.h>
#include <string.h>

#include "intern.h"
#include "lemma.h"
#include "xalloc.h"

static void keyset_add(struct keyset *k, int id)
{
	if (id < 0)
		return;
	for (unsigned i = 0; i < k->n; i++)
		if (k->v[i] == id)
			return;
	if (k->n < MAXKEY)
		k->v[k->n++] = id;
}

struct lemma_ctx {
	struct text_index *ti;
	bool add; /* lemmas of text words never add strings */
	struct keyset *keys;
};

static void on_lemma(void *ctx, const char *lemma)
{
	struct lemma_ctx *c = ctx;
	char buf[WORD_MAX];
	if (fold_into(lemma, strlen(lemma), true, buf))
		keyset_add(c->keys, intern_id(&c->ti->words, buf, c->add));
}

/* Adds "~" and the Snowball stem of each variant of the word. */
static void add_stems(struct text_index *ti, int l, const char *folded, const char *stripped, bool add,
		      struct keyset *keys)
{
	const char *variants[2] = {folded, stripped};
	int nvariants = strcmp(folded, stripped) == 0 ? 1 : 2;
	for (int k = 0; k < nvariants; k++) {
		const sb_symbol *st = sb_stemmer_stem(ti->stem[l], (const sb_symbol *)variants[k],
						      (int)strlen(variants[k]));
		int len = sb_stemmer_length(ti->stem[l]);
		char buf[1 + WORD_MAX]; /* "~" and a folded stem */
		buf[0] = '~';
		if (st && len >= 0 && fold_into((const char *)st, (size_t)len, true, buf + 1) && strlen(buf) < WORD_MAX)
			keyset_add(keys, intern_id(&ti->words, buf, add));
	}
}

/* Adds the bases its endings lead to ("guests": guest); with add, as new
 * strings, else only those the index holds (the words of the text need no
 * other: they could meet nothing). */
static void add_bases(struct text_index *ti, int l, const char *word, bool add, struct keyset *k)
{
	size_t len = strlen(word);
	for (size_t e = 0; e < ti->nendings[l]; e++) {
		const struct ending *en = &ti->endings[l][e];
		if (add && !en->phrases)
			continue;
		size_t bl = strlen(en->base);
		if (len <= en->len + 1 || len - en->len + bl >= WORD_MAX || strcmp(word + len - en->len, en->ending) != 0)
			continue;
		char base[WORD_MAX];
		memcpy(base, word, len - en->len);
		memcpy(base + len - en->len, en->base, bl + 1);
		keyset_add(k, intern_id(&ti->words, base, add));
	}
}

/* The keys of one word in language l (wk->form is read). A phrase word
 * (new strings get ids: this is knowledge) offers its form, its bases and
 * its stems. A word of the text (unknown strings are left out: user text
 * never grows the tables) offers its form, its lemmas, its bases and, where
 * its language asks or its dictionary does not know it, its stems; a
 * phrase word's stems meet only those. */
static void read_lang(struct text_index *ti, int l, const char *folded, const char *stripped, bool phrase,
		      struct word_keys *wk)
{
	struct keyset *k = &wk->keys[l];
	k->n = 0;
	keyset_add(k, wk->form);
	size_t known = 0;
	if (!phrase) {
		struct lemma_ctx c = {ti, false, k};
		known = lemma_each(ti->lemma[l], folded, on_lemma, &c);
	}
	wk->known[l] = known > 0;
	add_bases(ti, l, stripped, phrase, k);
	if (phrase || known == 0 || ti->stem_known[l])
		add_stems(ti, l, folded, stripped, phrase, k);
	wk->done |= (unsigned char)(1u << l);
}

/* Reads a word's form, and its keys in the languages of mask. */
void word_keys(struct text_index *ti, const char *s, size_t n, bool phrase, unsigned mask, struct word_keys *wk)
{
	char folded[WORD_MAX], stripped[WORD_MAX];
	memset(wk, 0, sizeof *wk);
	wk->form = -1;
	if (!fold_into(s, n, false, folded) || !fold_into(s, n, true, stripped)) {
		wk->done = 3;
		return;
	}
	wk->form = intern_id(&ti->words, stripped, phrase);
	for (int l = 0; l < NLANG; l++)
		if (mask & (1u << l))
			read_lang(ti, l, folded, stripped, phrase, wk);
}

/* The keys of a word of user text in the languages of mask, through the
 * cache: a word is read once, and in a language only when a text needs it. */
void text_word_keys(struct text_index *ti, const char *s, size_t n, unsigned mask, struct word_keys *wk)
{
	char raw[WORD_MAX];
	if (n >= WORD_MAX) {
		word_keys(ti, s, n, false, 3, wk);
		return;
	}
	memcpy(raw, s, n);
	raw[n] = '\0';
	int id = intern_id(&ti->seen, raw, false);
	if (id < 0) {
		if (ti->seen.n >= SEEN_MAX)
			intern_clear(&ti->seen);
		word_keys(ti, s, n, false, mask, wk);
		id = intern_id(&ti->seen, raw, true);
		xgrow(&ti->seen_keys, &ti->capseen, (size_t)id + 1, sizeof *ti->seen_keys);
		ti->seen_keys[id] = *wk;
		return;
	}
	struct word_keys *cached = &ti->seen_keys[id];
	if ((cached->done & mask) != mask) {
		char folded[WORD_MAX], stripped[WORD_MAX];
		if (fold_into(s, n, false, folded) && fold_into(s, n, true, stripped))
			for (int l = 0; l < NLANG; l++)
				if ((mask & (1u << l)) && !(cached->done & (1u << l)))
					read_lang(ti, l, folded, stripped, false, cached);
	}
	*wk = *cached;
}
