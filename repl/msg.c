/*
 * msg.c - the message table and the current language. It formats nothing
 * and prints nothing: callers pass msg(...) to printf-like functions.
 */
#include "msg.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MSG_TEXT(id, en, es) {en, es},
static const char *const table[M_COUNT][2] = {MESSAGES(MSG_TEXT)};
#undef MSG_TEXT

static enum lang current = LANG_EN;

void msg_set_lang(enum lang lang) { current = lang; }
enum lang msg_lang(void) { return current; }
const char *msg(enum msg id) { return table[id][current]; }
const char *msg_pick(const char *en, const char *es) { return current == LANG_ES ? es : en; }

enum lang msg_lang_from_env(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return strncmp(v, "es", 2) == 0 ? LANG_ES : LANG_EN;
	}
	return LANG_EN;
}

int msg_parse_lang(const char *s)
{
	if (strcasecmp(s, "es") == 0 || strcasecmp(s, "español") == 0 || strcasecmp(s, "espanol") == 0 ||
	    strcasecmp(s, "spanish") == 0)
		return LANG_ES;
	if (strcasecmp(s, "en") == 0 || strcasecmp(s, "english") == 0 || strcasecmp(s, "inglés") == 0 ||
	    strcasecmp(s, "ingles") == 0)
		return LANG_EN;
	return -1;
}

/* The system's words for an error (strerror) are English whatever the
 * session's language: the errors a person meets with files are worded
 * here in Spanish too. */
const char *msg_errno(int code)
{
	static const struct {
		int code;
		const char *es;
	} words[] = {
	    {ENOENT, "no existe el fichero o la carpeta"},
	    {EACCES, "permiso denegado"},
	    {EPERM, "operación no permitida"},
	    {EISDIR, "es una carpeta"},
	    {ENOTDIR, "no es una carpeta"},
	    {ENOSPC, "no queda espacio en el dispositivo"},
	    {EROFS, "sistema de ficheros de solo lectura"},
	    {EEXIST, "el fichero ya existe"},
	    {ENAMETOOLONG, "nombre de fichero demasiado largo"},
	    {ELOOP, "demasiados niveles de enlaces simbólicos"},
	    {EMFILE, "demasiados ficheros abiertos"},
	    {ENFILE, "demasiados ficheros abiertos en el sistema"},
	    {EIO, "error de entrada/salida"},
	    {EDQUOT, "cuota de disco excedida"},
	    {EFBIG, "fichero demasiado grande"},
	    {ENOTEMPTY, "la carpeta no está vacía"},
	    {EXDEV, "enlace entre dispositivos no válido"},
	    {ENXIO, "no existe el dispositivo o la dirección"},
	    {EBUSY, "dispositivo o recurso ocupado"},
	    {ETXTBSY, "fichero de texto ocupado"},
	};
	if (current == LANG_ES)
		for (size_t i = 0; i < sizeof words / sizeof *words; i++)
			if (words[i].code == code)
				return words[i].es;
	return strerror(code);
}
