/*
 * jobs.c - `oficio batch --jobs N`: N worker processes, each with its own
 * engine (forked after the knowledge is loaded, so it is loaded once), and
 * the answers written in input order, byte for byte those of plain batch.
 *
 * The parent reads the input itself (polling, so that it passes answers on
 * while it waits for more), keeps each line until its answer is written,
 * and deals it, as "N<TAB>line", to the live worker with the fewest lines
 * in hand. A worker (batch_run() with batch_numbered) answers each line
 * with one line "N<TAB>answer", and writes its answers out whenever it may
 * have to wait for more input. The parent takes a worker's answers only in
 * the order it dealt that worker's lines, so an answer can never be paired
 * with another line.
 *
 * A worker that dies (killed, crashed) or answers out of turn is replaced
 * by a new one: the line it was answering gets an error answer, the lines
 * it had not reached are dealt again, every other answer comes out, and
 * the exit status says something failed. At most WINDOW lines and
 * WINDOW_BYTES bytes (lines and answers) are held at once, and the input
 * is read only when what was read holds no whole line to take, so memory
 * stays flat whatever the input. If standard output is a closed pipe the
 * parent stops its workers and dies of SIGPIPE, as plain batch does.
 * It classifies nothing itself.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../engine/advisor.h"
#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

enum {
	WINDOW = 4096,             /* lines held at most */
	WINDOW_BYTES = 8 << 20,    /* bytes of lines and answers held, beyond one line */
	MAX_JOBS = 64,
	MORE_WORKERS = 64,         /* workers started to replace dead ones, at most */
	CHUNK = 65536
};

/* An input line, from when it is read until its answer is written. */
struct pending {
	char *line;   /* without its line end */
	size_t n;
	char *answer; /* the answer line, with its line feed; NULL until it comes */
	size_t alen;
};

struct worker {
	pid_t pid;            /* 0: no worker in this slot */
	int in, out;          /* its stdin (we write; -1 once closed), stdout (we read) */
	struct strbuf tosend; /* lines dealt, not yet written */
	size_t sent;          /* bytes of tosend written */
	struct strbuf got;    /* what it wrote, not yet a whole line */
	long *queue;          /* line numbers dealt to it, unanswered, oldest first */
	size_t qhead, qn, qcap;
};

struct jobs {
	struct session *s;
	struct worker w[MAX_JOBS];
	int nw;
	int spares;           /* workers that may still be started to replace others */
	struct pending ring[WINDOW];
	long first;           /* the number of the oldest line held */
	size_t count;         /* lines held */
	size_t bytes;         /* their bytes and their answers' */
	bool failed;
};

static struct pending *held(struct jobs *j, long no) { return &j->ring[(size_t)no % WINDOW]; }

/* An error line on stderr: stdout carries the answers only. */
static void warn(const char *fmt, const char *detail)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", msg(M_ERROR));
	fprintf(stderr, fmt, detail);
	fputc('\n', stderr);
}

static void set_nonblock(int fd)
{
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

/* Starts a worker in slot k. Returns 0 or -1 (errno set). */
static int start(struct jobs *j, int k)
{
	int to[2], from[2];
	if (pipe(to) != 0)
		return -1;
	if (pipe(from) != 0) {
		close(to[0]);
		close(to[1]);
		return -1;
	}
	fflush(stdout);
	pid_t pid = fork();
	if (pid < 0) {
		int code = errno;
		close(to[0]);
		close(to[1]);
		close(from[0]);
		close(from[1]);
		errno = code;
		return -1;
	}
	if (pid == 0) {
		/* Hold no other worker's pipe, or it never sees its input end. */
		for (int i = 0; i < j->nw; i++) {
			if (i == k || !j->w[i].pid)
				continue;
			if (j->w[i].in >= 0)
				close(j->w[i].in);
			close(j->w[i].out);
		}
		signal(SIGPIPE, SIG_DFL);
		dup2(to[0], STDIN_FILENO);
		dup2(from[1], STDOUT_FILENO);
		close(to[0]);
		close(to[1]);
		close(from[0]);
		close(from[1]);
		struct session *s = j->s;
		s->batch_numbered = true;
		s->echo = false; /* the parent echoes, in order */
		s->failures = 0;
		batch_run(s, stdin);
		fflush(stdout);
		int failed = s->failures != 0;
		session_free(s);
		_exit(failed);
	}
	close(to[0]);
	close(from[1]);
	struct worker *w = &j->w[k];
	free(w->tosend.s);
	free(w->got.s);
	free(w->queue);
	*w = (struct worker){.pid = pid, .in = to[1], .out = from[0]};
	set_nonblock(w->in);
	set_nonblock(w->out);
	return 0;
}

/* n bytes, NUL bytes among them, and a NUL after. */
static char *copy(const char *bytes, size_t n)
{
	char *c = xmalloc(n + 1);
	memcpy(c, bytes, n);
	c[n] = '\0';
	return c;
}

static void enqueue(struct worker *w, long no)
{
	if (w->qhead > 0 && w->qhead + w->qn == w->qcap) {
		memmove(w->queue, w->queue + w->qhead, w->qn * sizeof *w->queue);
		w->qhead = 0;
	}
	xgrow(&w->queue, &w->qcap, w->qhead + w->qn + 1, sizeof *w->queue);
	w->queue[w->qhead + w->qn++] = no;
}

static long dequeue(struct worker *w)
{
	long no = w->queue[w->qhead++];
	if (--w->qn == 0)
		w->qhead = 0;
	return no;
}

static void set_answer(struct jobs *j, long no, char *answer, size_t alen)
{
	struct pending *p = held(j, no);
	p->answer = answer;
	p->alen = alen;
	j->bytes += alen;
}

static void answer_error(struct jobs *j, long no, const char *text)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = xmemstream(&buf, &n);
	batch_put_error(f, no + j->s->batch_offset, text);
	fclose(f);
	set_answer(j, no, buf, n);
	j->failed = true;
}

/* The live worker, input open, with the fewest lines in hand; -1: none. */
static int least_busy(const struct jobs *j)
{
	int best = -1;
	for (int k = 0; k < j->nw; k++)
		if (j->w[k].pid && j->w[k].in >= 0 && (best < 0 || j->w[k].qn < j->w[best].qn))
			best = k;
	return best;
}

static void deal(struct jobs *j, long no)
{
	int k = least_busy(j);
	if (k < 0) {
		/* Every worker is gone (or done reading): start one if we may. */
		for (int i = 0; i < j->nw && k < 0; i++)
			if (!j->w[i].pid && j->spares > 0) {
				j->spares--;
				if (start(j, i) == 0)
					k = i;
				else
					warn(msg(M_JOBS_FORK), strerror(errno));
			}
	}
	if (k < 0) {
		answer_error(j, no, msg(M_JOBS_NO_WORKER));
		return;
	}
	struct worker *w = &j->w[k];
	const struct pending *p = held(j, no);
	char prefix[32];
	int len = snprintf(prefix, sizeof prefix, "%ld\t", no);
	strbuf_add(&w->tosend, prefix, (size_t)len);
	strbuf_add(&w->tosend, p->line, p->n);
	strbuf_add(&w->tosend, "\n", 1);
	enqueue(w, no);
}

/* Worker k is gone (its output ended, or it answered out of turn): says
 * how, answers the line it was on with an error, deals the others again. */
static void lost(struct jobs *j, int k, bool garbled)
{
	struct worker *w = &j->w[k];
	if (garbled)
		kill(w->pid, SIGKILL);
	if (w->in >= 0)
		close(w->in);
	close(w->out);
	int st = 0;
	while (waitpid(w->pid, &st, 0) < 0 && errno == EINTR)
		;
	w->pid = 0;
	char how[64];
	bool died = garbled || !WIFEXITED(st) || w->qn > 0;
	if (garbled)
		snprintf(how, sizeof how, "%s", msg(M_JOBS_GARBLED));
	else if (WIFSIGNALED(st))
		snprintf(how, sizeof how, msg(M_JOBS_SIGNAL), WTERMSIG(st));
	else
		snprintf(how, sizeof how, msg(M_JOBS_STATUS), WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	if (!died) {
		j->failed |= WEXITSTATUS(st) != 0; /* it answered a line with an error */
		return;
	}
	warn(msg(M_JOBS_WORKER_DIED), how);
	j->failed = true;
	long *base = w->queue, *queue = w->queue + w->qhead;
	size_t qn = w->qn;
	w->queue = NULL;
	w->qn = w->qhead = w->qcap = 0;
	strbuf_clear(&w->tosend);
	w->sent = 0;
	strbuf_clear(&w->got);
	if (j->spares > 0) {
		j->spares--;
		if (start(j, k) != 0)
			warn(msg(M_JOBS_FORK), strerror(errno));
	}
	for (size_t i = 0; i < qn; i++) {
		if (i == 0) {
			char *text = xasprintf(msg(M_JOBS_LOST), how);
			answer_error(j, queue[i], text);
			free(text);
		} else {
			deal(j, queue[i]);
		}
	}
	free(base);
}

/* Takes the whole answer lines worker k wrote. Returns false if it
 * answered out of turn. */
static bool take_answers(struct jobs *j, int k)
{
	struct worker *w = &j->w[k];
	size_t used = 0;
	for (;;) {
		char *start = w->got.s + used;
		char *nl = memchr(start, '\n', w->got.n - used);
		if (!nl)
			break;
		char *tab;
		long no = strtol(start, &tab, 10);
		if (w->qn == 0 || *tab != '\t' || no != w->queue[w->qhead])
			return false;
		dequeue(w);
		tab++;
		set_answer(j, no, copy(tab, (size_t)(nl + 1 - tab)), (size_t)(nl + 1 - tab));
		used = (size_t)(nl + 1 - w->got.s);
	}
	if (used) {
		memmove(w->got.s, w->got.s + used, w->got.n - used + 1);
		w->got.n -= used;
	}
	return true;
}

/* Input: from a file descriptor, read only when poll() says it is ready,
 * split into lines here (a FILE would read ahead where poll cannot see);
 * from a FILE without one (a string), with getline(). */
struct reader {
	FILE *f;
	int fd;
	char *buf;
	size_t n, pos, cap;
	bool eof;
};

/* The next whole line in r (its line end removed), or NULL. */
static char *next_line(struct reader *r, size_t *len, char **owned)
{
	*owned = NULL;
	if (r->fd < 0) {
		size_t cap = 0;
		ssize_t n = getline(owned, &cap, r->f);
		if (n < 0) {
			free(*owned);
			*owned = NULL;
			r->eof = true;
			return NULL;
		}
		*len = (size_t)n;
	} else {
		if (r->pos >= r->n)
			return NULL;
		char *start = r->buf + r->pos;
		char *nl = memchr(start, '\n', r->n - r->pos);
		if (!nl && !r->eof)
			return NULL; /* the rest of the line is still to come */
		size_t n = nl ? (size_t)(nl - start) + 1 : r->n - r->pos;
		*owned = copy(start, n); /* a line may hold NUL bytes */
		*len = n;
		r->pos += n;
	}
	char *line = *owned;
	while (*len > 0 && (line[*len - 1] == '\n' || line[*len - 1] == '\r'))
		line[--*len] = '\0';
	return line;
}

static void fill(struct reader *r)
{
	if (r->pos > 0 && r->pos == r->n)
		r->pos = r->n = 0;
	else if (r->pos > CHUNK && r->pos * 2 > r->n) {
		memmove(r->buf, r->buf + r->pos, r->n - r->pos);
		r->n -= r->pos;
		r->pos = 0;
	}
	xgrow(&r->buf, &r->cap, r->n + CHUNK, 1);
	ssize_t got = read(r->fd, r->buf + r->n, CHUNK);
	if (got > 0)
		r->n += (size_t)got;
	else if (got == 0 || (errno != EINTR && errno != EAGAIN))
		r->eof = true;
}

/* Writes the answers that are next in order; false when stdout failed. */
static bool pass_on(struct jobs *j)
{
	bool any = false;
	while (j->count > 0 && held(j, j->first)->answer) {
		struct pending *p = held(j, j->first);
		if (j->s->echo)
			repl_echo(j->s, p->line, p->n);
		fwrite(p->answer, 1, p->alen, stdout);
		j->bytes -= p->n + p->alen;
		free(p->line);
		free(p->answer);
		*p = (struct pending){0};
		j->first++;
		j->count--;
		any = true;
	}
	return !any || fflush(stdout) == 0;
}

static void stop_workers(struct jobs *j)
{
	for (int k = 0; k < j->nw; k++) {
		struct worker *w = &j->w[k];
		if (w->pid) {
			kill(w->pid, SIGTERM);
			if (w->in >= 0)
				close(w->in);
			close(w->out);
			waitpid(w->pid, NULL, 0);
			w->pid = 0;
		}
	}
}

int batch_jobs(struct session *s, FILE *in, int jobs)
{
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	host_keep_origins(s->host, false);
	advisor_prepare(s->adv); /* read once, shared by the workers */
	struct jobs *j = xcalloc(1, sizeof *j);
	j->s = s;
	j->nw = jobs;
	j->spares = MORE_WORKERS;
	j->first = 1;
	void (*old_pipe)(int) = signal(SIGPIPE, SIG_IGN); /* a dead worker's pipe: EPIPE */
	for (int k = 0; k < jobs; k++) {
		if (start(j, k) != 0) {
			int code = errno;
			stop_workers(j);
			signal(SIGPIPE, old_pipe);
			free(j);
			repl_error(s, msg(M_JOBS_FORK), strerror(code));
			s->failures++;
			return -1;
		}
	}
	struct reader r = {.f = in, .fd = fileno(in)};
	long no = 0;
	bool out_failed = false;
	int out_errno = 0;
	for (;;) {
		/* Write the answers that are next in order: that makes room. */
		if (!pass_on(j)) {
			out_failed = true;
			out_errno = s->write_errno = errno;
			break;
		}
		/* Take in the lines read, while there is room. The input is read
		 * again only when what was read holds no whole line (reading
		 * while the window is full would gather the whole input here).
		 * When the window is full, its oldest line is unanswered (the
		 * answers before it were just written), so a worker holds it and
		 * the poll below has something to wait for. */
		bool need_input = false;
		for (;;) {
			if (j->count >= WINDOW || (j->count > 0 && j->bytes >= WINDOW_BYTES))
				break;
			size_t len;
			char *owned;
			char *line = next_line(&r, &len, &owned);
			if (!line) {
				need_input = true;
				break;
			}
			struct pending *p = held(j, ++no);
			*p = (struct pending){.line = owned, .n = len};
			j->count++;
			j->bytes += len;
			deal(j, no);
		}
		bool input_done = r.fd >= 0 ? r.eof && r.pos >= r.n : r.eof;
		if (input_done && j->count == 0)
			break;
		struct pollfd fds[2 * MAX_JOBS + 1];
		int who[2 * MAX_JOBS + 1]; /* worker of each fd; -1: the input */
		int nfds = 0;
		if (r.fd >= 0 && !r.eof && need_input) {
			who[nfds] = -1;
			fds[nfds++] = (struct pollfd){.fd = r.fd, .events = POLLIN};
		}
		for (int k = 0; k < j->nw; k++) {
			struct worker *w = &j->w[k];
			if (!w->pid)
				continue;
			if (input_done && w->in >= 0 && w->tosend.n == w->sent) {
				close(w->in); /* it answers what it has, then ends */
				w->in = -1;
			}
			if (w->in >= 0 && w->tosend.n > w->sent) {
				who[nfds] = k;
				fds[nfds++] = (struct pollfd){.fd = w->in, .events = POLLOUT};
			}
			who[nfds] = k;
			fds[nfds++] = (struct pollfd){.fd = w->out, .events = POLLIN};
		}
		if (nfds == 0) {
			/* No worker and no input to wait for: answer what is left. */
			for (long n = j->first; n < j->first + (long)j->count; n++)
				if (!held(j, n)->answer)
					answer_error(j, n, msg(M_JOBS_NO_WORKER));
			continue;
		}
		if (poll(fds, (nfds_t)nfds, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int i = 0; i < nfds; i++) {
			if (!fds[i].revents)
				continue;
			if (who[i] < 0) {
				fill(&r);
				continue;
			}
			struct worker *w = &j->w[who[i]];
			if (!w->pid || (fds[i].fd != w->in && fds[i].fd != w->out))
				continue; /* replaced since the poll */
			if (fds[i].fd == w->in) {
				ssize_t n = write(w->in, w->tosend.s + w->sent, w->tosend.n - w->sent);
				if (n > 0)
					w->sent += (size_t)n;
				else if (n < 0 && errno != EAGAIN && errno != EINTR) {
					close(w->in); /* it died: its output ends soon */
					w->in = -1;
				}
				if (w->sent == w->tosend.n) {
					strbuf_clear(&w->tosend);
					w->sent = 0;
				} else if (w->sent > CHUNK && w->sent * 2 > w->tosend.n) {
					/* Keep only what is still to send. */
					memmove(w->tosend.s, w->tosend.s + w->sent, w->tosend.n - w->sent + 1);
					w->tosend.n -= w->sent;
					w->sent = 0;
				}
				continue;
			}
			char buf[CHUNK];
			ssize_t n = read(w->out, buf, sizeof buf);
			if (n > 0) {
				strbuf_add(&w->got, buf, (size_t)n);
				if (!take_answers(j, who[i]))
					lost(j, who[i], true);
			} else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
				lost(j, who[i], false);
			}
		}
	}
	for (long n = j->first; j->count > 0; n++, j->count--) {
		free(held(j, n)->line);
		free(held(j, n)->answer);
	}
	free(r.buf);
	if (out_failed) {
		stop_workers(j);
		if (out_errno == EPIPE) {
			/* Nobody reads any more: end as plain batch would. */
			signal(SIGPIPE, SIG_DFL);
			raise(SIGPIPE);
		}
	}
	for (int k = 0; k < j->nw; k++)
		if (j->w[k].pid && j->w[k].in >= 0) {
			close(j->w[k].in); /* all is answered: let them end */
			j->w[k].in = -1;
		}
	for (int k = 0; k < j->nw; k++)
		if (j->w[k].pid)
			lost(j, k, false);
	for (int k = 0; k < j->nw; k++) {
		free(j->w[k].tosend.s);
		free(j->w[k].got.s);
		free(j->w[k].queue);
	}
	signal(SIGPIPE, old_pipe);
	bool failed = j->failed;
	free(j);
	if (failed)
		s->failures++;
	return failed ? -1 : 0;
}
