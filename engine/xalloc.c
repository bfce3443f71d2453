/*
 * xalloc.c - the allocation wrappers: on failure they print one line and
 * exit, so no caller has to handle NULL. Nothing else lives here.
 */
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *check(void *p)
{
	if (!p) {
		fputs("oficio: out of memory\n", stderr);
		exit(70);
	}
	return p;
}

void *xmalloc(size_t n) { return check(malloc(n ? n : 1)); }
void *xcalloc(size_t n, size_t size) { return check(calloc(n ? n : 1, size ? size : 1)); }
void *xrealloc(void *p, size_t n) { return check(realloc(p, n ? n : 1)); }
char *xstrdup(const char *s) { return check(strdup(s)); }
char *xstrndup(const char *s, size_t n) { return check(strndup(s, n)); }
FILE *xmemstream(char **buf, size_t *n) { return check(open_memstream(buf, n)); }

char *xvasprintf(const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	if (n < 0)
		n = 0;
	char *s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, again);
	va_end(again);
	return s;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

void xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return;
	size_t n = *cap ? *cap : 8;
	while (n < need)
		n *= 2;
	void **arr = p;
	*arr = xrealloc(*arr, n * size);
	*cap = n;
}

void strbuf_add(struct strbuf *b, const char *text, size_t n)
{
	xgrow(&b->s, &b->cap, b->n + n + 1, 1);
	memcpy(b->s + b->n, text, n);
	b->n += n;
	b->s[b->n] = '\0';
}

void strbuf_clear(struct strbuf *b)
{
	b->n = 0;
	if (b->s)
		b->s[0] = '\0';
}
