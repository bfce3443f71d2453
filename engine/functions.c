/*
 * functions.c - the CLIPS functions of functions.h, defined with
 * EnvDefineFunction2. Each checks its arguments through CLIPS's own
 * argument checking, which reports a misuse as an error of the call.
 */
#include "functions.h"

#include <clips/clips.h>
#include <stdlib.h>

#include "xalloc.h"

static int descending(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return (a < b) - (a > b);
}

static double decayed_sum(void *env)
{
	DATA_OBJECT list, decay;
	if (EnvArgCountCheck(env, "decayed-sum", EXACTLY, 2) < 0 ||
	    !EnvArgTypeCheck(env, "decayed-sum", 1, MULTIFIELD, &list) ||
	    !EnvArgTypeCheck(env, "decayed-sum", 2, INTEGER_OR_FLOAT, &decay))
		return 0.0;
	long n = GetDOLength(list);
	double *v = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *v);
	long k = 0;
	for (long i = GetDOBegin(list); i <= GetDOEnd(list); i++) {
		int type = GetMFType(GetValue(list), i);
		void *value = GetMFValue(GetValue(list), i);
		if (type == INTEGER || type == FLOAT)
			v[k++] = CoerceToDouble(type, value);
	}
	qsort(v, (size_t)k, sizeof *v, descending);
	double d = CoerceToDouble(GetType(decay), GetValue(decay)), factor = 1.0, sum = 0.0;
	for (long i = 0; i < k; i++) {
		sum += factor * v[i];
		factor *= d;
	}
	free(v);
	return sum;
}

/* (decayed-shares ?decay $?pairs): key1 value1 key2 value2...: each key
 * once, at its largest value, from the largest down, with what it adds to
 * a decayed sum: sum key share key share... */
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
	for (long i = begin; i + 1 <= end; i += 2) {
		int type = GetMFType(in, i + 1);
		if (type != INTEGER && type != FLOAT)
			continue;
		void *key = GetMFValue(in, i);
		double value = CoerceToDouble(type, GetMFValue(in, i + 1));
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
	SetMFValue(mf, 1, EnvAddDouble(env, sum));
	SetpType(out, MULTIFIELD);
	SetpValue(out, mf);
	SetpDOBegin(out, 1);
	SetpDOEnd(out, 2 * k + 1);
	free(v);
}

void functions_define(void *env)
{
	EnvDefineFunction2(env, "decayed-sum", 'd', PTIEF decayed_sum, "decayed_sum", "22*mn");
	EnvDefineFunction2(env, "decayed-shares", 'm', PTIEF decayed_shares, "decayed_shares", "22*nm");
}
