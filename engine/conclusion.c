/*
 * conclusion.c - the fact that holds a conclusion, for `how` and `why`: a
 * task's verdict, a candidate's fit, a skill a position needs, drawn first
 * when it is not there yet.
 *
 * It builds no explanation (explain.c does, from the fact it returns).
 */
#include "advisor_impl.h"

#include <stdlib.h>

long long advisor_conclusion(struct advisor *a, int argc, char **argv)
{
	ok(a);
	struct select s = {0};
	const char *missing = argc ? argv[0] : ""; /* named when there is no such conclusion */
	if (argc == 1) {
		if (!find_task(a, argv[0]))
			return fail(a, ADV_UNKNOWN_TASK, argv[0]);
		select_facts(a, "verdict", "task", find_task(a, argv[0])->id, NULL, NULL, &s);
	} else if (argc == 2 && find_candidate(a, argv[0])) {
		struct advice_fit f;
		if (advisor_match(a, argv[0], 1, &argv[1], &f) != 0)
			return -1;
		select_facts(a, "fit", "candidate", f.candidate, "position", f.position, &s);
		advice_fit_free(&f);
	} else if (argc == 2) {
		static const char *const kinds[] = {"skill", NULL};
		const char *skill = advisor_resolve(a, argv[1], kinds);
		if (!skill)
			return a->err == ADV_AMBIGUOUS ? -1 : fail(a, ADV_UNKNOWN_SKILL, argv[1]);
		struct strv ids = {0};
		const char *position = query_position(a, 1, &argv[0], &ids);
		strv_free(ids.v, ids.n);
		if (!position)
			return -1;
		select_facts(a, "position-skill", "position", position, "skill", skill, &s);
		missing = skill;
	}
	long long index = s.n ? host_fact_index(s.v[0]) : 0;
	free(s.v);
	return index ? index : fail(a, ADV_NOT_CONCLUDED, missing);
}
