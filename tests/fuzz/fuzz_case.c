/*
 * fuzz_case.c - libFuzzer target: the saved-case loader (case_load_data,
 * what `load` and --case run on a file's bytes) on any input, and what a
 * case that loads leads to. Besides crashes and sanitizer reports, it
 * aborts when one of these promises breaks:
 *
 *   - a case that does not load leaves the session exactly as it was: the
 *     session saved as a case (case_dump) is the same before and after;
 *   - a case that loads saves to a case that loads again, and saves the
 *     same (load, save is a fixed point after one round);
 *   - the report can be made of any session a case gives.
 *
 * The session is created once, on the embedded knowledge, with a task, a
 * kept position and a candidate (so that "as it was" is not just empty),
 * and put back after every input that loaded. Odd-sized inputs run in
 * Spanish, so both languages' messages are formatted. It writes no file:
 * `save` and `report FILE` write through atomic_write, tested on its own
 * (tests/unit/test_atomic.c, tests/faults/).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../repl/msg.h"
#include "../../repl/session.h"
#include "advisor.h"
#include "fuzz.h"

static struct session s;
static char *base; /* the starting session, as a case */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void must(bool ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "fuzz_case: %s\n", what);
		abort();
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet();
	msg_set_lang(LANG_EN);
	session_init(&s);
	s.kb_dir = NULL; /* the embedded knowledge */
	s.max_seconds = 0; /* libFuzzer's -timeout catches what runs too long */
	must(session_load(&s) == 0, "the embedded knowledge does not load");
	static const char *const lines[] = {
	    "task t1 Hace las nóminas y paga a los proveedores contact=no",
	    "position office t1 receptionist",
	    "candidate ana \"escucha activa\" interpersonal numeracy",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		must(command_line(&s, lines[i]) == 0, lines[i]);
	base = case_dump(&s);
	must(base != NULL, "the starting session does not save");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	msg_set_lang(size % 2 ? LANG_ES : LANG_EN);
	if (case_load_data(&s, "fuzz", (const char *)data, size, false) != 0) {
		char *after = case_dump(&s);
		must(after && strcmp(after, base) == 0, "a case that failed to load changed the session");
		free(after);
	} else {
		char *once = case_dump(&s);
		must(once != NULL, "a loaded case does not save");
		must(case_load_data(&s, "once", once, strlen(once), false) == 0,
		     "a saved case does not load");
		char *twice = case_dump(&s);
		must(twice && strcmp(once, twice) == 0, "load, save is not a fixed point");
		char *report = report_markdown(&s);
		must(report != NULL, "no report of a loaded case");
		free(report);
		free(once);
		free(twice);
		must(case_load_data(&s, "base", base, strlen(base), false) == 0,
		     "the starting case does not load");
	}
	s.failed = false;
	s.failures = 0;
	msg_set_lang(LANG_EN);
	return 0;
}
