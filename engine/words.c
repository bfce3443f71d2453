/*
 * words.c - a text cut into words (runs of letters, digits and marks), and
 * what separates each from the one before: a comma, a parenthesis, the end
 * of a clause, an apostrophe after it (the SEP_ flags). It neither folds
 * nor compares words, knows no word and does not touch the index.
 */
#include "text_index.h"

#include <string.h>
#include <utf8proc.h>

static bool is_apostrophe(utf8proc_int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0xB4; }

/* Characters that end a clause: . only when a space or the end follows
 * (so not inside 3.5 or e.g.), and bullets. */
static bool is_break(utf8proc_int32_t cp)
{
	return cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == '\n' || cp == 0x2022 || cp == 0xB7 ||
	       cp == 0x25AA || cp == 0x25E6 || cp == 0x2023;
}

/* Calls fn for each word of text (letters, digits and marks) with what
 * separates it from the word before, and SEP_APOS_AFTER when an apostrophe
 * follows it. */
size_t split_words(const char *text, size_t len, void (*fn)(void *ctx, size_t start, size_t end, unsigned sep),
		   void *ctx)
{
	size_t count = 0, start = 0, prev_len = 0;
	bool in_word = false;
	unsigned sep = 0;
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp = (unsigned char)text[i];
		utf8proc_ssize_t r = 1;
		bool word;
		if (cp < 0x80) {
			/* ASCII: letters and digits are its only letters, marks and numbers */
			word = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
		} else {
			r = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
			utf8proc_category_t c = r > 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
			word = (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
		}
		size_t step = r > 0 ? (size_t)r : 1;
		if (word && !in_word) {
			start = i;
			in_word = true;
		} else if (!word && in_word) {
			prev_len = i - start;
			fn(ctx, start, i, sep | (r > 0 && is_apostrophe(cp) ? SEP_APOS_AFTER : 0));
			count++;
			in_word = false;
			sep = 0;
		}
		if (!word && r > 0) {
			if (cp == ',')
				sep |= SEP_COMMA;
			else if (cp == '(' || cp == ')' || cp == '[' || cp == ']')
				sep |= SEP_PAREN;
			else if (is_break(cp) ||
				 (cp == '.' && (i + 1 >= len || strchr(" \t\r\n", text[i + 1])) && prev_len > 1))
				sep |= SEP_BREAK;
		}
		i += step;
	}
	if (in_word) {
		fn(ctx, start, len, sep);
		count++;
	}
	return count;
}
