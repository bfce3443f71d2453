/*
 * test_atomic.c - unit tests for engine/atomic.c, writing a file atomically.
 *
 * What a caller would notice: a new file appears with the content and a
 * normal mode; an existing one is replaced and keeps its mode; folders,
 * devices and FIFOs are refused untouched; a missing folder or a failed
 * write reports the step and errno and leaves the old file (or no file) and
 * no temporary behind; symbolic links stay links; the English lines.
 *
 * Each test gets a fresh temporary folder (setup/teardown) and lists it to
 * see what is left there. A write fails here through RLIMIT_FSIZE (EFBIG),
 * which works as root too; the other faults (ENOSPC, EIO from fsync, EROFS
 * from rename, a kill during the write) are in tests/faults/run.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"

/* ------------------------------------------------------------- fixture */

struct fx {
	char dir[64];
	char path[128]; /* dir/case.json */
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof *fx);
	if (!fx)
		return -1;
	strcpy(fx->dir, "/tmp/test_atomic.XXXXXX");
	if (!mkdtemp(fx->dir)) {
		free(fx);
		return -1;
	}
	snprintf(fx->path, sizeof fx->path, "%s/case.json", fx->dir);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	char *cmd = NULL;
	size_t n = strlen(fx->dir) + 16;
	cmd = malloc(n);
	if (!cmd)
		return -1;
	snprintf(cmd, n, "rm -rf '%s'", fx->dir);
	int rc = system(cmd);
	free(cmd);
	free(fx);
	return rc == 0 ? 0 : -1;
}

/* The folder's entries, sorted, separated by spaces ("" when empty). */
static char *listing(const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort);
	assert_true(n >= 0);
	static char out[4096];
	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		const char *s = names[i]->d_name;
		if (strcmp(s, ".") != 0 && strcmp(s, "..") != 0) {
			if (out[0])
				strncat(out, " ", sizeof out - strlen(out) - 1);
			strncat(out, s, sizeof out - strlen(out) - 1);
		}
		free(names[i]);
	}
	free(names);
	return out;
}

/* The whole file as a string (the test files hold no NUL bytes). */
static char *slurp(const char *path)
{
	static char buf[16384];
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	assert_int_equal(ferror(f), 0);
	assert_int_equal(fclose(f), 0);
	buf[n] = '\0';
	return buf;
}

static void put(const char *path, const char *text, mode_t mode)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(chmod(path, mode), 0);
}

static mode_t mode_of(const char *path)
{
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	return st.st_mode & 07777;
}

static void assert_message(const struct atomic_error *e, const char *path, const char *want)
{
	char *line = atomic_strerror(e, path);
	assert_string_equal(line, want);
	free(line);
}

/* --------------------------------------------------------------- tests */

static void test_new_file(void **state)
{
	struct fx *fx = *state;
	struct atomic_error e = {ATOMIC_WRITE, 99};
	assert_int_equal(atomic_write(fx->path, "{\"a\": 1}\n", 9, &e), 0);
	assert_int_equal(e.step, ATOMIC_OK);
	assert_int_equal(e.errnum, 0);
	assert_string_equal(slurp(fx->path), "{\"a\": 1}\n");
	assert_int_equal(mode_of(fx->path), 0644); /* umask 022, set by main */
	assert_string_equal(listing(fx->dir), "case.json");
}

static void test_new_file_follows_umask(void **state)
{
	struct fx *fx = *state;
	mode_t old = umask(027);
	int rc = atomic_write(fx->path, "x", 1, NULL);
	umask(old);
	assert_int_equal(rc, 0);
	assert_int_equal(mode_of(fx->path), 0640);
}

static void test_replace_existing(void **state)
{
	struct fx *fx = *state;
	put(fx->path, "old content, longer than the new one\n", 0644);
	struct atomic_error e;
	assert_int_equal(atomic_write(fx->path, "new\n", 4, &e), 0);
	assert_string_equal(slurp(fx->path), "new\n");
	assert_string_equal(listing(fx->dir), "case.json");
}

static void test_keeps_mode(void **state)
{
	struct fx *fx = *state;
	put(fx->path, "secret\n", 0600);
	assert_int_equal(atomic_write(fx->path, "still secret\n", 13, NULL), 0);
	assert_int_equal(mode_of(fx->path), 0600);
	put(fx->path, "#!/bin/sh\n", 0750);
	assert_int_equal(atomic_write(fx->path, "#!/bin/sh\nexit 0\n", 17, NULL), 0);
	assert_int_equal(mode_of(fx->path), 0750);
}

static void test_zero_length(void **state)
{
	struct fx *fx = *state;
	assert_int_equal(atomic_write(fx->path, NULL, 0, NULL), 0);
	assert_string_equal(slurp(fx->path), "");
	put(fx->path, "something\n", 0644);
	assert_int_equal(atomic_write(fx->path, "", 0, NULL), 0);
	assert_string_equal(slurp(fx->path), "");
	assert_string_equal(listing(fx->dir), "case.json");
}

static void test_folder(void **state)
{
	struct fx *fx = *state;
	char sub[PATH_MAX];
	snprintf(sub, sizeof sub, "%s/sub", fx->dir);
	assert_int_equal(mkdir(sub, 0755), 0);
	struct atomic_error e;
	assert_int_equal(atomic_write(sub, "x", 1, &e), -1);
	assert_int_equal(e.step, ATOMIC_FOLDER);
	assert_int_equal(e.errnum, 0);
	char want[PATH_MAX + 16];
	snprintf(want, sizeof want, "%s is a folder", sub);
	assert_message(&e, sub, want);
	strcat(sub, "/");
	assert_int_equal(atomic_write(sub, "x", 1, &e), -1);
	assert_int_equal(e.step, ATOMIC_FOLDER);
	assert_string_equal(listing(fx->dir), "sub");
	assert_string_equal(listing(sub), "");
}

static void test_dev_null(void **state)
{
	(void)state;
	struct atomic_error e;
	assert_int_equal(atomic_write("/dev/null", "x", 1, &e), -1);
	assert_int_equal(e.step, ATOMIC_NOT_REGULAR);
	assert_message(&e, "/dev/null", "/dev/null is not a regular file");
	struct stat st;
	assert_int_equal(stat("/dev/null", &st), 0);
	assert_true(S_ISCHR(st.st_mode));
}

/* A FIFO is refused without being opened (opening one would block). */
static void test_fifo(void **state)
{
	struct fx *fx = *state;
	assert_int_equal(mkfifo(fx->path, 0644), 0);
	struct atomic_error e;
	assert_int_equal(atomic_write(fx->path, "x", 1, &e), -1);
	assert_int_equal(e.step, ATOMIC_NOT_REGULAR);
	assert_string_equal(listing(fx->dir), "case.json");
}

static void test_missing_folder(void **state)
{
	struct fx *fx = *state;
	char path[PATH_MAX], want[PATH_MAX + 64];
	snprintf(path, sizeof path, "%s/nope/case.json", fx->dir);
	struct atomic_error e;
	assert_int_equal(atomic_write(path, "x", 1, &e), -1);
	assert_int_equal(e.step, ATOMIC_CREATE);
	assert_int_equal(e.errnum, ENOENT);
	snprintf(want, sizeof want, "cannot create %s: No such file or directory", path);
	assert_message(&e, path, want);
	assert_string_equal(listing(fx->dir), "");
}

/* A path through a regular file, as if it were a folder. */
static void test_not_a_folder(void **state)
{
	struct fx *fx = *state;
	put(fx->path, "old\n", 0644);
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/inner", fx->path);
	struct atomic_error e;
	assert_int_equal(atomic_write(path, "x", 1, &e), -1);
	assert_int_equal(e.step, ATOMIC_CREATE);
	assert_int_equal(e.errnum, ENOTDIR);
	assert_string_equal(slurp(fx->path), "old\n");
}

static void test_empty_path(void **state)
{
	struct fx *fx = *state;
	struct atomic_error e;
	assert_int_equal(atomic_write("", "x", 1, &e), -1);
	assert_int_equal(e.step, ATOMIC_CREATE);
	assert_int_equal(e.errnum, ENOENT);
	assert_string_equal(listing(fx->dir), "");
}

/* Writes n bytes to path with the file size limited to limit bytes (the
 * write fails with EFBIG, after a short write when limit > 0). */
static int write_limited(const char *path, size_t n, rlim_t limit, struct atomic_error *e)
{
	char *data = malloc(n);
	assert_non_null(data);
	memset(data, 'z', n);
	struct rlimit old, low;
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	low = old;
	low.rlim_cur = limit;
	void (*was)(int) = signal(SIGXFSZ, SIG_IGN);
	assert_true(was != SIG_ERR);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &low), 0);
	int rc = atomic_write(path, data, n, e);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	assert_true(signal(SIGXFSZ, was) != SIG_ERR);
	free(data);
	return rc;
}

static void test_failure_keeps_old(void **state)
{
	struct fx *fx = *state;
	put(fx->path, "old content\n", 0640);
	struct atomic_error e;
	assert_int_equal(write_limited(fx->path, 8192, 100, &e), -1);
	assert_int_equal(e.step, ATOMIC_WRITE);
	assert_int_equal(e.errnum, EFBIG);
	char want[PATH_MAX + 64];
	snprintf(want, sizeof want, "cannot write %s: %s", fx->path, strerror(EFBIG));
	assert_message(&e, fx->path, want);
	assert_string_equal(slurp(fx->path), "old content\n");
	assert_int_equal(mode_of(fx->path), 0640);
	assert_string_equal(listing(fx->dir), "case.json");
}

static void test_failure_leaves_no_file(void **state)
{
	struct fx *fx = *state;
	struct atomic_error e;
	assert_int_equal(write_limited(fx->path, 10, 0, &e), -1);
	assert_int_equal(e.step, ATOMIC_WRITE);
	assert_string_equal(listing(fx->dir), "");
}

/* A symbolic link stays a link; the file it names gets the content. */
static void test_symlink(void **state)
{
	struct fx *fx = *state;
	char link[PATH_MAX];
	snprintf(link, sizeof link, "%s/link", fx->dir);
	put(fx->path, "old\n", 0600);
	assert_int_equal(symlink("case.json", link), 0);
	assert_int_equal(atomic_write(link, "new\n", 4, NULL), 0);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_string_equal(slurp(fx->path), "new\n");
	assert_int_equal(mode_of(fx->path), 0600);
	assert_string_equal(listing(fx->dir), "case.json link");
}

/* A chain of relative links through a folder; a dangling link creates
 * the file it names; a loop of links is an error (ELOOP). */
static void test_symlink_chain(void **state)
{
	struct fx *fx = *state;
	char sub[PATH_MAX], link[PATH_MAX], inner[PATH_MAX];
	snprintf(sub, sizeof sub, "%s/sub", fx->dir);
	snprintf(link, sizeof link, "%s/link", fx->dir);
	snprintf(inner, sizeof inner, "%s/sub/inner", fx->dir);
	assert_int_equal(mkdir(sub, 0755), 0);
	assert_int_equal(symlink("sub/inner", link), 0);
	assert_int_equal(symlink("../case.json", inner), 0);
	assert_int_equal(atomic_write(link, "made\n", 5, NULL), 0);
	assert_string_equal(slurp(fx->path), "made\n");
	assert_string_equal(listing(fx->dir), "case.json link sub");
	assert_string_equal(listing(sub), "inner");

	assert_int_equal(unlink(fx->path), 0);
	assert_int_equal(symlink("link", fx->path), 0); /* case.json -> link -> sub/inner -> ../case.json */
	struct atomic_error e;
	assert_int_equal(atomic_write(link, "x", 1, &e), -1);
	assert_int_equal(e.step, ATOMIC_CREATE);
	assert_int_equal(e.errnum, ELOOP);
	assert_string_equal(listing(fx->dir), "case.json link sub");
}

static void test_symlink_to_folder(void **state)
{
	struct fx *fx = *state;
	char link[PATH_MAX];
	snprintf(link, sizeof link, "%s/link", fx->dir);
	assert_int_equal(symlink("/tmp", link), 0);
	struct atomic_error e;
	assert_int_equal(atomic_write(link, "x", 1, &e), -1);
	assert_int_equal(e.step, ATOMIC_FOLDER);
}

/* A bare name: the temporary goes in the current folder. */
static void test_relative_path(void **state)
{
	struct fx *fx = *state;
	char here[PATH_MAX];
	assert_non_null(getcwd(here, sizeof here));
	assert_int_equal(chdir(fx->dir), 0);
	int rc = atomic_write("bare.txt", "bare\n", 5, NULL);
	assert_int_equal(chdir(here), 0);
	assert_int_equal(rc, 0);
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/bare.txt", fx->dir);
	assert_string_equal(slurp(path), "bare\n");
	assert_string_equal(listing(fx->dir), "bare.txt");
}

/* The longest name a folder takes: the temporary's name is cut to fit. */
static void test_long_name(void **state)
{
	struct fx *fx = *state;
	char name[NAME_MAX + 1], path[PATH_MAX];
	memset(name, 'n', NAME_MAX);
	name[NAME_MAX] = '\0';
	snprintf(path, sizeof path, "%s/%s", fx->dir, name);
	assert_int_equal(atomic_write(path, "long\n", 5, NULL), 0);
	assert_string_equal(slurp(path), "long\n");
	assert_string_equal(listing(fx->dir), name);
}

static void test_messages(void **state)
{
	(void)state;
	struct atomic_error e = {ATOMIC_FOLDER, 0};
	assert_message(&e, "/x", "/x is a folder");
	e = (struct atomic_error){ATOMIC_NOT_REGULAR, 0};
	assert_message(&e, "/dev/zero", "/dev/zero is not a regular file");
	e = (struct atomic_error){ATOMIC_CREATE, EACCES};
	assert_message(&e, "/x/case.json", "cannot create /x/case.json: Permission denied");
	e = (struct atomic_error){ATOMIC_WRITE, ENOSPC};
	assert_message(&e, "/x/case.json", "cannot write /x/case.json: No space left on device");
	e = (struct atomic_error){ATOMIC_SYNC, EIO};
	assert_message(&e, "/x/case.json", "cannot sync /x/case.json to disk: Input/output error");
	e = (struct atomic_error){ATOMIC_RENAME, EROFS};
	assert_message(&e, "/x/case.json",
		       "cannot rename a temporary file to /x/case.json: Read-only file system");
	e = (struct atomic_error){ATOMIC_OK, 0};
	assert_message(&e, "/x/case.json", "/x/case.json: no failure");
}

int main(void)
{
	umask(022);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_file_follows_umask, setup, teardown),
		cmocka_unit_test_setup_teardown(test_replace_existing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_keeps_mode, setup, teardown),
		cmocka_unit_test_setup_teardown(test_zero_length, setup, teardown),
		cmocka_unit_test_setup_teardown(test_folder, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dev_null, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fifo, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_folder, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_a_folder, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failure_keeps_old, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failure_leaves_no_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlink, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlink_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlink_to_folder, setup, teardown),
		cmocka_unit_test_setup_teardown(test_relative_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_messages, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
