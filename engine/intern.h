/*
 * intern.h - strings to dense ids (0, 1, 2...) by open addressing: the same
 * string always gets the same id, and an id gives its string back.
 *
 * Ownership: a struct intern starts as {0}; it copies the strings it is
 * given and frees them in intern_clear() and intern_free(). intern_str()'s
 * result belongs to the table and lasts until it is cleared or freed.
 */
#ifndef OFICIO_INTERN_H
#define OFICIO_INTERN_H

#include <stdbool.h>
#include <stddef.h>

struct intern {
	char **strs;
	size_t n, cap;
	int *slots;
	size_t nslots;
};

/* The id of s; with add, a new id when s is new, else -1. */
int intern_id(struct intern *in, const char *s, bool add);
/* The id of s, or -1: intern_id() without adding. */
int intern_find(const struct intern *in, const char *s);
const char *intern_str(const struct intern *in, int id);
/* Forgets every string (ids start again from 0); keeps the memory. */
void intern_clear(struct intern *in);
void intern_free(struct intern *in);

#endif
