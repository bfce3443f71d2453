/*
 * document.h - a job description read into its parts: the duties, and the
 * lines set aside (requirements, the offer, the company...), by the
 * headings over them. Plain text or Markdown, as people write them:
 * headings ("## Funciones", "Requirements:", "QUÉ OFRECEMOS", a bold
 * line), bullets ("-", "*", "•"), numbered lists ("1.", "2)", "a)"), one
 * duty a line or several sentences in a paragraph.
 *
 * It knows no heading word: the caller gives the heading phrases and the
 * kind of section each opens ("duties" is the kind whose lines are
 * duties; "more" goes on with the section before). A heading may also
 * begin a line ("Se ofrece: contrato indefinido"). A document with no
 * duties heading is duties wherever no set-aside heading is over it (a
 * title over a list, a heading no phrase names); one with a duties heading
 * has its "intro" before the first heading and "unknown" parts under a
 * heading no phrase names. It does not touch CLIPS.
 *
 * Ownership: doc_read() fills a struct doc freed by doc_free(); the
 * heading phrases and kinds are the caller's, and parts point at the kinds.
 */
#ifndef OFICIO_DOCUMENT_H
#define OFICIO_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>

struct doc_heading {
	const char *phrase; /* as the knowledge writes it ("qué ofrecemos") */
	const char *kind;   /* the section it opens ("duties", "offer"...) */
};

struct doc_part {
	char *text;	  /* a duty or a set-aside line, its bullet and spaces trimmed */
	const char *kind; /* its section's kind, "intro" or "unknown" */
	char *heading;	  /* the heading over it, as written (trimmed), or NULL */
	long line;	  /* the line it begins on, from 1 */
};

struct doc {
	struct doc_part *parts;
	size_t n;
	size_t nheadings; /* headings found */
};

/* Reads text (UTF-8, no NUL: the caller checks) into its parts. */
void doc_read(const char *text, size_t len, const struct doc_heading *headings, size_t nheadings, struct doc *out);
void doc_free(struct doc *d);

#endif
