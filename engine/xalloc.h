/*
 * xalloc.h - allocation that never returns NULL: out of memory is fatal.
 * Whatever these return is the caller's to free().
 */
#ifndef OFICIO_XALLOC_H
#define OFICIO_XALLOC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* open_memstream(): a stream writing into *buf, *n its length after a
 * flush or fclose(). */
FILE *xmemstream(char **buf, size_t *n);
/* printf into a new string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));
/* Grows *p (an array of *cap elements of size) to hold at least need. */
void xgrow(void *p, size_t *cap, size_t need, size_t size);

/* A growable string, always NUL-terminated once something was added;
 * {0} is empty. s is the owner's to free(). */
struct strbuf {
	char *s;
	size_t n, cap;
};

void strbuf_add(struct strbuf *b, const char *text, size_t n);
void strbuf_clear(struct strbuf *b);

#endif
