/*
 * functions.c - the CLIPS functions of functions.h, defined with
 * EnvDefineFunction2. Each checks its arguments through CLIPS's own
 * argument checking, which reports a misuse as an error of the call.
 */
#include "functions.h"

#include <clips/clips.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* The position of a slot in the facts of a template, or -1. */
static int slot_position(struct deftemplate *t, const char *name)
{
	int i = 0;
	for (struct templateSlot *slot = t->slotList; slot; slot = slot->next, i++)
		if (strcmp(ValueToString(slot->slotName), name) == 0)
			return i;
	return -1;
}

/* (fact-values ?template (create$ slot value...) slot...): the values of
 * the slots named last, fact after fact, of the facts of ?template whose
 * slots hold the values given (atoms compared as CLIPS atoms, numbers by
 * value). */
static void fact_values(void *env, DATA_OBJECT *out)
{
	DATA_OBJECT name, cond;
	int argc = EnvRtnArgCount(env);
	if (EnvArgCountCheck(env, "fact-values", AT_LEAST, 3) < 0 ||
	    !EnvArgTypeCheck(env, "fact-values", 1, SYMBOL, &name) ||
	    !EnvArgTypeCheck(env, "fact-values", 2, MULTIFIELD, &cond)) {
		EnvSetMultifieldErrorValue(env, out);
		return;
	}
	struct deftemplate *tmpl = EnvFindDeftemplate(env, DOToString(name));
	long nout = argc - 2, ncond = GetDOLength(cond) / 2;
	int *pos = xmalloc((size_t)(nout + ncond) * sizeof *pos);
	bool ok = tmpl != NULL;
	for (long i = 0; i < nout && ok; i++) {
		DATA_OBJECT slot;
		ok = EnvArgTypeCheck(env, "fact-values", (int)i + 3, SYMBOL, &slot) &&
		     (pos[i] = slot_position(tmpl, DOToString(slot))) >= 0;
	}
	void *cv = GetValue(cond);
	long cbegin = GetDOBegin(cond);
	for (long j = 0; j < ncond && ok; j++)
		ok = GetMFType(cv, cbegin + 2 * j) == SYMBOL &&
		     (pos[nout + j] = slot_position(tmpl, ValueToString(GetMFValue(cv, cbegin + 2 * j)))) >= 0;
	if (!ok) {
		/* A template or slot that does not exist is a misspelling in the
		 * knowledge: an error of the call, as CLIPS reports its own. */
		free(pos);
		PrintErrorID(env, "FACT-VALUES", 1, FALSE);
		EnvPrintRouter(env, WERROR, "fact-values names a template or slot that does not exist: ");
		EnvPrintRouter(env, WERROR, DOToString(name));
		EnvPrintRouter(env, WERROR, "\n");
		SetEvaluationError(env, TRUE);
		EnvSetMultifieldErrorValue(env, out);
		return;
	}
	/* Two passes: count, then fill. */
	long n = 0;
	void *mf = NULL;
	for (int pass = 0; pass < 2; pass++) {
		long k = 0;
		for (struct fact *f = EnvGetNextFactInTemplate(env, tmpl, NULL); f;
		     f = EnvGetNextFactInTemplate(env, tmpl, f)) {
			const struct field *field = f->theProposition.theFields;
			bool match = true;
			for (long j = 0; j < ncond && match; j++) {
				int type = GetMFType(cv, cbegin + 2 * j + 1);
				void *want = GetMFValue(cv, cbegin + 2 * j + 1);
				const struct field *have = &field[pos[nout + j]];
				match = have->type == type &&
					(type == INTEGER || type == FLOAT
						 ? CoerceToDouble(type, have->value) == CoerceToDouble(type, want)
						 : have->value == want);
			}
			if (!match)
				continue;
			for (long i = 0; i < nout; i++, k++)
				if (pass == 1) {
					SetMFType(mf, k + 1, field[pos[i]].type);
					SetMFValue(mf, k + 1, field[pos[i]].value);
				}
		}
		if (pass == 0) {
			n = k;
			mf = EnvCreateMultifield(env, n);
		}
	}
	free(pos);
	SetpType(out, MULTIFIELD);
	SetpValue(out, mf);
	SetpDOBegin(out, 1);
	SetpDOEnd(out, n);
}

/* (decayed-shares ?decay $?pairs): key1 value1 key2 value2...: each key
 * once, at its largest value, from the largest down, with what it adds to
 * a decayed sum; values below zero count against the sum in full: sum key
 * share key share... */
static void decayed_shares(void *env, DATA_OBJECT *out)
{
	DATA_OBJECT decay, list;
	if (EnvArgCountCheck(env, "decayed-shares", EXACTLY, 2) < 0 ||
	    !EnvArgTypeCheck(env, "decayed-shares", 1, INTEGER_OR_FLOAT, &decay) ||
	    !EnvArgTypeCheck(env, "decayed-shares", 2, MULTIFIELD, &list)) {
		EnvSetMultifieldErrorValue(env, out);
		return;
	}
	long begin = GetDOBegin(list), end = GetDOEnd(list), n = (end - begin + 1) / 2;
	void *in = GetValue(list);
	struct share {
		int type;
		void *key;
		double value;
	} *v = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *v);
	long k = 0;
	double against = 0.0;
	for (long i = begin; i + 1 <= end; i += 2) {
		int type = GetMFType(in, i + 1);
		if (type != INTEGER && type != FLOAT)
			continue;
		void *key = GetMFValue(in, i);
		double value = CoerceToDouble(type, GetMFValue(in, i + 1));
		if (value < 0) {
			against += value;
			continue;
		}
		long j = 0;
		while (j < k && v[j].key != key)
			j++;
		if (j == k)
			v[k++] = (struct share){GetMFType(in, i), key, value};
		else if (value > v[j].value)
			v[j].value = value;
	}
	/* Largest first; a stable insertion sort keeps ties in their order. */
	for (long i = 1; i < k; i++)
		for (long j = i; j > 0 && v[j].value > v[j - 1].value; j--) {
			struct share t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	double d = CoerceToDouble(GetType(decay), GetValue(decay)), factor = 1.0, sum = 0.0;
	void *mf = EnvCreateMultifield(env, 2 * k + 1);
	for (long j = 0; j < k; j++) {
		SetMFType(mf, 2 * j + 2, v[j].type);
		SetMFValue(mf, 2 * j + 2, v[j].key);
		SetMFType(mf, 2 * j + 3, FLOAT);
		SetMFValue(mf, 2 * j + 3, EnvAddDouble(env, factor * v[j].value));
		sum += factor * v[j].value;
		factor *= d;
	}
	SetMFType(mf, 1, FLOAT);
	SetMFValue(mf, 1, EnvAddDouble(env, sum + against));
	SetpType(out, MULTIFIELD);
	SetpValue(out, mf);
	SetpDOBegin(out, 1);
	SetpDOEnd(out, 2 * k + 1);
	free(v);
}

void functions_define(void *env)
{
	EnvDefineFunction2(env, "fact-values", 'm', PTIEF fact_values, "fact_values", "3*wwm");
	EnvDefineFunction2(env, "decayed-shares", 'm', PTIEF decayed_shares, "decayed_shares", "22*nm");
}
