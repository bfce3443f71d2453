/*
 * fold.c - what a word is folded to for comparison: Unicode NFC, case
 * folded and, when asked, without accents (utf8proc), with a run of
 * combining marks cut to MARKS_MAX first, as Unicode's stream-safe format
 * does; text_fold() folds a whole text so. It knows no word, does not cut
 * text into words and does not touch the index.
 */
#include "text_index.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "xalloc.h"

static bool is_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* s[0..n) with no run of more than MARKS_MAX combining marks, as a new
 * string of *len bytes; NULL when s has no such run (the common case). */
static char *cap_marks(const char *s, size_t n, size_t *len)
{
	char *out = NULL;
	size_t w = 0, run = 0;
	for (size_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
		size_t step = r > 0 ? (size_t)r : 1;
		bool mark = r > 0 && utf8proc_get_property(cp)->combining_class != 0;
		run = mark ? run + 1 : 0;
		if (run > MARKS_MAX && !out) {
			out = xmalloc(n + 1);
			memcpy(out, s, i);
			w = i;
		}
		if (out && run <= MARKS_MAX) {
			memcpy(out + w, s + i, step);
			w += step;
		}
		i += step;
	}
	if (out) {
		out[w] = '\0';
		*len = w;
	}
	return out;
}

/* Folds s[0..n) into out (size WORD_MAX): case folded, NFC, and with
 * strip also without accents. Returns false if it does not fit or fails. */
bool fold_into(const char *s, size_t n, bool strip, char *out)
{
	if (is_ascii(s, n)) {
		if (n >= WORD_MAX)
			return false;
		for (size_t i = 0; i < n; i++)
			out[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
		out[n] = '\0';
		return true;
	}
	size_t capped_len = 0;
	char *capped = cap_marks(s, n, &capped_len);
	if (capped) {
		s = capped;
		n = capped_len;
	}
	bool ok = false;
	/* Folding never makes a word of more than WORD_MAX bytes fit. */
	if (n < 4 * (size_t)WORD_MAX) {
		utf8proc_uint8_t *mapped = NULL;
		int opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | (strip ? UTF8PROC_STRIPMARK : 0);
		utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &mapped, opts);
		ok = r >= 0 && (size_t)r < WORD_MAX;
		if (ok)
			memcpy(out, mapped, (size_t)r + 1);
		free(mapped);
	}
	free(capped);
	return ok;
}

size_t text_utf8_end(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
		if (r <= 0)
			break;
		i += (size_t)r;
	}
	return i;
}

bool utf8_valid(const char *s, size_t n) { return text_utf8_end(s, n) == n; }

/* out with each run of white space made one space, and trimmed, in place. */
static char *collapse_space(char *out)
{
	char *w = out;
	bool space = true;
	for (char *p = out; *p; p++) {
		bool is_space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
		if (is_space && space)
			continue;
		*w++ = (char)(is_space ? ' ' : *p);
		space = is_space;
	}
	if (w > out && w[-1] == ' ')
		w--;
	*w = '\0';
	return out;
}

/* ASCII text folded as utf8proc would (case folding is A-Z to a-z; there
 * is nothing to compose or strip), into a new string. */
static char *fold_ascii(const char *text, size_t n)
{
	char *out = xmalloc(n + 1);
	for (size_t i = 0; i <= n; i++)
		out[i] = (char)((text[i] >= 'A' && text[i] <= 'Z') ? text[i] + 32 : text[i]);
	return out;
}

char *text_fold(const char *text)
{
	size_t n = strlen(text);
	if (is_ascii(text, n))
		return collapse_space(fold_ascii(text, n));
	size_t len = 0;
	char *capped = cap_marks(text, n, &len);
	utf8proc_uint8_t *mapped = NULL;
	int opts = UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
		   UTF8PROC_STRIPMARK;
	utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)(capped ? capped : text), 0, &mapped, opts);
	free(capped);
	return r < 0 ? NULL : collapse_space((char *)mapped);
}

char *text_words(const char *s, size_t n)
{
	char *raw = xstrndup(s, n);
	char *f = text_fold(raw);
	free(raw);
	if (!f)
		return xstrdup(" ");
	size_t len = strlen(f);
	char *out = xmalloc(len + 3), *o = out;
	*o++ = ' ';
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp = (unsigned char)f[i];
		utf8proc_ssize_t r = 1;
		if (cp >= 0x80)
			r = utf8proc_iterate((const utf8proc_uint8_t *)f + i, (utf8proc_ssize_t)(len - i), &cp);
		if (r <= 0)
			r = 1; /* text_fold() gave UTF-8: cannot happen */
		utf8proc_category_t cat = utf8proc_category(cp);
		bool word = cat <= UTF8PROC_CATEGORY_NO && cat != UTF8PROC_CATEGORY_CN; /* letters, marks, digits */
		if (word)
			memcpy(o, f + i, (size_t)r), o += r;
		else if (o[-1] != ' ')
			*o++ = ' ';
		i += (size_t)r;
	}
	if (o[-1] != ' ')
		*o++ = ' ';
	*o = '\0';
	free(f);
	return out;
}
