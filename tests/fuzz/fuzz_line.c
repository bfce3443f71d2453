/*
 * fuzz_line.c - libFuzzer target: input lines to the REPL's line handler
 * (repl_line), so the command tokenizer, the dispatcher, every command with
 * any arguments, and CLIPS text at the prompt, on the embedded knowledge.
 *
 * The input is split at '\n'; each piece is one line, as repl_stream()
 * would hand it over (NUL-terminated; a NUL inside is a bad byte). At the
 * end of the input, repl_finish() drops an unfinished CLIPS expression, so
 * no input leaves text pending for the next one. A first line "#json" (a
 * comment to the REPL) runs the input in --json mode, "#echo" with --echo.
 *
 * CLIPS text is evaluated, as at the prompt: inputs naming CLIPS functions
 * that touch files, run a shell, leave or loop are skipped (fuzz.h), and
 * so are those naming the commands that write a file (save, report, and
 * their Spanish names: fuzz_case.c covers them). load reads files only.
 *
 * The session is created once: loading the knowledge takes tens of
 * milliseconds, and some hundreds under the sanitizers. What inputs leave
 * behind (tasks, candidates, facts) is dropped every RESET_EVERY inputs by
 * a reset, as the `reset` command does. Inputs that take knowledge away
 * ((clear), (undefrule ...)) are skipped, so the environment is never
 * destroyed while fuzzing: CLIPS 6.30 leaks a few bytes when an
 * environment that has seen some typed constructs is destroyed (found by
 * this target; not reproducible from one input, and not in our code). A
 * crash is reproducible from its input alone, unless it needs what up to
 * RESET_EVERY earlier inputs left (then give those inputs to the target in
 * order: it runs the files it is given one after the other, in one process).
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../repl/msg.h"
#include "../../repl/session.h"
#include "advisor.h"
#include "fuzz.h"

enum { RESET_EVERY = 1000 };

static struct session s;
static unsigned long inputs;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet();
	/* "position NAME --from -" reads standard input: let it find none
	 * rather than wait for a terminal or a pipe. */
	int null = open("/dev/null", O_RDONLY);
	if (null < 0 || dup2(null, STDIN_FILENO) < 0)
		abort();
	close(null);
	msg_set_lang(LANG_EN);
	session_init(&s);
	s.kb_dir = NULL; /* the embedded knowledge */
	s.max_firings = 10000;
	s.max_seconds = 1;
	if (session_load(&s) != 0)
		abort(); /* the embedded knowledge must load */
	return 0;
}

/* The session forgotten and the facts reset, as the `reset` command does. */
static void restore(void)
{
	s.json = false;
	s.echo = false;
	host_reset(s.host);
	advisor_clear(s.adv);
	if (advisor_attach(s.adv) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The reload command loads the knowledge again, a large part of a
	 * second under the sanitizers; rewarded by the paths it opens, the
	 * fuzzer spent most of its time on it. It is session_load(), which
	 * every input's session went through, and its transcript is
	 * tests/transcripts/005-reload.t. */
	static const char *const slow[] = {"reload", "recargar", NULL};
	/* (clear), (undefrule ...) and the other undef functions. */
	static const char *const removers[] = {"clear", "undef", NULL};
	/* Commands that write a file the input names (fuzz_case covers them). */
	static const char *const writers[] = {"save", "guardar", "report", "informe", NULL};
	if (fuzz_dangerous(data, size) || fuzz_token(data, size, slow, true) ||
	    fuzz_token(data, size, writers, true) ||
	    (memchr(data, '(', size) && fuzz_token(data, size, removers, false)))
		return -1; /* not added to the corpus */
	s.json = size >= 5 && memcmp(data, "#json", 5) == 0;
	s.echo = size >= 5 && memcmp(data, "#echo", 5) == 0;
	char *line = malloc(size + 1);
	if (!line)
		abort();
	for (size_t i = 0; i <= size && !s.quit;) {
		const uint8_t *nl = memchr(data + i, '\n', size - i);
		size_t n = nl ? (size_t)(nl - (data + i)) : size - i;
		memcpy(line, data + i, n);
		line[n] = '\0';
		if (s.echo)
			repl_echo(&s, line, n);
		repl_line(&s, line, n);
		i += n + 1;
	}
	free(line);
	if (!s.quit)
		repl_finish(&s);
	s.quit = false;
	s.failed = false;
	s.failures = 0;
	s.json = false;
	s.echo = false;
	inputs++;
	msg_set_lang(LANG_EN);
	if (inputs % RESET_EVERY == 0)
		restore();
	return 0;
}
