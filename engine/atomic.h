/*
 * atomic.h - writing a whole file atomically: readers, and a crash at any
 * moment, see either the old content or the new, never a mix or a stub.
 *
 *	struct atomic_error e;
 *	if (atomic_write(path, text, len, &e) != 0) {
 *		char *line = atomic_strerror(&e, path);   (or translate e.step and
 *		...                                        strerror(e.errnum))
 *		free(line);
 *	}
 *
 * How: the data goes into a temporary file ".NAME.XXXXXX" in the folder of
 * PATH (mkstemp), which is fsync()ed, closed, and renamed over PATH; then
 * the folder is fsync()ed so the rename itself survives a crash (best
 * effort: a folder that cannot be opened or synced is not an error).
 *
 * Guaranteed on success (0): PATH holds exactly the n bytes, flushed to
 * disk. A new file gets mode 0666 & ~umask, as open(O_CREAT) would give it;
 * an existing one keeps its permission bits. If PATH is a symbolic link,
 * the file it leads to is replaced (or created, if the link dangles) and the
 * link stays.
 *
 * Guaranteed on failure (-1): PATH is as it was (old content intact, or
 * still absent) and the temporary file has been removed. Only a process
 * killed mid-write, or a failing unlink() of the temporary, can leave a
 * stray ".NAME.XXXXXX" beside PATH.
 *
 * Not kept: the owner, extended attributes and ACLs of an existing file,
 * and hard links to it (PATH becomes a new inode). atomic_write reads the
 * umask by setting it and back, so it must not race other threads that
 * create files.
 */
#ifndef OFICIO_ATOMIC_H
#define OFICIO_ATOMIC_H

#include <stddef.h>

/* The step that failed. errnum (an errno value) says why, except for
 * ATOMIC_FOLDER and ATOMIC_NOT_REGULAR, which are refusals (errnum 0) made
 * before anything is touched. */
enum atomic_step {
	ATOMIC_OK,          /* no failure */
	ATOMIC_FOLDER,      /* PATH names a folder */
	ATOMIC_NOT_REGULAR, /* PATH exists and is not a regular file (a device, a FIFO, a socket) */
	ATOMIC_CREATE,      /* cannot create the temporary file (or PATH cannot be looked at) */
	ATOMIC_WRITE,       /* writing, or closing, the temporary file failed */
	ATOMIC_SYNC,        /* fsync() of the temporary file failed */
	ATOMIC_RENAME,      /* renaming the temporary file to PATH failed */
};

struct atomic_error {
	enum atomic_step step;
	int errnum;
};

/* Writes data[0..n) to path, atomically (above). data may be NULL when n is
 * 0. Returns 0, or -1 with *e filled in; e may be NULL. On success e->step
 * is ATOMIC_OK. */
int atomic_write(const char *path, const void *data, size_t n, struct atomic_error *e);

/* The English line for a failure, naming the step, path and strerror:
 *	PATH is a folder
 *	PATH is not a regular file
 *	cannot create PATH: STRERROR
 *	cannot write PATH: STRERROR        ("... No space left on device")
 *	cannot sync PATH to disk: STRERROR
 *	cannot rename a temporary file to PATH: STRERROR
 * (and "PATH: no failure" for ATOMIC_OK). No trailing newline; the caller
 * frees it. A caller that speaks another language builds its own line from
 * e->step and strerror(e->errnum) instead. */
char *atomic_strerror(const struct atomic_error *e, const char *path);

#endif
