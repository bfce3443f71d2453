/*
 * jobs.c - `oficio batch --jobs N`: N worker processes, each with its own
 * engine (forked after the knowledge is loaded, so it is loaded once), and
 * the answers written in input order.
 *
 * The parent reads the input and deals its non-empty lines round-robin to
 * the workers, each prefixed with its line number; each worker answers
 * every line it gets with exactly one line. The parent writes worker
 * (n mod N)'s next answer for the n-th dealt line, so the order is the
 * input's. At most WINDOW lines are in flight, so memory stays flat. It
 * does not classify anything itself.
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

#include "../engine/xalloc.h"
#include "msg.h"
#include "session.h"

enum { WINDOW = 4096, MAX_JOBS = 64 };

struct worker {
	pid_t pid;
	int in, out;         /* the worker's stdin (we write), stdout (we read) */
	struct strbuf tosend; /* lines dealt, not yet written */
	size_t sent;          /* bytes of tosend written */
	struct strbuf got;    /* answers read, not yet passed on */
	size_t used;          /* bytes of got passed on */
	bool eof;
};

static void set_nonblock(int fd)
{
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

static int start(struct session *s, struct worker *w, const struct worker *others, int nothers)
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
	if (pid < 0)
		return -1;
	if (pid == 0) {
		/* Hold no other worker's pipe, or it never sees its input end. */
		for (int j = 0; j < nothers; j++) {
			close(others[j].in);
			close(others[j].out);
		}
		dup2(to[0], STDIN_FILENO);
		dup2(from[1], STDOUT_FILENO);
		close(to[0]);
		close(to[1]);
		close(from[0]);
		close(from[1]);
		s->batch_numbered = true;
		s->echo = false; /* the parent echoes, in order */
		batch_run(s, stdin);
		fflush(stdout);
		int failed = s->failures != 0;
		session_free(s);
		_exit(failed);
	}
	close(to[0]);
	close(from[1]);
	*w = (struct worker){.pid = pid, .in = to[1], .out = from[0]};
	set_nonblock(w->in);
	set_nonblock(w->out);
	return 0;
}

/* Input lines in order, dealt or empty, until their answer is passed on;
 * the text is kept only to echo it (--echo). */
struct pending {
	char *text;
	bool empty;
};

/* Passes on worker w's next answer if it has a whole one. */
static bool pass_one(struct worker *w)
{
	if (!w->got.s)
		return false;
	char *start = w->got.s + w->used;
	char *nl = memchr(start, '\n', w->got.n - w->used);
	if (!nl)
		return false;
	fwrite(start, 1, (size_t)(nl - start + 1), stdout);
	w->used += (size_t)(nl - start + 1);
	/* Drop what was passed on once it is most of the buffer, so the
	 * buffer stays as small as the answers in flight. */
	if (w->used == w->got.n) {
		strbuf_clear(&w->got);
		w->used = 0;
	} else if (w->used > 65536 && w->used * 2 > w->got.n) {
		memmove(w->got.s, w->got.s + w->used, w->got.n - w->used + 1);
		w->got.n -= w->used;
		w->used = 0;
	}
	return true;
}

static bool has_line(const struct worker *w)
{
	return w->got.s && memchr(w->got.s + w->used, '\n', w->got.n - w->used);
}

int batch_jobs(struct session *s, FILE *in, int jobs)
{
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	struct worker w[MAX_JOBS];
	signal(SIGPIPE, SIG_IGN);
	for (int k = 0; k < jobs; k++) {
		if (start(s, &w[k], w, k) != 0) {
			for (int j = 0; j < k; j++) {
				close(w[j].in);
				close(w[j].out);
				kill(w[j].pid, SIGTERM);
				waitpid(w[j].pid, NULL, 0);
			}
			repl_error(s, msg(M_JOBS_FORK), strerror(errno));
			return -1;
		}
	}
	char *line = NULL;
	size_t cap = 0;
	long no = 0;
	unsigned long dealt = 0, passed = 0;
	bool input_done = false;
	static struct pending ring[WINDOW];
	size_t head = 0, count = 0;
	while (!input_done || count > 0) {
		/* Deal lines while the window has room. */
		while (!input_done && count < WINDOW) {
			ssize_t n = getline(&line, &cap, in);
			if (n < 0) {
				input_done = true;
				for (int k = 0; k < jobs; k++)
					if (w[k].tosend.n == w[k].sent) {
						close(w[k].in);
						w[k].in = -1;
					}
				break;
			}
			no++;
			while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
				line[--n] = '\0';
			ring[(head + count++) % WINDOW] = (struct pending){
			    .text = s->echo ? xstrndup(line, (size_t)n) : NULL, .empty = n == 0};
			if (n == 0)
				continue;
			struct worker *to = &w[dealt++ % (unsigned long)jobs];
			char prefix[32];
			int len = snprintf(prefix, sizeof prefix, "%ld\t", no);
			strbuf_add(&to->tosend, prefix, (size_t)len);
			strbuf_add(&to->tosend, line, (size_t)n);
			strbuf_add(&to->tosend, "\n", 1);
		}
		/* Pass on the answers that are next in order. */
		while (count > 0) {
			struct pending *p = &ring[head];
			if (!p->empty && !has_line(&w[passed % (unsigned long)jobs]))
				break;
			if (s->echo)
				repl_echo(s, p->text, strlen(p->text));
			if (!p->empty)
				pass_one(&w[passed++ % (unsigned long)jobs]);
			free(p->text);
			head = (head + 1) % WINDOW;
			count--;
		}
		if (input_done && count == 0)
			break;
		struct pollfd fds[2 * MAX_JOBS];
		int nfds = 0;
		for (int k = 0; k < jobs; k++) {
			if (w[k].in >= 0 && w[k].tosend.n > w[k].sent)
				fds[nfds++] = (struct pollfd){.fd = w[k].in, .events = POLLOUT};
			if (!w[k].eof)
				fds[nfds++] = (struct pollfd){.fd = w[k].out, .events = POLLIN};
		}
		if (nfds == 0)
			break; /* every worker is gone: answers are missing */
		if (poll(fds, (nfds_t)nfds, -1) < 0 && errno != EINTR)
			break;
		for (int k = 0; k < jobs; k++) {
			struct worker *x = &w[k];
			if (x->in >= 0 && x->tosend.n > x->sent) {
				ssize_t r = write(x->in, x->tosend.s + x->sent, x->tosend.n - x->sent);
				if (r > 0)
					x->sent += (size_t)r;
				else if (r < 0 && errno != EAGAIN && errno != EINTR)
					x->sent = x->tosend.n; /* the worker died: drop */
				if (x->sent == x->tosend.n) {
					strbuf_clear(&x->tosend);
					x->sent = 0;
					if (input_done) {
						close(x->in);
						x->in = -1;
					}
				}
			}
			if (!x->eof) {
				char buf[65536];
				ssize_t r = read(x->out, buf, sizeof buf);
				if (r > 0)
					strbuf_add(&x->got, buf, (size_t)r);
				else if (r == 0 || (errno != EAGAIN && errno != EINTR))
					x->eof = true;
			}
		}
	}
	free(line);
	for (; count > 0; count--, head = (head + 1) % WINDOW)
		free(ring[head].text);
	int status = 0;
	for (int k = 0; k < jobs; k++) {
		if (w[k].in >= 0)
			close(w[k].in);
		close(w[k].out);
		int st;
		if (waitpid(w[k].pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
			status = -1;
		free(w[k].tosend.s);
		free(w[k].got.s);
	}
	if (passed < dealt) {
		repl_error(s, msg(M_JOBS_DIED), dealt - passed);
		status = -1;
	}
	if (status != 0)
		s->failures++;
	return status;
}
