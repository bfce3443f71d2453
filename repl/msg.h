/*
 * msg.h - every message a person reads, in English and Spanish.
 *
 * MSG(id, english, spanish): printf formats; both take the same arguments
 * in the same order. msg() returns the text in the current language; the
 * strings are static.
 */
#ifndef OFICIO_MSG_H
#define OFICIO_MSG_H

enum lang { LANG_EN, LANG_ES };

#define MESSAGES(MSG) \
	MSG(M_ERROR, "error", "error") \
	MSG(M_UNKNOWN_COMMAND, "unknown command '%s' (type 'help' for the list)", \
	    "orden desconocida «%s» (escriba «ayuda» para ver la lista)") \
	MSG(M_USAGE, "usage: %s", "uso: %s") \
	MSG(M_WRONG_ARGS, "'%s': wrong number of arguments, %s; usage: %s", \
	    "«%s»: número de argumentos incorrecto, %s; uso: %s") \
	MSG(M_NO_ARGS, "it takes none", "no admite ninguno") \
	MSG(M_EXACTLY, "it takes %d", "admite %d") \
	MSG(M_AT_MOST, "it takes at most %d", "admite como mucho %d") \
	MSG(M_AT_LEAST, "it takes at least %d", "admite al menos %d") \
	MSG(M_BETWEEN, "it takes %d to %d", "admite de %d a %d") \
	MSG(M_UNTERMINATED_QUOTE, "unterminated quote starting at column %d", \
	    "comillas sin cerrar desde la columna %d") \
	MSG(M_STRAY_PAREN, "unbalanced ')' at column %d; the expression was discarded", \
	    "«)» sin pareja en la columna %d; se descartó la expresión") \
	MSG(M_TRAILING_TEXT, "unexpected text after the expression at column %d: '%s'", \
	    "texto inesperado tras la expresión en la columna %d: «%s»") \
	MSG(M_INCOMPLETE_EXPR, "incomplete CLIPS expression at end of input (missing %d ')')", \
	    "expresión CLIPS incompleta al final de la entrada (faltan %d «)»)") \
	MSG(M_BAD_BYTES, "the line holds control characters or invalid UTF-8 at column %d", \
	    "la línea contiene caracteres de control o UTF-8 no válido en la columna %d") \
	MSG(M_STOP_FIRINGS, "run stopped: it reached the limit of %lld rule firings (--max-firings)", \
	    "ejecución detenida: alcanzó el límite de %lld disparos de reglas (--max-firings)") \
	MSG(M_STOP_TIME, "run stopped: it reached the time limit of %g s (--max-seconds)", \
	    "ejecución detenida: alcanzó el límite de tiempo de %g s (--max-seconds)") \
	MSG(M_STOP_INTERRUPT, "run interrupted (Ctrl-C)", "ejecución interrumpida (Ctrl-C)") \
	MSG(M_CLIPS_FAILED, "CLIPS reported an error", "CLIPS informó de un error") \
	MSG(M_LANG_NOW, "language: English (en)", "idioma: español (es)") \
	MSG(M_LANG_BAD, "unknown language '%s': use es or en", "idioma desconocido «%s»: use es o en") \
	MSG(M_RESET_DONE, "session cleared: facts removed, the knowledge's initial facts restored", \
	    "sesión borrada: hechos eliminados, restaurados los hechos iniciales del conocimiento") \
	MSG(M_RELOAD_DONE, "knowledge reloaded: %zu files", "conocimiento recargado: %zu ficheros") \
	MSG(M_RELOAD_KEPT, "reload failed; the previous knowledge and session are kept", \
	    "la recarga falló; se conservan el conocimiento y la sesión anteriores") \
	MSG(M_KB_FAILED, "the knowledge failed to load", "el conocimiento no se pudo cargar") \
	MSG(M_CANNOT_READ, "cannot read %s: %s", "no se puede leer %s: %s") \
	MSG(M_NO_CLP, "%s: no .clp files found", "%s: no hay ficheros .clp") \
	MSG(M_DUMP_DONE, "knowledge written to %s (%zu files)", "conocimiento escrito en %s (%zu ficheros)") \
	MSG(M_DUMP_FAILED, "cannot write the knowledge to %s: %s", \
	    "no se puede escribir el conocimiento en %s: %s") \
	MSG(M_HELP_HEADER, "Commands (English name, Spanish alias):", \
	    "Órdenes (nombre en español, alias en inglés):") \
	MSG(M_HELP_FOOTER, \
	    "A line that starts with '(' goes to CLIPS; it may span several lines.\n" \
	    "Type 'help COMMAND' for one command. Tab completes commands and arguments.", \
	    "Una línea que empieza por «(» va a CLIPS; puede ocupar varias líneas.\n" \
	    "Escriba «ayuda ORDEN» para ver una orden. El tabulador completa órdenes y argumentos.") \
	MSG(M_HELP_UNKNOWN, "no command named '%s' (type 'help')", "no hay ninguna orden «%s» (escriba «ayuda»)") \
	MSG(M_ALIAS, "also", "también") \
	MSG(M_BANNER, "oficio %s: front office and back office advice. Type 'help' for the commands.", \
	    "oficio %s: consejo sobre front office y back office. Escriba «ayuda» para ver las órdenes.") \
	MSG(M_OPT_UNKNOWN, "unknown option '%s'", "opción desconocida «%s»") \
	MSG(M_OPT_NEEDS_VALUE, "option '%s' needs a value", "la opción «%s» necesita un valor") \
	MSG(M_OPT_BAD_NUMBER, "option '%s' takes a number >= 0, not '%s'", \
	    "la opción «%s» admite un número >= 0, no «%s»") \
	MSG(M_OPT_EXTRA, "unexpected argument '%s'", "argumento inesperado «%s»") \
	MSG(M_TRY_HELP, "try 'oficio --help'", "pruebe «oficio --help»") \
	MSG(M_CANNOT_OPEN_SCRIPT, "cannot read the script %s: %s", "no se puede leer el guion %s: %s") \
	MSG(M_CMD_CLIPS, "CLIPS", "CLIPS")

#define MSG_ENUM(id, en, es) id,
enum msg { MESSAGES(MSG_ENUM) M_COUNT };
#undef MSG_ENUM

void msg_set_lang(enum lang lang);
enum lang msg_lang(void);
const char *msg(enum msg id);
/* Picks one of two texts by the current language. */
const char *msg_pick(const char *en, const char *es);
/* The language the environment asks for: LC_ALL, LC_MESSAGES, then LANG;
 * Spanish for es*, else English. */
enum lang msg_lang_from_env(void);
/* Parses "es" or "en" (also "español", "english"); returns -1 otherwise. */
int msg_parse_lang(const char *s);

#endif
