/*
 * knowledge.c - the knowledge as the advisor holds it in C: read from the
 * facts of kb/ after each load (items with their labels, rule docs, the
 * lexicon, the words text.h needs, attributes, answer words, synonyms),
 * freed before the next, and looked up by id.
 *
 * It does not resolve what a user typed to an id (names.c) nor add the
 * lexicon's phrases to the text index (advisor_attach(), which knows the
 * items first); it keeps nothing of what the user said.
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

void clear_knowledge(struct advisor *a)
{
	for (size_t i = 0; i < a->nitems; i++) {
		struct item *it = &a->items[i];
		free(it->id);
		free(it->kind);
		free(it->label[0]);
		free(it->label[1]);
		free(it->side);
		free(it->source);
		free(it->group);
	}
	a->nitems = 0;
	intern_clear(&a->item_ids);
	intern_clear(&a->doc_ids);
	for (size_t i = 0; i < a->ndocs; i++) {
		free(a->docs[i].rule);
		free(a->docs[i].text[0]);
		free(a->docs[i].text[1]);
		free(a->docs[i].source);
	}
	a->ndocs = 0;
	for (size_t i = 0; i < a->nlex; i++) {
		free(a->lex[i].means);
		free(a->lex[i].phrase);
	}
	a->nlex = 0;
	strv_free(a->relations.v, a->relations.n);
	a->relations = (struct strv){0};
	for (int l = 0; l < 2; l++) {
		free(a->package[l]);
		a->package[l] = NULL;
	}
	for (size_t i = 0; i < a->nattrs; i++) {
		free(a->attrs[i].name);
		free(a->attrs[i].alias);
		free(a->attrs[i].label[0]);
		free(a->attrs[i].label[1]);
		strv_free(a->attrs[i].values, a->attrs[i].nvalues);
	}
	a->nattrs = 0;
	for (size_t i = 0; i < a->nanswers; i++) {
		free(a->answers[i].word);
		free(a->answers[i].value);
	}
	a->nanswers = 0;
	for (size_t i = 0; i < a->nsynonyms; i++) {
		free(a->synonyms[i].phrase);
		free(a->synonyms[i].folded);
		free(a->synonyms[i].of);
	}
	a->nsynonyms = 0;
	for (size_t i = 0; i < a->nheadings; i++) {
		free(a->headings[i].phrase);
		free(a->headings[i].kind);
	}
	a->nheadings = 0;
	for (size_t l = 0; l < sizeof a->negators / sizeof *a->negators; l++) {
		strv_free(a->negators[l].v, a->negators[l].n);
		a->negators[l] = (struct strv){0};
	}
	text_index_free(a->text);
	a->text = NULL;
}

/* Records that index is where id is first found (later ones of the same
 * id are not looked up by id, as a scan would not find them first). */
static void index_id(struct intern *ids, size_t **at, size_t *cap, const char *id, size_t index)
{
	size_t before = ids->n;
	int k = intern_id(ids, id, true);
	if ((size_t)k < before)
		return;
	xgrow(at, cap, (size_t)k + 1, sizeof **at);
	(*at)[k] = index;
}

static enum text_lang lang_of(const char *s)
{
	return strcmp(s, "es") == 0 ? TEXT_ES : strcmp(s, "en") == 0 ? TEXT_EN : TEXT_ANY;
}

bool read_fact(void *ctx, struct host *h, const struct host_fact *f)
{
	struct advisor *a = ctx;
	const char *tmpl = host_fact_template(f);
	struct host_value v;
	if (strcmp(tmpl, "lexicon") == 0) {
		/* Added to the text index once every item is known (phrases
		 * naming an action may open a clause). */
		xgrow(&a->lex, &a->caplex, a->nlex + 1, sizeof *a->lex);
		a->lex[a->nlex++] = (struct lexeme){xstrdup(get_s(h, f, "means")), xstrdup(get_s(h, f, "phrase")),
						    lang_of(get_s(h, f, "lang")), ""};
	} else if (strcmp(tmpl, "negator") == 0) {
		const char *word = get_s(h, f, "word");
		enum text_lang lang = lang_of(get_s(h, f, "lang"));
		text_add_word(a->text, word, lang, TEXT_NEGATOR, 0);
		char *words = text_words(word, strlen(word));
		for (enum text_lang l = TEXT_ES; l <= TEXT_EN; l++)
			if (lang == TEXT_ANY || lang == l)
				strv_add_once(&a->negators[l], words);
		free(words);
	} else if (strcmp(tmpl, "function-word") == 0) {
		text_add_word(a->text, get_s(h, f, "word"), lang_of(get_s(h, f, "lang")), TEXT_FUNCTION, 0);
	} else if (strcmp(tmpl, "conjunction") == 0) {
		text_add_word(a->text, get_s(h, f, "word"), lang_of(get_s(h, f, "lang")), TEXT_CONJUNCTION, 0);
	} else if (strcmp(tmpl, "clause-word") == 0) {
		text_add_word(a->text, get_s(h, f, "word"), lang_of(get_s(h, f, "lang")), TEXT_BREAK, 0);
	} else if (strcmp(tmpl, "marker") == 0) {
		const char *rel = get_s(h, f, "relation");
		size_t r = 0;
		while (r < a->relations.n && strcmp(a->relations.v[r], rel) != 0)
			r++;
		if (r == a->relations.n)
			strv_add(&a->relations, rel);
		text_add_word(a->text, get_s(h, f, "word"), lang_of(get_s(h, f, "lang")), TEXT_MARKER, (int)r);
	} else if (strcmp(tmpl, "dictionary") == 0) {
		text_set_dictionary(a->text, lang_of(get_s(h, f, "lang")), get_s(h, f, "name"),
				    strcmp(get_s(h, f, "stems"), "all") == 0);
		enum text_lang l = lang_of(get_s(h, f, "lang"));
		if (l != TEXT_ANY) {
			free(a->package[l - 1]);
			a->package[l - 1] = xstrdup(get_s(h, f, "package"));
		}
	} else if (strcmp(tmpl, "lemma-form") == 0) {
		text_add_form(a->text, lang_of(get_s(h, f, "lang")), get_s(h, f, "form"), get_s(h, f, "lemma"));
	} else if (strcmp(tmpl, "inflection") == 0) {
		text_add_ending(a->text, lang_of(get_s(h, f, "lang")), get_s(h, f, "ending"), get_s(h, f, "base"),
				strcmp(get_s(h, f, "phrases"), "yes") == 0);
	} else if (strcmp(tmpl, "rule-doc") == 0) {
		xgrow(&a->docs, &a->capdocs, a->ndocs + 1, sizeof *a->docs);
		index_id(&a->doc_ids, &a->doc_at, &a->capdoc_at, get_s(h, f, "rule"), a->ndocs);
		a->docs[a->ndocs++] = (struct rule_doc){
		    .rule = xstrdup(get_s(h, f, "rule")),
		    .text = {xstrdup(get_s(h, f, "en")), xstrdup(get_s(h, f, "es"))},
		    .source = xstrdup(get_s(h, f, "source"))};
	} else if (strcmp(tmpl, "attribute") == 0) {
		struct strv values = {0};
		if (host_get(h, f, "values", &v) == 0 && v.type == HOST_MULTI)
			for (size_t i = 0; i < v.u.multi.n; i++)
				strv_add(&values, v.u.multi.v[i].u.s);
		xgrow(&a->attrs, &a->capattrs, a->nattrs + 1, sizeof *a->attrs);
		a->attrs[a->nattrs++] = (struct attribute){.name = xstrdup(get_s(h, f, "name")),
							   .alias = xstrdup(get_s(h, f, "alias")),
							   .label = {xstrdup(get_s(h, f, "label-en")),
								     xstrdup(get_s(h, f, "label-es"))},
							   .values = values.v,
							   .nvalues = values.n};
	} else if (strcmp(tmpl, "synonym") == 0) {
		char *folded = text_fold(get_s(h, f, "phrase"));
		if (folded && *folded) {
			xgrow(&a->synonyms, &a->capsynonyms, a->nsynonyms + 1, sizeof *a->synonyms);
			a->synonyms[a->nsynonyms++] = (struct synonym){xstrdup(get_s(h, f, "phrase")), folded,
								       xstrdup(get_s(h, f, "of")),
								       lang_of(get_s(h, f, "lang"))};
		} else {
			free(folded);
		}
	} else if (strcmp(tmpl, "doc-heading") == 0) {
		xgrow(&a->headings, &a->capheadings, a->nheadings + 1, sizeof *a->headings);
		a->headings[a->nheadings++] = (struct heading){xstrdup(get_s(h, f, "phrase")), xstrdup(get_s(h, f, "kind"))};
	} else if (strcmp(tmpl, "answer-word") == 0) {
		char *word = text_fold(get_s(h, f, "word"));
		if (word) {
			xgrow(&a->answers, &a->capanswers, a->nanswers + 1, sizeof *a->answers);
			a->answers[a->nanswers++] = (struct answer){word, xstrdup(get_s(h, f, "value"))};
		}
	} else if (host_get(h, f, "id", &v) == 0 && host_get(h, f, "label-en", &v) == 0) {
		xgrow(&a->items, &a->capitems, a->nitems + 1, sizeof *a->items);
		index_id(&a->item_ids, &a->item_at, &a->capitem_at, get_s(h, f, "id"), a->nitems);
		a->items[a->nitems++] = (struct item){
		    .id = xstrdup(get_s(h, f, "id")),
		    .kind = xstrdup(tmpl),
		    .label = {xstrdup(get_s(h, f, "label-en")), xstrdup(get_s(h, f, "label-es"))},
		    .side = xstrdup(get_s(h, f, "side")),
		    .source = xstrdup(get_s(h, f, "source")),
		    .group = xstrdup(get_s(h, f, "group")),
		    .rank = get_n(h, f, "rank")};
	}
	return true;
}

const struct item *find_item(const struct advisor *a, const char *id)
{
	int k = intern_find(&a->item_ids, id);
	return k >= 0 ? &a->items[a->item_at[k]] : NULL;
}

const char *advisor_label(const struct advisor *a, const char *id, bool es)
{
	if (strcmp(id, QUERY_POSITION) == 0 && a->query_label[es])
		return a->query_label[es];
	const struct item *it = find_item(a, id);
	return it && *it->label[es] ? it->label[es] : id;
}

const char *advisor_kind(const struct advisor *a, const char *id)
{
	const struct item *it = find_item(a, id);
	return it ? it->kind : NULL;
}

const char *advisor_item_slot(const struct advisor *a, const char *id, const char *slot)
{
	const struct item *it = find_item(a, id);
	if (!it)
		return "";
	if (strcmp(slot, "side") == 0 && strcmp(it->kind, "role") == 0) {
		/* A role's side is what the rules concluded (role-side). */
		struct select s;
		select_facts((struct advisor *)a, "role-side", "role", id, NULL, NULL, &s);
		const char *side = s.n ? get_s(a->h, s.v[0], "side") : it->side;
		free(s.v);
		return side;
	}
	if (strcmp(slot, "side") == 0)
		return it->side;
	if (strcmp(slot, "source") == 0)
		return it->source;
	if (strcmp(slot, "group") == 0)
		return it->group;
	return "";
}

static const struct rule_doc *find_doc(const struct advisor *a, const char *rule)
{
	int k = intern_find(&a->doc_ids, rule);
	return k >= 0 ? &a->docs[a->doc_at[k]] : NULL;
}

const char *advisor_rule_doc(const struct advisor *a, const char *rule, bool es)
{
	const struct rule_doc *d = find_doc(a, rule);
	return d ? d->text[es] : rule;
}

const char *advisor_rule_source(const struct advisor *a, const char *rule)
{
	const struct rule_doc *d = find_doc(a, rule);
	return d ? d->source : "";
}

size_t advisor_role_duties(struct advisor *a, const char *role, char ***duties, char ***sources)
{
	struct select s;
	struct strv d = {0}, src = {0};
	select_facts(a, "role-duty", "role", role, NULL, NULL, &s);
	for (size_t i = 0; i < s.n; i++) {
		strv_add(&d, get_s(a->h, s.v[i], "duty"));
		strv_add(&src, get_s(a->h, s.v[i], "source"));
	}
	free(s.v);
	*duties = d.v;
	*sources = src.v;
	return d.n;
}

void advisor_each_item(const struct advisor *a, const char *kind, void (*fn)(void *ctx, const char *id),
		       void *ctx)
{
	for (size_t i = 0; i < a->nitems; i++)
		if (strcmp(a->items[i].kind, kind) == 0)
			fn(ctx, a->items[i].id);
}

void advisor_each_name(const struct advisor *a, const char *kind, void (*fn)(void *ctx, const char *name),
		       void *ctx)
{
	for (size_t i = 0; i < a->nitems; i++) {
		const struct item *it = &a->items[i];
		if (strcmp(it->kind, kind) != 0)
			continue;
		fn(ctx, it->id);
		for (int l = 0; l < 2; l++)
			if (*it->label[l])
				fn(ctx, it->label[l]);
	}
	for (size_t i = 0; i < a->nsynonyms; i++) {
		const struct item *it = find_item(a, a->synonyms[i].of);
		if (it && strcmp(it->kind, kind) == 0)
			fn(ctx, a->synonyms[i].phrase);
	}
}

void advisor_each_attribute(const struct advisor *a, void (*fn)(void *ctx, const char *name), void *ctx)
{
	for (size_t i = 0; i < a->nattrs; i++) {
		fn(ctx, a->attrs[i].name);
		if (*a->attrs[i].alias)
			fn(ctx, a->attrs[i].alias);
	}
}

const char *advisor_heading(const struct advisor *a, size_t i, const char **kind)
{
	if (i >= a->nheadings)
		return NULL;
	*kind = a->headings[i].kind;
	return a->headings[i].phrase;
}

const char *advisor_attribute(const struct advisor *a, size_t i, const char **alias, const char **label, bool es)
{
	if (i >= a->nattrs)
		return NULL;
	*alias = a->attrs[i].alias;
	*label = a->attrs[i].label[es];
	return a->attrs[i].name;
}

void advisor_each_value(const struct advisor *a, const char *typed,
			void (*fn)(void *ctx, const char *value, bool kind), void *ctx)
{
	size_t n = strcspn(typed, "=");
	char *name = xstrndup(typed, n);
	const struct attribute *at = find_attr(a, name);
	free(name);
	for (size_t i = 0; at && i < at->nvalues; i++) {
		bool kind = false;
		for (size_t j = 0; j < a->nitems && !kind; j++)
			kind = strcmp(a->items[j].kind, at->values[i]) == 0;
		fn(ctx, at->values[i], kind);
	}
}

const struct attribute *find_attr(const struct advisor *a, const char *name)
{
	for (size_t i = 0; i < a->nattrs; i++)
		if (strcmp(a->attrs[i].name, name) == 0 || strcmp(a->attrs[i].alias, name) == 0)
			return &a->attrs[i];
	return NULL;
}

/* The value an answer word (folded) stands for, or NULL. */
const char *answer_word(const struct advisor *a, const char *folded)
{
	for (size_t i = 0; i < a->nanswers && folded; i++)
		if (strcmp(a->answers[i].word, folded) == 0)
			return a->answers[i].value;
	return NULL;
}

const struct host_fact *find_question(struct advisor *a, const char *qid)
{
	struct select s;
	select_facts(a, "question", "id", qid, NULL, NULL, &s);
	const struct host_fact *f = s.n ? s.v[0] : NULL;
	free(s.v);
	return f;
}

double importance_rank(const struct advisor *a, const char *importance)
{
	const struct item *it = find_item(a, importance);
	return it ? it->rank : 0;
}

size_t item_order(const struct advisor *a, const char *id)
{
	for (size_t i = 0; i < a->nitems; i++)
		if (strcmp(a->items[i].id, id) == 0)
			return i;
	return a->nitems;
}
