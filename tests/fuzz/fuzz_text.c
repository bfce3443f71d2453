/*
 * fuzz_text.c - libFuzzer target: the reading of free text (engine/text.h:
 * fold.c, words.c, keys.c, parts.c, text.c) and of job descriptions
 * (engine/document.c).
 *
 * An index like the one kb/lexicon-*.clp and kb/language.clp make is built
 * once, with the Hunspell dictionaries when the machine has them (without,
 * words are compared by stem, as oficio does): phrases of actions, parties
 * and channels, small words of every kind, irregular forms and regular
 * endings. Each input is read with text_find() (as user text: any bytes,
 * given with their length and no terminator, so a read past the end is
 * caught) and folded with text_fold() (a NUL-terminated copy). The input is
 * also given to a small fresh index as a phrase, a small word of each kind,
 * a form and an ending, and looked for in itself, since a knowledge file
 * may hold any text. It is read as a job description too (document.c), and
 * given as a heading of one.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "text.h"

static struct text_index *ti;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	static const struct {
		const char *phrase;
		enum text_lang lang;
		unsigned flags;
	} phrases[] = {
	    {"atender", TEXT_ES, TEXT_ACTION},
	    {"atender al público", TEXT_ES, TEXT_ACTION},
	    {"llevar las cuentas", TEXT_ES, TEXT_ACTION},
	    {"cobrar", TEXT_ES, TEXT_ACTION},
	    {"cliente", TEXT_ES, TEXT_PARTY},
	    {"proveedor", TEXT_ES, TEXT_PARTY},
	    {"teléfono", TEXT_ES, TEXT_CHANNEL},
	    {"nómina", TEXT_ES, 0},
	    {"cuentas por cobrar", TEXT_ES, 0},
	    {"answer", TEXT_EN, TEXT_ACTION},
	    {"answer the phone", TEXT_EN, TEXT_ACTION | TEXT_CHANNEL},
	    {"greet visitors", TEXT_EN, TEXT_ACTION},
	    {"customer", TEXT_EN, TEXT_PARTY},
	    {"supplier", TEXT_EN, TEXT_PARTY},
	    {"phone", TEXT_EN, TEXT_CHANNEL},
	    {"accounts payable", TEXT_EN, 0},
	    {"front desk", TEXT_EN, 0},
	    {"ventas", TEXT_ANY, 0},
	    {"e-mail", TEXT_ANY, TEXT_CHANNEL},
	    {"día a día", TEXT_ES, 0},
	};
	static const struct {
		const char *word;
		enum text_lang lang;
		enum text_word kind;
		int value;
	} words[] = {
	    {"no", TEXT_ANY, TEXT_NEGATOR, 0},	      {"sin", TEXT_ES, TEXT_NEGATOR, 0},
	    {"never", TEXT_EN, TEXT_NEGATOR, 0},      {"el", TEXT_ES, TEXT_FUNCTION, 0},
	    {"los", TEXT_ES, TEXT_FUNCTION, 0},	      {"de", TEXT_ES, TEXT_FUNCTION, 0},
	    {"the", TEXT_EN, TEXT_FUNCTION, 0},	      {"and", TEXT_EN, TEXT_FUNCTION, 0},
	    {"y", TEXT_ES, TEXT_CONJUNCTION, 0},      {"and", TEXT_EN, TEXT_CONJUNCTION, 0},
	    {"cuando", TEXT_ES, TEXT_BREAK, 0},	      {"when", TEXT_EN, TEXT_BREAK, 0},
	    {"con", TEXT_ES, TEXT_MARKER, 1},	      {"para", TEXT_ES, TEXT_MARKER, 2},
	    {"with", TEXT_EN, TEXT_MARKER, 1},	      {"for", TEXT_EN, TEXT_MARKER, 2},
	    {"'", TEXT_EN, TEXT_MARKER, 3},
	};
	ti = text_index_new();
	if (!ti)
		abort();
	text_set_dictionary(ti, TEXT_ES, "es_ES", false);
	text_set_dictionary(ti, TEXT_EN, "en_US", false);
	if (text_add_form(ti, TEXT_ES, "atiende", "atender") != 0 ||
	    text_add_ending(ti, TEXT_EN, "ies", "y", true) != 0 ||
	    text_add_ending(ti, TEXT_ES, "les", "", false) != 0)
		abort();
	for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++)
		if (text_add_phrase(ti, phrases[i].phrase, phrases[i].lang, (int)i, phrases[i].flags) != 0)
			abort();
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (text_add_word(ti, words[i].word, words[i].lang, words[i].kind, words[i].value) != 0)
			abort();
	text_prepare(ti); /* -1 without the dictionaries: then by stem */
	return 0;
}

/* The matches must lie inside the text, in words it has, in the order of
 * their first word, each in a clause. */
static void check(const struct text_match *m, size_t n, size_t size)
{
	for (size_t i = 0; i < n; i++)
		if (m[i].start > m[i].end || m[i].end > size || m[i].nwords == 0 || m[i].clause < 0 ||
		    (i > 0 && m[i].at < m[i - 1].at))
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct text_match *m;
	enum text_lang lang;
	/* An exact-size copy: libFuzzer's buffer is exact too, but the copy
	 * keeps the target honest if it is ever called another way. */
	char *text = malloc(size ? size : 1);
	if (!text)
		abort();
	memcpy(text, data, size);
	size_t n = text_find(ti, text, size, &m, &lang);
	check(m, n, size);
	/* The input as a job description (document.c), which holds no NUL
	 * (job_ad.c refuses one): read exactly, to its length. */
	static const struct doc_heading headings[] = {
	    {"funciones", "duties"}, {"requisitos", "requirements"}, {"what you'll do", "duties"}, {"además", "more"}};
	struct doc d;
	doc_read(text, memchr(text, '\0', size) ? 0 : size, headings, sizeof headings / sizeof *headings, &d);
	for (size_t i = 0; i < d.n; i++)
		if (!d.parts[i].kind || !*d.parts[i].text || d.parts[i].line < 1)
			abort();
	doc_free(&d);
	/* And as a CV: no heading phrases. */
	doc_read(text, memchr(text, '\0', size) ? 0 : size, NULL, 0, &d);
	for (size_t i = 0; i < d.n; i++)
		if (!*d.parts[i].text || d.parts[i].line < 1)
			abort();
	doc_free(&d);
	free(text);

	char *z = malloc(size + 1);
	if (!z)
		abort();
	memcpy(z, data, size);
	z[size] = '\0';
	free(text_fold(z));

	/* The input as knowledge, in a fresh index (no dictionary: opening one
	 * for each input would be all the fuzzer did). */
	struct text_index *mine = text_index_new();
	if (!mine)
		abort();
	text_add_phrase(mine, z, TEXT_ANY, 1, TEXT_ACTION);
	text_add_phrase(mine, z, TEXT_EN, 2, TEXT_PARTY | TEXT_CHANNEL);
	text_add_form(mine, TEXT_ES, z, "atender");
	text_add_ending(mine, TEXT_EN, z, "y", true);
	for (int kind = TEXT_NEGATOR; kind <= TEXT_MARKER; kind++)
		text_add_word(mine, z, TEXT_ES, (enum text_word)kind, kind);
	n = text_find(mine, z, strlen(z), &m, &lang);
	check(m, n, strlen(z));
	text_index_free(mine);
	/* And as a heading of job descriptions. */
	const struct doc_heading own = {z, "duties"};
	doc_read(z, strlen(z), &own, 1, &d);
	doc_free(&d);
	free(z);
	return 0;
}
