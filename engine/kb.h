/*
 * kb.h - where the knowledge comes from, in the order it must load.
 *
 * The default knowledge is embedded in the binary at build time (kb/ and
 * rules/ of the source tree). A folder given with --kb, or added with
 * --add-kb, is read from disk in the same order: kb/schema.clp, the other
 * kb/ files sorted, then rules/ sorted; a folder without kb/ or rules/ is
 * read as a flat folder of .clp files (schema.clp first). This module knows
 * file layout only, nothing of what the files say.
 *
 * Ownership: a struct kb_set owns its paths and texts; kb_set_free() frees them.
 */
#ifndef OFICIO_KB_H
#define OFICIO_KB_H

#include <stddef.h>

#include "host.h"

extern const struct host_source kb_embedded[];
extern const size_t kb_embedded_count;
/* The same knowledge loaded and saved as a CLIPS binary image at build
 * time (tools/image.c), which loads about ten times faster (host.h). */
extern const unsigned char kb_image[];
extern const size_t kb_image_size;

struct kb_set {
	struct host_source *src;
	size_t n, cap;
};

/* Why collecting failed: errno of the failing call, or one of these. */
enum {
	KB_ENOCLP = -1,  /* the folder holds no .clp file */
	KB_ENOTFILE = -2 /* a device, a pipe: not a file */
};

struct kb_error {
	char *path; /* owned by the caller after a failure: free() it */
	int code;   /* errno, KB_ENOCLP or KB_ENOTFILE */
};

/* Fills set with the embedded knowledge (dir NULL) or the folder dir, then
 * each of extra (a file or a folder). A file of extra already in the set
 * (the same file, with the same text) is left out: it loads once. Returns
 * 0, or -1 with *err set. */
int kb_collect(struct kb_set *set, const char *dir, const char *const *extra, size_t nextra,
	       struct kb_error *err);
void kb_set_free(struct kb_set *set);

/* Writes the embedded knowledge under dir (created if missing; it must be
 * empty). Never overwrites a file. Returns 0, or -1 with *err set. */
int kb_dump(const char *dir, struct kb_error *err);

#endif
