/*
 * fault.c - a fault-injection shim for tests, loaded with LD_PRELOAD: it
 * makes file writes, fsync() and rename() fail, or writes slow, as the
 * environment asks, so a test can see what a program does when saving
 * fails or is killed halfway.
 *
 *	OFICIO_FAULT=NAME[,NAME...]
 *	  enospc        write() fails with ENOSPC once OFICIO_FAULT_AFTER bytes
 *	                (default 0) have been written to regular files; the
 *	                write that crosses the mark is cut short there
 *	  eio-fsync     fsync() and fdatasync() fail with EIO
 *	  slow          each write() to a regular file sleeps 1 s first (a test
 *	                can kill the process in the middle of a save)
 *	  erofs-rename  rename() fails with EROFS
 *	  eacces-open   open() of a path holding OFICIO_FAULT_PATH fails with
 *	                EACCES (permission denied, which root never sees)
 *
 * Only write() calls on a regular file at fd 3 or above are touched: never
 * standard input, output or error (even redirected to a file), pipes,
 * terminals or sockets. An unknown NAME stops the process at start with
 * exit status 125 and a message, so a typo cannot pass a test silently.
 *
 * Caveat: glibc's stdio writes through an internal write(), which no
 * LD_PRELOAD can replace; a file written with fwrite()/fprintf() is not
 * affected. atomic_write() calls write() itself, so it is.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int enospc, eio_fsync, slow, erofs_rename, eacces_open;
static const char *eacces_path;
static unsigned long long after, written; /* the ENOSPC mark; bytes written to regular files */

__attribute__((constructor)) static void fault_init(void)
{
	const char *spec = getenv("OFICIO_FAULT");
	const char *mark = getenv("OFICIO_FAULT_AFTER");
	if (mark) {
		char *end;
		errno = 0;
		after = strtoull(mark, &end, 10);
		if (errno || end == mark || *end) {
			fprintf(stderr, "fault.so: OFICIO_FAULT_AFTER=%s is not a number of bytes\n", mark);
			_exit(125);
		}
	}
	for (const char *s = spec ? spec : ""; *s;) {
		size_t n = strcspn(s, ",");
		if (n == 6 && !strncmp(s, "enospc", n))
			enospc = 1;
		else if (n == 9 && !strncmp(s, "eio-fsync", n))
			eio_fsync = 1;
		else if (n == 4 && !strncmp(s, "slow", n))
			slow = 1;
		else if (n == 12 && !strncmp(s, "erofs-rename", n))
			erofs_rename = 1;
		else if (n == 11 && !strncmp(s, "eacces-open", n))
			eacces_open = 1;
		else if (n > 0) {
			fprintf(stderr, "fault.so: unknown fault '%.*s' in OFICIO_FAULT "
					"(enospc, eio-fsync, slow, erofs-rename, eacces-open)\n", (int)n, s);
			_exit(125);
		}
		s += n + (s[n] == ',');
	}
	eacces_path = getenv("OFICIO_FAULT_PATH");
	if (eacces_open && (!eacces_path || !*eacces_path)) {
		fputs("fault.so: eacces-open needs OFICIO_FAULT_PATH\n", stderr);
		_exit(125);
	}
}

/* The next definition of name after this library (libc's, or a sanitizer's). */
static void *next(const char *name)
{
	void *f = dlsym(RTLD_NEXT, name);
	if (!f) {
		fprintf(stderr, "fault.so: no %s to wrap: %s\n", name, dlerror());
		abort();
	}
	return f;
}

static int regular_file(int fd)
{
	struct stat st;
	return fd > 2 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

ssize_t write(int fd, const void *buf, size_t n)
{
	static ssize_t (*real)(int, const void *, size_t);
	if (!real)
		real = (ssize_t (*)(int, const void *, size_t))next("write");
	if (!(enospc || slow) || !regular_file(fd))
		return real(fd, buf, n);
	if (slow) {
		struct timespec second = {1, 0};
		while (nanosleep(&second, &second) != 0 && errno == EINTR)
			continue;
	}
	if (enospc && n > 0) {
		if (written >= after) {
			errno = ENOSPC;
			return -1;
		}
		if (n > after - written)
			n = (size_t)(after - written);
	}
	ssize_t w = real(fd, buf, n);
	if (w > 0)
		written += (unsigned long long)w;
	return w;
}

int fsync(int fd)
{
	static int (*real)(int);
	if (!real)
		real = (int (*)(int))next("fsync");
	if (eio_fsync) {
		errno = EIO;
		return -1;
	}
	return real(fd);
}

int fdatasync(int fildes)
{
	static int (*real)(int);
	if (!real)
		real = (int (*)(int))next("fdatasync");
	if (eio_fsync) {
		errno = EIO;
		return -1;
	}
	return real(fildes);
}

int rename(const char *old, const char *new)
{
	static int (*real)(const char *, const char *);
	if (!real)
		real = (int (*)(const char *, const char *))next("rename");
	if (erofs_rename) {
		errno = EROFS;
		return -1;
	}
	return real(old, new);
}

/* open(2) takes a mode only with O_CREAT (or O_TMPFILE). */
int open(const char *path, int flags, ...)
{
	static int (*real)(const char *, int, ...);
	if (!real)
		real = (int (*)(const char *, int, ...))next("open");
	if (eacces_open && strstr(path, eacces_path)) {
		errno = EACCES;
		return -1;
	}
	mode_t mode = 0;
	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	return real(path, flags, mode);
}
