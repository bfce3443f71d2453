/*
 * repl.c - reading input: lines from a terminal (GNU readline, history,
 * completion, Ctrl-C), a script or a pipe, and splitting them into
 * commands and CLIPS expressions. A CLIPS expression may span lines; it is
 * sent to the engine once its parentheses balance. What commands do is in
 * commands.c; how output looks is in out.c. It keeps s->prompt, the
 * prompt the next line is read at.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "../engine/atomic.h"
#include "../engine/text.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

enum { HISTORY_MAX = 1000 };

static const char PROMPT_MORE[] = "...> ";

static const char *prompt_for(const struct session *s)
{
	if (interview_prompt(s) && s->clips.n == 0)
		return interview_prompt(s);
	return s->depth > 0 || s->in_string ? PROMPT_MORE : SESSION_PROMPT;
}

/* ------------------------------------------------------- input checking */

/* The column of the first byte that is a control character (C0 other
 * than tab, DEL, C1) or not valid UTF-8, or 0 when the line is clean. */
static int bad_column(const char *line, size_t n)
{
	const unsigned char *p = (const unsigned char *)line;
	int col = 1;
	for (size_t i = 0; i < n; col++) {
		unsigned cp;
		size_t len = shown_decode(p + i, n - i, &cp);
		if (len == 0 || (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp < 0xA0))
			return col;
		i += len;
	}
	return 0;
}

/* -------------------------------------------------------------- CLIPS */

/* Each command, and each CLIPS expression, is one unit that succeeds or
 * fails; --bail stops at the first failure. */
static void finish_command(struct session *s)
{
	if (s->failed) {
		s->failures++;
		if (s->bail)
			s->quit = true;
	}
	s->failed = false;
}

static void trim_newlines(struct strbuf *b)
{
	while (b->n > 0 && b->s[b->n - 1] == '\n')
		b->s[--b->n] = '\0';
}

static void eval_clips(struct session *s, const char *expr)
{
	s->capturing = s->json;
	strbuf_clear(&s->out);
	strbuf_clear(&s->err);
	if (host_needs_source(expr) && session_leave_image(s) != 0) {
		s->capturing = false;
		s->failed = true;
		finish_command(s);
		return;
	}
	int rc = host_eval(s->host, expr);
	s->capturing = false;
	if (rc == HOST_EXIT) {
		s->quit = true;
		return;
	}
	if (host_stopped(s->host) != HOST_STOP_NONE) {
		if (s->json && s->out.n)
			fputs(s->out.s, stdout);
		report_stop(s);
	} else if (rc != 0) {
		s->failed = true;
		if (s->json) {
			trim_newlines(&s->err);
			const char *text = s->err.n ? s->err.s : msg(M_CLIPS_FAILED);
			while (*text == '\n')
				text++;
			repl_error(s, "%s", text);
		}
	} else if (s->json) {
		json_t *doc = json_object();
		trim_newlines(&s->out);
		json_object_set_new(doc, "output", json_string(s->out.n ? s->out.s : ""));
		out_json(s, doc);
	}
	/* A (reset) or (clear) typed by a CLIPS user does not take the
	 * session's conclusions with it. */
	session_restore(s);
	finish_command(s);
}

static void clips_reset_state(struct session *s)
{
	strbuf_clear(&s->clips);
	s->depth = 0;
	s->in_string = false;
	s->escaped = false;
}

/* Appends a line of CLIPS text and evaluates every expression it
 * completes. A stray ')' or text outside parentheses discards the rest.
 * Only the new line is scanned, from the state the pending text left
 * (depth, in a string, after a backslash; a comment ends with its line):
 * rescanning the whole pending expression on every line made an 80,000
 * line deffacts take minutes. */
static void clips_feed(struct session *s, const char *line, size_t n)
{
	size_t line_start = s->clips.n;
	strbuf_add(&s->clips, line, n);
	strbuf_add(&s->clips, "\n", 1);
	char *buf = s->clips.s;
	size_t start = 0; /* the pending expression starts the buffer */
	bool in_comment = false;
	for (size_t i = line_start; i < s->clips.n && !s->quit; i++) {
		char c = buf[i];
		if (in_comment) {
			in_comment = c != '\n';
			continue;
		}
		if (s->in_string) {
			if (s->escaped)
				s->escaped = false;
			else if (c == '\\')
				s->escaped = true;
			else if (c == '"')
				s->in_string = false;
			continue;
		}
		if (c == ';') {
			in_comment = true;
		} else if (c == '(') {
			if (s->depth++ == 0)
				start = i;
		} else if (c == ')') {
			if (s->depth == 0) {
				int col = i >= line_start ? (int)(i - line_start) + 1 : 1;
				repl_error(s, msg(M_STRAY_PAREN), col);
				finish_command(s);
				clips_reset_state(s);
				return;
			}
			if (--s->depth == 0) {
				char saved = buf[i + 1];
				buf[i + 1] = '\0';
				eval_clips(s, buf + start);
				buf[i + 1] = saved;
				if (host_stopped(s->host) == HOST_STOP_INTERRUPT) {
					/* Ctrl-C stops the whole line, not one expression. */
					clips_reset_state(s);
					return;
				}
				buf = s->clips.s;
				start = i + 1;
			}
		} else if (c == '"' && s->depth > 0) {
			s->in_string = true;
		} else if (s->depth == 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
			size_t end = i;
			while (end < s->clips.n && buf[end] != ' ' && buf[end] != '\n')
				end++;
			char *word = xstrndup(buf + i, end - i);
			int col = i >= line_start ? (int)(i - line_start) + 1 : 1;
			repl_error(s, msg(M_TRAILING_TEXT), col, word);
			free(word);
			finish_command(s);
			clips_reset_state(s);
			return;
		}
	}
	if (s->depth == 0 || s->quit) {
		clips_reset_state(s);
	} else {
		memmove(s->clips.s, s->clips.s + start, s->clips.n - start + 1);
		s->clips.n -= start;
	}
}

/* ---------------------------------------------------------------- lines */

static bool starts_clips(const char *line)
{
	line += strspn(line, " \t");
	return *line == '(' || *line == ')';
}

static void one_line(struct session *s, const char *line, size_t n)
{
	/* What earlier commands printed is out before anything runs. */
	fflush(stdout);
	int col = bad_column(line, n);
	if (col) {
		repl_error(s, msg(M_BAD_BYTES), col);
		finish_command(s);
		return;
	}
	if (s->iv && s->clips.n == 0) {
		interview_line(s, line);
		finish_command(s);
		return;
	}
	if (s->clips.n > 0 || starts_clips(line)) {
		clips_feed(s, line, n);
		return;
	}
	const char *p = line + strspn(line, " \t");
	if (*p == '\0' || *p == '#')
		return;
	command_line(s, p);
	finish_command(s);
}

void repl_line(struct session *s, const char *line, size_t n)
{
	one_line(s, line, n);
	s->prompt = prompt_for(s);
}

void repl_finish(struct session *s)
{
	interview_stop(s, true);
	if (s->clips.n > 0 && (s->depth > 0 || s->in_string)) {
		repl_error(s, msg(M_INCOMPLETE_EXPR), s->depth > 0 ? s->depth : 1);
		finish_command(s);
	}
	clips_reset_state(s);
	s->prompt = prompt_for(s);
}

void repl_stream(struct session *s, FILE *f, const char *name)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	s->where = name;
	s->line_no = 0;
	while (!s->quit && (n = getline(&line, &cap, f)) >= 0) {
		s->line_no++;
		size_t len = (size_t)n;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			len--;
		line[len] = '\0';
		if (s->echo)
			repl_echo(s, line, len);
		repl_line(s, line, len);
	}
	free(line);
	if (!s->quit)
		repl_finish(s);
	s->where = NULL;
}

/* ------------------------------------------------------------- terminal */

static struct session *term_session;
static volatile sig_atomic_t got_sigint, got_winch, running;

static void on_signal(int sig)
{
	if (sig == SIGWINCH) {
		got_winch = 1;
		return;
	}
	got_sigint = 1;
	if (running && term_session)
		host_interrupt(term_session->host);
}

/* Words offered by Tab, collected for readline's generator. */
static char **matches;
static size_t nmatches, capmatches, next_match;
static const char *match_prefix;

/* Does word start with prefix, case and accents aside? */
static bool starts_folded(const char *word, const char *prefix)
{
	if (strncmp(word, prefix, strlen(prefix)) == 0)
		return true;
	char *w = text_fold(word), *p = text_fold(prefix);
	bool yes = w && p && strncmp(w, p, strlen(p)) == 0;
	free(w);
	free(p);
	return yes;
}

/* Offers a word that starts with what is being completed. A label of
 * several words is offered in double quotes, as it must be typed, unless
 * the person opened a quote already (readline closes it). */
static void add_match(void *ctx, const char *word)
{
	(void)ctx;
	if (!starts_folded(word, match_prefix))
		return;
	char *shown = strchr(word, ' ') && !rl_completion_quote_character ? xasprintf("\"%s\"", word) : xstrdup(word);
	for (size_t i = 0; i < nmatches; i++)
		if (strcmp(matches[i], shown) == 0) {
			free(shown);
			return;
		}
	xgrow(&matches, &capmatches, nmatches + 1, sizeof *matches);
	matches[nmatches++] = shown;
}

static char *next_word(const char *text, int state)
{
	(void)text;
	if (state == 0)
		next_match = 0;
	return next_match < nmatches ? xstrdup(matches[next_match++]) : NULL;
}

static void clear_matches(void)
{
	for (size_t i = 0; i < nmatches; i++)
		free(matches[i]);
	nmatches = 0;
}

static char **complete(const char *text, int start, int end)
{
	(void)end;
	struct session *s = term_session;
	const char *buf = rl_line_buffer;
	rl_attempted_completion_over = 1;
	clear_matches();
	match_prefix = text;
	if (s->iv && s->clips.n == 0) {
		/* At an interview question: its answers, and why, back... */
		interview_complete(s, add_match, NULL);
	} else if (s->clips.n > 0 || starts_clips(buf)) {
		/* Inside CLIPS: the word after "(" names a function or construct. */
		if (start > 0 && buf[start - 1] == '(')
			host_each_name(s->host, add_match, NULL);
	} else {
		/* Which word is being completed: 0 is the command. A quoted
		 * label is one word; the quote that opens this one is not. */
		int argi = 0, end_of_words = start - (rl_completion_quote_character && start > 0);
		char *first = NULL, *prev = NULL;
		for (int i = 0; i < end_of_words;) {
			while (i < end_of_words && (buf[i] == ' ' || buf[i] == '\t'))
				i++;
			if (i >= end_of_words)
				break;
			int j = i;
			if (buf[i] == '"' || buf[i] == '\'') {
				const char *close = strchr(buf + i + 1, buf[i]);
				j = close && close - buf < end_of_words ? (int)(close - buf) + 1 : end_of_words;
			}
			while (j < end_of_words && buf[j] != ' ' && buf[j] != '\t')
				j++;
			if (argi == 0)
				first = xstrndup(buf + i, (size_t)(j - i));
			free(prev);
			prev = xstrndup(buf + i, (size_t)(j - i));
			argi++;
			i = j;
		}
		if (argi == 0) {
			for (size_t i = 0; i < ncommands; i++) {
				add_match(NULL, commands[i].name);
				if (commands[i].alias)
					add_match(NULL, commands[i].alias);
			}
		} else if (first) {
			const struct command *c = command_find(first);
			bool after_option = c && argi > 1 && c->file_option[0] &&
					    (strcmp(prev, c->file_option[0]) == 0 || strcmp(prev, c->file_option[1]) == 0);
			if (c && (c->file_args || after_option)) {
				free(first);
				free(prev);
				return rl_completion_matches(text, rl_filename_completion_function);
			}
			if (c && c->complete)
				c->complete(s, argi, add_match, NULL);
		}
		free(first);
		free(prev);
	}
	return nmatches ? rl_completion_matches(text, next_word) : NULL;
}

/* Reads one line with readline's callback interface, so that Ctrl-C at the
 * prompt can clear the line without killing anything. Returns the line,
 * NULL at end of input; *interrupted is set on Ctrl-C. */
static char *got_line;
static bool line_ready;

static void on_line(char *line)
{
	got_line = line;
	line_ready = true;
	rl_callback_handler_remove();
}

static char *term_read(const char *prompt, bool *interrupted)
{
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGWINCH);
	sigprocmask(SIG_BLOCK, &block, &old);
	*interrupted = false;
	line_ready = false;
	got_line = NULL;
	rl_callback_handler_install(prompt, on_line);
	while (!line_ready) {
		fd_set fds;
		FD_ZERO(&fds);
		FD_SET(fileno(rl_instream), &fds);
		int r = pselect(fileno(rl_instream) + 1, &fds, NULL, NULL, NULL, &old);
		if (got_winch) {
			got_winch = 0;
			rl_resize_terminal();
		}
		if (got_sigint) {
			got_sigint = 0;
			/* ^C after what was typed, then a new line, while readline
			 * still holds the terminal: leaving it first writes a
			 * carriage return, and ^C would land on the prompt. */
			rl_point = rl_end;
			rl_redisplay();
			fputs("^C\r\n", rl_outstream);
			fflush(rl_outstream);
			rl_free_line_state();
			rl_callback_sigcleanup();
			rl_callback_handler_remove();
			*interrupted = true;
			break;
		}
		if (r > 0)
			rl_callback_read_char();
		else if (r < 0 && errno != EINTR)
			break;
	}
	/* From here a Ctrl-C belongs to the command about to run: mark it
	 * running before the signal can be delivered. */
	if (line_ready && got_line) {
		host_clear_interrupt(term_session->host);
		running = 1;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	return got_line;
}

/* The history file, or NULL when there is none to use: one that exists
 * and is not a regular file (a FIFO would block reading it, and be
 * replaced by a file when written) is left alone, saying so. */
static char *history_path(void)
{
	const char *env = getenv("OFICIO_HISTFILE");
	const char *home = getenv("HOME");
	char *path = env && *env ? xstrdup(env) : home && *home ? xasprintf("%s/.oficio_history", home) : NULL;
	struct stat st;
	if (path && stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		char *shown = shown_dup(path);
		fprintf(stderr, "%s: ", msg(M_WARNING));
		fprintf(stderr, msg(M_HIST_NOT_FILE), shown);
		fputc('\n', stderr);
		free(shown);
		free(path);
		return NULL;
	}
	return path;
}

/* The history file is written whole after each line (it holds at most
 * HISTORY_MAX), atomically: a crash, a kill or a full disk leaves the old
 * file, never half of one. It is private to the user (0600 when new). A
 * history that cannot be written is not worth interrupting anyone for. */
static void save_history(const char *path)
{
	struct strbuf b = {0};
	strbuf_add(&b, "", 0);
	for (int i = 0; i < history_length; i++) {
		HIST_ENTRY *e = history_get(history_base + i);
		if (e) {
			strbuf_add(&b, e->line, strlen(e->line));
			strbuf_add(&b, "\n", 1);
		}
	}
	mode_t old = umask(077);
	atomic_write(path, b.s, b.n, NULL);
	umask(old);
	free(b.s);
}

static void remember(const char *line, const char *path)
{
	if (line[strspn(line, " \t")] == '\0')
		return;
	HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
	if (last && strcmp(last->line, line) == 0)
		return;
	add_history(line);
	if (path)
		save_history(path);
}

void repl_interactive(struct session *s)
{
	term_session = s;
	rl_readline_name = "oficio";
	rl_catch_signals = 0;
	rl_catch_sigwinch = 0;
	rl_attempted_completion_function = complete;
	rl_basic_word_break_characters = " \t\n\"'()";
	rl_completer_word_break_characters = " \t\n\"'()";
	rl_completer_quote_characters = "\"'";

	char *hist = history_path();
	stifle_history(HISTORY_MAX);
	if (hist)
		read_history(hist);

	struct sigaction sa = {0};
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGWINCH, &sa, NULL);

	say(s, msg(M_BANNER), OFICIO_VERSION);
	struct strbuf expr = {0}; /* a CLIPS expression typed over lines, for the history */
	while (!s->quit) {
		bool interrupted;
		char *line = term_read(prompt_for(s), &interrupted);
		if (interrupted) {
			clips_reset_state(s);
			strbuf_clear(&expr);
			continue;
		}
		if (!line) {
			fputc('\n', stdout);
			/* Ctrl-D at a question leaves the interview, not oficio;
			 * at the prompt, it leaves as quit does. */
			if (s->iv && s->clips.n == 0) {
				interview_leave(s);
				continue;
			}
			if (s->clips.n > 0)
				repl_finish(s); /* the expression left unfinished */
			if (!case_may_drop(s, false))
				continue;
			break;
		}
		/* History: a CLIPS expression over several lines is one entry,
		 * kept when it is whole; answers at an interview are none. */
		bool answer = s->iv && s->clips.n == 0;
		bool clips = !answer && (s->clips.n > 0 || starts_clips(line));
		repl_line(s, line, strlen(line));
		if (clips) {
			if (expr.n)
				strbuf_add(&expr, " ", 1);
			strbuf_add(&expr, line, strlen(line));
			if (s->clips.n == 0) {
				remember(expr.s, hist);
				strbuf_clear(&expr);
			}
		} else if (!answer) {
			remember(line, hist);
		}
		running = 0;
		got_sigint = 0;
		free(line);
		fflush(stdout);
	}
	if (!s->quit)
		repl_finish(s);
	free(hist);
	free(expr.s);
	clear_matches();
	free(matches);
	matches = NULL;
	capmatches = 0;
	rl_clear_history();
	term_session = NULL;
}
