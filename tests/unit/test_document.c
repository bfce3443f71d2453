/*
 * test_document.c - a job description cut into its parts (engine/
 * document.c): headings in both languages and in every dress (Markdown,
 * a colon, capitals, bold, a heading phrase alone, a heading that begins
 * its line), bullets, numbered lists, paragraphs cut into sentences, lines
 * that go on an item, a heading that goes on with the section before, and
 * a document without headings. The headings are the test's own, as the
 * knowledge would give them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "document.h"

static const struct doc_heading HEADINGS[] = {
    {"funciones", "duties"},	     {"responsabilidades", "duties"}, {"tareas", "duties"},
    {"what you'll do", "duties"},    {"responsibilities", "duties"},  {"requisitos", "requirements"},
    {"requirements", "requirements"}, {"qué ofrecemos", "offer"},      {"se ofrece", "offer"},
    {"about us", "company"},	     {"además", "more"},	       {"what we're looking for", "requirements"},
};

/* The parts of text as "kind:text" lines, in order. */
static const char *parts(const char *text)
{
	static char buf[4096];
	struct doc d;
	doc_read(text, strlen(text), HEADINGS, sizeof HEADINGS / sizeof *HEADINGS, &d);
	buf[0] = '\0';
	for (size_t i = 0; i < d.n; i++) {
		size_t len = strlen(buf);
		snprintf(buf + len, sizeof buf - len, "%s:%s\n", d.parts[i].kind, d.parts[i].text);
	}
	doc_free(&d);
	return buf;
}

static void no_headings_is_all_duties(void **state)
{
	(void)state;
	assert_string_equal(parts("Atender a los clientes.\nCobrar en caja.\n"),
			    "duties:Atender a los clientes.\nduties:Cobrar en caja.\n");
	/* A paragraph is cut into its sentences, and at ";". */
	assert_string_equal(parts("Greets visitors. Answers the phone; files the mail.\n"),
			    "duties:Greets visitors.\nduties:Answers the phone\nduties:files the mail.\n");
	/* A stop before a small letter does not end a sentence, accented
	 * or not; before a capital one, it does. */
	assert_string_equal(parts("Prepara facturas, albaranes, etc. para los clientes.\n"),
			    "duties:Prepara facturas, albaranes, etc. para los clientes.\n");
	assert_string_equal(parts("Cobra, etc. él lo sabe. Él archiva.\n"),
			    "duties:Cobra, etc. él lo sabe.\nduties:Él archiva.\n");
	/* A title over a list, and a heading nothing names, with no duties
	 * heading: duties, but not what a requirements heading covers. */
	assert_string_equal(parts("# Recepcionista\n- Atender el teléfono\nTu jornada:\n- Archivar\n"
				  "Requisitos:\n- Inglés\n"),
			    "duties:Atender el teléfono\nduties:Archivar\nrequirements:Inglés\n");
}

static void headings_in_every_dress(void **state)
{
	(void)state;
	assert_string_equal(parts("Una tienda.\n## Funciones\n- Cobrar\nRequisitos:\n- Experiencia\n"
				  "QUÉ OFRECEMOS\n- Contrato\n"),
			    "intro:Una tienda.\nduties:Cobrar\nrequirements:Experiencia\noffer:Contrato\n");
	assert_string_equal(parts("**What you’ll do**\n* Greet guests\nRequirements\n* A year of experience\n"),
			    "duties:Greet guests\nrequirements:A year of experience\n");
	/* A heading phrase with a word before it and two after, alone on its
	 * line; not a duty that merely ends in one. */
	assert_string_equal(parts("Tus funciones\n- Cobrar\nFunciones del puesto\n- Reponer\nGestión de tareas\n"),
			    "duties:Cobrar\nduties:Reponer\nduties:Gestión de tareas\n");
	/* A heading that begins its line, and what follows it. */
	assert_string_equal(parts("Funciones:\n- Cobrar\nSe ofrece: contrato indefinido.\n"),
			    "duties:Cobrar\noffer:contrato indefinido.\n");
	/* Quotes and apostrophes are punctuation, whichever is typed. */
	assert_string_equal(parts("Funciones:\n- Cobrar\nWhat we’re looking for:\n- Patience\n"),
			    "duties:Cobrar\nrequirements:Patience\n");
	/* A heading nothing names is set aside as unknown. */
	assert_string_equal(parts("Funciones:\n- Cobrar\nNuestro equipo:\n- Diez personas\n"),
			    "duties:Cobrar\nunknown:Diez personas\n");
}

static void lists_and_items(void **state)
{
	(void)state;
	/* Numbers and letters, and a line indented under an item goes on it;
	 * an item keeps its sentences together. */
	assert_string_equal(parts("Funciones:\n1. Llevar la contabilidad.\n2) Hacer las nóminas. Y los seguros.\n"
				  "a) Archivar las facturas\n   de los clientes\n• Atender el teléfono\n"),
			    "duties:Llevar la contabilidad.\nduties:Hacer las nóminas. Y los seguros.\n"
			    "duties:Archivar las facturas de los clientes\nduties:Atender el teléfono\n");
	/* A line not indented after an item begins a paragraph; a rule is no part. */
	assert_string_equal(parts("Funciones:\n- Cobrar\nReponer el género.\n---\n"),
			    "duties:Cobrar\nduties:Reponer el género.\n");
}

static void more_goes_on(void **state)
{
	(void)state;
	assert_string_equal(parts("Funciones:\nCobrar.\nAdemás:\n- Reponer\nRequisitos:\n- Carné\nAdemás:\n- Inglés\n"),
			    "duties:Cobrar.\nduties:Reponer\nrequirements:Carné\nrequirements:Inglés\n");
}

static void where_parts_begin(void **state)
{
	(void)state;
	const char *text = "Intro line\n\nFunciones:\n- Cobrar\n\nPárrafo uno. Dos.\n";
	struct doc d;
	doc_read(text, strlen(text), HEADINGS, sizeof HEADINGS / sizeof *HEADINGS, &d);
	assert_int_equal(d.n, 4);
	assert_int_equal(d.nheadings, 1);
	assert_int_equal(d.parts[0].line, 1);
	assert_null(d.parts[0].heading);
	assert_int_equal(d.parts[1].line, 4);
	assert_string_equal(d.parts[1].heading, "Funciones");
	assert_int_equal(d.parts[2].line, 6);
	assert_int_equal(d.parts[3].line, 6);
	doc_free(&d);
}

/* A sentence of a paragraph is on the line it begins on, not the
 * paragraph's first (a CV's words are shown with their line). */
static void sentences_on_their_lines(void **state)
{
	(void)state;
	const char *text = "Llevaba la\ncontabilidad. Hacía las nóminas.\n  Conciliaba\nlos extractos.\n";
	struct doc d;
	doc_read(text, strlen(text), NULL, 0, &d);
	assert_int_equal(d.n, 3);
	assert_int_equal(d.parts[0].line, 1);
	assert_int_equal(d.parts[1].line, 2);
	assert_int_equal(d.parts[2].line, 3);
	doc_free(&d);
}

/* A short line right over a list is the list's title in a job
 * description, not a duty; in a CV (no heading phrases) it is read. */
static void title_over_a_list(void **state)
{
	(void)state;
	assert_string_equal(parts("Recepcionista\n- Atender el teléfono\n- Dar citas\n"),
			    "duties:Atender el teléfono\nduties:Dar citas\n");
	assert_string_equal(parts("Funciones:\nEn tienda\n- Cobrar\n"), "duties:Cobrar\n");
	/* Ended as a sentence, or over no list, it is a part. */
	assert_string_equal(parts("Atender el teléfono.\n- Dar citas\n"),
			    "duties:Atender el teléfono.\nduties:Dar citas\n");
	struct doc d;
	const char *cv = "Cajera en Día\n- Cobraba en caja\n";
	doc_read(cv, strlen(cv), NULL, 0, &d);
	assert_int_equal(d.n, 2);
	assert_string_equal(d.parts[0].text, "Cajera en Día");
	doc_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(no_headings_is_all_duties),
	    cmocka_unit_test(headings_in_every_dress),
	    cmocka_unit_test(lists_and_items),
	    cmocka_unit_test(more_goes_on),
	    cmocka_unit_test(where_parts_begin),
	    cmocka_unit_test(sentences_on_their_lines),
	    cmocka_unit_test(title_over_a_list),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
