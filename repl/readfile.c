/*
 * readfile.c - a user's file read whole into memory (a saved case, a job
 * description): a regular file, or standard input where "-" is allowed,
 * refused when it is a folder, a FIFO or other special file (which must
 * not hang the prompt), or larger than the caller allows.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

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
