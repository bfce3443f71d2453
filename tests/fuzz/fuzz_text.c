/*
 * fuzz_text.c - libFuzzer target: the text matcher (engine/text.c).
 *
 * An index of phrases, negators and function words in Spanish and English
 * (like those of kb/lexicon-*.clp and kb/language.clp) is built once; each
 * input is matched against it with text_find() (as user text: any bytes,
 * given with their length and no terminator, so a read past the end is
 * caught) and folded with text_fold() (a NUL-terminated copy). The input is
 * also added as a phrase, a negator and a function word to a small fresh
 * index and looked for in itself, since a knowledge file may hold any text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
	} phrases[] = {
	    {"nómina", TEXT_ES},	    {"cuentas por cobrar", TEXT_ES}, {"cobrar", TEXT_ES},
	    {"facturación", TEXT_ES},	    {"contacto con clientes", TEXT_ES}, {"atender al público", TEXT_ES},
	    {"recepcionista", TEXT_ES},	    {"pagar a los proveedores", TEXT_ES}, {"customer contact", TEXT_EN},
	    {"accounts payable", TEXT_EN},  {"greet visitors", TEXT_EN},   {"front desk", TEXT_EN},
	    {"payroll", TEXT_EN},	    {"bookkeeping", TEXT_EN},	   {"book appointments", TEXT_EN},
	    {"ventas", TEXT_ANY},	    {"e-mail", TEXT_ANY},	   {"día a día", TEXT_ES},
	};
	static const char *const negators[] = {"sin", "no", "nunca", "ni", "never", "without", "not"};
	static const char *const es[] = {"el", "la", "los", "las", "de", "y", "con", "en", "por", "para"};
	static const char *const en[] = {"the", "and", "of", "to", "with", "for", "a", "at"};
	ti = text_index_new();
	if (!ti)
		abort();
	for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++)
		if (text_add_phrase(ti, phrases[i].phrase, phrases[i].lang, (int)i) != 0)
			abort();
	for (size_t i = 0; i < sizeof negators / sizeof *negators; i++)
		text_add_negator(ti, negators[i], TEXT_ANY);
	for (size_t i = 0; i < sizeof es / sizeof *es; i++)
		text_add_function_word(ti, es[i], TEXT_ES);
	for (size_t i = 0; i < sizeof en / sizeof *en; i++)
		text_add_function_word(ti, en[i], TEXT_EN);
	return 0;
}

/* The matches must lie inside the text, in words it has. */
static void check(const struct text_match *m, size_t n, size_t size)
{
	for (size_t i = 0; i < n; i++)
		if (m[i].start > m[i].end || m[i].end > size || m[i].nwords == 0)
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
	free(text);

	char *z = malloc(size + 1);
	if (!z)
		abort();
	memcpy(z, data, size);
	z[size] = '\0';
	free(text_fold(z));

	/* The input as knowledge, in a fresh index. */
	struct text_index *mine = text_index_new();
	if (!mine)
		abort();
	text_add_phrase(mine, z, TEXT_ANY, 1);
	text_add_negator(mine, z, TEXT_ES);
	text_add_function_word(mine, z, TEXT_EN);
	n = text_find(mine, z, strlen(z), &m, &lang);
	check(m, n, strlen(z));
	text_index_free(mine);
	free(z);
	return 0;
}
