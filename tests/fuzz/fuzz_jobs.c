/*
 * fuzz_jobs.c - libFuzzer target: `oficio batch --jobs N` (batch_jobs() in
 * repl/jobs.c), the parent and its forked workers, on the embedded
 * knowledge. Each input is run by plain batch_run() and by batch_jobs()
 * with 2 or 3 workers, with plain and with --json output, and the two
 * outputs must be the same bytes (and both fail, or neither): the contract
 * of --jobs. Half the inputs reach batch_jobs() through a file descriptor
 * (its poll() reader), half through a string stream (getline()).
 *
 * Standard output is sent to a temporary file for each run and read back.
 * The text of a line is data (facts through the C API, never CLIPS
 * source), so nothing is filtered. The session is created once: batch
 * keeps nothing between inputs, and the workers are forked from it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* What one run printed on stdout (the caller frees it); *failed: whether
 * it counted a failure. */
static char *capture(const uint8_t *data, size_t size, int jobs, bool by_fd, size_t *n, bool *failed)
{
	FILE *out = tmpfile();
	FILE *in = by_fd ? tmpfile() : fmemopen((void *)data, size, "r");
	if (!out || !in)
		abort();
	if (by_fd) {
		if (fwrite(data, 1, size, in) != size || fflush(in) != 0)
			abort();
		rewind(in);
	}
	fflush(stdout);
	int saved = dup(STDOUT_FILENO);
	if (saved < 0 || dup2(fileno(out), STDOUT_FILENO) < 0)
		abort();
	s.failures = 0;
	if (jobs > 1)
		batch_jobs(&s, in, jobs);
	else
		batch_run(&s, in);
	fflush(stdout);
	if (dup2(saved, STDOUT_FILENO) < 0)
		abort();
	close(saved);
	clearerr(stdout);
	*failed = s.failures != 0;
	fclose(in);
	long len = ftell(out) >= 0 ? lseek(fileno(out), 0, SEEK_END) : -1;
	if (len < 0)
		abort();
	char *text = malloc((size_t)len + 1);
	if (!text || pread(fileno(out), text, (size_t)len, 0) != len)
		abort();
	fclose(out);
	*n = (size_t)len;
	return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0; /* fmemopen wants a buffer of at least one byte */
	int jobs = 2 + data[0] % 2; /* each worker is a fork of an ASan process: slow */
	bool by_fd = data[0] & 4;
	for (int json = 0; json <= 1; json++) {
		s.json = json;
		size_t n1, n2;
		bool f1, f2;
		char *plain = capture(data, size, 1, false, &n1, &f1);
		char *parallel = capture(data, size, jobs, by_fd, &n2, &f2);
		if (n1 != n2 || memcmp(plain, parallel, n1) != 0 || f1 != f2) {
			fprintf(stderr, "batch --jobs %d (%s) differs from batch%s: %zu and %zu bytes, failed %d and %d\n",
				jobs, by_fd ? "fd" : "stream", json ? " --json" : "", n1, n2, f1, f2);
			abort();
		}
		free(plain);
		free(parallel);
	}
	s.failures = 0;
	s.failed = false;
	s.json = false;
	return 0;
}
