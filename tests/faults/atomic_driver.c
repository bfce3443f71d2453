/*
 * atomic_driver.c - atomic_write() from the command line, for tests/faults/run:
 *	atomic_driver PATH TEXT
 * writes TEXT (no newline added) to PATH atomically. Exit 0; or the error
 * line from atomic_strerror() on standard error and exit 1; 2 on misuse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"

int main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: atomic_driver PATH TEXT\n", stderr);
		return 2;
	}
	struct atomic_error e;
	if (atomic_write(argv[1], argv[2], strlen(argv[2]), &e) == 0)
		return 0;
	char *line = atomic_strerror(&e, argv[1]);
	fprintf(stderr, "%s\n", line);
	free(line);
	return 1;
}
