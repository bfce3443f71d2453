/*
 * check.c - `oficio check`: the knowledge's syntax (through a host load)
 * and its consistency (from a reading of the files' deftemplates, deffacts
 * and defrules, so that each finding has a line). What refers to what is
 * declared by check-ref and check-use facts in the knowledge itself; the
 * code knows the schema's contract (id, labels, source, rule-doc, lexicon)
 * and no domain word. It changes nothing and prints nothing.
 */
#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

/* ---------------------------------------------------------- the reader */

/* A node of a file read as S-expressions: a list, or an atom (a string's
 * text without its quotes). */
struct node {
	bool list, string;
	char *atom;
	long line;
	struct node **kids;
	size_t n, cap;
};

static void node_free(struct node *x)
{
	if (!x)
		return;
	for (size_t i = 0; i < x->n; i++)
		node_free(x->kids[i]);
	free(x->kids);
	free(x->atom);
	free(x);
}

static void add_kid(struct node *list, struct node *kid)
{
	xgrow(&list->kids, &list->cap, list->n + 1, sizeof *list->kids);
	list->kids[list->n++] = kid;
}

/* Reads text into a list of top-level forms (the root). Text that does not
 * read (the host reports it) ends the reading quietly. */
static struct node *read_file(const char *text, size_t len)
{
	struct node *root = xcalloc(1, sizeof *root);
	root->list = true;
	struct node *stack[256] = {root};
	int depth = 0;
	long line = 1;
	for (size_t i = 0; i < len;) {
		char c = text[i];
		if (c == '\n') {
			line++;
			i++;
		} else if (c == ' ' || c == '\t' || c == '\r') {
			i++;
		} else if (c == ';') {
			while (i < len && text[i] != '\n')
				i++;
		} else if (c == '(') {
			if (depth + 1 >= (int)(sizeof stack / sizeof *stack))
				break;
			struct node *l = xcalloc(1, sizeof *l);
			l->list = true;
			l->line = line;
			add_kid(stack[depth], l);
			stack[++depth] = l;
			i++;
		} else if (c == ')') {
			if (depth == 0)
				break;
			depth--;
			i++;
		} else {
			struct node *a = xcalloc(1, sizeof *a);
			a->line = line;
			struct strbuf b = {0};
			strbuf_add(&b, "", 0);
			if (c == '"') {
				a->string = true;
				for (i++; i < len && text[i] != '"'; i++) {
					if (text[i] == '\\' && i + 1 < len)
						i++;
					if (text[i] == '\n')
						line++;
					strbuf_add(&b, text + i, 1);
				}
				i++;
			} else {
				while (i < len && !strchr(" \t\r\n();\"", text[i]))
					strbuf_add(&b, text + i++, 1);
			}
			a->atom = b.s;
			add_kid(stack[depth], a);
		}
	}
	return root;
}

static const char *head(const struct node *x)
{
	return x->list && x->n > 0 && !x->kids[0]->list ? x->kids[0]->atom : "";
}

/* --------------------------------------------------------- the knowledge */

struct slotdef {
	char *name;
	bool multi;
	struct node *def; /* (default ...) kids after the keyword, or NULL */
};

struct tmpl {
	char *name;
	struct slotdef *slots;
	size_t n, cap;
};

/* A fact of a deffacts: its template, where it is, its slot forms. */
struct fact {
	const char *tmpl, *file;
	long line;
	const struct node *form;
};

struct rule {
	const char *name, *file;
	long line;
};

/* A named construct, to catch one file redefining another's. */
struct construct {
	const char *kind, *name, *file;
	long line;
};

struct kb {
	struct node **roots;
	size_t nfiles, capfiles;
	struct tmpl *tmpls;
	size_t ntmpls, captmpls;
	struct fact *facts;
	size_t nfacts, capfacts;
	struct rule *rules;
	size_t nrules, caprules;
	struct construct *constructs;
	size_t nconstructs, capconstructs;
};

static const struct tmpl *find_tmpl(const struct kb *k, const char *name)
{
	for (size_t i = 0; i < k->ntmpls; i++)
		if (strcmp(k->tmpls[i].name, name) == 0)
			return &k->tmpls[i];
	return NULL;
}

static const struct slotdef *find_slot(const struct tmpl *t, const char *name)
{
	for (size_t i = 0; t && i < t->n; i++)
		if (strcmp(t->slots[i].name, name) == 0)
			return &t->slots[i];
	return NULL;
}

static void read_deftemplate(struct kb *k, const struct node *x)
{
	if (x->n < 2 || x->kids[1]->list)
		return;
	xgrow(&k->tmpls, &k->captmpls, k->ntmpls + 1, sizeof *k->tmpls);
	struct tmpl *t = &k->tmpls[k->ntmpls++];
	*t = (struct tmpl){.name = xstrdup(x->kids[1]->atom)};
	for (size_t i = 2; i < x->n; i++) {
		const struct node *s = x->kids[i];
		bool multi = strcmp(head(s), "multislot") == 0;
		if (!multi && strcmp(head(s), "slot") != 0 && strcmp(head(s), "field") != 0)
			continue;
		if (s->n < 2 || s->kids[1]->list)
			continue;
		struct slotdef d = {.name = xstrdup(s->kids[1]->atom), .multi = multi};
		for (size_t j = 2; j < s->n; j++)
			if (strcmp(head(s->kids[j]), "default") == 0)
				d.def = s->kids[j];
		xgrow(&t->slots, &t->cap, t->n + 1, sizeof *t->slots);
		t->slots[t->n++] = d;
	}
}

static void read_file_forms(struct kb *k, const char *file, struct node *root)
{
	for (size_t i = 0; i < root->n; i++) {
		const struct node *x = root->kids[i];
		const char *h = head(x);
		if (strncmp(h, "def", 3) == 0 && x->n > 1 && !x->kids[1]->list) {
			xgrow(&k->constructs, &k->capconstructs, k->nconstructs + 1, sizeof *k->constructs);
			k->constructs[k->nconstructs++] =
			    (struct construct){.kind = h, .name = x->kids[1]->atom, .file = file, .line = x->line};
		}
		if (strcmp(h, "deftemplate") == 0) {
			read_deftemplate(k, x);
		} else if (strcmp(h, "deffacts") == 0) {
			for (size_t j = 2; j < x->n; j++) {
				if (!x->kids[j]->list || !*head(x->kids[j]))
					continue;
				xgrow(&k->facts, &k->capfacts, k->nfacts + 1, sizeof *k->facts);
				k->facts[k->nfacts++] = (struct fact){
				    .tmpl = head(x->kids[j]), .file = file, .line = x->kids[j]->line, .form = x->kids[j]};
			}
		} else if (strcmp(h, "defrule") == 0 && x->n > 1 && !x->kids[1]->list) {
			xgrow(&k->rules, &k->caprules, k->nrules + 1, sizeof *k->rules);
			k->rules[k->nrules++] = (struct rule){.name = x->kids[1]->atom, .file = file, .line = x->line};
		}
	}
}

/* The values of a fact's slot, as stated or by the template's default:
 * the atoms after the slot name. Returns the node holding them (values
 * from index first on), or NULL when the slot is absent and has no default. */
static const struct node *values(const struct kb *k, const struct fact *f, const char *slot, size_t *first)
{
	*first = 0;
	for (size_t i = 1; i < f->form->n; i++) {
		const struct node *s = f->form->kids[i];
		if (strcmp(head(s), slot) == 0) {
			*first = 1;
			return s;
		}
	}
	const struct slotdef *d = find_slot(find_tmpl(k, f->tmpl), slot);
	if (d && d->def) {
		*first = 1;
		return d->def;
	}
	return NULL;
}

/* The single value of a slot, or "" (absent, empty, or not an atom). */
static const char *value(const struct kb *k, const struct fact *f, const char *slot)
{
	size_t first;
	const struct node *v = values(k, f, slot, &first);
	if (!v || v->n <= first || v->kids[first]->list)
		return "";
	return v->kids[first]->atom;
}

/* ---------------------------------------------------------- findings */

static void find(struct check_report *r, const char *file, long line, bool error, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void find(struct check_report *r, const char *file, long line, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[1024];
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	xgrow(&r->v, &r->cap, r->n + 1, sizeof *r->v);
	r->v[r->n++] = (struct check_finding){.file = xstrdup(file), .line = line, .error = error, .message = xstrdup(buf)};
	if (error)
		r->errors++;
	else
		r->warnings++;
}

static int by_place(const void *x, const void *y)
{
	const struct check_finding *a = x, *b = y;
	int c = strcmp(a->file, b->file);
	if (c)
		return c;
	return (a->line > b->line) - (a->line < b->line);
}

void check_free(struct check_report *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].file);
		free(r->v[i].message);
	}
	free(r->v);
	*r = (struct check_report){0};
}

/* ------------------------------------------------------------ checks */

/* Is id an id of a fact of template kind? */
static const struct fact *defined(const struct kb *k, const char *kind, const char *id)
{
	for (size_t i = 0; i < k->nfacts; i++)
		if (strcmp(k->facts[i].tmpl, kind) == 0 && strcmp(value(k, &k->facts[i], "id"), id) == 0)
			return &k->facts[i];
	return NULL;
}

static bool is_item(const struct kb *k, const char *tmpl)
{
	const struct tmpl *t = find_tmpl(k, tmpl);
	return find_slot(t, "id") && find_slot(t, "label-en") && find_slot(t, "label-es");
}

static void check_items(const struct kb *k, struct check_report *r)
{
	for (size_t i = 0; i < k->nfacts; i++) {
		const struct fact *f = &k->facts[i];
		if (!is_item(k, f->tmpl))
			continue;
		const char *id = value(k, f, "id");
		if (!*id) {
			find(r, f->file, f->line, true, "a %s with no id", f->tmpl);
			continue;
		}
		const struct fact *first = defined(k, f->tmpl, id);
		const struct fact *other = NULL;
		for (size_t j = 0; j < i && !other; j++)
			if (strcmp(k->facts[j].tmpl, f->tmpl) != 0 && is_item(k, k->facts[j].tmpl) &&
			    strcmp(value(k, &k->facts[j], "id"), id) == 0)
				other = &k->facts[j];
		if (first != f)
			find(r, f->file, f->line, true, "%s %s defined twice (first at %s:%ld)", f->tmpl, id,
			     first->file, first->line);
		else if (other)
			find(r, f->file, f->line, true, "%s %s has the id of a %s (%s:%ld): ids name one thing", f->tmpl,
			     id, other->tmpl, other->file, other->line);
		static const char *const labels[] = {"label-es", "label-en"};
		for (int l = 0; l < 2; l++)
			if (!*value(k, f, labels[l]))
				find(r, f->file, f->line, true, "%s %s has no %s", f->tmpl, id, labels[l]);
	}
}

/* Is v defined as a kind: an id of that template, or for "template.slot"
 * a value of that slot of some fact of that template? */
static bool defined_as(const struct kb *k, const char *kind, const char *v)
{
	const char *dot = strchr(kind, '.');
	if (!dot)
		return defined(k, kind, v) != NULL;
	size_t n = (size_t)(dot - kind);
	for (size_t i = 0; i < k->nfacts; i++)
		if (strlen(k->facts[i].tmpl) == n && strncmp(k->facts[i].tmpl, kind, n) == 0 &&
		    strcmp(value(k, &k->facts[i], dot + 1), v) == 0)
			return true;
	return false;
}

/* One check-ref, given as a fact of the knowledge; every value of a
 * multislot is checked. */
static void check_ref(const struct kb *k, const struct fact *ref, struct check_report *r)
{
	const char *tmpl = value(k, ref, "template"), *slot = value(k, ref, "slot");
	bool required = strcmp(value(k, ref, "required"), "no") != 0;
	size_t kf, af;
	const struct node *kinds = values(k, ref, "kinds", &kf);
	const struct node *also = values(k, ref, "also", &af);
	for (size_t i = 0; i < k->nfacts; i++) {
		const struct fact *f = &k->facts[i];
		bool all = strcmp(tmpl, "*") == 0;
		if (all ? !find_slot(find_tmpl(k, f->tmpl), slot) : strcmp(f->tmpl, tmpl) != 0)
			continue;
		if (all && (strcmp(f->tmpl, "check-ref") == 0 || strcmp(f->tmpl, "check-use") == 0))
			continue;
		size_t vf;
		const struct node *vs = values(k, f, slot, &vf);
		if (!vs || vs->n <= vf || vs->kids[vf]->list || !*vs->kids[vf]->atom) {
			if (required)
				find(r, f->file, f->line, true, "a %s with no %s%s", f->tmpl, slot,
				     strcmp(slot, "source") == 0 ? " (provenance)" : "");
			continue;
		}
		for (size_t x = vf; x < vs->n; x++) {
			if (vs->kids[x]->list)
				continue;
			const char *v = vs->kids[x]->atom;
			bool ok = false;
			for (size_t j = af; also && j < also->n && !ok; j++)
				ok = !also->kids[j]->list && strcmp(also->kids[j]->atom, v) == 0;
			for (size_t j = kf; kinds && j < kinds->n && !ok; j++)
				ok = !kinds->kids[j]->list && defined_as(k, kinds->kids[j]->atom, v);
			if (ok)
				continue;
			struct strbuf want = {0};
			for (size_t j = kf; kinds && j < kinds->n; j++) {
				if (want.n)
					strbuf_add(&want, " or ", 4);
				size_t at = want.n;
				strbuf_add(&want, kinds->kids[j]->atom, strlen(kinds->kids[j]->atom));
				char *dot = strchr(want.s + at, '.'); /* attribute.name: "attribute name" */
				if (dot)
					*dot = ' ';
			}
			find(r, f->file, f->line, true, "%s %s names '%s', which is no %s defined anywhere", f->tmpl,
			     slot, v, want.s ? want.s : "id");
			free(want.s);
		}
	}
}

/* One check-use: every id of a kind is named by some template.slot. */
static void check_use(const struct kb *k, const struct fact *use, struct check_report *r)
{
	const char *kind = value(k, use, "kind");
	size_t bf;
	const struct node *by = values(k, use, "by", &bf);
	for (size_t i = 0; i < k->nfacts; i++) {
		const struct fact *f = &k->facts[i];
		if (strcmp(f->tmpl, kind) != 0)
			continue;
		const char *id = value(k, f, "id");
		bool used = false;
		for (size_t j = bf; by && j < by->n && !used; j++) {
			char *pair = xstrdup(by->kids[j]->atom), *dot = strchr(pair, '.');
			if (dot) {
				*dot = '\0';
				for (size_t m = 0; m < k->nfacts && !used; m++)
					used = strcmp(k->facts[m].tmpl, pair) == 0 &&
					       strcmp(value(k, &k->facts[m], dot + 1), id) == 0;
			}
			free(pair);
		}
		if (!used)
			find(r, f->file, f->line, false, "%s %s is used by nothing (no %s names it)", kind, id,
			     by && by->n > bf ? by->kids[bf]->atom : "fact");
	}
}

static void check_rules(const struct kb *k, struct check_report *r)
{
	for (size_t i = 0; i < k->nrules; i++) {
		const struct rule *rule = &k->rules[i];
		const struct fact *doc = NULL;
		for (size_t j = 0; j < k->nfacts && !doc; j++)
			if (strcmp(k->facts[j].tmpl, "rule-doc") == 0 &&
			    strcmp(value(k, &k->facts[j], "rule"), rule->name) == 0)
				doc = &k->facts[j];
		if (!doc)
			find(r, rule->file, rule->line, false, "rule %s has no rule-doc (a description in es and en)",
			     rule->name);
		else if (!*value(k, doc, "es") || !*value(k, doc, "en"))
			find(r, doc->file, doc->line, false, "rule %s has no description in %s", rule->name,
			     *value(k, doc, "es") ? "English" : "Spanish");
	}
	for (size_t j = 0; j < k->nfacts; j++) {
		const struct fact *f = &k->facts[j];
		if (strcmp(f->tmpl, "rule-doc") != 0)
			continue;
		bool found = false;
		for (size_t i = 0; i < k->nrules && !found; i++)
			found = strcmp(k->rules[i].name, value(k, f, "rule")) == 0;
		if (!found)
			find(r, f->file, f->line, false, "rule-doc for %s, a rule defined nowhere", value(k, f, "rule"));
	}
}

/* Lexicon phrases: each must hold a word, and one phrase must not point to
 * both sides (the side of what it means). */
static void check_lexicon(const struct kb *k, struct check_report *r)
{
	struct seen {
		char *folded;
		const char *side;
		const struct fact *f;
	} *seen = NULL;
	size_t nseen = 0, cap = 0;
	struct text_index *ti = text_index_new();
	for (size_t i = 0; i < k->nfacts; i++) {
		const struct fact *f = &k->facts[i];
		if (strcmp(f->tmpl, "lexicon") != 0)
			continue;
		const char *phrase = value(k, f, "phrase");
		if (!ti || text_add_phrase(ti, phrase, TEXT_ANY, 0, 0) != 0) {
			find(r, f->file, f->line, true, "lexicon phrase \"%s\" holds no word", phrase);
			continue;
		}
		const char *means = value(k, f, "means");
		const char *side = "";
		for (size_t m = 0; m < k->nfacts && !*side; m++)
			if (strcmp(value(k, &k->facts[m], "id"), means) == 0)
				side = value(k, &k->facts[m], "side");
		if (!*side)
			continue;
		char *folded = text_fold(phrase);
		bool clash = false;
		for (size_t j = 0; j < nseen && !clash; j++) {
			if (strcmp(seen[j].folded, folded) != 0 || strcmp(seen[j].side, side) == 0)
				continue;
			find(r, f->file, f->line, true, "lexicon phrase \"%s\" points to %s here and to %s at %s:%ld",
			     phrase, side, seen[j].side, seen[j].f->file, seen[j].f->line);
			clash = true;
		}
		xgrow(&seen, &cap, nseen + 1, sizeof *seen);
		seen[nseen++] = (struct seen){folded, side, f};
	}
	for (size_t j = 0; j < nseen; j++)
		free(seen[j].folded);
	free(seen);
	text_index_free(ti);
}

/* Synonyms: each must hold a word and name one item, not a name another
 * item has already (its id, a label, another synonym). */
static void check_synonyms(const struct kb *k, struct check_report *r)
{
	for (size_t i = 0; i < k->nfacts; i++) {
		const struct fact *f = &k->facts[i];
		if (strcmp(f->tmpl, "synonym") != 0)
			continue;
		const char *phrase = value(k, f, "phrase"), *of = value(k, f, "of");
		char *folded = text_fold(phrase);
		if (!folded || !*folded) {
			find(r, f->file, f->line, true, "synonym \"%s\" holds no word", phrase);
			free(folded);
			continue;
		}
		for (size_t j = 0; j < k->nfacts; j++) {
			const struct fact *g = &k->facts[j];
			bool other = false;
			if (strcmp(g->tmpl, "synonym") == 0 && j < i && strcmp(value(k, g, "of"), of) != 0) {
				char *x = text_fold(value(k, g, "phrase"));
				other = x && strcmp(x, folded) == 0;
				free(x);
			} else if (is_item(k, g->tmpl) && strcmp(value(k, g, "id"), of) != 0) {
				static const char *const names[] = {"id", "label-es", "label-en"};
				for (int n = 0; n < 3 && !other; n++) {
					char *x = text_fold(value(k, g, names[n]));
					other = x && strcmp(x, folded) == 0;
					free(x);
				}
			}
			if (other) {
				const char *what = strcmp(g->tmpl, "synonym") == 0 ? value(k, g, "of") : value(k, g, "id");
				find(r, f->file, f->line, true, "synonym \"%s\" of %s already names %s (%s:%ld)", phrase, of,
				     what, g->file, g->line);
				break;
			}
		}
		free(folded);
	}
}

/* -------------------------------------------------------------- run */

static void analyse(const struct host_source *src, size_t n, struct check_report *out);

size_t check_run(const struct host_source *src, size_t n, struct check_report *out)
{
	*out = (struct check_report){0};
	struct host *h = host_new();
	host_set_sandbox(h, true); /* checking runs no code that writes, reads files or runs a shell */
	if (host_load(h, src, n) != 0) {
		for (size_t i = 0; i < host_diag_count(h); i++) {
			const struct host_diag *d = host_diag_get(h, i);
			find(out, d->file, d->line, d->kind != HOST_DIAG_WARNING, "%s", d->text);
		}
		host_free(h);
		if (out->n > 1)
			qsort(out->v, out->n, sizeof *out->v, by_place);
		return out->errors;
	}
	for (size_t i = 0; i < host_diag_count(h); i++) {
		const struct host_diag *d = host_diag_get(h, i);
		find(out, d->file, d->line, false, "%s", d->text);
	}
	host_free(h);
	analyse(src, n, out);
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, by_place);
	return out->errors;
}

size_t check_static(const struct host_source *src, size_t n, struct check_report *out)
{
	*out = (struct check_report){0};
	analyse(src, n, out);
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, by_place);
	return out->errors;
}

/* What the files say, read as S-expressions: ids, labels, references,
 * rule docs, lexicon, constructs replaced. */
static void analyse(const struct host_source *src, size_t n, struct check_report *out)
{
	struct kb k = {0};
	for (size_t i = 0; i < n; i++) {
		xgrow(&k.roots, &k.capfiles, k.nfiles + 1, sizeof *k.roots);
		k.roots[k.nfiles] = read_file(src[i].text, src[i].len);
		read_file_forms(&k, src[i].path, k.roots[k.nfiles++]);
	}
	check_items(&k, out);
	for (size_t i = 0; i < k.nfacts; i++) {
		if (strcmp(k.facts[i].tmpl, "check-ref") == 0)
			check_ref(&k, &k.facts[i], out);
		else if (strcmp(k.facts[i].tmpl, "check-use") == 0)
			check_use(&k, &k.facts[i], out);
	}
	check_rules(&k, out);
	check_lexicon(&k, out);
	check_synonyms(&k, out);
	/* A later file's construct of the same name replaces the first: in a
	 * layer, that silently drops the built-in one. */
	for (size_t i = 0; i < k.nconstructs; i++)
		for (size_t j = 0; j < i; j++)
			if (strcmp(k.constructs[i].kind, k.constructs[j].kind) == 0 &&
			    strcmp(k.constructs[i].name, k.constructs[j].name) == 0) {
				find(out, k.constructs[i].file, k.constructs[i].line, true,
				     "%s %s replaces the one at %s:%ld, which is lost", k.constructs[i].kind,
				     k.constructs[i].name, k.constructs[j].file, k.constructs[j].line);
				break;
			}

	for (size_t i = 0; i < k.nfiles; i++)
		node_free(k.roots[i]);
	free(k.roots);
	for (size_t i = 0; i < k.ntmpls; i++) {
		for (size_t j = 0; j < k.tmpls[i].n; j++)
			free(k.tmpls[i].slots[j].name);
		free(k.tmpls[i].slots);
		free(k.tmpls[i].name);
	}
	free(k.tmpls);
	free(k.facts);
	free(k.rules);
	free(k.constructs);
}
