/*
 * commands.c - the command table and what each command does.
 *
 * One table drives dispatch, argument checking, help, usage lines and Tab
 * completion: adding a command means adding one row here. Lines that start
 * with "(" never come here (they are CLIPS; see repl.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/advisor.h"
#include "../engine/check.h"
#include "../engine/kb.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

/* ------------------------------------------------------------ tokenizer */

/* Columns count characters, not bytes, so they match what a person sees. */
static int column_of(const char *line, const char *p)
{
	int col = 1;
	for (const char *q = line; q < p; q++)
		col += ((unsigned char)*q & 0xC0) != 0x80;
	return col;
}

/* Splits a line into words, at most max (-1: all); *rest is where it
 * stopped. "double" and 'single' quotes at the start of a word group
 * words; inside double quotes a backslash takes the next character as it
 * is. A quote inside a word is an apostrophe ("workers' comp", "shop's").
 * Returns the number of words, or -1 with *bad_col set. */
static int tokenize(const char *line, int max, char ***out, const char **rest, int *bad_col)
{
	char **argv = NULL;
	size_t n = 0, cap = 0;
	const char *p = line;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || (max >= 0 && (int)n >= max))
			break;
		struct strbuf word = {0};
		strbuf_add(&word, "", 0);
		while (*p && *p != ' ' && *p != '\t') {
			if ((*p == '"' || *p == '\'') && word.n == 0) {
				char q = *p;
				const char *open = p++;
				while (*p && *p != q) {
					if (q == '"' && *p == '\\' && p[1])
						p++;
					strbuf_add(&word, p++, 1);
				}
				if (!*p) {
					*bad_col = column_of(line, open);
					free(word.s);
					for (size_t i = 0; i < n; i++)
						free(argv[i]);
					free(argv);
					return -1;
				}
				p++;
			} else {
				strbuf_add(&word, p++, 1);
			}
		}
		xgrow(&argv, &cap, n + 2, sizeof *argv);
		argv[n++] = word.s;
	}
	xgrow(&argv, &cap, n + 2, sizeof *argv);
	argv[n] = NULL;
	*out = argv;
	if (rest)
		*rest = p;
	return (int)n;
}

/* ------------------------------------------------------------- helpers */

static const char *shown_name(const struct command *c)
{
	return msg_lang() == LANG_ES && c->alias ? c->alias : c->name;
}

static const char *other_name(const struct command *c)
{
	if (!c->alias || strcmp(c->alias, c->name) == 0)
		return NULL;
	return msg_lang() == LANG_ES ? c->name : c->alias;
}

static char *usage_of(const struct command *c)
{
	const char *args = c->args[msg_lang()];
	return xasprintf("%s%s%s", shown_name(c), *args ? " " : "", args);
}

static char *arg_count_text(const struct command *c)
{
	if (c->max_args == 0)
		return xstrdup(msg(M_NO_ARGS));
	if (c->max_args == c->min_args)
		return xasprintf(msg(M_EXACTLY), c->min_args);
	if (c->max_args < 0)
		return xasprintf(msg(M_AT_LEAST), c->min_args);
	if (c->min_args == 0)
		return xasprintf(msg(M_AT_MOST), c->max_args);
	return xasprintf(msg(M_BETWEEN), c->min_args, c->max_args);
}

static json_t *command_json(const struct command *c)
{
	json_t *o = json_object();
	char *usage = usage_of(c);
	json_object_set_new(o, "name", json_string(c->name));
	if (c->alias)
		json_object_set_new(o, "alias", json_string(c->alias));
	json_object_set_new(o, "usage", json_string(usage));
	json_object_set_new(o, "summary", json_string(c->summary[msg_lang()]));
	free(usage);
	return o;
}

/* ------------------------------------------------------------ commands */

static int cmd_help(struct session *s, int argc, char **argv)
{
	if (argc == 2) {
		const struct command *c = command_find(argv[1]);
		if (!c) {
			repl_error(s, msg(M_HELP_UNKNOWN), argv[1]);
			return -1;
		}
		if (s->json) {
			json_t *doc = json_object();
			json_object_set_new(doc, "command", command_json(c));
			out_json(s, doc);
			return 0;
		}
		char *usage = usage_of(c);
		say(s, msg(M_USAGE), usage);
		say(s, "  %s", c->summary[msg_lang()]);
		if (other_name(c))
			say(s, "  (%s: %s)", msg(M_ALIAS), other_name(c));
		free(usage);
		return 0;
	}
	if (s->json) {
		json_t *list = json_array();
		for (size_t i = 0; i < ncommands; i++)
			json_array_append_new(list, command_json(&commands[i]));
		json_t *doc = json_object();
		json_object_set_new(doc, "commands", list);
		out_json(s, doc);
		return 0;
	}
	say(s, "%s", msg(M_HELP_HEADER));
	int width = 0;
	for (size_t i = 0; i < ncommands; i++) {
		char *usage = usage_of(&commands[i]);
		int n = (int)strlen(usage);
		width = n > width ? n : width;
		free(usage);
	}
	for (size_t i = 0; i < ncommands; i++) {
		const struct command *c = &commands[i];
		char *usage = usage_of(c);
		char *alias = other_name(c) ? xasprintf(" (%s)", other_name(c)) : xstrdup("");
		say(s, "  %-*s  %s%s", width, usage, c->summary[msg_lang()], alias);
		free(usage);
		free(alias);
	}
	say(s, "%s", msg(M_HELP_FOOTER));
	return 0;
}

static void complete_help(struct session *s, int argi, complete_add add, void *ctx)
{
	(void)s;
	if (argi != 1)
		return;
	for (size_t i = 0; i < ncommands; i++) {
		add(ctx, commands[i].name);
		if (commands[i].alias)
			add(ctx, commands[i].alias);
	}
}

static int cmd_quit(struct session *s, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	if (!case_may_drop(s, false))
		return 0; /* asked first, on a terminal */
	char *lost = case_unsaved_counts(s);
	if (lost)
		say(s, msg(M_UNSAVED_DROPPED), lost);
	free(lost);
	s->quit = true;
	if (s->json) {
		json_t *doc = json_object();
		json_object_set_new(doc, "ok", json_true());
		out_json(s, doc);
	}
	return 0;
}

static int cmd_lang(struct session *s, int argc, char **argv)
{
	if (argc == 2) {
		int lang = msg_parse_lang(argv[1]);
		if (lang < 0) {
			repl_error(s, msg(M_LANG_BAD), argv[1]);
			return -1;
		}
		msg_set_lang((enum lang)lang);
	}
	if (s->json) {
		json_t *doc = json_object();
		json_object_set_new(doc, "lang", json_string(msg_lang() == LANG_ES ? "es" : "en"));
		out_json(s, doc);
	} else {
		say(s, "%s", msg(M_LANG_NOW));
	}
	return 0;
}

static int cmd_reset(struct session *s, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	if (host_reset(s->host) != 0) {
		repl_error(s, "%s", host_last_error(s->host));
		return -1;
	}
	advisor_clear(s->adv);
	if (advisor_attach(s->adv) != 0) {
		repl_error(s, msg(M_ENGINE_FAILED), advisor_detail(s->adv));
		return -1;
	}
	done(s, msg(M_RESET_DONE));
	return 0;
}

static int cmd_reload(struct session *s, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	if (session_load(s) != 0) {
		if (!s->json)
			repl_error(s, "%s", msg(M_RELOAD_KEPT));
		return -1;
	}
	char *text = xasprintf(msg(M_RELOAD_DONE), s->kb_files);
	done(s, text);
	free(text);
	return 0;
}

int check_paths(struct session *s, int npaths, char **paths)
{
	const char **extra = xcalloc(s->nadd + (size_t)npaths + 1, sizeof *extra);
	size_t n = 0;
	for (size_t i = 0; i < s->nadd; i++)
		extra[n++] = s->add_kb[i];
	for (int i = 0; i < npaths; i++)
		extra[n++] = paths[i]; /* a file loaded already is checked once (kb.h) */
	struct kb_set set = {0};
	struct kb_error err;
	int rc = kb_collect(&set, s->kb_dir, extra, n, &err);
	free(extra);
	if (rc != 0) {
		report_kb_error(s, &err);
		kb_set_free(&set);
		return -1;
	}
	struct check_report r;
	check_run(set.src, set.n, &r);
	if (s->json) {
		json_t *list = json_array();
		for (size_t i = 0; i < r.n; i++) {
			json_t *o = json_object();
			json_object_set_new(o, "file", json_string(r.v[i].file));
			json_object_set_new(o, "line", json_integer(r.v[i].line));
			json_object_set_new(o, "severity", json_string(r.v[i].error ? "error" : "warning"));
			json_object_set_new(o, "message", json_string(r.v[i].message));
			json_array_append_new(list, o);
		}
		json_t *doc = json_object();
		json_object_set_new(doc, "files", json_integer((json_int_t)set.n));
		json_object_set_new(doc, "errors", json_integer((json_int_t)r.errors));
		json_object_set_new(doc, "warnings", json_integer((json_int_t)r.warnings));
		json_object_set_new(doc, "findings", list);
		out_json(s, doc);
	} else {
		for (size_t i = 0; i < r.n; i++) {
			const struct check_finding *f = &r.v[i];
			if (f->line > 0)
				printf("%s:%ld: %s: %s\n", f->file, f->line, msg(f->error ? M_ERROR : M_WARNING), f->message);
			else
				printf("%s: %s: %s\n", f->file, msg(f->error ? M_ERROR : M_WARNING), f->message);
		}
		printf(msg(M_CHECK_SUMMARY), set.n, r.errors, r.warnings);
		putchar('\n');
	}
	rc = r.errors ? -1 : 0;
	if (rc)
		s->failed = true;
	check_free(&r);
	kb_set_free(&set);
	return rc;
}

static int cmd_check(struct session *s, int argc, char **argv)
{
	return check_paths(s, argc - 1, argv + 1);
}

const struct command commands[] = {
    {"task", "tarea", {"ID TEXT... [NAME=VALUE...]", "ID TEXTO... [NOMBRE=VALOR...]"},
     {"describe a task (again): its side, confidence and reasons",
      "describe una tarea (o la redescribe): su lado, confianza y razones"},
     2, -1, false, complete_task_attrs, cmd_task, 2},
    {"tasks", "tareas", {"", ""},
     {"every task with its side and confidence", "todas las tareas con su lado y confianza"},
     0, 0, false, NULL, cmd_tasks, 0},
    {"forget", "olvidar", {"ID", "ID"}, {"forget a task", "olvida una tarea"},
     1, 1, false, complete_tasks, cmd_forget, 0},
    {"classify", "clasificar", {"TEXT... [NAME=VALUE...]", "TEXTO... [NOMBRE=VALOR...]"},
     {"classify a task without keeping it", "clasifica una tarea sin guardarla"},
     1, -1, false, complete_task_attrs, cmd_classify, 1},
    {"roles", "roles", {"", ""}, {"the article's jobs and their sides", "los puestos del artículo y su lado"},
     0, 0, false, NULL, cmd_roles, 0},
    {"role", "rol", {"ID", "ID"},
     {"a job: its side, duties and the skills it needs", "un puesto: su lado, funciones y habilidades"},
     1, 1, false, complete_roles, cmd_role, 0},
    {"duties", "funciones", {"", ""}, {"the duties and their sides", "las funciones y su lado"},
     0, 0, false, NULL, cmd_duties, 0},
    {"skills", "habilidades", {"[SIDE]", "[LADO]"},
     {"the skills, or those a side needs", "las habilidades, o las que necesita un lado"},
     0, 1, false, complete_sides, cmd_skills, 0},
    {"hire", "contratar", {"ID...", "ID..."},
     {"the skills a position covering these roles, duties or tasks needs",
      "las habilidades de un puesto que cubre estos puestos, funciones o tareas"},
     1, -1, false, complete_items, cmd_hire, 0},
    {"position", "puesto", {"NAME ID...", "NOMBRE ID..."},
     {"name a position covering roles, duties or tasks", "nombra un puesto que cubre puestos, funciones o tareas"},
     2, -1, false, complete_position, cmd_position, 0},
    {"candidate", "candidato", {"NAME SKILL...", "NOMBRE HABILIDAD..."},
     {"record a candidate's skills (ids or labels)", "registra las habilidades de un candidato (ids o nombres)"},
     2, -1, false, complete_candidate, cmd_candidate, 0},
    {"match", "evaluar", {"NAME ID...", "NOMBRE ID..."},
     {"how well a candidate fits a position", "cuánto encaja un candidato en un puesto"},
     2, -1, false, complete_match, cmd_match, 0},
    {"rank", "ordenar", {"ID...", "ID..."},
     {"the candidates ordered by fit for a position", "los candidatos ordenados por su encaje en un puesto"},
     1, -1, false, complete_items, cmd_rank, 0},
    {"ask", "preguntar", {"[TASK-ID]", "[ID-TAREA]"},
     {"a guided interview about a task (a new one without an id)",
      "una entrevista guiada sobre una tarea (una nueva si no se da id)"},
     0, 1, false, complete_tasks, cmd_ask, 0},
    {"how", "como", {"[--depth N] ID [ID]", "[--depth N] ID [ID]"},
     {"why a conclusion holds, as a tree: how TASK, how POSITION SKILL, how CANDIDATE POSITION",
      "por qué vale una conclusión, en árbol: como TAREA, como PUESTO HABILIDAD, como CANDIDATO PUESTO"},
     1, 4, false, complete_tasks, cmd_how, 0},
    {"why", "porque", {"ID [ID]", "ID [ID]"},
     {"the decisive reasons for a conclusion (ids as for how) and the article's sections",
      "las razones decisivas de una conclusión (ids como en como) y las secciones del artículo"},
     1, 2, false, complete_tasks, cmd_why, 0},
    {"save", "guardar", {"FILE", "FICHERO"},
     {"save what was said (tasks, positions, candidates) to a case file",
      "guarda lo dicho (tareas, puestos, candidatos) en un fichero de caso"},
     1, 1, true, NULL, cmd_save, 0},
    {"load", "cargar", {"FILE", "FICHERO"},
     {"replace the session with a saved case, and draw its conclusions again",
      "sustituye la sesión por un caso guardado y vuelve a sacar sus conclusiones"},
     1, 1, true, NULL, cmd_load, 0},
    {"report", "informe", {"[FILE]", "[FICHERO]"},
     {"the consultation as a Markdown report, on the screen or into FILE",
      "la consulta como informe en Markdown, en pantalla o en FICHERO"},
     0, 1, true, NULL, cmd_report, 0},
    {"help", "ayuda", {"[COMMAND]", "[ORDEN]"},
     {"show the commands, or how to use one", "muestra las órdenes, o cómo se usa una"},
     0, 1, false, complete_help, cmd_help, 0},
    {"lang", "idioma", {"[es|en]", "[es|en]"},
     {"show or change the language of messages", "muestra o cambia el idioma de los mensajes"},
     0, 1, false, complete_langs, cmd_lang, 0},
    {"reset", "reiniciar", {"", ""},
     {"clear the session: forget tasks, positions and candidates",
      "borra la sesión: olvida tareas, puestos y candidatos"},
     0, 0, false, NULL, cmd_reset, 0},
    {"check", "revisar", {"[PATH...]", "[RUTA...]"},
     {"check the knowledge (with these files or folders on top) for errors",
      "revisa el conocimiento (con estos ficheros o carpetas encima) en busca de errores"},
     0, -1, true, NULL, cmd_check, 0},
    {"reload", "recargar", {"", ""},
     {"read the knowledge files again, keeping the session",
      "vuelve a leer los ficheros de conocimiento, conservando la sesión"},
     0, 0, false, NULL, cmd_reload, 0},
    {"quit", "salir", {"", ""}, {"leave oficio", "sale de oficio"}, 0, 0, false, NULL, cmd_quit, 0},
};
const size_t ncommands = sizeof commands / sizeof *commands;

const struct command *command_find(const char *word)
{
	for (size_t i = 0; i < ncommands; i++)
		if (strcmp(word, commands[i].name) == 0 ||
		    (commands[i].alias && strcmp(word, commands[i].alias) == 0))
			return &commands[i];
	return NULL;
}

int command_line(struct session *s, const char *line)
{
	char **argv = NULL;
	int bad_col = 0;
	const char *rest = NULL;
	/* A command that takes free text gets it as typed, one argument. */
	int argc = tokenize(line, 1, &argv, NULL, &bad_col);
	if (argc < 0) {
		repl_error(s, msg(M_UNTERMINATED_QUOTE), bad_col);
		return -1;
	}
	const struct command *c = argc > 0 ? command_find(argv[0]) : NULL;
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
	argv = NULL;
	argc = tokenize(line, c && c->raw_from ? c->raw_from : -1, &argv, &rest, &bad_col);
	if (argc < 0) {
		repl_error(s, msg(M_UNTERMINATED_QUOTE), bad_col);
		return -1;
	}
	if (c && c->raw_from && argc == c->raw_from && *rest)
		argv[argc++] = xstrdup(rest);
	int rc = 0;
	if (argc == 0) {
		rc = 0;
	} else if (!c) {
		repl_error(s, msg(M_UNKNOWN_COMMAND), argv[0]);
		rc = -1;
	} else if (argc - 1 < c->min_args || (c->max_args >= 0 && argc - 1 > c->max_args)) {
		char *count = arg_count_text(c), *usage = usage_of(c);
		repl_error(s, msg(M_WRONG_ARGS), argv[0], count, usage);
		free(count);
		free(usage);
		rc = -1;
	} else {
		rc = c->run(s, argc, argv);
	}
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
	return rc;
}
