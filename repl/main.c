/*
 * main.c - the command line: options, the choice between the REPL, a
 * script, -e commands and standard input, and the exit status. It parses
 * arguments and sets up the session; the work is done elsewhere.
 *
 * Exit status: 0 ok; 1 a command failed; 2 usage error; 3 the knowledge
 * failed to load.
 */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../engine/kb.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

enum { EXIT_FAILED = 1, EXIT_USAGE = 2, EXIT_KB = 3 };

static const char HELP_EN[] =
    "usage: oficio [OPTION...] [SCRIPT]\n"
    "       oficio [OPTION...] COMMAND [ARGUMENT...]   (one command, as at the prompt)\n"
    "       oficio [OPTION...] -e COMMAND [-e COMMAND...]\n"
    "       oficio [OPTION...] classify TEXT...\n"
    "       oficio [OPTION...] batch     (JSON Lines in: {\"id\":..,\"text\":..,\"attributes\":{..}},\n"
    "                                    one line out each, in order: an answer or {\"line\":N,\"error\":..})\n"
    "       oficio [OPTION...] check [PATH...]   (check the knowledge, PATHs on top)\n"
    "\n"
    "oficio advises a small business on front office and back office work.\n"
    "On a terminal it opens a REPL; otherwise it runs the commands in SCRIPT,\n"
    "in -e, or on standard input. A line that starts with '(' goes to CLIPS.\n"
    "A first word that names a command runs it; a script named like one runs as ./NAME.\n"
    "\n"
    "options:\n"
    "  -e, --eval COMMAND  run COMMAND (repeatable), then exit\n"
    "  --kb DIR            use the knowledge in DIR (kb/, rules/) instead of the built-in\n"
    "  --add-kb PATH       load the .clp file or folder PATH on top (repeatable)\n"
    "  --dump-kb DIR       write the built-in knowledge into DIR (new or empty), then exit\n"
    "  --case FILE         start with the case saved in FILE (by save); exit 1 if it cannot load\n"
    "  --lang es|en        language of messages and help (default: LC_ALL, LC_MESSAGES, LANG)\n"
    "  --json              print each command's result as one JSON document per line\n"
    "  --echo              echo each input line after the prompt (for transcripts)\n"
    "  --bail              stop at the first command that fails, with exit status 1\n"
    "  --max-firings N     stop a run after N rule firings (default 1000000; 0: no limit)\n"
    "  --max-seconds S     stop a run after S seconds (default 10; 0: no limit)\n"
    "  --jobs N            batch: N worker processes (1-64, default 1), the same output as one\n"
    "  --first-line N      batch: number the input's lines from N in error answers (default 1)\n"
    "  --no-color          no colour (also when NO_COLOR is set)\n"
    "  --version           print the version, then exit\n"
    "  -h, --help          print this help, then exit\n"
    "\n"
    "environment: OFICIO_HISTFILE (history, default ~/.oficio_history), NO_COLOR,\n"
    "             LC_ALL, LC_MESSAGES, LANG (language)\n"
    "exit status: 0 ok; 1 a command failed (or a batch line was bad); 2 usage error;\n"
    "             3 the knowledge failed to load (or check found errors)\n";

static const char HELP_ES[] =
    "uso: oficio [OPCIÓN...] [GUION]\n"
    "     oficio [OPCIÓN...] ORDEN [ARGUMENTO...]   (una orden, como en el indicador)\n"
    "     oficio [OPCIÓN...] -e ORDEN [-e ORDEN...]\n"
    "     oficio [OPCIÓN...] classify TEXTO...\n"
    "     oficio [OPCIÓN...] batch     (JSON Lines: {\"id\":..,\"text\":..,\"attributes\":{..}}, una línea\n"
    "                                  por entrada, en orden: una respuesta o {\"line\":N,\"error\":..})\n"
    "     oficio [OPCIÓN...] check [RUTA...]   (revisa el conocimiento, con RUTAs encima)\n"
    "\n"
    "oficio aconseja a una pequeña empresa sobre el trabajo de front office y back office.\n"
    "En un terminal abre un REPL; si no, ejecuta las órdenes de GUION, de -e o de la\n"
    "entrada estándar. Una línea que empieza por «(» va a CLIPS.\n"
    "Una primera palabra que nombra una orden la ejecuta; un guion llamado como una va como ./NOMBRE.\n"
    "\n"
    "opciones:\n"
    "  -e, --eval ORDEN    ejecuta ORDEN (repetible) y termina\n"
    "  --kb DIR            usa el conocimiento de DIR (kb/, rules/) en vez del incorporado\n"
    "  --add-kb RUTA       carga encima el fichero .clp o la carpeta RUTA (repetible)\n"
    "  --dump-kb DIR       escribe el conocimiento incorporado en DIR (nueva o vacía) y termina\n"
    "  --case FICHERO      empieza con el caso guardado en FICHERO (con guardar); sale con 1 si no carga\n"
    "  --lang es|en        idioma de mensajes y ayuda (por omisión: LC_ALL, LC_MESSAGES, LANG)\n"
    "  --json              imprime el resultado de cada orden como un documento JSON por línea\n"
    "  --echo              repite cada línea de entrada tras el indicador (para transcripciones)\n"
    "  --bail              se detiene en la primera orden que falla, con estado de salida 1\n"
    "  --max-firings N     detiene una ejecución tras N disparos de reglas (1000000; 0: sin límite)\n"
    "  --max-seconds S     detiene una ejecución tras S segundos (10; 0: sin límite)\n"
    "  --jobs N            batch: N procesos de trabajo (1-64, por omisión 1), la misma salida que uno\n"
    "  --first-line N      batch: numera desde N las líneas en las respuestas de error (por omisión 1)\n"
    "  --no-color          sin color (también si NO_COLOR está definida)\n"
    "  --version           imprime la versión y termina\n"
    "  -h, --help          imprime esta ayuda y termina\n"
    "\n"
    "entorno: OFICIO_HISTFILE (historial, por omisión ~/.oficio_history), NO_COLOR,\n"
    "         LC_ALL, LC_MESSAGES, LANG (idioma)\n"
    "estado de salida: 0 bien; 1 falló una orden (o una línea de batch); 2 error de uso;\n"
    "                  3 el conocimiento no cargó (o check halló errores)\n";

struct options {
	const char **evals;
	size_t nevals;
	char **words; /* the words after classify */
	size_t nwords;
	/* "classify", "batch", "check", "command" (any other command given
	 * from the shell: words[0] names it) or NULL. */
	const char *mode;
	const char **add_kb;
	size_t nadd;
	const char *kb_dir, *dump_dir, *script, *case_file;
	bool json, echo, bail, no_color, help, version;
	int jobs;
	long first_line;
	long long max_firings;
	double max_seconds;
};

static int usage_error(const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "oficio: %s: ", msg(M_ERROR));
	fprintf(stderr, fmt, a, b);
	fprintf(stderr, "\n%s\n", msg(M_TRY_HELP));
	return -1;
}

static int parse_number(const char *opt, const char *text, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(text, &end);
	if (errno || end == text || *end || !(v >= 0) || v > 1e15)
		return usage_error(msg(M_OPT_BAD_NUMBER), opt, text);
	*out = v;
	return 0;
}

/* What the first word that is not an option makes oficio do: batch; check
 * and classify (in either language), as their contract says; any other
 * command, as at the prompt; NULL: it is a script's path (a script named
 * like a command is run as ./NAME). */
static const char *shell_mode(const char *word)
{
	if (strcmp(word, "batch") == 0)
		return "batch";
	const struct command *c = command_find(word);
	if (!c)
		return NULL;
	if (strcmp(c->name, "check") == 0 || strcmp(c->name, "classify") == 0)
		return c->name;
	return "command";
}

/* Do two words name a command as one ("por qué")? */
static bool two_words(const char *a, const char *b)
{
	char *joined = xasprintf("%s%s", a, b);
	bool named = command_find(joined) != NULL;
	free(joined);
	return named;
}

/* Options take their value as the next argument or after '='. */
static int parse(int argc, char **argv, struct options *o)
{
	*o = (struct options){.max_firings = 1000000, .max_seconds = 10, .jobs = 1, .first_line = 1};
	o->evals = xcalloc((size_t)argc, sizeof *o->evals);
	o->add_kb = xcalloc((size_t)argc, sizeof *o->add_kb);
	o->words = xcalloc((size_t)argc, sizeof *o->words);
	bool options_done = false;
	for (int i = 1; i < argc; i++) {
		char *arg = argv[i];
		if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0) {
			bool first = !o->mode && !o->script;
			if (first && !(o->mode = shell_mode(arg)) && i + 1 < argc && two_words(arg, argv[i + 1])) {
				o->mode = "command"; /* por qué */
				o->words[o->nwords++] = arg;
				arg = argv[++i];
			}
			if (o->mode && (first || strcmp(o->mode, "batch") != 0))
				o->words[o->nwords++] = arg; /* the mode's word, or one after it */
			else if (first)
				o->script = arg;
			else
				return usage_error(msg(M_OPT_EXTRA), arg, NULL);
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			options_done = true;
			continue;
		}
		char name[64];
		const char *value = NULL;
		const char *eq = strchr(arg, '=');
		if (eq && strncmp(arg, "--", 2) == 0 && (size_t)(eq - arg) < sizeof name) {
			memcpy(name, arg, (size_t)(eq - arg));
			name[eq - arg] = '\0';
			value = eq + 1;
		} else {
			snprintf(name, sizeof name, "%s", arg);
		}
		static const char *const with_value[] = {"-e",	     "--eval",	      "--kb",
							 "--add-kb", "--dump-kb",     "--lang",
							 "--max-firings", "--max-seconds", "--jobs", "--first-line",
							 "--case", NULL};
		static const char *const flags[] = {"--json",	 "--echo", "--bail", "--no-color",
						    "--version", "-h",	   "--help", NULL};
		bool needs = false, known = false;
		for (const char *const *w = with_value; *w; w++)
			needs |= strcmp(name, *w) == 0;
		for (const char *const *w = flags; *w; w++)
			known |= strcmp(name, *w) == 0;
		if (!needs && !known && o->mode && strcmp(o->mode, "command") == 0 && o->nwords > 0) {
			o->words[o->nwords++] = arg; /* the command's own (position NAME --from FILE) */
			continue;
		}
		if (needs && !value) {
			if (i + 1 >= argc)
				return usage_error(msg(M_OPT_NEEDS_VALUE), name, NULL);
			value = argv[++i];
		} else if (!needs && value) {
			return usage_error(msg(M_OPT_UNKNOWN), arg, NULL);
		}
		double num;
		if (strcmp(name, "-e") == 0 || strcmp(name, "--eval") == 0)
			o->evals[o->nevals++] = value;
		else if (strcmp(name, "--kb") == 0)
			o->kb_dir = value;
		else if (strcmp(name, "--add-kb") == 0)
			o->add_kb[o->nadd++] = value;
		else if (strcmp(name, "--dump-kb") == 0)
			o->dump_dir = value;
		else if (strcmp(name, "--case") == 0)
			o->case_file = value;
		else if (strcmp(name, "--lang") == 0) {
			int lang = msg_parse_lang(value);
			if (lang < 0)
				return usage_error(msg(M_LANG_BAD), value, NULL);
			msg_set_lang((enum lang)lang);
		} else if (strcmp(name, "--max-firings") == 0) {
			if (parse_number(name, value, &num) != 0)
				return -1;
			if (num != (double)(long long)num) /* 0.5 would mean no limit */
				return usage_error(msg(M_OPT_BAD_WHOLE), name, value);
			o->max_firings = (long long)num;
		} else if (strcmp(name, "--jobs") == 0) {
			if (parse_number(name, value, &num) != 0)
				return -1;
			if (num < 1 || num > 64 || num != (int)num)
				return usage_error(msg(M_OPT_BAD_JOBS), value, NULL);
			o->jobs = (int)num;
		} else if (strcmp(name, "--first-line") == 0) {
			if (parse_number(name, value, &num) != 0)
				return -1;
			if (num < 1 || num > 1e15 || num != (double)(long)num)
				return usage_error(msg(M_OPT_BAD_FIRST_LINE), value, NULL);
			o->first_line = (long)num;
		} else if (strcmp(name, "--max-seconds") == 0) {
			if (parse_number(name, value, &num) != 0)
				return -1;
			o->max_seconds = num;
		} else if (strcmp(name, "--json") == 0)
			o->json = true;
		else if (strcmp(name, "--echo") == 0)
			o->echo = true;
		else if (strcmp(name, "--bail") == 0)
			o->bail = true;
		else if (strcmp(name, "--no-color") == 0)
			o->no_color = true;
		else if (strcmp(name, "--version") == 0)
			o->version = true;
		else if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0)
			o->help = true;
		else
			return usage_error(msg(M_OPT_UNKNOWN), arg, NULL);
	}
	if (o->nevals > 0 && (o->script || o->mode))
		return usage_error(msg(M_OPT_EXTRA), o->script ? o->script : o->words[0], NULL);
	if (o->case_file && o->mode && strcmp(o->mode, "check") == 0)
		return usage_error(msg(M_OPT_EXTRA), "--case", NULL);
	if (o->mode && strcmp(o->mode, "classify") == 0 && o->nwords < 2)
		return usage_error("%s", msg(M_CLASSIFY_NO_TEXT), NULL);
	return 0;
}

/* --lang must hold before any message, even one about another option. */
static void early_lang(int argc, char **argv)
{
	msg_set_lang(msg_lang_from_env());
	for (int i = 1; i < argc; i++) {
		const char *v = NULL;
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			v = argv[++i];
		else if (strncmp(argv[i], "--lang=", 7) == 0)
			v = argv[i] + 7;
		if (v && msg_parse_lang(v) >= 0)
			msg_set_lang((enum lang)msg_parse_lang(v));
	}
}

static int dump(const char *dir)
{
	struct kb_error err;
	if (kb_dump(dir, &err) != 0) {
		fprintf(stderr, "oficio: %s: ", msg(M_ERROR));
		fprintf(stderr, msg(M_DUMP_FAILED), err.path, msg_errno(err.code));
		fputc('\n', stderr);
		free(err.path);
		return EXIT_FAILED;
	}
	printf(msg(M_DUMP_DONE), dir, kb_embedded_count);
	putchar('\n');
	return 0;
}

static int run_script(struct session *s, const char *path)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	struct stat st;
	if (f && f != stdin && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		f = NULL;
		errno = EISDIR;
	}
	if (!f) {
		/* A command mistyped from the shell reads as a script's name. */
		int err = errno;
		char *maybe = err == ENOENT && !strchr(path, '/') ? command_meant(path) : xstrdup("");
		repl_error(s, msg(M_CANNOT_OPEN_SCRIPT), path, msg_errno(err), maybe);
		free(maybe);
		return EXIT_FAILED;
	}
	repl_stream(s, f, f == stdin ? NULL : path);
	if (f != stdin)
		fclose(f);
	return 0;
}

int main(int argc, char **argv)
{
	/* Character classes for readline; numbers stay in the C locale. */
	setlocale(LC_CTYPE, "");
	early_lang(argc, argv);

	struct options o;
	if (parse(argc, argv, &o) != 0) {
		free(o.evals);
		free(o.add_kb);
		free(o.words);
		return EXIT_USAGE;
	}
	int status = 0, write_errno = 0;
	if (o.help) {
		fputs(msg_lang() == LANG_ES ? HELP_ES : HELP_EN, stdout);
	} else if (o.version) {
		printf("oficio %s\n", OFICIO_VERSION);
	} else if (o.dump_dir) {
		status = dump(o.dump_dir);
	} else {
		struct session s;
		session_init(&s);
		s.kb_dir = o.kb_dir;
		s.add_kb = o.add_kb;
		s.nadd = o.nadd;
		s.json = o.json;
		s.batch_offset = o.first_line - 1;
		s.echo = o.echo;
		s.bail = o.bail;
		s.max_firings = o.max_firings;
		s.max_seconds = o.max_seconds;
		const char *no_color = getenv("NO_COLOR");
		s.interactive = o.nevals == 0 && !o.script && !o.mode && isatty(STDIN_FILENO);
		s.color = s.interactive && !o.no_color && !(no_color && *no_color) && isatty(STDERR_FILENO);

		if (o.mode && strcmp(o.mode, "check") == 0) {
			if (check_paths(&s, (int)o.nwords - 1, o.words + 1) != 0)
				status = EXIT_KB;
		} else if (session_load(&s) != 0) {
			if (!s.json)
				repl_error(&s, "%s", msg(M_KB_FAILED));
			status = EXIT_KB;
		} else if (o.case_file && case_load_file(&s, o.case_file, true) != 0) {
			status = EXIT_FAILED; /* before reading any input */
		} else if (o.case_file && (!o.mode || strcmp(o.mode, "command") == 0)) {
			/* Said before the first prompt or command, as load says it
			 * (batch and classify print their answers only). */
			say(&s, msg(M_CASE_STARTED), o.case_file, advisor_task_count(s.adv),
			    advisor_position_count(s.adv), advisor_candidate_count(s.adv));
		}
		if (status != 0 || (o.mode && strcmp(o.mode, "check") == 0)) {
			/* done */
		} else if (o.mode && strcmp(o.mode, "command") == 0) {
			command_run(&s, (int)o.nwords, o.words);
			s.failures += s.failed;
		} else if (o.mode && strcmp(o.mode, "classify") == 0) {
			/* The words after classify, as one text. */
			struct strbuf text = {0};
			for (size_t i = 1; i < o.nwords; i++) {
				if (i > 1)
					strbuf_add(&text, " ", 1);
				strbuf_add(&text, o.words[i], strlen(o.words[i]));
			}
			char *argv2[] = {o.words[0], text.s, NULL};
			cmd_classify(&s, 2, argv2);
			free(text.s);
			s.failures += s.failed;
		} else if (o.mode && o.jobs > 1) {
			batch_jobs(&s, stdin, o.jobs);
		} else if (o.mode) {
			batch_run(&s, stdin);
		} else if (o.nevals > 0) {
			for (size_t i = 0; i < o.nevals && !s.quit; i++) {
				const char *cmd = o.evals[i];
				if (s.echo)
					printf("oficio> %s\n", cmd);
				repl_line(&s, cmd, strlen(cmd));
			}
			if (!s.quit)
				repl_finish(&s);
		} else if (o.script) {
			status = run_script(&s, o.script);
		} else if (s.interactive) {
			repl_interactive(&s);
		} else {
			repl_stream(&s, stdin, NULL);
		}
		if (status == 0 && s.failures > 0 && !s.interactive)
			status = EXIT_FAILED;
		write_errno = s.write_errno;
		session_free(&s);
	}
	free(o.evals);
	free(o.add_kb);
	free(o.words);
	/* A full disk, a closed file: say so, never exit 0 with output lost. */
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		int code = errno ? errno : write_errno ? write_errno : EIO;
		fprintf(stderr, "oficio: %s: ", msg(M_ERROR));
		fprintf(stderr, msg(M_WRITE_OUTPUT), strerror(code));
		fputc('\n', stderr);
		if (status == 0)
			status = EXIT_FAILED;
	}
	return status;
}
