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

/* (max-per-key $?pairs): key1 value1 key2 value2...: the largest value
 * of each key, in the order the keys first come. */
static void max_per_key(void *env, DATA_OBJECT *out)
{
	DATA_OBJECT list;
	if (EnvArgCountCheck(env, "max-per-key", EXACTLY, 1) < 0 ||
	    !EnvArgTypeCheck(env, "max-per-key", 1, MULTIFIELD, &list)) {
		EnvSetMultifieldErrorValue(env, out);
		return;
	}
	long begin = GetDOBegin(list), end = GetDOEnd(list), n = (end - begin + 1) / 2;
	void *keys_in = GetValue(list);
	void **keys = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *keys);
	double *max = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *max);
	long k = 0;
	for (long i = begin; i + 1 <= end; i += 2) {
		int type = GetMFType(keys_in, i + 1);
		if (type != INTEGER && type != FLOAT)
			continue;
		void *key = GetMFValue(keys_in, i);
		double v = CoerceToDouble(type, GetMFValue(keys_in, i + 1));
		long j = 0;
		while (j < k && keys[j] != key)
			j++;
		if (j == k) {
			keys[k] = key;
			max[k++] = v;
		} else if (v > max[j]) {
			max[j] = v;
		}
	}
	void *mf = EnvCreateMultifield(env, k);
	for (long j = 0; j < k; j++) {
		SetMFType(mf, j + 1, FLOAT);
		SetMFValue(mf, j + 1, EnvAddDouble(env, max[j]));
	}
	SetpType(out, MULTIFIELD);
	SetpValue(out, mf);
	SetpDOBegin(out, 1);
	SetpDOEnd(out, k);
	free(keys);
	free(max);
}

void functions_define(void *env)
{
	EnvDefineFunction2(env, "decayed-sum", 'd', PTIEF decayed_sum, "decayed_sum", "22*mn");
	EnvDefineFunction2(env, "max-per-key", 'm', PTIEF max_per_key, "max_per_key", "11m");
}
