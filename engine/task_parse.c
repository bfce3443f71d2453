/*
 * task_parse.c - what a user typed about a task, taken apart: the text,
 * kept byte for byte, and the name=value attributes that end it (or come
 * apart, from batch), each value checked against its attribute, and an
 * attribute of one value stated with two refused.
 *
 * It fills a struct task_in and keeps nothing: keeping and asserting the
 * task is tasks.c's.
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

/* The value an attribute takes for what the user typed, or NULL. */
static const char *attr_value(struct advisor *a, const struct attribute *at, const char *typed)
{
	char *folded = text_fold(typed);
	const char *value = answer_word(a, folded);
	free(folded);
	if (!value)
		value = typed;
	for (size_t i = 0; i < at->nvalues; i++) {
		if (strcmp(at->values[i], value) == 0)
			return at->values[i];
		/* A kind of knowledge: any id of it (e.g. duty). */
		const char *kinds[] = {at->values[i], NULL};
		const char *id = advisor_resolve(a, typed, kinds);
		if (id)
			return id;
	}
	return NULL;
}

/* Does word look like name=value (a name of letters, '-' or '_')? */
static bool attribute_shaped(const char *word, size_t n)
{
	size_t i = 0;
	while (i < n && ((word[i] >= 'a' && word[i] <= 'z') || (word[i] >= 'A' && word[i] <= 'Z') ||
			 word[i] == '-' || word[i] == '_'))
		i++;
	return i > 0 && i + 1 < n && word[i] == '=';
}

/* An attribute with a closed list of values (contact: yes, no...) holds
 * one value: stating two is a contradiction (ADV_CONTRADICTS, detail
 * "name=value name=value"); stating one twice is once. One whose values
 * are ids of a kind (duty) may name several. names[] and values[] are the
 * attributes' own names and values; repeats are dropped in place. */
static int check_repeats(struct advisor *a, char **names, char **values, size_t *n)
{
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++) {
		bool drop = false;
		for (size_t j = 0; j < kept && !drop; j++) {
			if (strcmp(names[j], names[i]) != 0)
				continue;
			if (strcmp(values[j], values[i]) == 0) {
				drop = true;
				continue;
			}
			const struct attribute *at = find_attr(a, names[i]);
			bool open = false;
			for (size_t k = 0; at && k < at->nvalues && !open; k++)
				for (size_t m = 0; m < a->nitems && !open; m++)
					open = strcmp(a->items[m].kind, at->values[k]) == 0;
			if (!open) {
				char *detail = xasprintf("%s=%s %s=%s", names[j], values[j], names[i], values[i]);
				fail(a, ADV_CONTRADICTS, detail);
				free(detail);
				return -1;
			}
		}
		if (drop) {
			free(names[i]);
			free(values[i]);
		} else {
			names[kept] = names[i];
			values[kept++] = values[i];
		}
	}
	*n = kept;
	return 0;
}

/* Splits what the user typed into the text and the name=value attributes
 * that end it, checked. The text is kept as typed, byte for byte; a text
 * that is one quoted string loses its quotes. */
int parse_task(struct advisor *a, const char *raw, struct task_in *t)
{
	struct strv names = {0}, values = {0};
	int rc = 0;
	size_t end = strlen(raw);
	while (end > 0 && strchr(" \t", raw[end - 1]))
		end--;
	while (rc == 0 && end > 0) {
		size_t start = end;
		while (start > 0 && !strchr(" \t", raw[start - 1]))
			start--;
		if (!attribute_shaped(raw + start, end - start))
			break;
		char *word = xstrndup(raw + start, end - start);
		char *eq = strchr(word, '=');
		*eq = '\0';
		const struct attribute *at = find_attr(a, word);
		const char *value = at ? attr_value(a, at, eq + 1) : NULL;
		if (!at)
			rc = fail(a, ADV_UNKNOWN_ATTR, word);
		else if (!value) {
			*eq = '=';
			rc = fail(a, ADV_BAD_VALUE, word);
		} else {
			strv_add(&names, at->name);
			strv_add(&values, value);
		}
		free(word);
		end = start;
		while (end > 0 && strchr(" \t", raw[end - 1]))
			end--;
	}
	/* The attributes were read from the end: put them back in order. */
	for (size_t i = 0; i < names.n / 2; i++) {
		char *x = names.v[i];
		names.v[i] = names.v[names.n - 1 - i];
		names.v[names.n - 1 - i] = x;
		x = values.v[i];
		values.v[i] = values.v[values.n - 1 - i];
		values.v[values.n - 1 - i] = x;
	}
	size_t start = strspn(raw, " \t");
	if (end > start + 1 && (raw[start] == '"' || raw[start] == '\'') && raw[end - 1] == raw[start] &&
	    !memchr(raw + start + 1, raw[start], end - start - 2)) {
		start++;
		end--;
	}
	t->text = xstrndup(raw + start, end > start ? end - start : 0);
	t->names = names.v;
	t->values = values.v;
	t->nattrs = names.n;
	if (rc == 0)
		rc = check_repeats(a, t->names, t->values, &t->nattrs);
	if (rc == 0 && !*t->text && t->nattrs == 0)
		rc = fail(a, ADV_NO_TEXT, "");
	return rc;
}

/* A task from parts: the text as it is, and name=value pairs as a user
 * may type them, checked. On failure t holds what it had. */
int task_from_parts(struct advisor *a, const char *text, size_t nattrs, char **names, char **values,
		    struct task_in *t)
{
	struct strv n = {0}, v = {0};
	for (size_t i = 0; i < nattrs; i++) {
		const struct attribute *at = find_attr(a, names[i]);
		const char *value = at ? attr_value(a, at, values[i]) : NULL;
		if (!value) {
			strv_free(n.v, n.n);
			strv_free(v.v, v.n);
			if (!at)
				return fail(a, ADV_UNKNOWN_ATTR, names[i]);
			/* name=value, as parse_task() says it. */
			char *typed = xasprintf("%s=%s", names[i], values[i]);
			fail(a, ADV_BAD_VALUE, typed);
			free(typed);
			return -1;
		}
		strv_add(&n, at->name);
		strv_add(&v, value);
	}
	size_t kept = n.n;
	if (check_repeats(a, n.v, v.v, &kept) != 0) {
		strv_free(n.v, n.n);
		strv_free(v.v, v.n);
		return -1;
	}
	t->text = xstrdup(text);
	t->names = n.v;
	t->values = v.v;
	t->nattrs = kept;
	return 0;
}
