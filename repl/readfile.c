/*
 * readfile.c - a user's file read whole into memory (a saved case, a job
 * description): a regular file, or standard input where "-" is allowed,
 * refused when it is a folder, a FIFO or other special file (which must
 * not hang the prompt), or larger than the caller allows; and a document
 * checked to be text (not empty, no NUL, UTF-8).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../engine/text.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

enum { TEXT_FILE_MAX_MIB = 10 };

char *read_user_file(const char *path, bool dash_is_stdin, int max_mib, enum msg too_big, char **data, size_t *n)
{
	*data = NULL;
	*n = 0;
	bool in = dash_is_stdin && strcmp(path, "-") == 0;
	/* O_NONBLOCK: a FIFO named by mistake must not hang the prompt. */
	int fd = in ? STDIN_FILENO : open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return xstrdup(msg_errno(errno));
	struct stat st;
	char *why = NULL;
	const size_t max = (size_t)max_mib << 20;
	if (fstat(fd, &st) != 0)
		why = xstrdup(msg_errno(errno));
	else if (S_ISDIR(st.st_mode))
		why = xstrdup(msg(M_CASE_FOLDER));
	else if (!in && !S_ISREG(st.st_mode))
		why = xstrdup(msg(M_CASE_NOT_REGULAR));
	size_t cap = 0;
	while (!why) {
		xgrow(data, &cap, *n + 65536, 1);
		ssize_t got = read(fd, *data + *n, cap - *n - 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			why = xstrdup(msg_errno(errno));
		else if (got == 0)
			break;
		else if ((*n += (size_t)got) > max)
			why = xasprintf(msg(too_big), max_mib);
	}
	if (!in)
		close(fd);
	if (why) {
		free(*data);
		*data = NULL;
		*n = 0;
	} else {
		(*data)[*n] = '\0';
	}
	return why;
}

/* Where the first bad byte is (a NUL, or a byte that is not UTF-8), as a
 * line and a column (in characters) from 1; false when there is none. */
static bool bad_text(const char *data, size_t n, bool *nul, long *line, long *col)
{
	size_t end = text_utf8_end(data, n);
	const char *z = memchr(data, '\0', end);
	*nul = z != NULL;
	if (!z && end == n)
		return false;
	size_t at = z ? (size_t)(z - data) : end;
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < at; i++) {
		if (data[i] == '\n')
			++*line, *col = 1;
		else if (((unsigned char)data[i] & 0xC0) != 0x80)
			++*col;
	}
	return true;
}

char *read_text_file(struct session *s, const char *path, const char *unmade, size_t *n)
{
	char *data;
	char *why = read_user_file(path, true, TEXT_FILE_MAX_MIB, M_DOC_TOO_BIG, &data, n);
	if (why) {
		repl_error(s, msg(M_DOC_NOT_READ), path, why, unmade);
		free(why);
		return NULL;
	}
	bool nul;
	long line, col;
	size_t blank = 0;
	while (blank < *n && data[blank] && strchr(" \t\r\n\f\v", data[blank]))
		blank++;
	if (*n > 0 && bad_text(data, *n, &nul, &line, &col))
		repl_error(s, msg(nul ? M_DOC_NUL : M_DOC_UTF8), path, line, col, unmade);
	else if (blank == *n)
		repl_error(s, msg(M_DOC_EMPTY), path, unmade);
	else
		return data;
	free(data);
	return NULL;
}

