/*
 * test_explain.c - unit tests for engine/explain.c, the tree behind `how`.
 *
 * On a small knowledge of its own (not kb/): a user fact, two rules that
 * draw on it and a third on both; what a person reading `how` would
 * notice: each conclusion names the rule that drew it and that rule's
 * description, rests on the facts the rule matched (down to what the user
 * said, with provenance "user", and knowledge with its source), wording
 * comes from explain facts ({slot} as a label, {!slot} as it is),
 * bookkeeping is left out, a conclusion that supports two others is
 * explained once, and a withdrawn conclusion has no tree.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "advisor.h"
#include "explain.h"
#include "host.h"

static const char KB[] =
    "(deftemplate rule-doc (slot rule) (slot es) (slot en) (slot source))\n"
    "(deftemplate explain (slot template) (slot es (default \"\")) (slot en (default \"\"))\n"
    "   (multislot via) (multislot join) (slot show (default yes)))\n"
    "(deftemplate thing (slot id) (slot label-es) (slot label-en) (slot source))\n"
    "(deftemplate said (slot what))\n"
    "(deftemplate tick (slot n))\n"
    "(deftemplate first (slot what))\n"
    "(deftemplate second (slot what))\n"
    "(deftemplate both (slot what))\n"
    "(deffacts knowledge\n"
    "   (thing (id lamp) (label-es \"lámpara\") (label-en \"the lamp\") (source chapter-2))\n"
    "   (tick (n 1))\n"
    "   (rule-doc (rule draw-first) (source chapter-1) (es \"uno\") (en \"First, from what was said.\"))\n"
    "   (rule-doc (rule draw-second) (source chapter-3) (es \"dos\") (en \"Second, from the first.\"))\n"
    "   (explain (template said) (en \"the user said {what} ({!what})\"))\n"
    "   (explain (template first) (en \"first: {what}\"))\n"
    "   (explain (template both) (en \"both: {what}\"))\n"
    "   (explain (template tick) (show no)))\n"
    "(defrule draw-first (logical (said (what ?w)) (thing (id ?w)) (tick)) => (assert (first (what ?w))))\n"
    "(defrule draw-second (logical (first (what ?w))) => (assert (second (what ?w))))\n"
    "(defrule draw-both (logical (first (what ?w)) (second (what ?w))) => (assert (both (what ?w))))\n";

struct fx {
	struct host *h;
	struct advisor *a;
	long long said;
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof *fx);
	if (!fx)
		return -1;
	fx->h = host_new();
	struct host_source src = {"kb/test.clp", KB, sizeof KB - 1};
	if (host_load(fx->h, &src, 1) != 0)
		return -1;
	fx->a = advisor_new(fx->h);
	if (advisor_attach(fx->a) != 0)
		return -1;
	struct host_slot what = {"what", {.type = HOST_SYMBOL, .u.s = "lamp"}};
	fx->said = host_assert(fx->h, "said", &what, 1);
	if (fx->said <= 0 || host_run(fx->h) != 3)
		return -1;
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	advisor_free(fx->a);
	host_free(fx->h);
	free(fx);
	return 0;
}

static bool find_tmpl(void *ctx, struct host *h, const struct host_fact *f)
{
	(void)h;
	*(long long *)ctx = host_fact_index(f);
	return false;
}

static long long fact_of(struct host *h, const char *tmpl)
{
	long long index = 0;
	host_each_fact(h, tmpl, find_tmpl, &index);
	return index;
}

static const struct explain_node *child(const struct explain_node *n, const char *tmpl)
{
	for (size_t i = 0; i < n->nchildren; i++)
		if (strcmp(n->children[i].tmpl, tmpl) == 0)
			return &n->children[i];
	return NULL;
}

/* second rests on first, which rests on what was said and the knowledge. */
static void test_chain(void **state)
{
	struct fx *fx = *state;
	struct explain_node tree;
	assert_int_equal(explain_build(fx->a, fx->h, fact_of(fx->h, "second"), false, &tree), 0);
	assert_string_equal(tree.rule, "draw-second");
	assert_string_equal(tree.description, "Second, from the first.");
	assert_string_equal(tree.provenance, "chapter-3"); /* the rule's source */
	/* No explain fact for second: its template and slots. */
	assert_string_equal(tree.text, "second");
	assert_int_equal(tree.nchildren, 1);

	const struct explain_node *first = &tree.children[0];
	assert_string_equal(first->text, "first: the lamp");
	assert_string_equal(first->rule, "draw-first");
	/* Beneath first: what was said and the thing; tick is bookkeeping. */
	assert_int_equal(first->nchildren, 2);
	const struct explain_node *said = child(first, "said");
	assert_non_null(said);
	assert_int_equal(said->fact, fx->said);
	assert_null(said->rule);
	assert_string_equal(said->provenance, "user");
	assert_string_equal(said->text, "the user said the lamp (lamp)");
	const struct explain_node *thing = child(first, "thing");
	assert_non_null(thing);
	assert_string_equal(thing->provenance, "chapter-2");
	assert_null(child(first, "tick"));
	explain_free(&tree);
}

/* both rests on first and on second, which rests on first too: first's
 * reasons are shown once, and marked as such the second time. */
static void test_shown_once(void **state)
{
	struct fx *fx = *state;
	struct explain_node tree;
	assert_int_equal(explain_build(fx->a, fx->h, fact_of(fx->h, "both"), false, &tree), 0);
	assert_string_equal(tree.text, "both: the lamp");
	assert_int_equal(tree.nchildren, 2);
	const struct explain_node *first = child(&tree, "first");
	const struct explain_node *second = child(&tree, "second");
	assert_non_null(first);
	assert_non_null(second);
	assert_false(first->repeated);
	assert_int_equal(first->nchildren, 2);
	assert_int_equal(second->nchildren, 1);
	assert_true(second->children[0].repeated);
	assert_int_equal(second->children[0].nchildren, 0);
	explain_free(&tree);
}

/* What the user said goes: the conclusions go with it, and have no tree. */
static void test_withdrawn(void **state)
{
	struct fx *fx = *state;
	long long second = fact_of(fx->h, "second");
	assert_int_equal(host_retract(fx->h, fx->said), 0);
	assert_int_equal(fact_of(fx->h, "second"), 0);
	struct explain_node tree;
	assert_int_equal(explain_build(fx->a, fx->h, second, false, &tree), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_chain, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_shown_once, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_withdrawn, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
