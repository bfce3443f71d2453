/*
 * lemma.c - lemmas of words from a Hunspell dictionary, and the forms the
 * knowledge lists, which take precedence. It finds and opens the
 * dictionary (lazily), reads Hunspell's analyses and keeps those without a
 * prefix. It knows no word; it does not normalise text (the caller folds
 * case) and does not touch CLIPS.
 */
#include "lemma.h"

#include <hunspell/hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "intern.h"
#include "xalloc.h"

/* Hunspell reads words into fixed buffers: longer ones are not words. */
enum { WORD_BYTES = 100 };

struct forms {
	char **lemmas;
	size_t n;
};

struct lemmatizer {
	char *name;
	Hunhandle *dict;
	struct stat aff, dic; /* the files dict was read from, as they were */
	bool tried;	      /* lemma_open() ran, whatever came of it */
	char *error;
	struct intern listed; /* forms the knowledge lists, by id */
	struct forms *forms;
	size_t capforms;
};

struct lemmatizer *lemma_new(void)
{
	struct lemmatizer *lz = xcalloc(1, sizeof *lz);
	lz->name = xstrdup("");
	return lz;
}

void lemma_set_dictionary(struct lemmatizer *lz, const char *name)
{
	if (lz->dict)
		Hunspell_destroy(lz->dict);
	lz->dict = NULL;
	lz->tried = false;
	free(lz->error);
	lz->error = NULL;
	free(lz->name);
	lz->name = xstrdup(name);
}

void lemma_free(struct lemmatizer *lz)
{
	if (!lz)
		return;
	if (lz->dict)
		Hunspell_destroy(lz->dict);
	for (size_t i = 0; i < lz->listed.n; i++) {
		for (size_t j = 0; j < lz->forms[i].n; j++)
			free(lz->forms[i].lemmas[j]);
		free(lz->forms[i].lemmas);
	}
	free(lz->forms);
	intern_free(&lz->listed);
	free(lz->name);
	free(lz->error);
	free(lz);
}

void lemma_add_form(struct lemmatizer *lz, const char *form, const char *lemma)
{
	size_t old = lz->listed.n;
	int id = intern_id(&lz->listed, form, true);
	if (lz->listed.n > old) {
		size_t cap = lz->capforms;
		xgrow(&lz->forms, &lz->capforms, lz->listed.n, sizeof *lz->forms);
		memset(lz->forms + cap, 0, (lz->capforms - cap) * sizeof *lz->forms);
	}
	struct forms *f = &lz->forms[id];
	for (size_t j = 0; j < f->n; j++)
		if (strcmp(f->lemmas[j], lemma) == 0)
			return;
	f->lemmas = xrealloc(f->lemmas, (f->n + 1) * sizeof *f->lemmas);
	f->lemmas[f->n++] = xstrdup(lemma);
}

static bool is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Looks for NAME.aff and NAME.dic in one folder. */
static bool found_in(const char *dir, size_t len, const char *name, char **aff, char **dic)
{
	*aff = xasprintf("%.*s/%s.aff", (int)len, dir, name);
	*dic = xasprintf("%.*s/%s.dic", (int)len, dir, name);
	if (is_file(*aff) && is_file(*dic))
		return true;
	free(*aff);
	free(*dic);
	return false;
}

/* Finds NAME.aff and NAME.dic in the search path: true with their paths
 * (the caller frees them), else false with *path the folders looked in. */
static bool find_files(const struct lemmatizer *lz, char **aff, char **dic, char **path)
{
	const char *env = getenv("OFICIO_DICTIONARIES");
	*path = xasprintf("%s%s/usr/share/hunspell:/usr/share/myspell/dicts", env && *env ? env : "",
			  env && *env ? ":" : "");
	for (const char *p = *path;;) {
		size_t len = strcspn(p, ":");
		if (len > 0 && found_in(p, len, lz->name, aff, dic))
			return true;
		if (!p[len])
			return false;
		p += len + 1;
	}
}

int lemma_find(struct lemmatizer *lz)
{
	if (!*lz->name || lz->dict)
		return 0;
	char *aff = NULL, *dic = NULL, *path = NULL;
	bool found = !strchr(lz->name, '/') && find_files(lz, &aff, &dic, &path);
	if (found) {
		free(aff);
		free(dic);
	} else if (!lz->error) {
		lz->error = strchr(lz->name, '/') ? xasprintf("\"%s\" is not a dictionary name", lz->name)
						 : xasprintf("no dictionary %s.aff and %s.dic in %s", lz->name, lz->name, path);
	}
	free(path);
	return found ? 0 : -1;
}

int lemma_open(struct lemmatizer *lz)
{
	if (lz->tried)
		return lz->error ? -1 : 0;
	lz->tried = true;
	if (!*lz->name)
		return 0;
	if (strchr(lz->name, '/')) {
		lz->error = xasprintf("\"%s\" is not a dictionary name", lz->name);
		return -1;
	}
	char *aff = NULL, *dic = NULL, *path = NULL;
	if (find_files(lz, &aff, &dic, &path)) {
		if (stat(aff, &lz->aff) != 0 || stat(dic, &lz->dic) != 0)
			memset(&lz->aff, 0, sizeof lz->aff); /* gone meanwhile: never taken over */
		lz->dict = Hunspell_create(aff, dic);
		const char *enc = lz->dict ? Hunspell_get_dic_encoding(lz->dict) : NULL;
		if (!enc || strcmp(enc, "UTF-8") != 0) {
			lz->error = xasprintf("the dictionary %s is not UTF-8 (%s)", dic, enc ? enc : "unreadable");
			if (lz->dict)
				Hunspell_destroy(lz->dict);
			lz->dict = NULL;
		}
		free(aff);
		free(dic);
	} else {
		lz->error = xasprintf("no dictionary %s.aff and %s.dic in %s", lz->name, lz->name, path);
	}
	free(path);
	return lz->dict ? 0 : -1;
}

/* Whether path is the file st describes, unchanged since. */
static bool unchanged(const char *path, const struct stat *st)
{
	struct stat now;
	return st->st_ino != 0 && stat(path, &now) == 0 && now.st_dev == st->st_dev && now.st_ino == st->st_ino &&
	       now.st_size == st->st_size && now.st_mtim.tv_sec == st->st_mtim.tv_sec &&
	       now.st_mtim.tv_nsec == st->st_mtim.tv_nsec;
}

void lemma_take_dictionary(struct lemmatizer *lz, struct lemmatizer *from)
{
	if (!from->dict || lz->tried || lz->dict || strcmp(lz->name, from->name) != 0)
		return;
	char *aff, *dic, *path;
	bool same = false;
	if (find_files(lz, &aff, &dic, &path)) {
		same = unchanged(aff, &from->aff) && unchanged(dic, &from->dic);
		free(aff);
		free(dic);
	}
	free(path);
	if (same) {
		lz->dict = from->dict;
		lz->aff = from->aff;
		lz->dic = from->dic;
		lz->tried = true;
		from->dict = NULL;
		from->tried = false;
	}
}

const char *lemma_error(const struct lemmatizer *lz)
{
	return lz->error ? lz->error : "";
}

/* The stem of one analysis ("st:" field), unless something comes before
 * it: Hunspell writes a stripped prefix, or its flag, first. */
static bool stem_of(const char *analysis, char *out, size_t size)
{
	const char *st = strstr(analysis, "st:");
	if (!st)
		return false;
	for (const char *p = analysis; p < st; p++)
		if (*p != ' ' && *p != '\t')
			return false;
	st += 3;
	size_t n = strcspn(st, " \t");
	if (n == 0 || n >= size)
		return false;
	memcpy(out, st, n);
	out[n] = '\0';
	return true;
}

/* Calls fn with lemma unless it was given already (in seen, a list of
 * strings separated by NULs). */
static size_t give(char *seen, size_t *used, const char *lemma, void (*fn)(void *ctx, const char *lemma),
		   void *ctx)
{
	size_t n = strlen(lemma);
	for (size_t i = 0; i < *used; i += strlen(seen + i) + 1)
		if (strcmp(seen + i, lemma) == 0)
			return 0;
	if (*used + n + 1 > 8 * (size_t)WORD_BYTES)
		return 0;
	memcpy(seen + *used, lemma, n + 1);
	*used += n + 1;
	fn(ctx, lemma);
	return 1;
}

size_t lemma_each(struct lemmatizer *lz, const char *word, void (*fn)(void *ctx, const char *lemma), void *ctx)
{
	int id = intern_id(&lz->listed, word, false);
	if (id >= 0) {
		for (size_t j = 0; j < lz->forms[id].n; j++)
			fn(ctx, lz->forms[id].lemmas[j]);
		return lz->forms[id].n;
	}
	if (!lz->tried)
		lemma_open(lz);
	size_t len = strlen(word);
	if (!lz->dict || len >= WORD_BYTES)
		return 0;
	char seen[8 * WORD_BYTES];
	size_t used = 0, given = 0;
	char **list = NULL;
	int n = Hunspell_analyze(lz->dict, &list, word);
	char stem[WORD_BYTES];
	for (int i = 0; i < n; i++)
		if (stem_of(list[i], stem, sizeof stem))
			given += give(seen, &used, stem, fn, ctx);
	if (list)
		Hunspell_free_list(lz->dict, &list, n);
	return given;
}
