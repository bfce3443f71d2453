/*
 * atomic.c - atomic_write(): a whole file replaced through a temporary file
 * beside it (write, fsync, close, rename, fsync the folder), so that the old
 * content stays intact whatever fails. See atomic.h for what is guaranteed.
 */
#include "atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

/* Longest part of the name copied into the temporary's name, so that
 * ".NAME.XXXXXX" stays within NAME_MAX (255) for any NAME. */
enum { TMP_NAME_MAX = 200 };

/* Symbolic links followed in a row before giving up (ELOOP), as Linux does. */
enum { MAX_LINKS = 40 };

static int fail(struct atomic_error *e, enum atomic_step step, int errnum)
{
	e->step = step;
	e->errnum = errnum;
	return -1;
}

/* Writes all n bytes to fd, through short writes and EINTR. 0 or an errno. */
static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return errno;
		if (w == 0) /* no progress and no error: never loop on it */
			return EIO;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Best effort by design (atomic.h): the rename has happened, and a folder
 * we cannot open or sync (some file systems refuse) is no reason to report
 * a failure for a file that is in place. */
static void sync_folder(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return;
	(void)fsync(fd);
	(void)close(fd);
}

/* The temporary file's content, mode and flush; 0 or the failing step. */
static int fill(int fd, const void *data, size_t n, mode_t mode, struct atomic_error *e)
{
	if (fcntl(fd, F_SETFD, FD_CLOEXEC) != 0 || fchmod(fd, mode) != 0)
		return fail(e, ATOMIC_CREATE, errno);
	int err = write_all(fd, data, n);
	if (err)
		return fail(e, ATOMIC_WRITE, err);
	if (fsync(fd) != 0)
		return fail(e, ATOMIC_SYNC, errno);
	return 0;
}

/* Replaces target (a resolved path, no symbolic link) by the data. */
static int replace(const char *target, const void *data, size_t n, struct atomic_error *e)
{
	struct stat st;
	mode_t mode;
	if (stat(target, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return fail(e, ATOMIC_FOLDER, 0);
		if (!S_ISREG(st.st_mode))
			return fail(e, ATOMIC_NOT_REGULAR, 0);
		mode = st.st_mode & 07777;
	} else if (errno == ENOENT) {
		mode_t mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	} else {
		return fail(e, ATOMIC_CREATE, errno);
	}

	/* dir: the folder, with its '/' (to sync it); tmp: ".NAME.XXXXXX" in it. */
	const char *slash = strrchr(target, '/');
	size_t dirlen = slash ? (size_t)(slash - target) + 1 : 0;
	const char *name = target + dirlen;
	char *dir = dirlen ? xstrndup(target, dirlen) : xstrdup(".");
	char *tmp = xasprintf("%s.%.*s.XXXXXX", dirlen ? dir : "", (int)strnlen(name, TMP_NAME_MAX), name);

	int rc = -1;
	int fd = mkstemp(tmp);
	if (fd < 0) {
		fail(e, ATOMIC_CREATE, errno);
		goto out;
	}
	rc = fill(fd, data, n, mode, e);
	/* close() reports errors of delayed writes (NFS, quotas). EINTR when
	 * rc is 0 comes after fsync() succeeded, and Linux has closed fd by
	 * then: the data is on disk, so it is not a failure. */
	if (close(fd) != 0 && errno != EINTR && rc == 0)
		rc = fail(e, ATOMIC_WRITE, errno);
	if (rc == 0 && rename(tmp, target) != 0)
		rc = fail(e, ATOMIC_RENAME, errno);
	if (rc != 0) {
		/* The failure reported is the one above; a temporary that
		 * cannot be removed is the stray atomic.h warns about. */
		(void)unlink(tmp);
		goto out;
	}
	sync_folder(dir);
out:
	free(tmp);
	free(dir);
	return rc;
}

/* path with its symbolic links followed: the file they lead to, which
 * may not exist yet (a dangling link names the file to create, as with
 * the shell's >). Only the last name needs following: a link among the
 * folders leads to the same folder either way. NULL and errno on failure. */
static char *follow(const char *path)
{
	char *cur = xstrdup(path);
	for (int hops = 0; hops < MAX_LINKS; hops++) {
		struct stat st;
		if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode))
			return cur;
		char to[PATH_MAX];
		ssize_t len = readlink(cur, to, sizeof to);
		if (len < 0 || (size_t)len >= sizeof to) {
			int err = len < 0 ? errno : ENAMETOOLONG;
			free(cur);
			errno = err;
			return NULL;
		}
		to[len] = '\0';
		const char *slash = strrchr(cur, '/');
		char *next = to[0] == '/' || !slash ? xstrdup(to)
			   : xasprintf("%.*s/%s", (int)(slash - cur), cur, to);
		free(cur);
		cur = next;
	}
	free(cur);
	errno = ELOOP;
	return NULL;
}

int atomic_write(const char *path, const void *data, size_t n, struct atomic_error *e)
{
	struct atomic_error spare;
	if (!e)
		e = &spare;
	e->step = ATOMIC_OK;
	e->errnum = 0;
	if (!*path)
		return fail(e, ATOMIC_CREATE, ENOENT);
	if (n > 0 && !data)
		return fail(e, ATOMIC_WRITE, EFAULT);
	char *target = follow(path);
	if (!target)
		return fail(e, ATOMIC_CREATE, errno);
	int rc = replace(target, data, n, e);
	free(target);
	return rc;
}

char *atomic_strerror(const struct atomic_error *e, const char *path)
{
	const char *why = strerror(e->errnum);
	switch (e->step) {
	case ATOMIC_OK:
		return xasprintf("%s: no failure", path);
	case ATOMIC_FOLDER:
		return xasprintf("%s is a folder", path);
	case ATOMIC_NOT_REGULAR:
		return xasprintf("%s is not a regular file", path);
	case ATOMIC_CREATE:
		return xasprintf("cannot create %s: %s", path, why);
	case ATOMIC_WRITE:
		return xasprintf("cannot write %s: %s", path, why);
	case ATOMIC_SYNC:
		return xasprintf("cannot sync %s to disk: %s", path, why);
	case ATOMIC_RENAME:
		return xasprintf("cannot rename a temporary file to %s: %s", path, why);
	}
	return xasprintf("%s: unknown failure %d (%s)", path, (int)e->step, why);
}
