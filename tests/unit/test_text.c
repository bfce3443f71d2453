/*
 * test_text.c - the text matcher (engine/text.c): inflections, accents,
 * case, multi-word phrases, negation and its scope, the language guess,
 * overlapping matches, and text that is not valid UTF-8.
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
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(inflections_accents_case, setup, teardown),
	    cmocka_unit_test_setup_teardown(longer_match_wins, setup, teardown),
	    cmocka_unit_test_setup_teardown(negation_and_scope, setup, teardown),
	    cmocka_unit_test_setup_teardown(language_guess, setup, teardown),
	    cmocka_unit_test_setup_teardown(bad_utf8_and_fold, setup, teardown),
	};
	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
