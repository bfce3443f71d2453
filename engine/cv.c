/*
 * cv.c - the skills a part of a CV shows by the duties it names and the
 * jobs the person held. The part is read as a passing task statement (the
 * same cues) with a cv-read fact beside it; the rules of rules/cv.clp draw
 * cv-skill facts, read here before the part's facts go. Which duty or job
 * needs which skill is the knowledge's (requirement, role-duty): this
 * file knows no skill.
 */
#include "advisor_impl.h"

struct cv_reader {
	void (*fn)(void *ctx, const char *skill, const char *via, const char *words);
	void *ctx;
};

static void read_skills(struct advisor *a, struct task_in *t, void *ctx)
{
	struct cv_reader *r = ctx;
	struct select s;
	select_facts(a, "cv-skill", "task", t->id, NULL, NULL, &s);
	for (size_t i = 0; i < s.n; i++)
		r->fn(r->ctx, get_s(a->h, s.v[i], "skill"), get_s(a->h, s.v[i], "via"), get_s(a->h, s.v[i], "words"));
	free(s.v);
}

int advisor_cv_skills(struct advisor *a, const char *text,
		      void (*fn)(void *ctx, const char *skill, const char *via, const char *words), void *ctx)
{
	ok(a);
	struct cv_reader r = {fn, ctx};
	return read_passing(a, text, "cv-read", read_skills, &r);
}
