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
#include "../engine/text.h"
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

/* "; did you mean 'task'?" for a command name not found, or "". */
char *command_meant(const char *typed)
{
	struct suggest g;
	suggest_init(&g, typed);
	for (size_t i = 0; i < ncommands; i++) {
		suggest_add(&g, commands[i].name);
		suggest_add(&g, commands[i].alias);
	}
	char *maybe = suggest_text(&g);
	suggest_free(&g);
	return maybe;
}

/* ------------------------------------------------------------ commands */

/* "yes|no|unknown", or "any duty id" for a kind of knowledge. */
static void join_value(void *ctx, const char *value, bool kind)
{
	struct strbuf *b = ctx;
	char *text = kind ? xasprintf(msg(M_ANY_ID), value) : xstrdup(value);
	if (b->n)
		strbuf_add(b, "|", 1);
	strbuf_add(b, text, strlen(text));
	free(text);
}

/* help COMMAND: usage, what it does, its arguments, the attributes a task
 * may state (from the knowledge) where it takes them, an example. */
static void help_command(struct session *s, const struct command *c)
{
	int lang = msg_lang();
	const char *alias, *label, *name;
	if (s->json) {
		json_t *doc = command_json(c);
		json_t *params = json_array();
		for (const char *p = c->params[lang]; p && *p;) {
			size_t n = strcspn(p, "\n"), w = strcspn(p, "\t\n");
			const char *meaning = p[w] == '\t' ? p + w + 1 : p + n;
			if (w == 0 && json_array_size(params)) { /* it goes on */
				json_t *last = json_object_get(json_array_get(params, json_array_size(params) - 1), "meaning");
				char *more = xasprintf("%s %.*s", json_string_value(last), (int)(p + n - meaning), meaning);
				json_string_set(last, more);
				free(more);
			} else {
				json_array_append_new(params, json_pack("{s:s%,s:s%}", "name", p, w, "meaning", meaning,
									(size_t)(p + n - meaning)));
			}
			p += n + (p[n] == '\n');
		}
		json_object_set_new(doc, "arguments", params);
		if (c->attrs) {
			json_t *attrs = json_array();
			for (size_t i = 0; (name = advisor_attribute(s->adv, i, &alias, &label, lang == LANG_ES)); i++) {
				struct strbuf values = {0};
				advisor_each_value(s->adv, name, join_value, &values);
				json_array_append_new(attrs, json_pack("{s:s,s:s,s:s,s:s}", "name", name, "alias", alias,
								       "values", values.s ? values.s : "", "label", label));
				free(values.s);
			}
			json_object_set_new(doc, "attributes", attrs);
		}
		json_object_set_new(doc, "example", json_string(c->example[lang]));
		json_t *wrap = json_object();
		json_object_set_new(wrap, "command", doc);
		out_json(s, wrap);
		return;
	}
	char *usage = usage_of(c);
	say(s, msg(M_USAGE), usage);
	say(s, "  %s", c->summary[lang]);
	free(usage);
	if (c->params[lang]) {
		/* "WORD\tmeaning" lines ("\tmore" goes on), in a column that fits. */
		int width = 0;
		for (const char *p = c->params[lang]; *p; p += strcspn(p, "\n"), p += *p == '\n') {
			int w = (int)strcspn(p, "\t\n");
			width = w > width ? w : width;
		}
		say(s, "%s", msg(M_HELP_ARGUMENTS));
		for (const char *p = c->params[lang]; *p;) {
			size_t n = strcspn(p, "\n"), w = strcspn(p, "\t\n");
			const char *meaning = p[w] == '\t' ? p + w + 1 : p + n;
			say(s, "  %-*.*s  %.*s", width, (int)w, p, (int)(p + n - meaning), meaning);
			p += n + (p[n] == '\n');
		}
	}
	if (c->attrs) {
		say(s, "%s", msg(M_HELP_ATTRIBUTES));
		char **pairs = xcalloc(1, sizeof *pairs);
		size_t npairs = 0, cap = 1;
		int width = 0;
		for (size_t i = 0; (name = advisor_attribute(s->adv, i, &alias, &label, lang == LANG_ES)); i++) {
			struct strbuf values = {0};
			advisor_each_value(s->adv, name, join_value, &values);
			xgrow(&pairs, &cap, npairs + 1, sizeof *pairs);
			pairs[npairs] = xasprintf("%s=%s", name, values.s ? values.s : "");
			int w = out_width(pairs[npairs++]);
			width = w > width ? w : width;
			free(values.s);
		}
		for (size_t i = 0; i < npairs; i++) {
			advisor_attribute(s->adv, i, &alias, &label, lang == LANG_ES);
			if (*alias)
				say(s, "  %-*s  %s (%s %s=)", width, pairs[i], label, msg(M_ALIAS), alias);
			else
				say(s, "  %-*s  %s", width, pairs[i], label);
			free(pairs[i]);
		}
		free(pairs);
	}
	say(s, msg(M_HELP_EXAMPLE), c->example[lang]);
	if (other_name(c))
		say(s, "(%s: %s)", msg(M_ALIAS), other_name(c));
}

static int cmd_help(struct session *s, int argc, char **argv)
{
	if (argc == 2) {
		const struct command *c = command_find(argv[1]);
		if (!c) {
			char *maybe = command_meant(argv[1]);
			repl_error(s, msg(M_HELP_UNKNOWN), argv[1], maybe);
			free(maybe);
			return -1;
		}
		help_command(s, c);
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

/* Each row: the names, the argument synopsis and a summary (en, es), what
 * each argument is (lines "WORD  meaning"), one example, whether the
 * command takes a task's NAME=VALUE attributes, and how it runs. */
const struct command commands[] = {
    {.name = "task", .alias = "tarea",
     .args = {"ID TEXT... [NAME=VALUE...]", "ID TEXTO... [NOMBRE=VALOR...]"},
     .summary = {"describe a task (again): its side, confidence and reasons",
		 "describe una tarea (o la redescribe): su lado, confianza y razones"},
     .params = {"ID\ta name for the task: letters, digits, '-', '_', '.' (t1, payroll)\n"
		"TEXT...\twhat is done, and with whom, in your own words (Spanish or English)",
		"ID\tun nombre para la tarea: letras, dígitos, «-», «_», «.» (t1, nominas)\n"
		"TEXTO...\tqué se hace, y con quién, con sus palabras (en español o en inglés)"},
     .example = {"task t1 greets visitors at the front desk contact=yes",
		 "tarea t1 atiende a los clientes en el mostrador contacto=sí"},
     .attrs = true, .min_args = 2, .max_args = -1, .complete = complete_task_attrs, .run = cmd_task, .raw_from = 2},
    {.name = "tasks", .alias = "tareas", .args = {"", ""},
     .summary = {"every task with its side and confidence", "todas las tareas con su lado y confianza"},
     .example = {"tasks", "tareas"}, .run = cmd_tasks},
    {.name = "forget", .alias = "olvidar", .args = {"ID", "ID"},
     .summary = {"forget a task", "olvida una tarea"},
     .params = {"ID\tthe task (see tasks)", "ID\tla tarea (vea tareas)"},
     .example = {"forget t1", "olvidar t1"},
     .min_args = 1, .max_args = 1, .complete = complete_tasks, .run = cmd_forget},
    {.name = "classify", .alias = "clasificar", .args = {"TEXT... [NAME=VALUE...]", "TEXTO... [NOMBRE=VALOR...]"},
     .summary = {"classify a task without keeping it", "clasifica una tarea sin guardarla"},
     .params = {"TEXT...\twhat is done, and with whom, in your own words (Spanish or English)",
		"TEXTO...\tqué se hace, y con quién, con sus palabras (en español o en inglés)"},
     .example = {"classify no customer contact, just bookkeeping", "clasificar sin trato con clientes, solo contabilidad"},
     .attrs = true, .min_args = 1, .max_args = -1, .complete = complete_task_attrs, .run = cmd_classify,
     .raw_from = 1},
    {.name = "roles", .alias = "roles", .args = {"", ""},
     .summary = {"the article's jobs and their sides", "los roles del artículo y su lado"},
     .example = {"roles", "roles"}, .run = cmd_roles},
    {.name = "role", .alias = "rol", .args = {"ID", "ID"},
     .summary = {"a job: its side, duties and the skills it needs", "un rol: su lado, funciones y habilidades"},
     .params = {"ID\ta job of the article, by id or label (see roles)",
		"ID\tun rol del artículo, por id o nombre (vea roles)"},
     .example = {"role receptionist", "rol recepcionista"},
     .min_args = 1, .max_args = 1, .complete = complete_roles, .run = cmd_role},
    {.name = "duties", .alias = "funciones", .args = {"", ""},
     .summary = {"the duties and their sides", "las funciones y su lado"},
     .example = {"duties", "funciones"}, .run = cmd_duties},
    {.name = "skills", .alias = "habilidades", .args = {"[SIDE]", "[LADO]"},
     .summary = {"the skills, or those a side needs", "las habilidades, o las que necesita un lado"},
     .params = {"SIDE\tfront-office or back-office (front, back)", "LADO\tfront-office o back-office (front, back)"},
     .example = {"skills back", "habilidades back"},
     .max_args = 1, .complete = complete_sides, .run = cmd_skills},
    {.name = "hire", .alias = "contratar", .args = {"ID...", "ID..."},
     .summary = {"the skills a position covering these roles, duties or tasks needs",
		 "las habilidades de un puesto que cubre estos roles, funciones o tareas"},
     .params = {"ID...\tsides, roles, duties (ids or labels), tasks or kept positions",
		"ID...\tlados, roles, funciones (ids o nombres), tareas o puestos guardados"},
     .example = {"hire receptionist t1", "contratar recepcionista t1"},
     .min_args = 1, .max_args = -1, .complete = complete_items, .run = cmd_hire},
    {.name = "position", .alias = "puesto", .args = {"NAME ID...|--from FILE", "NOMBRE ID...|--desde FICHERO"},
     .summary = {"name a position covering roles, duties or tasks, or read one from a job description",
		 "nombra un puesto que cubre roles, funciones o tareas, o lo lee de una descripción de puesto"},
     .params = {"NAME\ta name for the position, not used by anything else (front-desk)\n"
		"ID...\twhat it covers: sides, roles, duties, tasks\n"
		"--from FILE\ta job description (text or Markdown, - for standard input): each duty becomes a "
		"task NAME.1, NAME.2...; requirements, the offer and the company are set aside",
		"NOMBRE\tun nombre para el puesto que nada más use (mostrador)\n"
		"ID...\tlo que cubre: lados, roles, funciones, tareas\n"
		"--desde FICHERO\tuna descripción de puesto (texto o Markdown, - para la entrada estándar): cada "
		"función pasa a ser una tarea NOMBRE.1, NOMBRE.2...; requisitos, oferta y empresa se apartan"},
     .example = {"position front-desk receptionist t1", "puesto mostrador recepcionista t1"},
     .min_args = 2, .max_args = -1, .file_option = {"--from", "--desde"}, .complete = complete_position,
     .run = cmd_position},
    {.name = "candidate", .alias = "candidato", .args = {"NAME SKILL...|--from FILE", "NOMBRE HABILIDAD...|--desde FICHERO"},
     .summary = {"record a candidate's skills (ids or labels), or read them from a CV",
		 "registra las habilidades de un candidato (ids o nombres), o las lee de un CV"},
     .params = {"NAME\tthe candidate's name, not used by anything else (ana)\n"
		"SKILL...\tskills by id or label, a label with spaces in quotes (see skills); typed again, they "
		"replace the candidate's skills\n"
		"--from FILE\ta CV or a short profile (text, - for standard input): the skills it names, and those "
		"the duties it says the person did and the jobs they held need, each with its words",
		"NOMBRE\tel nombre del candidato, que nada más use (ana)\n"
		"HABILIDAD...\thabilidades por id o nombre, un nombre con espacios entre comillas (vea habilidades); "
		"escritas de nuevo, sustituyen las del candidato\n"
		"--desde FICHERO\tun CV o un perfil breve (texto, - para la entrada estándar): las habilidades que "
		"nombra, y las que piden las funciones que dice que hizo la persona y los roles que tuvo, cada una con "
		"sus palabras"},
     .example = {"candidate ana \"active listening\" numeracy", "candidato ana \"escucha activa\" paciencia"},
     .min_args = 2, .max_args = -1, .file_option = {"--from", "--desde"}, .complete = complete_candidate,
     .run = cmd_candidate},
    {.name = "match", .alias = "evaluar", .args = {"NAME ID...", "NOMBRE ID..."},
     .summary = {"how well a candidate fits a position", "cuánto encaja un candidato en un puesto"},
     .params = {"NAME\ta candidate (see candidate)\n"
		"ID...\ta kept position, or what a position covers: sides, roles, duties, tasks",
		"NOMBRE\tun candidato (vea candidato)\n"
		"ID...\tun puesto guardado, o lo que cubre un puesto: lados, roles, funciones, tareas"},
     .example = {"match ana front-desk", "evaluar ana mostrador"},
     .min_args = 2, .max_args = -1, .complete = complete_match, .run = cmd_match},
    {.name = "rank", .alias = "ordenar", .args = {"ID...", "ID..."},
     .summary = {"the candidates ordered by fit for a position", "los candidatos ordenados por su encaje en un puesto"},
     .params = {"ID...\ta kept position, or what a position covers: sides, roles, duties, tasks",
		"ID...\tun puesto guardado, o lo que cubre un puesto: lados, roles, funciones, tareas"},
     .example = {"rank front-desk", "ordenar mostrador"},
     .min_args = 1, .max_args = -1, .complete = complete_items, .run = cmd_rank},
    {.name = "ask", .alias = "preguntar", .args = {"[TASK-ID]", "[ID-TAREA]"},
     .summary = {"a guided interview about a task (a new one without an id)",
		 "una entrevista guiada sobre una tarea (una nueva si no se da id)"},
     .params = {"TASK-ID\ta task to say more about, or a new one's name; at a question:\n"
		"	a number or a word of the list, ? (don't know), why, back, quit, help",
		"ID-TAREA\tuna tarea de la que decir más, o el nombre de una nueva; ante una pregunta:\n"
		"	un número o una palabra de la lista, ? (no sé), porque, atras, salir, ayuda"},
     .example = {"ask t1", "preguntar t1"},
     .max_args = 1, .complete = complete_tasks, .run = cmd_ask},
    {.name = "how", .alias = "como", .args = {"[--depth N] ID [ID]", "[--depth N] ID [ID]"},
     .summary = {"why a conclusion holds, as a tree: how TASK, how POSITION SKILL, how CANDIDATE POSITION",
		 "por qué vale una conclusión, en árbol: como TAREA, como PUESTO HABILIDAD, como CANDIDATO PUESTO"},
     .params = {"--depth N\tshow N levels under the conclusion (at a terminal 3, elsewhere all)\n"
		"ID [ID]\ta task; a position and a skill it needs; a candidate and a position",
		"--depth N\tmuestra N niveles bajo la conclusión (en un terminal 3, si no todos)\n"
		"ID [ID]\tuna tarea; un puesto y una habilidad que necesita; un candidato y un puesto"},
     .example = {"how front-desk \"active listening\"", "como mostrador \"escucha activa\""},
     .min_args = 1, .max_args = 4, .complete = complete_explain, .run = cmd_how},
    {.name = "why", .alias = "porque", .args = {"ID [ID]", "ID [ID]"},
     .summary = {"the decisive reasons for a conclusion (ids as for how) and the article's sections",
		 "las razones decisivas de una conclusión (ids como en como) y las secciones del artículo"},
     .params = {"ID [ID]\ta task; a position and a skill it needs; a candidate and a position",
		"ID [ID]\tuna tarea; un puesto y una habilidad que necesita; un candidato y un puesto"},
     .example = {"why ana front-desk", "porque ana mostrador"},
     .min_args = 1, .max_args = 2, .complete = complete_explain, .run = cmd_why},
    {.name = "save", .alias = "guardar", .args = {"FILE", "FICHERO"},
     .summary = {"save what was said (tasks, positions, candidates) to a case file",
		 "guarda lo dicho (tareas, puestos, candidatos) en un fichero de caso"},
     .params = {"FILE\tthe case file to write (replaced whole, never half written)",
		"FICHERO\tel fichero de caso que escribir (se sustituye entero, nunca a medias)"},
     .example = {"save shop.json", "guardar tienda.json"},
     .min_args = 1, .max_args = 1, .file_args = true, .run = cmd_save},
    {.name = "load", .alias = "cargar", .args = {"FILE", "FICHERO"},
     .summary = {"replace the session with a saved case, and draw its conclusions again",
		 "sustituye la sesión por un caso guardado y vuelve a sacar sus conclusiones"},
     .params = {"FILE\ta case file written by save", "FICHERO\tun fichero de caso escrito con guardar"},
     .example = {"load shop.json", "cargar tienda.json"},
     .min_args = 1, .max_args = 1, .file_args = true, .run = cmd_load},
    {.name = "report", .alias = "informe", .args = {"[FILE]", "[FICHERO]"},
     .summary = {"the consultation as a Markdown report, on the screen or into FILE",
		 "la consulta como informe en Markdown, en pantalla o en FICHERO"},
     .params = {"FILE\tthe Markdown file to write (without it, the screen)",
		"FICHERO\tel fichero Markdown que escribir (sin él, la pantalla)"},
     .example = {"report shop.md", "informe tienda.md"},
     .max_args = 1, .file_args = true, .run = cmd_report},
    {.name = "help", .alias = "ayuda", .args = {"[COMMAND]", "[ORDEN]"},
     .summary = {"show the commands, or how to use one", "muestra las órdenes, o cómo se usa una"},
     .params = {"COMMAND\ta command, by its English or Spanish name", "ORDEN\tuna orden, por su nombre en español o en inglés"},
     .example = {"help task", "ayuda tarea"},
     .max_args = 1, .complete = complete_help, .run = cmd_help},
    {.name = "lang", .alias = "idioma", .args = {"[es|en]", "[es|en]"},
     .summary = {"show or change the language of messages", "muestra o cambia el idioma de los mensajes"},
     .params = {"es|en\tthe language to change to (without it, the language now)",
		"es|en\tel idioma al que cambiar (sin él, el idioma actual)"},
     .example = {"lang es", "idioma en"},
     .max_args = 1, .complete = complete_langs, .run = cmd_lang},
    {.name = "reset", .alias = "reiniciar", .args = {"", ""},
     .summary = {"clear the session: forget tasks, positions and candidates",
		 "borra la sesión: olvida tareas, puestos y candidatos"},
     .example = {"reset", "reiniciar"}, .run = cmd_reset},
    {.name = "check", .alias = "revisar", .args = {"[PATH...]", "[RUTA...]"},
     .summary = {"check the knowledge (with these files or folders on top) for errors",
		 "revisa el conocimiento (con estos ficheros o carpetas encima) en busca de errores"},
     .params = {"PATH...\t.clp files or folders to check on top of the session's knowledge",
		"RUTA...\tficheros .clp o carpetas que revisar encima del conocimiento de la sesión"},
     .example = {"check my-layer", "revisar mi-capa"},
     .max_args = -1, .file_args = true, .run = cmd_check},
    {.name = "reload", .alias = "recargar", .args = {"", ""},
     .summary = {"read the knowledge files again, keeping the session",
		 "vuelve a leer los ficheros de conocimiento, conservando la sesión"},
     .example = {"reload", "recargar"}, .run = cmd_reload},
    {.name = "quit", .alias = "salir", .args = {"", ""}, .summary = {"leave oficio", "sale de oficio"},
     .example = {"quit", "salir"}, .run = cmd_quit},
};
const size_t ncommands = sizeof commands / sizeof *commands;

const struct command *command_find(const char *word)
{
	/* Without regard to case or accents: TAREAS, Cómo. */
	char *folded = text_fold(word);
	const struct command *found = NULL;
	for (size_t i = 0; i < ncommands && folded && !found; i++)
		if (strcmp(folded, commands[i].name) == 0 || (commands[i].alias && strcmp(folded, commands[i].alias) == 0))
			found = &commands[i];
	free(folded);
	return found;
}

int command_file(struct session *s, int argc, char **argv)
{
	const struct command *c = argc > 0 ? command_find(argv[0]) : NULL;
	for (int i = 1; c && c->file_option[0] && i < argc; i++) {
		if (strcmp(argv[i], c->file_option[0]) != 0 && strcmp(argv[i], c->file_option[1]) != 0)
			continue;
		if (i == 2 && argc == 4)
			return 1;
		repl_error(s, msg(M_FILE_OPTION), argv[i], argv[0], argv[i]);
		return -1;
	}
	return 0;
}

/* The command named by the first word, or by the first two as one ("por
 * qué" is porqué); *two says which. */
static const struct command *find_named(int argc, char **argv, bool *two)
{
	*two = false;
	const struct command *c = argc > 0 ? command_find(argv[0]) : NULL;
	if (!c && argc > 1) {
		char *joined = xasprintf("%s%s", argv[0], argv[1]);
		c = command_find(joined);
		*two = c != NULL;
		free(joined);
	}
	return c;
}

static void free_words(int argc, char **argv)
{
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
}

/* Runs c with its words (argv[0] the name as typed), after checking how
 * many there are; unknown (c NULL): says so, with what the name may have
 * meant. */
static int dispatch(struct session *s, const struct command *c, int argc, char **argv)
{
	if (!c) {
		char *maybe = command_meant(argv[0]);
		repl_error(s, msg(M_UNKNOWN_COMMAND), argv[0], maybe);
		free(maybe);
		return -1;
	}
	if (argc - 1 < c->min_args || (c->max_args >= 0 && argc - 1 > c->max_args)) {
		char *count = arg_count_text(c), *usage = usage_of(c);
		repl_error(s, msg(M_WRONG_ARGS), argv[0], count, usage);
		free(count);
		free(usage);
		return -1;
	}
	return c->run(s, argc, argv);
}

int command_line(struct session *s, const char *line)
{
	char **argv = NULL;
	int bad_col = 0;
	const char *rest = NULL;
	/* The first word or two name the command. */
	int argc = tokenize(line, 2, &argv, NULL, &bad_col);
	if (argc < 0) {
		repl_error(s, msg(M_UNTERMINATED_QUOTE), bad_col);
		return -1;
	}
	bool two;
	const struct command *c = find_named(argc, argv, &two);
	free_words(argc, argv);
	argv = NULL;
	/* A command that takes free text gets it as typed, one argument. */
	int raw = c && c->raw_from ? c->raw_from + two : -1;
	argc = tokenize(line, raw, &argv, &rest, &bad_col);
	if (argc < 0) {
		repl_error(s, msg(M_UNTERMINATED_QUOTE), bad_col);
		return -1;
	}
	if (raw > 0 && argc == raw && *rest)
		argv[argc++] = xstrdup(rest);
	if (two) { /* "por qué": one name */
		char *name = xasprintf("%s %s", argv[0], argv[1]);
		free(argv[0]);
		free(argv[1]);
		argv[0] = name;
		memmove(argv + 1, argv + 2, (size_t)(argc - 1) * sizeof *argv);
		argc--;
	}
	int rc = argc == 0 ? 0 : dispatch(s, c, argc, argv);
	free_words(argc, argv);
	return rc;
}

int command_run(struct session *s, int argc, char **words)
{
	bool two;
	const struct command *c = find_named(argc, words, &two);
	int skip = two ? 2 : 1;
	char **argv = xcalloc((size_t)argc + 2, sizeof *argv);
	int n = 0;
	argv[n++] = two ? xasprintf("%s %s", words[0], words[1]) : xstrdup(words[0]);
	for (int i = skip; i < argc; i++) {
		if (c && c->raw_from && n == c->raw_from) {
			/* The free text: the words as the shell gave them, one argument. */
			struct strbuf text = {0};
			for (int j = i; j < argc; j++) {
				if (j > i)
					strbuf_add(&text, " ", 1);
				strbuf_add(&text, words[j], strlen(words[j]));
			}
			argv[n++] = text.s;
			break;
		}
		argv[n++] = xstrdup(words[i]);
	}
	int rc = dispatch(s, c, n, argv);
	free_words(n, argv);
	return rc;
}
