/*
 * shown.c - user text as oficio shows it. Characters that would change
 * what a terminal displays rather than be displayed (C0 and C1 controls,
 * DEL, the bidirectional marks, embeddings, overrides and isolates, the
 * line and paragraph separators) and bytes that are not UTF-8 are shown
 * escaped: \u009b, \u202e, \xff. In text output a line feed and a tab
 * keep their meaning where a message spans lines; in JSON output the same
 * characters become \uXXXX escapes, which JSON readers decode to the same
 * text. It decides how text looks, never what it means: the text stored
 * and saved stays byte for byte what the user gave.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/xalloc.h"
#include "session.h"

size_t shown_decode(const unsigned char *p, size_t n, unsigned *cp)
{
	size_t len;
	unsigned min;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	} else if ((p[0] & 0xE0) == 0xC0) {
		len = 2, min = 0x80;
	} else if ((p[0] & 0xF0) == 0xE0) {
		len = 3, min = 0x800;
	} else if ((p[0] & 0xF8) == 0xF0 && p[0] <= 0xF4) {
		len = 4, min = 0x10000;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	unsigned c = p[0] & (0x7F >> len);
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (p[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

bool shown_unsafe(unsigned cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
	       (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

size_t shown_next(const char *text, size_t n, bool *unsafe)
{
	unsigned cp;
	size_t len = shown_decode((const unsigned char *)text, n, &cp);
	*unsafe = len == 0 || shown_unsafe(cp);
	return len ? len : 1;
}

/* Appends text[0..n) to b, escaped; layout keeps line feeds and tabs. */
static void add_shown(struct strbuf *b, const char *text, size_t n, bool layout)
{
	size_t i = 0, clean = 0;
	while (i < n) {
		unsigned cp = 0;
		size_t len = shown_decode((const unsigned char *)text + i, n - i, &cp);
		if (len && !shown_unsafe(cp)) {
			i += len;
			continue;
		}
		if (len && layout && (cp == '\n' || cp == '\t')) {
			i += len;
			continue;
		}
		strbuf_add(b, text + clean, i - clean);
		char esc[16];
		int m = len ? snprintf(esc, sizeof esc, "\\u%04x", cp)
			    : snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)text[i]);
		strbuf_add(b, esc, (size_t)m);
		i += len ? len : 1;
		clean = i;
	}
	strbuf_add(b, text + clean, n - clean);
}

char *shown_dup(const char *text)
{
	struct strbuf b = {0};
	add_shown(&b, text, strlen(text), false);
	return b.s ? b.s : xstrdup("");
}

char *shown_lines(const char *text)
{
	struct strbuf b = {0};
	add_shown(&b, text, strlen(text), true);
	return b.s ? b.s : xstrdup("");
}

void shown_put(FILE *f, const char *text)
{
	char *s = shown_dup(text);
	fputs(s, f);
	free(s);
}

void shown_put_lines(FILE *f, const char *text, size_t n)
{
	struct strbuf b = {0};
	add_shown(&b, text, n, true);
	if (b.s)
		fwrite(b.s, 1, b.n, f);
	free(b.s);
}

/* JSON text as jansson writes it holds the characters above only inside
 * strings, where \u escapes stand for them. */
char *shown_json(const char *json)
{
	struct strbuf b = {0};
	size_t n = strlen(json), i = 0, clean = 0;
	while (i < n) {
		unsigned cp = 0;
		size_t len = shown_decode((const unsigned char *)json + i, n - i, &cp);
		if (len == 0 || !shown_unsafe(cp) || cp < 0x20) {
			i += len ? len : 1;
			continue;
		}
		strbuf_add(&b, json + clean, i - clean);
		char esc[16];
		snprintf(esc, sizeof esc, "\\u%04X", cp & 0xFFFF);
		strbuf_add(&b, esc, 6);
		i += len;
		clean = i;
	}
	strbuf_add(&b, json + clean, n - clean);
	return b.s ? b.s : xstrdup("");
}

/* A byte a JSON string holds as it is: printable ASCII but " and \. */
static bool json_plain(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

/* Whether the 8 bytes of w are all json_plain(), tested at once: a byte
 * of 0x80 or more, or one below 0x20, or a zero byte in w XOR ", \ or DEL
 * repeated (the classic tests of "Bit Twiddling Hacks"). */
static bool json_plain8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
#define HAS_ZERO(x) (((x) - ones) & ~(x) & highs)
	uint64_t below = (w - 0x20 * ones) & ~w & highs; /* valid without high bits */
	return !(w & highs) && !below && !HAS_ZERO(w ^ ('"' * ones)) && !HAS_ZERO(w ^ ('\\' * ones)) &&
	       !HAS_ZERO(w ^ (0x7F * ones));
#undef HAS_ZERO
}

void shown_json_add(struct strbuf *b, const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t n = strlen(text), clean = 0, i = 0;
	strbuf_add(b, "\"", 1);
	while (i < n) {
		/* Plain printable ASCII goes out in runs (the common case),
		 * read 8 bytes at a time. */
		uint64_t w;
		while (i + 8 <= n && (memcpy(&w, p + i, 8), json_plain8(w)))
			i += 8;
		while (i < n && json_plain(p[i]))
			i++;
		if (i == n)
			break;
		unsigned cp = 0;
		size_t len = shown_decode(p + i, n - i, &cp);
		if (len > 1 && !shown_unsafe(cp)) {
			i += len;
			continue;
		}
		strbuf_add(b, text + clean, i - clean);
		char esc[16];
		const char *e = esc;
		if (len == 0)
			e = "\\uFFFD"; /* not UTF-8: JSON cannot hold it */
		else if (cp == '"' || cp == '\\')
			snprintf(esc, sizeof esc, "\\%c", (int)cp);
		else if (cp == '\n')
			e = "\\n";
		else if (cp == '\t')
			e = "\\t";
		else if (cp == '\r')
			e = "\\r";
		else if (cp == '\b')
			e = "\\b";
		else if (cp == '\f')
			e = "\\f";
		else
			snprintf(esc, sizeof esc, "\\u%04X", cp);
		strbuf_add(b, e, strlen(e));
		i += len ? len : 1;
		clean = i;
	}
	strbuf_add(b, text + clean, n - clean);
	strbuf_add(b, "\"", 1);
}

void shown_json_string(FILE *f, const char *text)
{
	struct strbuf b = {0};
	shown_json_add(&b, text);
	fwrite(b.s, 1, b.n, f);
	free(b.s);
}
