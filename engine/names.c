/*
 * names.c - names as a user types them: which words may be ids, the
 * session's tasks, kept positions and candidates found by name without
 * regard to case or accents, the rule that a name is one thing, and
 * resolving a word (id, label, synonym, lexicon phrase) to an id.
 *
 * It asserts nothing and runs no rule; the knowledge it searches is
 * knowledge.c's, the session's things are their own files'.
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"

enum { ID_MAX = 64 };

bool valid_id(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > ID_MAX)
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (!(*p >= 0x80 || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.'))
			return false;
	return true;
}

static bool kind_in(const char *kind, const char *const *kinds)
{
	for (; *kinds; kinds++)
		if (strcmp(kind, *kinds) == 0)
			return true;
	return false;
}

/* Ids are matched as a person reads them: without regard to case or
 * accents (Ana is ana, Maria is María). */
bool same_id(const char *x, const char *y)
{
	if (strcmp(x, y) == 0)
		return true;
	bool ascii = true;
	for (const char *p = x; *p && ascii; p++)
		ascii = (unsigned char)*p < 0x80;
	for (const char *p = y; *p && ascii; p++)
		ascii = (unsigned char)*p < 0x80;
	if (ascii)
		return strcasecmp(x, y) == 0;
	char *fx = text_fold(x), *fy = text_fold(y);
	bool same = fx && fy && strcmp(fx, fy) == 0;
	free(fx);
	free(fy);
	return same;
}

struct task_in *find_task(const struct advisor *a, const char *id)
{
	for (size_t i = 0; i < a->ntasks; i++)
		if (same_id(a->tasks[i].id, id))
			return &a->tasks[i];
	return NULL;
}

struct position_in *find_position(const struct advisor *a, const char *id)
{
	for (size_t i = 0; i < a->npositions; i++)
		if (same_id(a->positions[i].id, id))
			return &a->positions[i];
	return NULL;
}

struct candidate_in *find_candidate(const struct advisor *a, const char *id)
{
	for (size_t i = 0; i < a->ncands; i++)
		if (same_id(a->cands[i].id, id))
			return &a->cands[i];
	return NULL;
}

/* A name is one thing: a task, a kept position, a candidate or an id of
 * the knowledge. Refuses a name that is already another kind of thing
 * (own: what it is to be). */
/* The kinds of knowledge commands take by name (position, match, skills,
 * candidate, duty=): a session name must not be one of theirs. The words
 * the reading of text uses (actions, parties, channels...) are not. */
static const char *const NAMED_KINDS[] = {"side", "role", "duty", "skill", NULL};

int name_free(struct advisor *a, const char *name, const char *own)
{
	const char *kind = NULL, *id = NULL;
	if (strcmp(own, "task") != 0 && find_task(a, name))
		kind = "task", id = find_task(a, name)->id;
	else if (strcmp(own, "position") != 0 && find_position(a, name))
		kind = "position", id = find_position(a, name)->id;
	else if (strcmp(own, "candidate") != 0 && find_candidate(a, name))
		kind = "candidate", id = find_candidate(a, name)->id;
	for (size_t i = 0; i < a->nitems && !kind; i++)
		if (kind_in(a->items[i].kind, NAMED_KINDS) && same_id(a->items[i].id, name))
			kind = a->items[i].kind, id = a->items[i].id;
	/* A label is a name a person may type for an item too. */
	char *folded = kind ? NULL : text_fold(name);
	for (size_t i = 0; i < a->nitems && folded && !kind; i++)
		for (int l = 0; l < 2 && !kind && kind_in(a->items[i].kind, NAMED_KINDS); l++) {
			char *label = text_fold(a->items[i].label[l]);
			if (label && strcmp(label, folded) == 0)
				kind = a->items[i].kind, id = a->items[i].id;
			free(label);
		}
	for (size_t i = 0; i < a->nsynonyms && folded && !kind; i++) {
		const struct item *it = strcmp(a->synonyms[i].folded, folded) == 0 ? find_item(a, a->synonyms[i].of) : NULL;
		if (it && kind_in(it->kind, NAMED_KINDS))
			kind = it->kind, id = it->id;
	}
	free(folded);
	if (!kind)
		return 0;
	fail(a, ADV_NAME_TAKEN, name);
	a->taken_by = kind;
	a->taken_id = id;
	return -1;
}

int advisor_check_name(struct advisor *a, const char *name, const char *kind)
{
	ok(a);
	if (!valid_id(name))
		return fail(a, ADV_BAD_ID, name);
	return name_free(a, name, kind);
}

/* Whether a negator of the phrase's language (lang) is among the few
 * words before at, in words (as text_words() gives them: at is the space
 * before the phrase). */
static bool negated(const struct advisor *a, enum text_lang lang, const char *words, const char *at)
{
	const char *end = at; /* the space after the word looked at */
	for (int k = 0; k < TEXT_NEGATION_REACH && end > words; k++) {
		const char *start = end - 1;
		while (start > words && *start != ' ')
			start--;
		size_t len = (size_t)(end - start) + 1; /* " word " */
		for (enum text_lang l = TEXT_ES; l <= TEXT_EN; l++) {
			if (lang != TEXT_ANY && lang != l)
				continue; /* a negator of one language is a plain word in the other */
			for (size_t i = 0; i < a->negators[l].n; i++)
				if (strlen(a->negators[l].v[i]) == len && memcmp(a->negators[l].v[i], start, len) == 0)
					return true;
		}
		end = start;
	}
	return false;
}

/* Whether phrase's words stand among words, in order, with no negator
 * shortly before them (a skill named right after a negator is not
 * named). */
static bool among(const struct advisor *a, enum text_lang lang, const char *words, const char *phrase)
{
	char *p = text_words(phrase, strlen(phrase));
	bool in = false;
	for (const char *at = p[1] ? strstr(words, p) : NULL; at && !in; at = strstr(at + 1, p))
		in = !negated(a, lang, words, at);
	free(p);
	return in;
}

void advisor_skills_in(const struct advisor *a, const char *text,
		       void (*fn)(void *ctx, const char *skill, const char *words), void *ctx)
{
	char *words = text_words(text, strlen(text));
	for (size_t i = 0; i < a->nitems; i++) {
		const struct item *it = &a->items[i];
		if (strcmp(it->kind, "skill") != 0)
			continue;
		const char *found = NULL;
		for (int l = 0; l < 2 && !found; l++)
			if (it->label[l] && among(a, l == 0 ? TEXT_EN : TEXT_ES, words, it->label[l]))
				found = it->label[l];
		for (size_t k = 0; k < a->nsynonyms && !found; k++)
			if (strcmp(a->synonyms[k].of, it->id) == 0 && among(a, a->synonyms[k].lang, words, a->synonyms[k].phrase))
				found = a->synonyms[k].phrase;
		if (found)
			fn(ctx, it->id, found);
	}
	free(words);
}

const char *advisor_taken_by(const struct advisor *a, const char **id)
{
	bool taken = a->err == ADV_NAME_TAKEN;
	*id = taken ? a->taken_id : "";
	return taken ? a->taken_by : "";
}

const char *advisor_session_name(const struct advisor *a, const char *typed)
{
	if (find_task(a, typed))
		return find_task(a, typed)->id;
	if (find_position(a, typed))
		return find_position(a, typed)->id;
	if (find_candidate(a, typed))
		return find_candidate(a, typed)->id;
	return NULL;
}

const char *advisor_resolve(struct advisor *a, const char *word, const char *const *kinds)
{
	ok(a);
	/* The session's own ids first: what the user named. */
	if (kind_in("task", kinds) && find_task(a, word))
		return find_task(a, word)->id;
	if (kind_in("position", kinds) && find_position(a, word))
		return find_position(a, word)->id;
	for (size_t i = 0; i < a->nitems; i++)
		if (kind_in(a->items[i].kind, kinds) && same_id(a->items[i].id, word))
			return a->items[i].id;
	char *folded = text_fold(word);
	if (!folded || !*folded) {
		free(folded);
		fail(a, ADV_UNKNOWN_ID, word);
		return NULL;
	}
	/* A label in either language, then a lexicon phrase. */
	const char *found = NULL;
	bool ambiguous = false;
	for (size_t i = 0; i < a->nitems && !ambiguous; i++) {
		if (!kind_in(a->items[i].kind, kinds))
			continue;
		for (int l = 0; l < 2; l++) {
			char *label = text_fold(a->items[i].label[l]);
			if (label && strcmp(label, folded) == 0 && found != a->items[i].id) {
				ambiguous = found != NULL;
				found = a->items[i].id;
			}
			free(label);
		}
	}
	/* A synonym (kb/synonyms.clp): "front", "don de gentes". */
	for (size_t i = 0; i < a->nsynonyms && !found && !ambiguous; i++) {
		const struct item *it = strcmp(a->synonyms[i].folded, folded) == 0 ? find_item(a, a->synonyms[i].of) : NULL;
		if (it && kind_in(it->kind, kinds))
			found = it->id;
	}
	if (!found && !ambiguous && a->text) {
		const struct text_match *m;
		enum text_lang lang;
		size_t n = text_find(a->text, word, strlen(word), &m, &lang);
		for (size_t i = 0; i < n && !ambiguous; i++) {
			const struct item *it = find_item(a, a->lex[m[i].id].means);
			bool whole = m[i].start == 0 && m[i].end == strlen(word);
			if (!whole || !it || !kind_in(it->kind, kinds) || found == it->id)
				continue;
			ambiguous = found != NULL;
			found = it->id;
		}
	}
	free(folded);
	if (ambiguous) {
		fail(a, ADV_AMBIGUOUS, word);
		return NULL;
	}
	if (!found)
		fail(a, ADV_UNKNOWN_ID, word);
	return found;
}
