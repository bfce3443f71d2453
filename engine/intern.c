/*
 * intern.c - strings to dense ids, by open addressing with linear probing
 * (FNV-1a hash, table kept at most half full). Knows nothing of what the
 * strings are.
 */
#include "intern.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static void rehash(struct intern *in)
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

/* The slot that holds s, or the empty slot where it would go. */
static size_t probe(const struct intern *in, const char *s)
{
	size_t i = hash(s) & (in->nslots - 1);
	while (in->slots[i] >= 0 && strcmp(in->strs[in->slots[i]], s) != 0)
		i = (i + 1) & (in->nslots - 1);
	return i;
}

int intern_find(const struct intern *in, const char *s)
{
	return in->nslots ? in->slots[probe(in, s)] : -1;
}

int intern_id(struct intern *in, const char *s, bool add)
{
	if (in->nslots == 0) {
		if (!add)
			return -1;
		rehash(in);
	}
	size_t i = probe(in, s);
	if (in->slots[i] >= 0 || !add)
		return in->slots[i];
	xgrow(&in->strs, &in->cap, in->n + 1, sizeof *in->strs);
	in->strs[in->n] = xstrdup(s);
	in->slots[i] = (int)in->n++;
	if (in->n * 2 > in->nslots)
		rehash(in);
	return (int)in->n - 1;
}

const char *intern_str(const struct intern *in, int id)
{
	return id >= 0 && (size_t)id < in->n ? in->strs[id] : NULL;
}

void intern_clear(struct intern *in)
{
	for (size_t i = 0; i < in->n; i++)
		free(in->strs[i]);
	in->n = 0;
	for (size_t i = 0; i < in->nslots; i++)
		in->slots[i] = -1;
}

void intern_free(struct intern *in)
{
	for (size_t i = 0; i < in->n; i++)
		free(in->strs[i]);
	free(in->strs);
	free(in->slots);
	*in = (struct intern){0};
}
