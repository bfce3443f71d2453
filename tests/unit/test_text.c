/*
 * test_text.c - the reading of text (engine/text.c, engine/lemma.c):
 * inflections, accents, case, multi-word phrases, negation and its scope,
 * the language guess, overlapping matches, text that is not valid UTF-8;
 * and, with the Hunspell dictionaries (Debian: hunspell-es, hunspell-en-us),
 * lemmas and irregular forms, phrases with words inside them, the clauses of
 * a statement, the words that relate a phrase to its action, and which of
 * two readings of the same words is kept; and a dictionary carried over to
 * an index made again.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text.h"

enum { NOMINA, CUENTAS_COBRAR, COBRAR, FACTURACION, CLIENTES, CUSTOMER_CONTACT, ACCOUNTS_PAYABLE, GREET };

static int setup(void **state)
{
	struct text_index *ti = text_index_new();
	assert_non_null(ti);
	assert_int_equal(text_add_phrase(ti, "nómina", TEXT_ES, NOMINA, 0), 0);
	assert_int_equal(text_add_phrase(ti, "cuentas por cobrar", TEXT_ES, CUENTAS_COBRAR, 0), 0);
	assert_int_equal(text_add_phrase(ti, "cobrar", TEXT_ES, COBRAR, 0), 0);
	assert_int_equal(text_add_phrase(ti, "facturación", TEXT_ES, FACTURACION, 0), 0);
	assert_int_equal(text_add_phrase(ti, "clientes", TEXT_ES, CLIENTES, 0), 0);
	assert_int_equal(text_add_phrase(ti, "customer contact", TEXT_EN, CUSTOMER_CONTACT, 0), 0);
	assert_int_equal(text_add_phrase(ti, "accounts payable", TEXT_EN, ACCOUNTS_PAYABLE, 0), 0);
	assert_int_equal(text_add_phrase(ti, "greet visitors", TEXT_EN, GREET, 0), 0);
	assert_int_equal(text_add_phrase(ti, " ¡! ", TEXT_ES, 99, 0), -1);
	const char *neg[] = {"sin", "no", "nunca", "never"};
	for (size_t i = 0; i < 4; i++)
		text_add_word(ti, neg[i], TEXT_ANY, TEXT_NEGATOR, 0);
	const char *es[] = {"el", "la", "los", "las", "de", "y", "con", "en"};
	const char *en[] = {"the", "and", "of", "to", "with", "for"};
	for (size_t i = 0; i < 8; i++)
		text_add_word(ti, es[i], TEXT_ES, TEXT_FUNCTION, 0);
	for (size_t i = 0; i < 6; i++)
		text_add_word(ti, en[i], TEXT_EN, TEXT_FUNCTION, 0);
	*state = ti;
	return 0;
}

static int teardown(void **state)
{
	text_index_free(*state);
	return 0;
}

/* The ids found in text, in order, as a string like "0,4" ("-" negated). */
static const char *found(void **state, const char *text, enum text_lang *lang)
{
	static char buf[256];
	const struct text_match *m;
	enum text_lang l;
	size_t n = text_find(*state, text, strlen(text), &m, &l);
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(buf);
		snprintf(buf + len, sizeof buf - len, "%s%s%d", i ? "," : "", m[i].negated ? "-" : "", m[i].id);
	}
	if (lang)
		*lang = l;
	return buf;
}

static void inflections_accents_case(void **state)
{
	assert_string_equal(found(state, "las nóminas", NULL), "0");
	assert_string_equal(found(state, "NOMINAS", NULL), "0");
	assert_string_equal(found(state, "nomina", NULL), "0");
	assert_string_equal(found(state, "facturacion", NULL), "3");
	assert_string_equal(found(state, "las facturaciones", NULL), "3");
	assert_string_equal(found(state, "Handling Accounts Payable", NULL), "6");
	assert_string_equal(found(state, "greeting visitors", NULL), "7");
	assert_string_equal(found(state, "payroll", NULL), "");
}

static void longer_match_wins(void **state)
{
	/* "cobrar" alone is a phrase, but inside "cuentas por cobrar" it is not counted. */
	assert_string_equal(found(state, "lleva las cuentas por cobrar", NULL), "1");
	assert_string_equal(found(state, "cobrar en caja", NULL), "2");
}

static void negation_and_scope(void **state)
{
	assert_string_equal(found(state, "sin contacto con clientes", NULL), "-4");
	assert_string_equal(found(state, "no customer contact", NULL), "-5");
	/* Too far from the negator, or past the end of its sentence. */
	assert_string_equal(found(state, "no lo hace nunca más pero atiende clientes", NULL), "4");
	assert_string_equal(found(state, "sin prisa. Atiende clientes", NULL), "4");
}

static void language_guess(void **state)
{
	enum text_lang lang;
	found(state, "atiende a los clientes y cobra en la caja", &lang);
	assert_int_equal(lang, TEXT_ES);
	found(state, "answers the phone and the door for the visitors", &lang);
	assert_int_equal(lang, TEXT_EN);
	found(state, "payroll", &lang);
	assert_int_equal(lang, TEXT_ANY);
	/* Sure of Spanish: an English-only phrase is not matched. */
	assert_string_equal(found(state, "el trato de los clientes y de la customer contact", NULL), "4");
}

static void bad_utf8_and_fold(void **state)
{
	const char bad[] = "n\xc3\xb3mina \xff\xfe clientes \xc3";
	assert_string_equal(found(state, bad, NULL), "0,4");
	char *f = text_fold("  Atención   al CLIENTE ");
	assert_string_equal(f, "atencion al cliente");
	free(f);
	assert_null(text_fold("\xff"));
	/* Plain ASCII is folded alike (it takes a shorter way). */
	f = text_fold("\t Front\r\nDESK  agent ");
	assert_string_equal(f, "front desk agent");
	free(f);
	f = text_fold("   ");
	assert_string_equal(f, "");
	free(f);
	/* A phrase that is not UTF-8 is refused, one that is kept. */
	struct text_index *ti = text_index_new();
	assert_int_equal(text_add_phrase(ti, "caf\xc3", TEXT_ES, 1, 0), -1);
	assert_int_equal(text_add_phrase(ti, "\xed\xa0\x80 surrogate", TEXT_ES, 1, 0), -1);
	assert_int_equal(text_add_phrase(ti, "café con leche", TEXT_ES, 1, 0), 0);
	text_index_free(ti);
}

/* ------------------------------------------------ with the dictionaries */

enum { ATENDER, COBRAR2, RECIBIR, CUSTOMER, ANSWER_CALLS, PHONE, COMPUTE, COLLECT_PAYMENTS, GUEST, ACCOUNTING,
       ACCOUNT, SELL, SALES_REPORT, CLIENTES2, PROVEEDORES, REGISTRAR, GREET2, REGISTER, REPORT, REPORTS };
enum { WITH, TO, OF, BY };

static int setup_reading(void **state)
{
	struct text_index *ti = text_index_new();
	assert_non_null(ti);
	text_set_dictionary(ti, TEXT_ES, "es_ES", true);
	text_set_dictionary(ti, TEXT_EN, "en_US", false);
	assert_int_equal(text_add_ending(ti, TEXT_EN, "s", "", true), 0);
	assert_int_equal(text_add_ending(ti, TEXT_EN, "ed", "", false), 0);
	assert_int_equal(text_add_form(ti, TEXT_EN, "sold", "sell"), 0);
	const struct {
		const char *phrase;
		enum text_lang lang;
		int id;
		unsigned flags;
	} p[] = {
	    {"atender", TEXT_ES, ATENDER, TEXT_ACTION},          {"cobrar", TEXT_ES, COBRAR2, TEXT_ACTION},
	    {"recibir", TEXT_ES, RECIBIR, TEXT_ACTION},          {"customer", TEXT_EN, CUSTOMER, TEXT_PARTY},
	    {"answer calls", TEXT_EN, ANSWER_CALLS, TEXT_ACTION}, {"telephone", TEXT_EN, PHONE, 0},
	    {"compute", TEXT_EN, COMPUTE, TEXT_ACTION},           {"collect payments", TEXT_EN, COLLECT_PAYMENTS, TEXT_ACTION},
	    {"guests", TEXT_EN, GUEST, TEXT_PARTY},               {"accounting", TEXT_EN, ACCOUNTING, 0},
	    {"account", TEXT_EN, ACCOUNT, 0},                     {"sell", TEXT_EN, SELL, TEXT_ACTION},
	    {"sales report", TEXT_EN, SALES_REPORT, 0},           {"cliente", TEXT_ES, CLIENTES2, TEXT_PARTY},
	    {"proveedor", TEXT_ES, PROVEEDORES, TEXT_PARTY},      {"registrar", TEXT_ES, REGISTRAR, TEXT_ACTION},
	    {"greet", TEXT_EN, GREET2, TEXT_ACTION},              {"register", TEXT_EN, REGISTER, TEXT_ACTION},
	    {"report", TEXT_EN, REPORT, TEXT_ACTION},             {"reports", TEXT_EN, REPORTS, 0},
	};
	for (size_t i = 0; i < sizeof p / sizeof *p; i++)
		assert_int_equal(text_add_phrase(ti, p[i].phrase, p[i].lang, p[i].id, p[i].flags), 0);
	const char *es[] = {"el", "la", "los", "las", "de", "y", "con", "en", "a"};
	const char *en[] = {"the", "and", "of", "to", "with", "for", "all", "a"};
	for (size_t i = 0; i < sizeof es / sizeof *es; i++)
		text_add_word(ti, es[i], TEXT_ES, TEXT_FUNCTION, 0);
	for (size_t i = 0; i < sizeof en / sizeof *en; i++)
		text_add_word(ti, en[i], TEXT_EN, TEXT_FUNCTION, 0);
	text_add_word(ti, "and", TEXT_EN, TEXT_CONJUNCTION, 0);
	text_add_word(ti, "y", TEXT_ES, TEXT_CONJUNCTION, 0);
	text_add_word(ti, "when", TEXT_EN, TEXT_BREAK, 0);
	text_add_word(ti, "with", TEXT_EN, TEXT_MARKER, WITH);
	text_add_word(ti, "to", TEXT_EN, TEXT_MARKER, TO);
	text_add_word(ti, "'", TEXT_EN, TEXT_MARKER, OF);
	text_add_word(ti, "using", TEXT_EN, TEXT_MARKER, BY);
	text_add_word(ti, "a", TEXT_ES, TEXT_MARKER, TO);
	text_add_word(ti, "con", TEXT_ES, TEXT_MARKER, WITH);
	text_add_word(ti, "sin", TEXT_ES, TEXT_NEGATOR, 0);
	if (text_prepare(ti) != 0) {
		print_message("dictionaries missing: %s\n", text_error(ti));
		text_index_free(ti);
		return -1;
	}
	*state = ti;
	return 0;
}

/* id@clause:mark (mark "-" when none), "!" for negated, comma-separated. */
static const char *read(void **state, const char *text)
{
	static char buf[512];
	const struct text_match *m;
	enum text_lang l;
	size_t n = text_find(*state, text, strlen(text), &m, &l);
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(buf);
		char mark[16] = "-";
		if (m[i].mark >= 0)
			snprintf(mark, sizeof mark, "%d", m[i].mark);
		snprintf(buf + len, sizeof buf - len, "%s%s%d@%d:%s", i ? "," : "", m[i].negated ? "!" : "", m[i].id,
			 m[i].clause, mark);
	}
	return buf;
}

static char *expect(const char *fmt, ...)
{
	static char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return buf;
}

static void lemmas_and_irregular_forms(void **state)
{
	/* Stem-changing and enclitic forms meet their infinitive (Hunspell). */
	assert_string_equal(read(state, "atiende a los clientes"), expect("%d@0:-,%d@0:%d", ATENDER, CLIENTES2, TO));
	assert_string_equal(read(state, "cobrarles a todos"), expect("%d@0:-", COBRAR2));
	assert_string_equal(read(state, "recibió el pago"), expect("%d@0:-", RECIBIR));
	/* "customers" (which en_US reads as custom + -ers) meets "customer" by its
	 * ending; a plural phrase word meets the singular; an irregular form
	 * meets its listed lemma. */
	assert_string_equal(read(state, "the customers"), expect("%d@0:-", CUSTOMER));
	assert_string_equal(read(state, "the guest"), expect("%d@0:-", GUEST));
	assert_string_equal(read(state, "sold it"), expect("%d@0:-", SELL));
}

static void gaps_inside_phrases(void **state)
{
	/* A few words inside a phrase, but not a comma, a conjunction or a
	 * marker word. */
	assert_string_equal(read(state, "answer all incoming telephone calls"), expect("%d@0:-,%d@0:-", ANSWER_CALLS, PHONE));
	assert_string_equal(read(state, "answer, then calls"), "");
	assert_string_equal(read(state, "the sales and the report"), expect("%d@0:-", REPORT)); /* not "sales report" */
}

static void senses_by_how_well_words_meet(void **state)
{
	/* Of two phrases on the same word, the one that meets it as written. */
	assert_string_equal(read(state, "the accounting"), expect("%d@0:-", ACCOUNTING));
	assert_string_equal(read(state, "an instagram account"), expect("%d@0:-", ACCOUNT));
}

static void clauses_of_a_statement(void **state)
{
	/* Actions after a comma or a conjunction, past other words or after
	 * an action named with its object, begin a new clause; coordinated
	 * actions sharing their words do not; a clause word begins one. */
	assert_string_equal(read(state, "compute bills, collect payments at once and greet the guests"),
			    expect("%d@0:-,%d@1:-,%d@2:-,%d@2:-", COMPUTE, COLLECT_PAYMENTS, GREET2, GUEST));
	assert_string_equal(read(state, "collect payments and greet the guests"),
			    expect("%d@0:-,%d@1:-,%d@1:-", COLLECT_PAYMENTS, GREET2, GUEST));
	assert_string_equal(read(state, "greet, register and sell to guests"),
			    expect("%d@0:-,%d@0:-,%d@0:-,%d@0:%d", GREET2, REGISTER, SELL, GUEST, TO));
	assert_string_equal(read(state, "greet the guests when customers sell"),
			    expect("%d@0:-,%d@0:-,%d@1:-,%d@1:-", GREET2, GUEST, CUSTOMER, SELL));
	/* A word read as a thing ("the reports") does not count as the
	 * action its spelling could also be: the action after the comma
	 * still begins a clause. */
	assert_string_equal(read(state, "compute the reports, greet the guests"),
			    expect("%d@0:-,%d@0:-,%d@1:-,%d@1:-", COMPUTE, REPORTS, GREET2, GUEST));
}

static void relations_and_lists(void **state)
{
	/* A marker word before, a possessive after, and the items of a list
	 * relate as the first does. */
	assert_string_equal(read(state, "greet with guests"), expect("%d@0:-,%d@0:%d", GREET2, GUEST, WITH));
	assert_string_equal(read(state, "the customer's account"), expect("%d@0:%d,%d@0:-", CUSTOMER, OF, ACCOUNT));
	assert_string_equal(read(state, "using the telephone, accounting and the account"),
			    expect("%d@0:%d,%d@0:%d,%d@0:%d", PHONE, BY, ACCOUNTING, BY, ACCOUNT, BY));
	assert_string_equal(read(state, "sin cliente, con proveedor"),
			    expect("!%d@0:-,%d@0:%d", CLIENTES2, PROVEEDORES, WITH));
}

static void combining_marks_are_capped(void **state)
{
	/* A word of thousands of combining marks folds quickly (Unicode's
	 * stream-safe limit), to nothing known. */
	size_t n = 20000;
	char *text = malloc(2 * n + 2);
	text[0] = 'a';
	for (size_t i = 0; i < n; i++)
		memcpy(text + 1 + 2 * i, i % 2 ? "\xcc\x81" : "\xcc\x96", 2);
	text[1 + 2 * n] = '\0';
	assert_string_equal(read(state, text), "");
	char *f = text_fold(text);
	assert_non_null(f);
	assert_string_equal(f, "a");
	free(f);
	free(text);
}

static void longest_words_fit(void **state)
{
	/* A word as long as a word may be (255 bytes), and so a stem as long,
	 * is read without harm, in a phrase and in a text; what follows it in
	 * the text is still found. */
	(void)state;
	char word[256];
	memset(word, 'b', sizeof word - 1);
	word[sizeof word - 1] = '\0';
	char text[sizeof word + 16];
	snprintf(text, sizeof text, "%s clientes", word);
	struct text_index *ti = text_index_new();
	assert_int_equal(text_add_phrase(ti, word, TEXT_EN, 1, 0), 0);
	assert_int_equal(text_add_phrase(ti, "clientes", TEXT_ES, 2, 0), 0);
	assert_int_equal(text_prepare(ti), 0);
	void *own = ti;
	assert_string_equal(found(&own, text, NULL), "1,2");
	text_index_free(ti);
}

static void dictionary_names_not_found(void **state)
{
	/* A name that is no dictionary, or a path, is said so, and nothing
	 * else goes wrong (a path once freed memory never allocated). */
	(void)state;
	const char *names[] = {"xx_XX", "../es_ES", "/usr/share/hunspell/es_ES"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		struct text_index *ti = text_index_new();
		text_set_dictionary(ti, TEXT_ES, names[i], true);
		assert_int_equal(text_add_phrase(ti, "cliente", TEXT_ES, 0, 0), 0);
		assert_int_not_equal(text_prepare(ti), 0);
		assert_non_null(strstr(text_error(ti), strchr(names[i], '/') ? "is not a dictionary name" : "no dictionary"));
		text_index_free(ti);
	}
}

/* Writes text to dir/name. */
static void write_in(const char *dir, const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	assert_true(fputs(text, f) >= 0);
	assert_int_equal(fclose(f), 0);
}

/* An index reading English with the dictionary "tiny", taking over the
 * dictionaries older has open (older may be NULL; it is freed). */
static struct text_index *with_tiny(struct text_index *older)
{
	struct text_index *ti = text_index_new();
	text_set_dictionary(ti, TEXT_EN, "tiny", false);
	assert_int_equal(text_add_phrase(ti, "greet", TEXT_EN, 1, TEXT_ACTION), 0);
	text_take_dictionaries(ti, older);
	text_index_free(older);
	assert_int_equal(text_prepare(ti), 0);
	return ti;
}

static void dictionaries_carried_over(void **state)
{
	/* An index made again (after a reset or a load) takes over the open
	 * dictionary of the one before and reads with it once that one is
	 * gone; a dictionary whose files changed meanwhile is read again.
	 * "greetzz" is greet only by the tiny dictionary's suffix rule. */
	(void)state;
	char dir[] = "/tmp/oficio-dictXXXXXX";
	assert_non_null(mkdtemp(dir));
	write_in(dir, "tiny.aff", "SET UTF-8\nSFX Z Y 1\nSFX Z 0 zz .\n");
	write_in(dir, "tiny.dic", "1\ngreet/Z\n");
	const char *was = getenv("OFICIO_DICTIONARIES");
	char *saved = was ? strdup(was) : NULL;
	setenv("OFICIO_DICTIONARIES", dir, 1);

	struct text_index *ti = with_tiny(NULL);
	void *own = ti;
	assert_string_equal(found(&own, "greetzz visitors", NULL), "1");
	own = ti = with_tiny(ti);
	assert_string_equal(found(&own, "greetzz visitors", NULL), "1");
	write_in(dir, "tiny.dic", "2\nvisitor\nguest\n");
	own = ti = with_tiny(ti);
	assert_string_equal(found(&own, "greetzz visitors", NULL), "");
	text_index_free(ti);

	if (saved)
		setenv("OFICIO_DICTIONARIES", saved, 1);
	else
		unsetenv("OFICIO_DICTIONARIES");
	free(saved);
	char path[256];
	snprintf(path, sizeof path, "%s/tiny.aff", dir);
	remove(path);
	snprintf(path, sizeof path, "%s/tiny.dic", dir);
	remove(path);
	remove(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(inflections_accents_case, setup, teardown),
	    cmocka_unit_test_setup_teardown(longer_match_wins, setup, teardown),
	    cmocka_unit_test_setup_teardown(negation_and_scope, setup, teardown),
	    cmocka_unit_test_setup_teardown(language_guess, setup, teardown),
	    cmocka_unit_test_setup_teardown(bad_utf8_and_fold, setup, teardown),
	    cmocka_unit_test_setup_teardown(lemmas_and_irregular_forms, setup_reading, teardown),
	    cmocka_unit_test_setup_teardown(gaps_inside_phrases, setup_reading, teardown),
	    cmocka_unit_test_setup_teardown(senses_by_how_well_words_meet, setup_reading, teardown),
	    cmocka_unit_test_setup_teardown(clauses_of_a_statement, setup_reading, teardown),
	    cmocka_unit_test_setup_teardown(relations_and_lists, setup_reading, teardown),
	    cmocka_unit_test_setup_teardown(combining_marks_are_capped, setup_reading, teardown),
	    cmocka_unit_test(longest_words_fit),
	    cmocka_unit_test(dictionary_names_not_found),
	    cmocka_unit_test(dictionaries_carried_over),
	};
	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
