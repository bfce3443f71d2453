/*
 * attach.c - the advisor's life: made over a host, cleared of what the
 * user said, freed; and attached to the knowledge after every load, which
 * reads the knowledge into its C tables (knowledge.c), hands the lexicon
 * to the text index, and asserts again what the user said (tasks,
 * positions, candidates) into the new knowledge.
 *
 * It is the top of the advisor's files: it calls down into them, and none
 * calls it. It reads no fact itself.
 */
#include "advisor_impl.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

struct advisor *advisor_new(struct host *h)
{
	struct advisor *a = xcalloc(1, sizeof *a);
	a->h = h;
	return a;
}

void advisor_clear(struct advisor *a)
{
	for (size_t i = 0; i < a->ntasks; i++)
		task_in_free(&a->tasks[i]);
	for (size_t i = 0; i < a->npositions; i++) {
		free(a->positions[i].id);
		strv_free(a->positions[i].items, a->positions[i].n);
	}
	for (size_t i = 0; i < a->ncands; i++)
		candidate_in_free(&a->cands[i]);
	a->ntasks = a->npositions = a->ncands = 0;
}

void advisor_free(struct advisor *a)
{
	if (!a)
		return;
	clear_knowledge(a);
	advisor_clear(a);
	free(a->items);
	free(a->docs);
	intern_free(&a->item_ids);
	intern_free(&a->doc_ids);
	free(a->item_at);
	free(a->doc_at);
	free(a->lex);
	free(a->attrs);
	free(a->answers);
	free(a->synonyms);
	free(a->headings);
	free(a->tasks);
	free(a->positions);
	free(a->cands);
	free(a->detail);
	free(a->query_label[0]);
	free(a->query_label[1]);
	free(a);
}

void advisor_prepare(struct advisor *a)
{
	if (a->text)
		text_prepare(a->text);
}

int advisor_attach(struct advisor *a)
{
	ok(a);
	/* The old index's open dictionaries serve the new one if they are the
	 * same: reading them is most of what a reset would cost. */
	struct text_index *old = a->text;
	a->text = NULL;
	clear_knowledge(a);
	a->text = text_index_new();
	if (!a->text) {
		text_index_free(old);
		return fail(a, ADV_ENGINE, "no Spanish or English stemmer in libstemmer");
	}
	host_each_fact(a->h, NULL, read_fact, a);
	text_take_dictionaries(a->text, old);
	text_index_free(old);
	enum text_lang missing = text_find_dictionaries(a->text);
	if (missing != TEXT_ANY) {
		const char *package = a->package[missing - 1];
		char *detail = package && *package ? xasprintf("%s (install %s)", text_error(a->text), package)
						   : xstrdup(text_error(a->text));
		int rc = fail(a, ADV_DICTIONARY, detail);
		free(detail);
		return rc;
	}
	for (size_t i = 0; i < a->nlex; i++) {
		const struct item *it = find_item(a, a->lex[i].means);
		a->lex[i].kind = it ? it->kind : "";
		unsigned flags = !it ? 0
				 : strcmp(it->kind, "action") == 0  ? TEXT_ACTION
				 : strcmp(it->kind, "party") == 0   ? TEXT_PARTY
				 : strcmp(it->kind, "channel") == 0 ? TEXT_CHANNEL
								    : 0;
		text_add_phrase(a->text, a->lex[i].phrase, a->lex[i].lang, (int)i, flags);
	}
	/* Assert again what the user said, into the new knowledge. */
	for (size_t i = 0; i < a->ntasks; i++)
		if (assert_task(a, &a->tasks[i]) != 0)
			return -1;
	for (size_t i = 0; i < a->npositions; i++)
		if (assert_position(a, &a->positions[i]) != 0)
			return -1;
	for (size_t i = 0; i < a->ncands; i++)
		if (assert_candidate(a, &a->cands[i]) != 0)
			return -1;
	return run(a);
}
