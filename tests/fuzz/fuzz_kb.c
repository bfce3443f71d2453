/*
 * fuzz_kb.c - libFuzzer target: the knowledge loader (host_load() in
 * engine/host.c) and what reads the loaded knowledge: advisor_attach(),
 * which builds the lexicon and labels and runs the rules; host_each_fact
 * and host_get over every fact; and `oficio check` (check_run() in
 * engine/check.c), whose own reader of deftemplates, deffacts and
 * defrules sees the text of every input that loads.
 *
 * Each input is a knowledge file, "fuzz.clp", loaded after the embedded
 * kb/schema.clp, so it can use the templates the C code knows; its text
 * is the input up to the first NUL (host_load rejects a NUL anyway). The
 * host is reused: host_load builds a fresh CLIPS environment every time.
 *
 * Knowledge runs CLIPS functions as it loads (defglobal initialisers,
 * deffacts at reset, the rules advisor_attach runs), so inputs naming
 * functions that touch files, run a shell, leave or loop are skipped
 * (fuzz.h). Limits are small: 10,000 firings, 1 second.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "advisor.h"
#include "check.h"
#include "host.h"
#include "kb.h"
#include "fuzz.h"

static struct host *h;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet();
	if (kb_embedded_count == 0 || strcmp(kb_embedded[0].path, "kb/schema.clp") != 0)
		abort(); /* the load order puts the schema first */
	h = host_new();
	host_set_limits(h, 10000, 1);
	return 0;
}

struct walk {
	unsigned long values;
};

static void look(const struct host_value *v, struct walk *w)
{
	switch (v->type) {
	case HOST_SYMBOL:
	case HOST_STRING:
		w->values += strlen(v->u.s) > 0;
		break;
	case HOST_INTEGER:
	case HOST_FLOAT:
		w->values++;
		break;
	case HOST_MULTI:
		for (size_t i = 0; i < v->u.multi.n; i++)
			look(&v->u.multi.v[i], w);
		break;
	}
}

/* Reads a few slot names every template of the schema has, and some that
 * no template has. */
static bool visit(void *ctx, struct host *host, const struct host_fact *f)
{
	static const char *const slots[] = {"id", "side", "source", "label-es", "phrase", "word",
					    "lang", "weight", "value", "no-such-slot", NULL};
	struct walk *w = ctx;
	host_fact_template(f);
	host_fact_index(f);
	for (const char *const *s = slots; *s; s++) {
		struct host_value v;
		if (host_get(host, f, *s, &v) == 0)
			look(&v, w);
	}
	return true;
}

static void count_name(void *ctx, const char *name)
{
	*(size_t *)ctx += strlen(name) > 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_dangerous(data, size))
		return -1;
	const uint8_t *nul = memchr(data, '\0', size);
	size_t len = nul ? (size_t)(nul - data) : size;
	char *text = malloc(len + 1);
	if (!text)
		abort();
	memcpy(text, data, len);
	text[len] = '\0';
	struct host_source src[2] = {kb_embedded[0], {.path = "fuzz.clp", .text = text, .len = len}};
	if (host_load(h, src, 2) == 0) {
		struct walk w = {0};
		host_each_fact(h, NULL, visit, &w);
		size_t names = 0;
		host_each_name(h, count_name, &names);
		struct advisor *a = advisor_new(h);
		if (advisor_attach(a) == 0) {
			struct advice_task t;
			if (advisor_classify_parts(a, "Paga a los proveedores, sin contacto con clientes", 0, NULL, NULL, &t) == 0)
				advice_task_free(&t);
		}
		advisor_free(a);
		/* check_run loads the sources again, then reads them itself. */
		struct check_report r = {0};
		size_t errors = check_run(src, 2, &r);
		if (errors != r.errors || r.errors + r.warnings != r.n)
			abort();
		check_free(&r);
	} else {
		/* Every error has a message. */
		if (!*host_last_error(h))
			abort();
	}
	free(text);
	return 0;
}
