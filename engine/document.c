/*
 * document.c - a job description cut into duties and set-aside lines, by
 * its headings (document.h). Line by line: a heading opens a section; a
 * bullet or a numbered item is one part (lines indented under it go on
 * it); other lines gather into a paragraph, cut into its sentences. The
 * heading phrases are compared word for word (text_words(): folded, with
 * punctuation as spaces), so "What you’ll do:" meets "what you'll do".
 */
#include "document.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text.h"
#include "xalloc.h"

enum { HEADING_WORDS = 8 }; /* a heading ending in ":" or in capitals, at most */

static bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

struct reader {
	const struct doc_heading *headings;
	char **phrases; /* each heading's phrase, as text_words() gives it */
	size_t nheadings;
	struct doc *d;
	const char *kind; /* the section's kind; NULL before the first heading */
	char *heading;
	struct strbuf para; /* the paragraph or the item being gathered */
	long para_line;
	/* Where each line of the paragraph begins in para, and its number:
	 * a sentence is on the line it begins on. */
	struct line_at {
		size_t at;
		long line;
	} *lines;
	size_t nlines, caplines;
	bool item; /* para is a bullet's or a number's item */
};

/* The line the paragraph's byte at begins on (spaces before it skipped). */
static long line_of(const struct reader *r, size_t at)
{
	while (at < r->para.n && space(r->para.s[at]))
		at++;
	long line = r->para_line;
	for (size_t i = 0; i < r->nlines && r->lines[i].at <= at; i++)
		line = r->lines[i].line;
	return line;
}

static size_t count_words(const char *words)
{
	size_t n = 0;
	for (const char *p = words; *p; p++)
		if (*p == ' ' && p[1])
			n++;
	return n;
}

/* The kind of the longest heading phrase in words, or NULL; with the
 * number of its words and of the words before it. */
static const char *named_kind(const struct reader *r, const char *words, size_t *phrase_words, size_t *before)
{
	const char *kind = NULL;
	size_t best = 0;
	for (size_t i = 0; i < r->nheadings; i++) {
		size_t len = strlen(r->phrases[i]);
		const char *at = len > 2 && len > best ? strstr(words, r->phrases[i]) : NULL;
		if (at) {
			kind = r->headings[i].kind;
			best = len;
			*phrase_words = count_words(r->phrases[i]);
			*before = 0;
			for (const char *p = words + 1; p <= at; p++)
				*before += *p == ' ';
		}
	}
	return kind;
}

static bool has_letter(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80 || isalpha((unsigned char)s[i]))
			return true;
	return false;
}

/* Whether the line's letters are all capitals (ASCII ones; others pass). */
static bool all_capitals(const char *s, size_t n)
{
	bool upper = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (islower(c))
			return false;
		upper |= isupper(c) != 0;
	}
	return upper;
}


/* Trims spaces at both ends of [*s, *s + *n). */
static void trim(const char **s, size_t *n)
{
	while (*n && space(**s))
		++*s, --*n;
	while (*n && space((*s)[*n - 1]))
		--*n;
}

/* The bullets people use; the list is of UTF-8 strings. */
static const char *const BULLETS[] = {"-", "*", "+", "•", "·", "–", "—", "▪", "◦", "‣", "○", "●", "►", "✓", "✔", NULL};

/* The length of the bullet or number that begins line ("- ", "2) ", "a. "),
 * with the spaces after it; 0 if none. */
static size_t marker(const char *s, size_t n)
{
	for (size_t b = 0; BULLETS[b]; b++) {
		size_t len = strlen(BULLETS[b]);
		if (n > len && memcmp(s, BULLETS[b], len) == 0 && space(s[len])) {
			while (len < n && space(s[len]))
				len++;
			return len;
		}
	}
	size_t i = 0;
	while (i < n && i < 3 && isdigit((unsigned char)s[i]))
		i++;
	if (i == 0 && n > 1 && isalpha((unsigned char)s[0]) && s[1] == ')')
		i = 1; /* "a) " */
	if (i == 0 || i + 1 >= n || (s[i] != '.' && s[i] != ')') || !space(s[i + 1]))
		return 0;
	i++;
	while (i < n && space(s[i]))
		i++;
	return i;
}

static void add_part(struct reader *r, const char *s, size_t n, long line)
{
	trim(&s, &n);
	while (n && s[n - 1] == ';')
		n--; /* what cut it off, not part of it */
	trim(&s, &n);
	if (!has_letter(s, n))
		return;
	struct doc *d = r->d;
	d->parts = xrealloc(d->parts, (d->n + 1) * sizeof *d->parts);
	d->parts[d->n++] = (struct doc_part){.text = xstrndup(s, n),
					     .kind = r->kind,
					     .heading = r->heading ? xstrdup(r->heading) : NULL,
					     .line = line};
}

/* Whether a sentence ends at s[i] ('.', '!', '?' or ';'): a ';' always; the
 * others when a space and a capital, a digit or an opening mark follow
 * ("etc. para" goes on). */
static bool sentence_end(const char *s, size_t n, size_t i)
{
	if (s[i] == ';')
		return true;
	if (s[i] != '.' && s[i] != '!' && s[i] != '?')
		return false;
	size_t j = i + 1;
	if (j >= n)
		return true;
	if (!space(s[j]))
		return false;
	while (j < n && space(s[j]))
		j++;
	utf8proc_int32_t cp = 0;
	if (j < n && utf8proc_iterate((const utf8proc_uint8_t *)s + j, (utf8proc_ssize_t)(n - j), &cp) <= 0)
		cp = 0;
	utf8proc_category_t cat = utf8proc_category(cp);
	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_ND ||
	       cat == UTF8PROC_CATEGORY_PS || cat == UTF8PROC_CATEGORY_PI || cp == 0xBF /* ¿ */ ||
	       cp == 0xA1 /* ¡ */ || cp == '"';
}

/* The gathered paragraph or item, as parts. */
static void flush(struct reader *r)
{
	const char *s = r->para.s;
	size_t n = r->para.n;
	if (n == 0)
		return;
	if (r->item) {
		add_part(r, s, n, r->para_line);
	} else {
		size_t start = 0;
		for (size_t i = 0; i < n; i++)
			if (sentence_end(s, n, i)) {
				add_part(r, s + start, i + 1 - start, line_of(r, start));
				start = i + 1;
			}
		add_part(r, s + start, n - start, line_of(r, start));
	}
	strbuf_clear(&r->para);
	r->nlines = 0;
	r->item = false;
}

/* Strips a heading's dress: "#"s, "**" or "__" around it, a ":" after it.
 * Returns whether it wore any (then it is a heading whatever it says). */
static bool undress(const char **s, size_t *n, bool *colon)
{
	bool dressed = false;
	while (*n && **s == '#')
		++*s, --*n, dressed = true;
	trim(s, n);
	*colon = *n && (*s)[*n - 1] == ':';
	if (*colon)
		--*n;
	trim(s, n);
	if (*n >= 4 && (memcmp(*s, "**", 2) == 0 || memcmp(*s, "__", 2) == 0) &&
	    memcmp(*s + *n - 2, *s, 2) == 0) {
		*s += 2, *n -= 4, dressed = true;
		trim(s, n);
		if (!*colon && *n && (*s)[*n - 1] == ':') {
			*colon = true;
			--*n;
			trim(s, n);
		}
	}
	return dressed;
}

/* Whether the line is a heading; if so, *kind is the section it opens and
 * *text the heading without its dress. */
static bool heading(const struct reader *r, const char *s, size_t n, const char **kind, char **text)
{
	bool colon;
	bool dressed = undress(&s, &n, &colon);
	if (!has_letter(s, n))
		return false;
	char *words = text_words(s, n);
	size_t nwords = count_words(words), phrase_words = 0, before = 0;
	const char *named = named_kind(r, words, &phrase_words, &before);
	free(words);
	/* A line that is only a heading phrase, with a word before it at most
	 * ("Tus funciones") and two after ("Funciones del puesto"): "Gestión
	 * de tareas" is a duty. */
	bool only_named = named && before <= 1 && nwords <= phrase_words + before + 2 && s[n - 1] != '.';
	bool is = dressed || (colon && nwords <= HEADING_WORDS) ||
		  (all_capitals(s, n) && nwords <= HEADING_WORDS && s[n - 1] != '.') || only_named;
	if (is) {
		*kind = named ? named : "unknown";
		*text = xstrndup(s, n);
	}
	return is;
}

/* A line that begins with a heading the knowledge names and a ":" ("Se
 * ofrece: contrato indefinido"): the length of that beginning with the
 * spaces after it, *kind and *text as heading() sets them; else 0. */
static size_t lead_heading(const struct reader *r, const char *s, size_t n, const char **kind, char **text)
{
	const char *colon = memchr(s, ':', n);
	if (!colon || colon == s || (size_t)(colon - s) + 1 >= n)
		return 0;
	size_t len = (size_t)(colon - s);
	char *words = text_words(s, len);
	size_t phrase_words = 0, before = 0;
	const char *named = named_kind(r, words, &phrase_words, &before);
	size_t nwords = count_words(words);
	free(words);
	if (!named || before > 1 || nwords > phrase_words + before + 1)
		return 0;
	*kind = named;
	*text = xstrndup(s, len);
	size_t at = len + 1;
	while (at < n && space(s[at]))
		at++;
	return at;
}

/* A short line right above a list, with no end mark, is the list's title
 * (a job's title over its duties): a heading the knowledge does not
 * name, in a section that goes on. Only in a document read for its
 * sections (heading phrases given): in a CV, a job held over what the
 * job was is read as it is. */
static void title_over_list(struct reader *r)
{
	const char *s = r->para.s;
	size_t n = r->para.n;
	if (!r->nheadings || r->item || r->nlines != 1 || n == 0 || strchr(".;!?", s[n - 1]))
		return;
	char *words = text_words(s, n);
	size_t nwords = count_words(words);
	free(words);
	if (nwords > HEADING_WORDS)
		return;
	free(r->heading);
	r->heading = xstrndup(s, n);
	if (!r->kind)
		r->kind = "unknown";
	r->d->nheadings++;
	strbuf_clear(&r->para);
	r->nlines = 0;
}

void doc_read(const char *text, size_t len, const struct doc_heading *headings, size_t nheadings, struct doc *out)
{
	*out = (struct doc){0};
	struct reader r = {.headings = headings, .nheadings = nheadings, .d = out};
	r.phrases = xcalloc(nheadings ? nheadings : 1, sizeof *r.phrases);
	for (size_t i = 0; i < nheadings; i++)
		r.phrases[i] = text_words(headings[i].phrase, strlen(headings[i].phrase));
	long line = 0;
	for (size_t at = 0; at < len;) {
		const char *eol = memchr(text + at, '\n', len - at);
		size_t n = eol ? (size_t)(eol - (text + at)) : len - at;
		const char *s = text + at;
		at += n + (eol != NULL);
		line++;
		bool indented = n && space(*s);
		trim(&s, &n);
		if (!has_letter(s, n)) {
			flush(&r); /* a blank line, or a rule ("---") */
			continue;
		}
		size_t m = marker(s, n);
		if (m) {
			title_over_list(&r);
			flush(&r);
			r.item = true;
			r.para_line = line;
			strbuf_add(&r.para, s + m, n - m);
			continue;
		}
		const char *kind;
		char *title;
		size_t rest = 0;
		if (!(r.item && indented) &&
		    (heading(&r, s, n, &kind, &title) || (rest = lead_heading(&r, s, n, &kind, &title)) > 0)) {
			flush(&r);
			free(r.heading);
			r.heading = title;
			if (strcmp(kind, "more") != 0 || !r.kind)
				r.kind = strcmp(kind, "more") == 0 ? "unknown" : kind;
			out->nheadings++;
			if (rest == 0)
				continue;
			s += rest, n -= rest; /* what follows "Heading:" on its line */
		}
		if (r.item && !indented)
			flush(&r); /* the item is over: a paragraph begins */
		if (r.para.n == 0)
			r.para_line = line;
		else
			strbuf_add(&r.para, " ", 1);
		xgrow(&r.lines, &r.caplines, r.nlines + 1, sizeof *r.lines);
		r.lines[r.nlines++] = (struct line_at){r.para.n, line};
		strbuf_add(&r.para, s, n);
	}
	flush(&r);
	/* With no duties heading, what no set-aside heading covers is duties
	 * (a title over a list of duties, a heading the knowledge does not
	 * name); else what comes before the first heading is an introduction. */
	bool headed_duties = false;
	for (size_t i = 0; i < out->n; i++)
		headed_duties |= out->parts[i].kind && strcmp(out->parts[i].kind, "duties") == 0;
	for (size_t i = 0; i < out->n; i++) {
		struct doc_part *p = &out->parts[i];
		if (!headed_duties && (!p->kind || strcmp(p->kind, "unknown") == 0))
			p->kind = "duties";
		else if (!p->kind)
			p->kind = "intro";
	}
	for (size_t i = 0; i < nheadings; i++)
		free(r.phrases[i]);
	free(r.phrases);
	free(r.heading);
	free(r.para.s);
	free(r.lines);
}

void doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->parts[i].text);
		free(d->parts[i].heading);
	}
	free(d->parts);
	*d = (struct doc){0};
}
