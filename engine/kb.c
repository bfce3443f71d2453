/*
 * kb.c - collects knowledge sources (embedded, a folder, extra paths) in
 * load order, and writes the embedded knowledge out as files. It reads and
 * writes files; it does not parse them (the host does).
 */
#include "kb.h"

#include <dirent.h>
#include <stdbool.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

static int fail(struct kb_error *err, const char *path, int code)
{
	err->path = xstrdup(path);
	err->code = code;
	return -1;
}

static void add(struct kb_set *set, char *path, char *text, size_t len)
{
	xgrow(&set->src, &set->cap, set->n + 1, sizeof *set->src);
	set->src[set->n++] = (struct host_source){.path = path, .text = text, .len = len};
}

/* Do two paths name the same file (the same path, or the same file on
 * disk)? */
static bool same_file(const char *x, const char *y)
{
	if (strcmp(x, y) == 0)
		return true;
	struct stat sx, sy;
	return stat(x, &sx) == 0 && stat(y, &sy) == 0 && sx.st_dev == sy.st_dev && sx.st_ino == sy.st_ino;
}

/* Drops the sources from first on that are already in the set before
 * first: the same file with the same text (a layer that is part of the
 * knowledge already, named again), so that it loads once. */
static void drop_repeats(struct kb_set *set, size_t first)
{
	size_t kept = first;
	for (size_t i = first; i < set->n; i++) {
		struct host_source *x = &set->src[i];
		bool repeat = false;
		for (size_t j = 0; j < kept && !repeat; j++) {
			const struct host_source *y = &set->src[j];
			repeat = x->len == y->len && memcmp(x->text, y->text, x->len) == 0 && same_file(x->path, y->path);
		}
		if (repeat) {
			free((char *)x->path);
			free((char *)x->text);
		} else {
			set->src[kept++] = *x;
		}
	}
	set->n = kept;
}

void kb_set_free(struct kb_set *set)
{
	for (size_t i = 0; i < set->n; i++) {
		free((char *)set->src[i].path);
		free((char *)set->src[i].text);
	}
	free(set->src);
	*set = (struct kb_set){0};
}

static int read_file(struct kb_set *set, const char *path, struct kb_error *err)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer (it is
	 * refused below, as anything that is not a regular file). */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return fail(err, path, errno);
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		int code = S_ISDIR(st.st_mode) ? EISDIR : KB_ENOTFILE;
		close(fd);
		return fail(err, path, code);
	}
	size_t cap = (size_t)st.st_size + 1, len = 0;
	char *text = xmalloc(cap);
	for (;;) {
		if (len + 1 >= cap)
			text = xrealloc(text, cap *= 2);
		ssize_t r = read(fd, text + len, cap - len - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int code = errno;
			free(text);
			close(fd);
			return fail(err, path, code);
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	text[len] = '\0';
	add(set, xstrdup(path), text, len);
	return 0;
}

static int is_clp(const char *name)
{
	size_t n = strlen(name);
	return n > 4 && name[0] != '.' && strcmp(name + n - 4, ".clp") == 0;
}

/* schema.clp sorts first: the templates must exist before facts use them. */
static int by_load_order(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	int xs = strcmp(x, "schema.clp") == 0, ys = strcmp(y, "schema.clp") == 0;
	if (xs != ys)
		return ys - xs;
	return strcmp(x, y);
}

/* Reads every .clp in dir in load order. Returns the number read, or -1. */
static int read_folder(struct kb_set *set, const char *dir, struct kb_error *err)
{
	DIR *d = opendir(dir);
	if (!d)
		return fail(err, dir, errno);
	char **names = NULL;
	size_t n = 0, cap = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (!is_clp(e->d_name))
			continue;
		xgrow(&names, &cap, n + 1, sizeof *names);
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, by_load_order);
	int rc = (int)n;
	for (size_t i = 0; i < n; i++) {
		if (rc >= 0) {
			char *path = xasprintf("%s/%s", dir, names[i]);
			if (read_file(set, path, err) != 0)
				rc = -1;
			free(path);
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A folder laid out like the source tree (kb/, rules/), or a flat one. */
static int read_tree(struct kb_set *set, const char *dir, struct kb_error *err)
{
	char *kb = xasprintf("%s/kb", dir), *rules = xasprintf("%s/rules", dir);
	int n = 0, rc = 0;
	if (is_dir(kb) || is_dir(rules)) {
		if (is_dir(kb) && (rc = read_folder(set, kb, err)) >= 0)
			n += rc;
		if (rc >= 0 && is_dir(rules) && (rc = read_folder(set, rules, err)) >= 0)
			n += rc;
	} else if ((rc = read_folder(set, dir, err)) >= 0) {
		n = rc;
	}
	free(kb);
	free(rules);
	if (rc < 0)
		return -1;
	return n == 0 ? fail(err, dir, KB_ENOCLP) : 0;
}

int kb_collect(struct kb_set *set, const char *dir, const char *const *extra, size_t nextra,
	       struct kb_error *err)
{
	*err = (struct kb_error){0};
	if (!dir) {
		for (size_t i = 0; i < kb_embedded_count; i++)
			add(set, xstrdup(kb_embedded[i].path),
			    xstrndup(kb_embedded[i].text, kb_embedded[i].len), kb_embedded[i].len);
	} else if (read_tree(set, dir, err) != 0) {
		return -1;
	}
	for (size_t i = 0; i < nextra; i++) {
		size_t first = set->n;
		int rc = is_dir(extra[i]) ? read_tree(set, extra[i], err) : read_file(set, extra[i], err);
		if (rc != 0)
			return -1;
		drop_repeats(set, first);
	}
	return 0;
}

/* Writes a new file atomically: into a temporary file beside it, flushed
 * to disk, then linked to its name, which fails if the name exists (never
 * overwrite). A crash leaves at most a stray temporary, never half a file. */
static int write_new(const char *path, const char *text, size_t len)
{
	char *tmp = xasprintf("%s.tmp-XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		free(tmp);
		return -1;
	}
	int rc = 0;
	while (rc == 0 && len > 0) {
		ssize_t w = write(fd, text, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			rc = -1;
			break;
		}
		text += w;
		len -= (size_t)w;
	}
	if (rc == 0 && (fchmod(fd, 0644) != 0 || fsync(fd) != 0))
		rc = -1;
	if (close(fd) != 0)
		rc = -1;
	if (rc == 0 && link(tmp, path) != 0)
		rc = -1;
	int code = errno;
	unlink(tmp);
	free(tmp);
	errno = code;
	return rc;
}

static int folder_is_empty(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	int empty = 1;
	for (struct dirent *e; empty && (e = readdir(d));)
		empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
	closedir(d);
	return empty;
}

int kb_dump(const char *dir, struct kb_error *err)
{
	*err = (struct kb_error){0};
	if (mkdir(dir, 0755) != 0) {
		if (errno != EEXIST)
			return fail(err, dir, errno);
		if (!is_dir(dir))
			return fail(err, dir, ENOTDIR);
		if (!folder_is_empty(dir))
			return fail(err, dir, ENOTEMPTY);
	}
	for (size_t i = 0; i < kb_embedded_count; i++) {
		const struct host_source *s = &kb_embedded[i];
		char *path = xasprintf("%s/%s", dir, s->path);
		/* Make the folders on the way (kb/, rules/). */
		for (char *p = path + strlen(dir) + 1; (p = strchr(p, '/')); p++) {
			*p = '\0';
			int rc = mkdir(path, 0755);
			*p = '/';
			if (rc != 0 && errno != EEXIST) {
				int code = errno;
				int r = fail(err, path, code);
				free(path);
				return r;
			}
		}
		if (write_new(path, s->text, s->len) != 0) {
			int r = fail(err, path, errno);
			free(path);
			return r;
		}
		free(path);
	}
	return 0;
}
