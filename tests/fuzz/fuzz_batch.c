/*
 * fuzz_batch.c - libFuzzer target: the JSON Lines reader of `oficio batch`
 * (batch_run() in repl/advice.c), on the embedded knowledge.
 *
 * The input is the batch's standard input, read through fmemopen(); each
 * input runs twice, with plain and with --json output, since the two
 * render answers and errors differently. The text of a line is data (it
 * becomes facts through the C API, never CLIPS source), so nothing is
 * filtered here. The session is created once; batch classifies without
 * keeping anything, so no state grows between inputs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../repl/msg.h"
#include "../../repl/session.h"
#include "fuzz.h"

static struct session s;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet();
	msg_set_lang(LANG_EN);
	session_init(&s);
	s.kb_dir = NULL;
	s.max_firings = 10000;
	s.max_seconds = 1;
	if (session_load(&s) != 0)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0; /* fmemopen wants a buffer of at least one byte */
	for (int json = 0; json <= 1; json++) {
		FILE *in = fmemopen((void *)data, size, "r");
		if (!in)
			abort();
		s.json = json;
		batch_run(&s, in);
		fclose(in);
	}
	s.failures = 0;
	s.failed = false;
	return 0;
}
