/*
 * text.c - normalising, splitting, stemming and phrase matching of free
 * text (utf8proc, libstemmer). It knows no word: the caller gives the
 * phrases, negators and function words. It does not touch CLIPS.
 *
 * Each word gets, per language, two keys: the stem of the word with its
 * accents, accents then stripped ("facturación" -> "factur"), and the stem
 * of the word typed without accents ("facturacion" -> "facturacion"). Two
 * words match in a language when they share a key, so accented and
 * unaccented spellings, singular and plural, meet.
 */
#include "text.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "xalloc.h"

/* MATCH_MAX bounds the matches of one text: a text naming things more
 * often than that is not a task description, and each match becomes a fact. */
enum { NLANG = 2, NKEY = 2, NEGATION_REACH = 3, WORD_MAX = 256, MATCH_MAX = 256 };

/* Strings to dense ids, by open addressing. */
struct intern {
	char **strs;
	size_t n, cap;
	int *slots;
	size_t nslots;
};

struct word_keys {
	int form;              /* the folded word without accents */
	int keys[NLANG][NKEY]; /* per language; -1 when unknown */
};

struct phrase {
	int id;
	enum text_lang lang;
	size_t first, n; /* into pwords */
};

struct bucket {
	int *items;
	size_t n, cap;
};

struct text_index {
	struct sb_stemmer *stem[NLANG];
	struct intern words;
	struct word_keys *pwords;
	size_t npwords, cappwords;
	struct phrase *phrases;
	size_t nphrases, capphrases;
	struct bucket *buckets; /* by key id */
	size_t capbuckets;
	unsigned char *negator, *function; /* language masks, by form id */
	size_t capflags;

	/* Keys of words seen in texts, so a word is stemmed once: bounded,
	 * emptied when full, so memory stays flat over any input. */
	struct intern seen;
	struct word_keys *seen_keys;
	size_t capseen;

	/* Scratch for text_find. */
	struct word_keys *twords;
	size_t captwords;
	size_t *tstart, *tend;
	size_t capts, capte;
	struct text_match *matches;
	size_t nmatches, capmatches;
};

/* ---------------------------------------------------------------- intern */

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static void intern_rehash(struct intern *in)
{
	size_t n = in->nslots ? in->nslots * 2 : 1024;
	free(in->slots);
	in->slots = xmalloc(n * sizeof *in->slots);
	for (size_t i = 0; i < n; i++)
		in->slots[i] = -1;
	in->nslots = n;
	for (size_t id = 0; id < in->n; id++) {
		size_t i = hash(in->strs[id]) & (n - 1);
		while (in->slots[i] >= 0)
			i = (i + 1) & (n - 1);
		in->slots[i] = (int)id;
	}
}

/* The id of s; with add, a new id when s is new, else -1. */
static int intern_id(struct intern *in, const char *s, bool add)
{
	if (in->nslots == 0) {
		if (!add)
			return -1;
		intern_rehash(in);
	}
	size_t i = hash(s) & (in->nslots - 1);
	for (; in->slots[i] >= 0; i = (i + 1) & (in->nslots - 1))
		if (strcmp(in->strs[in->slots[i]], s) == 0)
			return in->slots[i];
	if (!add)
		return -1;
	xgrow(&in->strs, &in->cap, in->n + 1, sizeof *in->strs);
	in->strs[in->n] = xstrdup(s);
	in->slots[i] = (int)in->n++;
	if (in->n * 2 > in->nslots)
		intern_rehash(in);
	return (int)in->n - 1;
}

static void intern_free(struct intern *in)
{
	for (size_t i = 0; i < in->n; i++)
		free(in->strs[i]);
	free(in->strs);
	free(in->slots);
}

/* ---------------------------------------------------------- normalising */

static bool is_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* Folds s[0..n) into out (size WORD_MAX): case folded, NFC, and with
 * strip also without accents. Returns false if it does not fit or fails. */
static bool fold_into(const char *s, size_t n, bool strip, char *out)
{
	if (is_ascii(s, n)) {
		if (n >= WORD_MAX)
			return false;
		for (size_t i = 0; i < n; i++)
			out[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
		out[n] = '\0';
		return true;
	}
	utf8proc_uint8_t *mapped = NULL;
	int opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | (strip ? UTF8PROC_STRIPMARK : 0);
	utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &mapped, opts);
	bool ok = r >= 0 && (size_t)r < WORD_MAX;
	if (ok)
		memcpy(out, mapped, (size_t)r + 1);
	free(mapped);
	return ok;
}

char *text_fold(const char *text)
{
	utf8proc_uint8_t *mapped = NULL;
	int opts = UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
		   UTF8PROC_STRIPMARK;
	if (utf8proc_map((const utf8proc_uint8_t *)text, 0, &mapped, opts) < 0)
		return NULL;
	/* Collapse white space and trim. */
	char *out = (char *)mapped, *w = out;
	bool space = true;
	for (char *r = out; *r; r++) {
		bool is_space = *r == ' ' || *r == '\t' || *r == '\n' || *r == '\r';
		if (is_space && space)
			continue;
		*w++ = (char)(is_space ? ' ' : *r);
		space = is_space;
	}
	if (w > out && w[-1] == ' ')
		w--;
	*w = '\0';
	return out;
}

/* Keys of one word; with add, new strings get ids (knowledge), else
 * unknown strings give -1 (user text never grows the tables). */
static void word_keys(struct text_index *ti, const char *s, size_t n, bool add, struct word_keys *wk)
{
	char folded[WORD_MAX], stripped[WORD_MAX], buf[WORD_MAX];
	memset(wk, -1, sizeof *wk);
	if (!fold_into(s, n, false, folded) || !fold_into(s, n, true, stripped))
		return;
	wk->form = intern_id(&ti->words, stripped, add);
	/* Most words have no accent: then both variants are one. */
	int nvariants = strcmp(folded, stripped) == 0 ? 1 : NKEY;
	for (int l = 0; l < NLANG; l++) {
		const char *variants[NKEY] = {folded, stripped};
		for (int k = 0; k < nvariants; k++) {
			const sb_symbol *st = sb_stemmer_stem(ti->stem[l], (const sb_symbol *)variants[k],
							      (int)strlen(variants[k]));
			int len = sb_stemmer_length(ti->stem[l]);
			if (!st || len < 0 || !fold_into((const char *)st, (size_t)len, true, buf))
				continue;
			wk->keys[l][k] = intern_id(&ti->words, buf, add);
		}
	}
}

enum { SEEN_MAX = 1 << 16 };

static void intern_clear(struct intern *in)
{
	for (size_t i = 0; i < in->n; i++)
		free(in->strs[i]);
	in->n = 0;
	for (size_t i = 0; i < in->nslots; i++)
		in->slots[i] = -1;
}

/* word_keys() for a word of user text, through the cache. */
static void text_word_keys(struct text_index *ti, const char *s, size_t n, struct word_keys *wk)
{
	char raw[WORD_MAX];
	if (n >= WORD_MAX) {
		word_keys(ti, s, n, false, wk);
		return;
	}
	memcpy(raw, s, n);
	raw[n] = '\0';
	int id = intern_id(&ti->seen, raw, false);
	if (id >= 0) {
		*wk = ti->seen_keys[id];
		return;
	}
	word_keys(ti, s, n, false, wk);
	if (ti->seen.n >= SEEN_MAX)
		intern_clear(&ti->seen);
	id = intern_id(&ti->seen, raw, true);
	xgrow(&ti->seen_keys, &ti->capseen, (size_t)id + 1, sizeof *ti->seen_keys);
	ti->seen_keys[id] = *wk;
}

/* Calls fn for each word of text: letters, digits and marks. */
static size_t split(const char *text, size_t len, void (*fn)(void *ctx, size_t start, size_t end),
		    void *ctx)
{
	size_t count = 0, start = 0;
	bool in_word = false;
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		size_t step = r > 0 ? (size_t)r : 1;
		bool word = false;
		if (r > 0) {
			utf8proc_category_t c = utf8proc_category(cp);
			word = (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
		}
		if (word && !in_word) {
			start = i;
			in_word = true;
		} else if (!word && in_word) {
			fn(ctx, start, i);
			count++;
			in_word = false;
		}
		i += step;
	}
	if (in_word) {
		fn(ctx, start, len);
		count++;
	}
	return count;
}

/* ------------------------------------------------------------- building */

struct text_index *text_index_new(void)
{
	struct text_index *ti = xcalloc(1, sizeof *ti);
	ti->stem[TEXT_ES - 1] = sb_stemmer_new("spanish", "UTF_8");
	ti->stem[TEXT_EN - 1] = sb_stemmer_new("english", "UTF_8");
	if (!ti->stem[0] || !ti->stem[1]) {
		/* libstemmer without these languages cannot happen on Debian. */
		text_index_free(ti);
		return NULL;
	}
	return ti;
}

void text_index_free(struct text_index *ti)
{
	if (!ti)
		return;
	for (int l = 0; l < NLANG; l++)
		if (ti->stem[l])
			sb_stemmer_delete(ti->stem[l]);
	intern_free(&ti->words);
	intern_free(&ti->seen);
	free(ti->seen_keys);
	for (size_t i = 0; i < ti->capbuckets; i++)
		free(ti->buckets[i].items);
	free(ti->buckets);
	free(ti->pwords);
	free(ti->phrases);
	free(ti->negator);
	free(ti->function);
	free(ti->twords);
	free(ti->tstart);
	free(ti->tend);
	free(ti->matches);
	free(ti);
}

struct collect {
	struct text_index *ti;
	const char *text;
	bool add;
	size_t n;
};

static void collect_word(void *ctx, size_t start, size_t end)
{
	struct collect *c = ctx;
	struct text_index *ti = c->ti;
	if (c->add) {
		xgrow(&ti->pwords, &ti->cappwords, ti->npwords + 1, sizeof *ti->pwords);
		word_keys(ti, c->text + start, end - start, true, &ti->pwords[ti->npwords++]);
	} else {
		xgrow(&ti->twords, &ti->captwords, c->n + 1, sizeof *ti->twords);
		xgrow(&ti->tstart, &ti->capts, c->n + 1, sizeof *ti->tstart);
		xgrow(&ti->tend, &ti->capte, c->n + 1, sizeof *ti->tend);
		text_word_keys(ti, c->text + start, end - start, &ti->twords[c->n]);
		ti->tstart[c->n] = start;
		ti->tend[c->n] = end;
	}
	c->n++;
}

static void grow_flags(struct text_index *ti)
{
	size_t need = ti->words.n;
	if (need <= ti->capflags)
		return;
	size_t old = ti->capflags;
	size_t cap = old;
	xgrow(&ti->negator, &cap, need, 1);
	cap = old;
	xgrow(&ti->function, &cap, need, 1);
	memset(ti->negator + old, 0, cap - old);
	memset(ti->function + old, 0, cap - old);
	ti->capflags = cap;
}

static void bucket_add(struct text_index *ti, int key, int phrase)
{
	if (key < 0)
		return;
	size_t old = ti->capbuckets;
	if ((size_t)key >= old) {
		xgrow(&ti->buckets, &ti->capbuckets, (size_t)key + 1, sizeof *ti->buckets);
		memset(ti->buckets + old, 0, (ti->capbuckets - old) * sizeof *ti->buckets);
	}
	struct bucket *b = &ti->buckets[key];
	if (b->n > 0 && b->items[b->n - 1] == phrase)
		return;
	xgrow(&b->items, &b->cap, b->n + 1, sizeof *b->items);
	b->items[b->n++] = phrase;
}

int text_add_phrase(struct text_index *ti, const char *phrase, enum text_lang lang, int id)
{
	char *folded = text_fold(phrase);
	if (!folded)
		return -1;
	free(folded);
	struct collect c = {.ti = ti, .text = phrase, .add = true};
	size_t first = ti->npwords;
	size_t n = split(phrase, strlen(phrase), collect_word, &c);
	if (n == 0)
		return -1;
	xgrow(&ti->phrases, &ti->capphrases, ti->nphrases + 1, sizeof *ti->phrases);
	int p = (int)ti->nphrases++;
	ti->phrases[p] = (struct phrase){.id = id, .lang = lang, .first = first, .n = n};
	for (int l = 0; l < NLANG; l++)
		if (lang == TEXT_ANY || (int)lang == l + 1)
			for (int k = 0; k < NKEY; k++)
				bucket_add(ti, ti->pwords[first].keys[l][k], p);
	return 0;
}

static int add_flag(struct text_index *ti, const char *word, enum text_lang lang, bool negator)
{
	char stripped[WORD_MAX];
	size_t n = strlen(word);
	if (n == 0 || !fold_into(word, n, true, stripped))
		return -1;
	int id = intern_id(&ti->words, stripped, true);
	grow_flags(ti);
	unsigned char mask = lang == TEXT_ANY ? 3 : (unsigned char)(1u << (lang - 1));
	(negator ? ti->negator : ti->function)[id] |= mask;
	return 0;
}

int text_add_negator(struct text_index *ti, const char *word, enum text_lang lang)
{
	return add_flag(ti, word, lang, true);
}

int text_add_function_word(struct text_index *ti, const char *word, enum text_lang lang)
{
	return add_flag(ti, word, lang, false);
}

/* -------------------------------------------------------------- finding */

static bool share_key(const struct word_keys *a, const struct word_keys *b, int l)
{
	for (int i = 0; i < NKEY; i++)
		for (int j = 0; j < NKEY; j++)
			if (a->keys[l][i] >= 0 && a->keys[l][i] == b->keys[l][j])
				return true;
	return false;
}

static bool flagged(const struct text_index *ti, const unsigned char *flags, int form, unsigned char mask)
{
	return form >= 0 && (size_t)form < ti->capflags && (flags[form] & mask);
}

static bool breaks_scope(const char *text, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (strchr(".;:!?", text[i]))
			return true;
	return false;
}

/* Matches come in the order of their first word; a duplicate can only be
 * among those at the same word (from first_here on). */
static void add_match(struct text_index *ti, size_t first_here, int id, size_t at, size_t n)
{
	for (size_t i = first_here; i < ti->nmatches; i++)
		if (ti->matches[i].id == id && ti->matches[i].nwords == n)
			return;
	xgrow(&ti->matches, &ti->capmatches, ti->nmatches + 1, sizeof *ti->matches);
	ti->matches[ti->nmatches++] = (struct text_match){.id = id, .at = at, .nwords = n};
}

size_t text_find(struct text_index *ti, const char *text, size_t len, const struct text_match **out,
		 enum text_lang *lang)
{
	struct collect c = {.ti = ti, .text = text, .add = false};
	size_t n = split(text, len, collect_word, &c);
	ti->nmatches = 0;

	/* Guess the language by its function words. */
	int count[NLANG] = {0};
	for (size_t i = 0; i < n; i++)
		for (int l = 0; l < NLANG; l++)
			count[l] += flagged(ti, ti->function, ti->twords[i].form, (unsigned char)(1u << l));
	int hi = count[0] >= count[1] ? 0 : 1, lo = 1 - hi;
	bool sure = count[hi] >= 2 && count[hi] >= 3 * count[lo] + 2;
	*lang = sure ? (enum text_lang)(hi + 1) : TEXT_ANY;

	for (size_t i = 0; i < n && ti->nmatches < MATCH_MAX; i++) {
		size_t first_here = ti->nmatches;
		for (int l = 0; l < NLANG; l++) {
			if (sure && l != hi)
				continue;
			for (int k = 0; k < NKEY; k++) {
				int key = ti->twords[i].keys[l][k];
				if (key < 0 || (size_t)key >= ti->capbuckets)
					continue;
				const struct bucket *b = &ti->buckets[key];
				for (size_t j = 0; j < b->n; j++) {
					const struct phrase *p = &ti->phrases[b->items[j]];
					if ((p->lang != TEXT_ANY && (int)p->lang != l + 1) || i + p->n > n)
						continue;
					size_t w = 1;
					while (w < p->n && share_key(&ti->pwords[p->first + w], &ti->twords[i + w], l))
						w++;
					if (w == p->n)
						add_match(ti, first_here, p->id, i, p->n);
				}
			}
		}
	}

	/* Drop a match inside a longer one; mark negated ones. In order of the
	 * first word, a match is inside another when an earlier-starting one
	 * reaches at least as far, or one at the same word is longer. */
	size_t kept = 0, reach = 0;
	for (size_t i = 0; i < ti->nmatches;) {
		size_t at = ti->matches[i].at, group = i, longest = 0, group_reach = reach;
		while (i < ti->nmatches && ti->matches[i].at == at) {
			if (ti->matches[i].nwords > longest)
				longest = ti->matches[i].nwords;
			i++;
		}
		for (size_t g = group; g < i; g++) {
			struct text_match *m = &ti->matches[g];
			size_t end = m->at + m->nwords;
			if (end > reach)
				reach = end;
			if (group_reach >= end || m->nwords < longest)
				continue;
			m->start = ti->tstart[m->at];
			m->end = ti->tend[m->at + m->nwords - 1];
			unsigned char mask = sure ? (unsigned char)(1u << hi) : 3;
			m->negated = false;
			for (size_t back = 1; back <= NEGATION_REACH && back <= m->at && !m->negated; back++) {
				size_t w = m->at - back;
				if (breaks_scope(text, ti->tend[w], m->start))
					break;
				m->negated = flagged(ti, ti->negator, ti->twords[w].form, mask);
			}
			ti->matches[kept++] = *m;
		}
	}
	ti->nmatches = kept;
	*out = ti->matches;
	return kept;
}
