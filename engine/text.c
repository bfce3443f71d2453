/*
 * text.c - phrase matching of free text (libstemmer, and Hunspell through
 * lemma.h); words are folded by fold.c, found by words.c, compared by the
 * keys of keys.c, and the clauses and relation words around each match
 * are parts.c's. It knows no word: the caller gives the phrases,
 * dictionaries and small words. It does not touch CLIPS.
 *
 * The index is built on first use, as it may open the dictionaries.
 */
#include "text_index.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "intern.h"
#include "lemma.h"
#include "xalloc.h"

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
	for (int l = 0; l < NLANG; l++)
		ti->lemma[l] = lemma_new();
	return ti;
}

void text_index_free(struct text_index *ti)
{
	if (!ti)
		return;
	for (int l = 0; l < NLANG; l++) {
		if (ti->stem[l])
			sb_stemmer_delete(ti->stem[l]);
		lemma_free(ti->lemma[l]);
		for (size_t e = 0; e < ti->nendings[l]; e++) {
			free(ti->endings[l][e].ending);
			free(ti->endings[l][e].base);
		}
		free(ti->endings[l]);
	}
	intern_free(&ti->words);
	intern_free(&ti->seen);
	free(ti->seen_keys);
	for (size_t i = 0; i < ti->capbuckets; i++)
		free(ti->buckets[i].items);
	free(ti->buckets);
	free(ti->pwords);
	for (size_t i = 0; i < ti->nphrases; i++)
		free(ti->phrases[i].text);
	free(ti->phrases);
	free(ti->info);
	free(ti->error);
	free(ti->twords);
	free(ti->tstart);
	free(ti->tend);
	free(ti->sep);
	free(ti->clause);
	free(ti->owner);
	free(ti->reach_at);
	free(ti->found);
	free(ti->matches);
	free(ti);
}

/* What the seen cache holds was read with the old knowledge. */
static void forget_seen(struct text_index *ti) { intern_clear(&ti->seen); }

void text_set_dictionary(struct text_index *ti, enum text_lang lang, const char *name, bool stem_known)
{
	for (int l = 0; l < NLANG; l++) {
		if (lang != TEXT_ANY && (int)lang != l + 1)
			continue;
		lemma_set_dictionary(ti->lemma[l], name);
		ti->stem_known[l] = stem_known;
	}
	ti->built = false;
	forget_seen(ti);
}

int text_add_form(struct text_index *ti, enum text_lang lang, const char *form, const char *lemma)
{
	char f[WORD_MAX], l[WORD_MAX];
	size_t n = strlen(form), m = strlen(lemma);
	if (n == 0 || m == 0 || !fold_into(form, n, false, f) || !fold_into(lemma, m, false, l))
		return -1;
	for (int i = 0; i < NLANG; i++)
		if (lang == TEXT_ANY || (int)lang == i + 1)
			lemma_add_form(ti->lemma[i], f, l);
	ti->built = false;
	forget_seen(ti);
	return 0;
}

int text_add_ending(struct text_index *ti, enum text_lang lang, const char *ending, const char *base, bool phrases)
{
	char e[WORD_MAX], b[WORD_MAX];
	size_t n = strlen(ending), m = strlen(base);
	if (n == 0 || !fold_into(ending, n, true, e) || (m > 0 && !fold_into(base, m, true, b)))
		return -1;
	if (m == 0)
		b[0] = '\0';
	for (int l = 0; l < NLANG; l++) {
		if (lang != TEXT_ANY && (int)lang != l + 1)
			continue;
		ti->endings[l] = xrealloc(ti->endings[l], (ti->nendings[l] + 1) * sizeof *ti->endings[l]);
		ti->endings[l][ti->nendings[l]++] = (struct ending){xstrdup(e), xstrdup(b), strlen(e), phrases};
	}
	ti->built = false;
	forget_seen(ti);
	return 0;
}

struct collect {
	struct text_index *ti;
	const char *text;
	bool phrase;
	size_t n;
};

static void collect_word(void *ctx, size_t start, size_t end, unsigned sep)
{
	struct collect *c = ctx;
	struct text_index *ti = c->ti;
	if (c->phrase) {
		xgrow(&ti->pwords, &ti->cappwords, ti->npwords + 1, sizeof *ti->pwords);
		word_keys(ti, c->text + start, end - start, true, 3, &ti->pwords[ti->npwords++]);
	} else {
		size_t i = c->n;
		xgrow(&ti->twords, &ti->captwords, i + 1, sizeof *ti->twords);
		xgrow(&ti->tstart, &ti->capts, i + 1, sizeof *ti->tstart);
		xgrow(&ti->tend, &ti->capte, i + 1, sizeof *ti->tend);
		xgrow(&ti->sep, &ti->capsep, i + 1, sizeof *ti->sep);
		text_word_keys(ti, c->text + start, end - start, 0, &ti->twords[i]);
		ti->tstart[i] = start;
		ti->tend[i] = end;
		ti->sep[i] = (unsigned char)sep;
	}
	c->n++;
}

static void count_word(void *ctx, size_t start, size_t end, unsigned sep)
{
	(void)ctx;
	(void)start;
	(void)end;
	(void)sep;
}

static void grow_info(struct text_index *ti)
{
	size_t old = ti->capinfo;
	if (ti->words.n <= old)
		return;
	xgrow(&ti->info, &ti->capinfo, ti->words.n, sizeof *ti->info);
	memset(ti->info + old, 0, (ti->capinfo - old) * sizeof *ti->info);
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
	for (size_t i = 0; i < b->n; i++)
		if (b->items[i] == phrase)
			return;
	xgrow(&b->items, &b->cap, b->n + 1, sizeof *b->items);
	b->items[b->n++] = phrase;
}

/* Reads a phrase's words into pwords and files it under its first word. */
static void index_phrase(struct text_index *ti, int p)
{
	struct phrase *ph = &ti->phrases[p];
	struct collect c = {.ti = ti, .text = ph->text, .phrase = true};
	ph->first = ti->npwords;
	split_words(ph->text, strlen(ph->text), collect_word, &c);
	ph->n = c.n;
	for (int l = 0; l < NLANG; l++)
		if (ph->lang == TEXT_ANY || (int)ph->lang == l + 1)
			for (unsigned k = 0; k < ti->pwords[ph->first].keys[l].n; k++)
				bucket_add(ti, ti->pwords[ph->first].keys[l].v[k], p);
}

int text_prepare(struct text_index *ti)
{
	if (ti->built)
		return ti->error ? -1 : 0;
	free(ti->error);
	ti->error = NULL;
	for (int l = 0; l < NLANG; l++)
		if (lemma_open(ti->lemma[l]) != 0 && !ti->error)
			ti->error = xstrdup(lemma_error(ti->lemma[l]));
	/* The keys of phrases depend on the dictionaries: read them all again. */
	for (size_t i = 0; i < ti->capbuckets; i++)
		ti->buckets[i].n = 0;
	ti->npwords = 0;
	for (size_t p = 0; p < ti->nphrases; p++)
		index_phrase(ti, (int)p);
	grow_info(ti);
	forget_seen(ti);
	ti->built = true;
	return ti->error ? -1 : 0;
}

const char *text_error(const struct text_index *ti) { return ti->error ? ti->error : ""; }

enum text_lang text_find_dictionaries(struct text_index *ti)
{
	for (int l = 0; l < NLANG; l++)
		if (lemma_find(ti->lemma[l]) != 0) {
			free(ti->error);
			ti->error = xstrdup(lemma_error(ti->lemma[l]));
			return (enum text_lang)(l + 1);
		}
	return TEXT_ANY;
}

void text_take_dictionaries(struct text_index *ti, struct text_index *from)
{
	if (from)
		for (int l = 0; l < NLANG; l++)
			lemma_take_dictionary(ti->lemma[l], from->lemma[l]);
}

int text_add_phrase(struct text_index *ti, const char *phrase, enum text_lang lang, int id, unsigned flags)
{
	size_t len = strlen(phrase);
	if (!utf8_valid(phrase, len))
		return -1;
	size_t n = split_words(phrase, len, count_word, NULL);
	if (n == 0 || n > PHRASE_MAX)
		return -1;
	xgrow(&ti->phrases, &ti->capphrases, ti->nphrases + 1, sizeof *ti->phrases);
	int p = (int)ti->nphrases++;
	ti->phrases[p] = (struct phrase){.id = id, .lang = lang, .flags = flags, .text = xstrdup(phrase)};
	if (ti->built) {
		index_phrase(ti, p);
		grow_info(ti);
		forget_seen(ti);
	}
	return 0;
}

int text_add_word(struct text_index *ti, const char *word, enum text_lang lang, enum text_word kind, int value)
{
	char stripped[WORD_MAX];
	size_t n = strlen(word);
	if (n == 0 || !fold_into(word, n, true, stripped) || strchr(stripped, ' '))
		return -1;
	int id = intern_id(&ti->words, stripped, true);
	grow_info(ti);
	forget_seen(ti);
	struct wordinfo *w = &ti->info[id];
	unsigned char mask = lang == TEXT_ANY ? 3 : (unsigned char)(1u << (lang - 1));
	switch (kind) {
	case TEXT_NEGATOR:
		w->negator |= mask;
		break;
	case TEXT_FUNCTION:
		w->function |= mask;
		break;
	case TEXT_CONJUNCTION:
		w->conjunction |= mask;
		break;
	case TEXT_BREAK:
		w->brk |= mask;
		break;
	case TEXT_MARKER:
		for (int l = 0; l < NLANG; l++)
			if (mask & (1u << l))
				w->marker[l] = value + 1;
		break;
	}
	return 0;
}

/* -------------------------------------------------------------- finding */

static bool share_key(const struct word_keys *p, const struct word_keys *t, int l)
{
	for (unsigned i = 0; i < p->keys[l].n; i++)
		if (keyset_has(&t->keys[l], p->keys[l].v[i]))
			return true;
	return false;
}

/* How well a phrase word meets a word of the text: 2 as written, 1 by one
 * of its lemmas, 0 by stem only. */
static size_t quality(const struct text_index *ti, const struct word_keys *p, const struct word_keys *t, int l)
{
	if (p->form >= 0 && p->form == t->form)
		return 2;
	for (unsigned i = 0; i < p->keys[l].n; i++)
		if (keyset_has(&t->keys[l], p->keys[l].v[i]) && intern_str(&ti->words, p->keys[l].v[i])[0] != '~')
			return 1;
	return 0;
}

/* A word a gap inside a phrase may not hold: one that joins, relates or
 * opens another part of the statement. */
static bool stops_gap(const struct text_index *ti, size_t j, unsigned char mask)
{
	const struct wordinfo *w = info_of(ti, ti->twords[j].form);
	if (!w)
		return false;
	if ((w->conjunction | w->brk) & mask)
		return true;
	for (int l = 0; l < NLANG; l++)
		if ((mask & (1u << l)) && w->marker[l])
			return true;
	return false;
}

/* Matches phrase p from text word i in language l: fills the words it
 * takes (a mask from i) and how well it meets them. */
static bool match_at(const struct text_index *ti, const struct phrase *p, size_t i, size_t nwords, int l,
		     unsigned char mask, uint64_t *taken, size_t *exact, size_t *last)
{
	const struct word_keys *pw = &ti->pwords[p->first];
	size_t at = i;
	*taken = 1;
	*exact = quality(ti, &pw[0], &ti->twords[i], l);
	for (size_t w = 1; w < p->n; w++) {
		size_t j = at + 1;
		bool found = false;
		/* After a function word ("el", "the") the phrase goes on at once. */
		const struct wordinfo *fw = info_of(ti, pw[w - 1].form);
		size_t gap = fw && (fw->function & mask) ? 0 : GAP_MAX;
		for (; j < nwords && j <= at + 1 + gap; j++) {
			/* Never across the end of a clause; a gap not across a
			 * comma, a parenthesis or a word that stops it. */
			if ((ti->sep[j] & SEP_BREAK) || (j > at + 1 && stops_gap(ti, j - 1, mask)))
				break;
			if (j > at + 1 && (ti->sep[j] & (SEP_COMMA | SEP_PAREN)))
				break;
			if (j == at + 1 && (ti->sep[j] & SEP_COMMA))
				break;
			if (share_key(&pw[w], &ti->twords[j], l)) {
				found = true;
				break;
			}
		}
		if (!found)
			return false;
		*taken |= (uint64_t)1 << (j - i);
		*exact += quality(ti, &pw[w], &ti->twords[j], l);
		at = j;
	}
	*last = at;
	return true;
}

static void add_found(struct text_index *ti, int p, size_t at, size_t last, uint64_t mask, size_t exact)
{
	for (size_t k = ti->nfound; k-- > 0 && ti->found[k].at == at;) {
		struct found *f = &ti->found[k];
		if (ti->phrases[f->phrase].id == ti->phrases[p].id && f->mask == mask) {
			if (exact > f->exact)
				f->exact = exact;
			return;
		}
	}
	xgrow(&ti->found, &ti->capfound, ti->nfound + 1, sizeof *ti->found);
	ti->found[ti->nfound++] = (struct found){.phrase = p, .at = at, .last = last, .mask = mask, .exact = exact};
}

/* Does a hide b: b's words all among a's, and a is longer or, on the same
 * words, meets more of them as written? */
static bool hides(const struct text_index *ti, const struct found *a, const struct found *b)
{
	if (a->at > b->at || a->last < b->last || b->at - a->at >= 64)
		return false;
	uint64_t bm = b->mask << (b->at - a->at);
	if ((bm & a->mask) != bm)
		return false;
	size_t na = ti->phrases[a->phrase].n, nb = ti->phrases[b->phrase].n;
	if (na == nb)
		return bm == a->mask && a->exact > b->exact;
	unsigned fa = ti->phrases[a->phrase].flags, fb = ti->phrases[b->phrase].flags;
	if ((fb & TEXT_PARTY) && !(fa & (TEXT_ACTION | TEXT_PARTY)))
		return false;
	if ((fb & TEXT_CHANNEL) && !(fa & TEXT_CHANNEL))
		return false;
	return na > nb;
}

static void drop_hidden(struct text_index *ti)
{
	for (size_t j = 0; j < ti->nfound; j++) {
		struct found *b = &ti->found[j];
		/* Those that may hide b start at most 63 words before it. */
		for (size_t i = j; i-- > 0 && ti->found[i].at + 64 > b->at && !b->dropped;)
			b->dropped = hides(ti, &ti->found[i], b);
		for (size_t i = j + 1; i < ti->nfound && ti->found[i].at == b->at && !b->dropped; i++)
			b->dropped = hides(ti, &ti->found[i], b);
	}
}

/* Word i of text has its keys in the languages of mask. */
static void ensure_keys(struct text_index *ti, const char *text, size_t i, unsigned mask)
{
	if ((ti->twords[i].done & mask) != mask)
		text_word_keys(ti, text + ti->tstart[i], ti->tend[i] - ti->tstart[i], mask, &ti->twords[i]);
}

size_t text_find(struct text_index *ti, const char *text, size_t len, const struct text_match **out,
		 enum text_lang *lang)
{
	if (!ti->built)
		text_prepare(ti);
	struct collect c = {.ti = ti, .text = text};
	size_t n = split_words(text, len, collect_word, &c);
	ti->nfound = 0;

	/* Guess the language by its function words. */
	int count[NLANG] = {0};
	for (size_t i = 0; i < n; i++) {
		const struct wordinfo *w = info_of(ti, ti->twords[i].form);
		for (int l = 0; l < NLANG && w; l++)
			count[l] += flagged(w->function, (unsigned char)(1u << l));
	}
	int hi = count[0] >= count[1] ? 0 : 1, lo = 1 - hi;
	bool sure = count[hi] >= 2 && count[hi] >= 3 * count[lo] + 2;
	if (!sure) {
		/* Else by the words only one language's dictionary knows. */
		int only[NLANG] = {0};
		for (size_t i = 0; i < n; i++) {
			ensure_keys(ti, text, i, 3);
			for (int l = 0; l < NLANG; l++)
				only[l] += ti->twords[i].known[l] && !ti->twords[i].known[1 - l];
		}
		hi = only[0] >= only[1] ? 0 : 1;
		lo = 1 - hi;
		sure = only[hi] >= 2 && only[hi] >= 2 * only[lo] + 1;
	}
	*lang = sure ? (enum text_lang)(hi + 1) : TEXT_ANY;
	unsigned char mask = sure ? (unsigned char)(1u << hi) : 3;
	for (size_t i = 0; i < n; i++)
		ensure_keys(ti, text, i, mask);

	for (size_t i = 0; i < n && ti->nfound < MATCH_MAX; i++) {
		for (int l = 0; l < NLANG; l++) {
			if (sure && l != hi)
				continue;
			const struct keyset *keys = &ti->twords[i].keys[l];
			for (unsigned k = 0; k < keys->n; k++) {
				int key = keys->v[k];
				if ((size_t)key >= ti->capbuckets)
					continue;
				const struct bucket *b = &ti->buckets[key];
				for (size_t j = 0; j < b->n; j++) {
					const struct phrase *p = &ti->phrases[b->items[j]];
					uint64_t m;
					size_t exact, last;
					if ((p->lang != TEXT_ANY && (int)p->lang != l + 1) ||
					    !match_at(ti, p, i, n, l, mask, &m, &exact, &last))
						continue;
					add_found(ti, b->items[j], i, last, m, exact);
				}
			}
		}
	}
	drop_hidden(ti);

	/* Which kept match owns each word (its last word), for the markers. */
	xgrow(&ti->owner, &ti->capowner, n + 1, sizeof *ti->owner);
	xgrow(&ti->reach_at, &ti->capreach_at, n + 1, sizeof *ti->reach_at);
	for (size_t i = 0; i < n; i++) {
		ti->owner[i] = -1;
		ti->reach_at[i] = 0;
	}
	for (size_t k = 0; k < ti->nfound; k++)
		if (!ti->found[k].dropped) {
			ti->owner[ti->found[k].last] = (int)k;
			size_t *reach = &ti->reach_at[ti->found[k].at];
			if (ti->found[k].last + 1 > *reach)
				*reach = ti->found[k].last + 1;
		}
	find_clauses(ti, n, mask);

	int apostrophe = intern_id(&ti->words, "'", false);
	size_t kept = 0;
	const struct found *prev = NULL; /* the last kept match that is no action */
	int prev_mark = -1;
	for (size_t k = 0; k < ti->nfound; k++) {
		const struct found *f = &ti->found[k];
		if (f->dropped)
			continue;
		bool action = ti->phrases[f->phrase].flags & TEXT_ACTION;
		xgrow(&ti->matches, &ti->capmatches, kept + 1, sizeof *ti->matches);
		struct text_match *m = &ti->matches[kept++];
		*m = (struct text_match){.id = ti->phrases[f->phrase].id,
					 .at = f->at,
					 .nwords = f->last - f->at + 1,
					 .start = ti->tstart[f->at],
					 .end = ti->tend[f->last],
					 .clause = ti->clause[f->at],
					 .mark = find_mark(ti, f, sure ? hi : -1, apostrophe)};
		/* In a list ("using calculators, computers and rate books") each
		 * item relates as the first does. */
		if (m->mark < 0 && !action && prev && coordinated(ti, prev, f, mask))
			m->mark = prev_mark;
		if (action) {
			prev = NULL;
		} else {
			prev = f;
			prev_mark = m->mark;
		}
		m->negated = find_negation(ti, f, mask);
	}
	*out = ti->matches;
	return kept;
}
