/*
 * parts.c - the shape of a statement around the phrases found in it: its
 * clauses, the marker word that relates a match to the rest ("with",
 * "para", a possessive), the items of a list, and the reach of a negator.
 * It reads the words of the text and the matches text.c found and kept
 * (found, owner, reach_at) and writes only the clause of each word; it
 * finds no phrase and knows no word (the small words are the index's).
 */
#include "text_index.h"

#include <stdint.h>

#include "xalloc.h"

/* Numbers the clauses: a new one at a break, at a word that opens one,
 * and where an action (kept or hidden) follows a comma or, within a few
 * small words, a conjunction, after other words than the actions of its
 * clause or after an action whose phrase holds its object ("answer
 * customer calls and maintain the computers": two; "greet, register and
 * sell to guests": one). */
void find_clauses(struct text_index *ti, size_t n, unsigned char mask)
{
	xgrow(&ti->clause, &ti->capclause, n + 1, sizeof *ti->clause);
	int clause = 0;
	bool has_action = false, whole = false; /* whole: the last action's phrase holds more than its verb */
	size_t since = 0, action_until = 0;
	size_t k = 0;         /* the next match, by first word */
	size_t joined = SIZE_MAX; /* the last conjunction of the clause, with
				     only small words after it since */
	for (size_t i = 0; i < n; i++) {
		const struct wordinfo *w = info_of(ti, ti->twords[i].form);
		size_t action_last = 0;
		bool action = false;
		/* An action hidden by a longer phrase that begins with it ("lleva
		 * las cuentas") still begins a part of the statement; one hidden
		 * by a phrase of the same words ("the reports": a thing) not. */
		for (; k < ti->nfound && ti->found[k].at <= i; k++)
			if (ti->found[k].at == i && (ti->phrases[ti->found[k].phrase].flags & TEXT_ACTION) &&
			    (!ti->found[k].dropped || ti->reach_at[i] > ti->found[k].last + 1)) {
				action = true;
				if (ti->found[k].last > action_last)
					action_last = ti->found[k].last;
			}
		if (i > 0 && ((ti->sep[i] & SEP_BREAK) || (w && flagged(w->brk, mask)))) {
			clause++;
			has_action = false;
			since = 0;
			joined = SIZE_MAX;
		} else if (action && has_action && (since > 0 || whole) &&
			   ((ti->sep[i] & SEP_COMMA) || (joined != SIZE_MAX && i - joined <= JOIN_REACH))) {
			/* The words between the conjunction and the action ("y
			 * por la tarde hace") open the new clause with it. */
			clause++;
			has_action = false;
			since = 0;
			for (size_t j = joined + 1; joined != SIZE_MAX && j < i; j++)
				ti->clause[j] = clause;
			joined = SIZE_MAX;
		}
		ti->clause[i] = clause;
		if (w && flagged(w->conjunction, mask))
			joined = i;
		else if (ti->owner[i] >= 0 || (ti->sep[i] & SEP_COMMA))
			joined = SIZE_MAX;
		if (action) {
			has_action = true;
			since = 0;
			whole = action_last > i;
			if (action_last > action_until)
				action_until = action_last;
		} else if (has_action && i > action_until && !(w && flagged(w->conjunction, mask))) {
			since++;
		}
	}
}

/* The relation of a match: the marker word before it (within reach, in
 * its clause, not past a comma or another match), unless a marker follows
 * it (a possessive). */
int find_mark(const struct text_index *ti, const struct found *f, int lang_index, int apostrophe)
{
	int mark = -1;
	const struct wordinfo *w;
	if ((ti->sep[f->last] & SEP_APOS_AFTER) && (w = info_of(ti, apostrophe)) != NULL) {
		for (int l = 0; l < NLANG && mark < 0; l++)
			if ((lang_index < 0 || l == lang_index) && w->marker[l])
				mark = w->marker[l] - 1;
		if (mark >= 0)
			return mark;
	}
	for (size_t back = 1; back <= MARK_REACH && back <= f->at; back++) {
		size_t j = f->at - back;
		if (ti->clause[j] != ti->clause[f->at] || ti->owner[j] >= 0 ||
		    (ti->sep[j + 1] & (SEP_COMMA | SEP_BREAK)))
			break;
		if ((w = info_of(ti, ti->twords[j].form)) == NULL)
			continue;
		for (int l = 0; l < NLANG; l++)
			if ((lang_index < 0 || l == lang_index) && w->marker[l])
				return w->marker[l] - 1;
	}
	return mark;
}

/* Is b an item of the list a belongs to: in its clause, after a comma or
 * a conjunction, with at most a few small words between them? */
bool coordinated(const struct text_index *ti, const struct found *a, const struct found *b, unsigned char mask)
{
	if (ti->clause[a->at] != ti->clause[b->at] || b->at <= a->last || b->at - a->last > MARK_REACH)
		return false;
	bool joined = false;
	for (size_t j = a->last + 1; j <= b->at; j++) {
		if (ti->sep[j] & SEP_BREAK)
			return false;
		joined |= (ti->sep[j] & SEP_COMMA) != 0;
		if (j < b->at) {
			const struct wordinfo *w = info_of(ti, ti->twords[j].form);
			if (!w || !((w->conjunction | w->function) & mask))
				return false;
			joined |= (w->conjunction & mask) != 0;
		}
	}
	return joined;
}

/* A negator negates the first phrase after it, in its part of the
 * clause. */
bool find_negation(const struct text_index *ti, const struct found *f, unsigned char mask)
{
	bool negated = false;
	for (size_t back = 1; back <= NEGATION_REACH && back <= f->at && !negated; back++) {
		size_t w = f->at - back;
		if ((ti->sep[w + 1] & (SEP_BREAK | SEP_COMMA)) || ti->owner[w] >= 0)
			break;
		const struct wordinfo *wi = info_of(ti, ti->twords[w].form);
		negated = wi && flagged(wi->negator, mask);
	}
	return negated;
}
