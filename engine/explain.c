/*
 * explain.c - builds the tree of reasons behind a conclusion (explain.h)
 * from where each fact came from (the host's record of firings) and the
 * explain facts of the knowledge (wording, facts read as a whole).
 */
#include "explain.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* A tree deeper than this is cut: the knowledge chains a handful of rules. */
enum { DEPTH_MAX = 16 };

struct form {
	char *tmpl, *text;
	char **via, **join;
	size_t nvia, njoin;
	bool hide;
};

struct builder {
	struct advisor *a;
	struct host *h;
	bool es;
	struct form *forms;
	size_t nforms, capforms;
	long long path[DEPTH_MAX + 1]; /* the facts from the root down */
	long long *shown;               /* conclusions whose support is shown */
	size_t nshown, capshown;
};

static char **copy_list(struct host *h, const struct host_fact *f, const char *slot, size_t *n)
{
	struct host_value v;
	*n = 0;
	if (host_get(h, f, slot, &v) != 0 || v.type != HOST_MULTI)
		return NULL;
	char **out = xcalloc(v.u.multi.n + 1, sizeof *out);
	for (size_t i = 0; i < v.u.multi.n; i++)
		if (v.u.multi.v[i].type == HOST_SYMBOL || v.u.multi.v[i].type == HOST_STRING)
			out[(*n)++] = xstrdup(v.u.multi.v[i].u.s);
	return out;
}

static const char *slot_text(struct host *h, const struct host_fact *f, const char *slot)
{
	struct host_value v;
	if (host_get(h, f, slot, &v) != 0 || (v.type != HOST_SYMBOL && v.type != HOST_STRING))
		return "";
	return v.u.s;
}

static bool read_form(void *ctx, struct host *h, const struct host_fact *f)
{
	struct builder *b = ctx;
	xgrow(&b->forms, &b->capforms, b->nforms + 1, sizeof *b->forms);
	struct form *x = &b->forms[b->nforms++];
	*x = (struct form){.tmpl = xstrdup(slot_text(h, f, "template")),
			   .text = xstrdup(slot_text(h, f, b->es ? "es" : "en")),
			   .hide = strcmp(slot_text(h, f, "show"), "no") == 0};
	x->via = copy_list(h, f, "via", &x->nvia);
	x->join = copy_list(h, f, "join", &x->njoin);
	return true;
}

static const struct form *form_of(const struct builder *b, const char *tmpl)
{
	for (size_t i = 0; i < b->nforms; i++)
		if (strcmp(b->forms[i].tmpl, tmpl) == 0)
			return &b->forms[i];
	return NULL;
}

static void adds(struct strbuf *o, const char *s) { strbuf_add(o, s, strlen(s)); }

/* Numbers as a person writes them: 3.0, 0.75. */
static void put_number(struct strbuf *out, double x)
{
	char buf[64];
	snprintf(buf, sizeof buf, "%.2f", x);
	size_t n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0' && n >= 2 && buf[n - 2] != '.')
		n--;
	strbuf_add(out, buf, n);
}

static void put_value(const struct builder *b, struct strbuf *out, const struct host_value *v)
{
	switch (v->type) {
	case HOST_SYMBOL:
		adds(out, advisor_label(b->a, v->u.s, b->es));
		break;
	case HOST_STRING:
		adds(out, v->u.s);
		break;
	case HOST_INTEGER: {
		char buf[32];
		snprintf(buf, sizeof buf, "%lld", v->u.i);
		adds(out, buf);
		break;
	}
	case HOST_FLOAT:
		put_number(out, v->u.f);
		break;
	case HOST_MULTI:
		for (size_t i = 0; i < v->u.multi.n; i++) {
			if (i)
				adds(out, ", ");
			put_value(b, out, &v->u.multi.v[i]);
		}
		break;
	}
}

/* The fact in words: its form with {slot} filled in, or, with no form,
 * the template and its slots. */
static char *words_of(const struct builder *b, const struct host_fact *f, const struct form *form)
{
	struct strbuf out = {0};
	adds(&out, "");
	if (form && *form->text) {
		for (const char *p = form->text; *p;) {
			const char *close = *p == '{' ? strchr(p, '}') : NULL;
			if (!close) {
				strbuf_add(&out, p++, 1);
				continue;
			}
			/* {!slot}: the value as it is, not the label of what it names;
			 * {slot:N}: a number with N decimals (0.80, as oficio writes
			 * a confidence everywhere). */
			bool raw = p[1] == '!';
			char *slot = xstrndup(p + 1 + raw, (size_t)(close - p - 1 - raw));
			char *colon = strchr(slot, ':');
			int decimals = -1;
			if (colon && colon[1] >= '0' && colon[1] <= '9' && !colon[2]) {
				decimals = colon[1] - '0';
				*colon = '\0';
			}
			struct host_value v;
			if (host_get(b->h, f, slot, &v) == 0 && raw && (v.type == HOST_SYMBOL || v.type == HOST_STRING))
				adds(&out, v.u.s);
			else if (host_get(b->h, f, slot, &v) == 0 && decimals >= 0 &&
				 (v.type == HOST_FLOAT || v.type == HOST_INTEGER)) {
				char num[64];
				snprintf(num, sizeof num, "%.*f", decimals,
					 v.type == HOST_FLOAT ? v.u.f : (double)v.u.i);
				adds(&out, num);
			} else if (host_get(b->h, f, slot, &v) == 0)
				put_value(b, &out, &v);
			else
				strbuf_add(&out, p, (size_t)(close - p + 1));
			free(slot);
			p = close + 1;
		}
		return out.s;
	}
	adds(&out, host_fact_template(f));
	static const char *const slots[] = {"id", "task", "name", "value", "side", "skill", "position", NULL};
	for (size_t i = 0; slots[i]; i++) {
		struct host_value v;
		if (host_get(b->h, f, slots[i], &v) != 0)
			continue;
		adds(&out, " ");
		adds(&out, slots[i]);
		adds(&out, "=");
		put_value(b, &out, &v);
	}
	return out.s;
}

struct join {
	const struct builder *b;
	const struct host_fact *of;
	const struct form *form;
	long long *v;
	size_t n, cap;
};

static bool joined(void *ctx, struct host *h, const struct host_fact *f)
{
	struct join *j = ctx;
	for (size_t i = 0; i < j->form->njoin; i++)
		if (strcmp(slot_text(h, f, j->form->join[i]), slot_text(h, j->of, j->form->join[i])) != 0)
			return true;
	xgrow(&j->v, &j->cap, j->n + 1, sizeof *j->v);
	j->v[j->n++] = host_fact_index(f);
	return true;
}

static void add_index(long long **v, size_t *n, size_t *cap, long long x)
{
	for (size_t i = 0; i < *n; i++)
		if ((*v)[i] == x)
			return;
	xgrow(v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = x;
}

/* Is fact in the tree under n (n itself counts when self)? */
static bool in_tree(const struct explain_node *n, long long fact, bool self)
{
	if (self && n->fact == fact)
		return true;
	for (size_t i = 0; i < n->nchildren; i++)
		if (in_tree(&n->children[i], fact, true))
			return true;
	return false;
}

static bool build(struct builder *b, long long index, int depth, struct explain_node *out)
{
	const struct host_fact *f = host_fact_find(b->h, index);
	if (!f)
		return false;
	const char *tmpl = host_fact_template(f);
	const struct form *form = form_of(b, tmpl);
	if (form && form->hide)
		return false;
	struct host_firing origin = host_fact_origin(b->h, index);
	const char *source = slot_text(b->h, f, "source");
	if (!*source && origin.rule)
		source = advisor_rule_source(b->a, origin.rule);
	*out = (struct explain_node){
	    .fact = index,
	    .tmpl = xstrdup(tmpl),
	    .text = words_of(b, f, form),
	    .rule = origin.rule ? xstrdup(origin.rule) : NULL,
	    .description = xstrdup(origin.rule ? advisor_rule_doc(b->a, origin.rule, b->es) : ""),
	    .provenance = xstrdup(*source ? source : origin.rule ? "inferred" : "user")};
	b->path[depth] = index;
	if (depth >= DEPTH_MAX)
		return true;
	/* A conclusion met again is not explained again. */
	for (size_t i = 0; i < b->nshown; i++)
		if (b->shown[i] == index) {
			out->repeated = true;
			return true;
		}
	if (origin.rule) {
		xgrow(&b->shown, &b->capshown, b->nshown + 1, sizeof *b->shown);
		b->shown[b->nshown++] = index;
	}

	/* What it rests on: the facts its rule matched, then those read whole. */
	long long *kids = NULL;
	size_t nkids = 0, capkids = 0;
	for (size_t i = 0; i < origin.nfacts; i++)
		if (origin.facts[i] > 0)
			add_index(&kids, &nkids, &capkids, origin.facts[i]);
	for (size_t i = 0; form && i < form->nvia; i++) {
		struct join j = {.b = b, .of = f, .form = form};
		host_each_fact(b->h, form->via[i], joined, &j);
		for (size_t k = 0; k < j.n; k++)
			add_index(&kids, &nkids, &capkids, j.v[k]);
		free(j.v);
	}
	out->children = xcalloc(nkids ? nkids : 1, sizeof *out->children);
	for (size_t i = 0; i < nkids; i++) {
		bool on_path = false;
		for (int d = 0; d <= depth; d++)
			on_path |= b->path[d] == kids[i];
		if (!on_path && build(b, kids[i], depth + 1, &out->children[out->nchildren]))
			out->nchildren++;
	}
	free(kids);
	/* A fact shown beneath a sibling is not repeated beside it, unless it
	 * is where its own reasons are shown. */
	for (size_t i = 0; i < out->nchildren;) {
		bool below = false;
		for (size_t j = 0; j < out->nchildren && !below && out->children[i].nchildren == 0; j++)
			below = j != i && in_tree(&out->children[j], out->children[i].fact, false);
		if (below) {
			explain_free(&out->children[i]);
			memmove(&out->children[i], &out->children[i + 1],
				(out->nchildren - i - 1) * sizeof *out->children);
			out->nchildren--;
		} else {
			i++;
		}
	}
	return true;
}

int explain_build(struct advisor *a, struct host *h, long long fact, bool es, struct explain_node *out)
{
	struct builder b = {.a = a, .h = h, .es = es};
	host_each_fact(h, "explain", read_form, &b);
	/* The root is shown even if its template is bookkeeping. */
	const struct host_fact *root = host_fact_find(h, fact);
	for (size_t i = 0; root && i < b.nforms; i++)
		if (strcmp(b.forms[i].tmpl, host_fact_template(root)) == 0)
			b.forms[i].hide = false;
	int rc = root && build(&b, fact, 0, out) ? 0 : -1;
	for (size_t i = 0; i < b.nforms; i++) {
		struct form *x = &b.forms[i];
		free(x->tmpl);
		free(x->text);
		for (size_t k = 0; k < x->nvia; k++)
			free(x->via[k]);
		for (size_t k = 0; k < x->njoin; k++)
			free(x->join[k]);
		free(x->via);
		free(x->join);
	}
	free(b.forms);
	free(b.shown);
	return rc;
}

void explain_free(struct explain_node *n)
{
	for (size_t i = 0; i < n->nchildren; i++)
		explain_free(&n->children[i]);
	free(n->children);
	free(n->tmpl);
	free(n->text);
	free(n->rule);
	free(n->description);
	free(n->provenance);
	*n = (struct explain_node){0};
}
