/*
 * guard.c - keeps CLIPS code from crashing oficio (stack overflow, the
 * functions CLIPS 6.30 cannot run while it parses a construct) and, in a
 * sandbox, from writing files or running a shell. It patches the function
 * table of an environment: each guarded function's entry points to a
 * wrapper that checks, then calls the function CLIPS had there. It prints
 * nothing but CLIPS error messages (to werror, which the host routes) and
 * decides nothing about the domain.
 */
#include "guard.h"

#include <clips/clips.h>
#include <string.h>
#include <sys/resource.h>

/* Where an environment keeps its guard (a position CLIPS leaves to users). */
enum { GUARD_DATA = USER_ENVIRONMENT_DATA + 3 };

/* When a guarded function is refused. */
enum when {
	WHILE_PARSING = 1, /* a construct is being parsed (CLIPS would crash) */
	IN_SANDBOX = 2,    /* the environment checks knowledge: nothing is changed */
	NESTING = 4,       /* its text argument is parsed: refuse deep nesting */
	RECURSES = 8       /* it calls code that may call it again: watch the stack */
};

struct guarded {
	const char *name;
	int when;
	int (*original)(void); /* CLIPS's function, the same in every environment */
};

static struct guarded table[] = {
    {"build", WHILE_PARSING | NESTING, NULL},
    {"eval", NESTING, NULL},
    {"load", WHILE_PARSING | IN_SANDBOX, NULL},
    {"load*", WHILE_PARSING | IN_SANDBOX, NULL},
    {"batch", WHILE_PARSING | IN_SANDBOX, NULL},
    {"batch*", WHILE_PARSING | IN_SANDBOX, NULL},
    {"bload", WHILE_PARSING | IN_SANDBOX, NULL},
    {"clear", WHILE_PARSING, NULL},
    {"open", IN_SANDBOX, NULL},
    {"remove", IN_SANDBOX, NULL},
    {"rename", IN_SANDBOX, NULL},
    {"system", IN_SANDBOX, NULL},
    {"dribble-on", IN_SANDBOX, NULL},
    {"save", IN_SANDBOX, NULL},
    {"bsave", IN_SANDBOX, NULL},
    {"save-facts", IN_SANDBOX, NULL},
    {"load-facts", IN_SANDBOX, NULL},
    {"save-instances", IN_SANDBOX, NULL},
    {"load-instances", IN_SANDBOX, NULL},
    {"bsave-instances", IN_SANDBOX, NULL},
    {"bload-instances", IN_SANDBOX, NULL},
    {"restore-instances", IN_SANDBOX, NULL},
    {"constructs-to-c", IN_SANDBOX, NULL},
    {"send", RECURSES, NULL},
    {"funcall", RECURSES, NULL},
};

/* Calls of deffunctions (PCALL) and generic functions (GCALL) are made
 * through these entity records' evaluate functions: the guard watches
 * the stack there, at every call, which is where a recursion grows it
 * (CLIPS's periodic functions run only as a call returns). */
static intBool (*original_pcall)(void *, void *, DATA_OBJECT *);
static intBool (*original_gcall)(void *, void *, DATA_OBJECT *);
enum { NGUARDED = sizeof table / sizeof *table };

/* CLIPS keeps every function as int (*)(void) and calls it by its return
 * type; a cast through void (*)(void) says so to the compiler. */
#define AS(type, fn) ((type)(void (*)(void))(fn))

static struct guard *guard_of(void *env) { return *(struct guard **)GetEnvironmentData(env, GUARD_DATA); }

/* The guarded function being called: CLIPS sets the call's expression
 * as the current one before it calls the function. */
static struct guarded *called(void *env)
{
	const struct expr *e = EvaluationData(env)->CurrentExpression;
	if (!e || e->type != FCALL)
		return NULL;
	const char *name = ValueToString(((struct FunctionDefinition *)e->value)->callFunctionName);
	for (size_t i = 0; i < NGUARDED; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}

static void refuse(void *env, const char *name, const char *why)
{
	PrintErrorID(env, "OFICIO", 1, FALSE);
	EnvPrintRouter(env, WERROR, name);
	EnvPrintRouter(env, WERROR, why);
	EnvPrintRouter(env, WERROR, "\n");
	SetEvaluationError(env, TRUE);
}

/* Text parsed at run time that nests too deep stops the call, as a
 * runaway recursion does. */
static void too_deep(void *env)
{
	guard_of(env)->deep = true;
	SetEvaluationError(env, TRUE);
	SetHaltExecution(env, TRUE);
	EnvSetHaltRules(env, TRUE);
}

/* May the call go on to CLIPS's function? */
static bool allowed(void *env, const struct guarded *f)
{
	if ((f->when & RECURSES) && guard_too_deep(guard_of(env))) {
		too_deep(env);
		return false;
	}
	if ((f->when & WHILE_PARSING) && ConstructData(env)->ParsingConstruct) {
		refuse(env, f->name, " cannot run while a construct is being parsed (in a defglobal's value)");
		return false;
	}
	if ((f->when & IN_SANDBOX) && guard_of(env)->sandbox) {
		refuse(env, f->name, " is not run while knowledge is checked: checking changes nothing");
		return false;
	}
	return true;
}

/* The text argument of build or eval, evaluated once, if it nests within
 * the limit; NULL otherwise (an error is set). */
static const char *text_arg(void *env, const char *name)
{
	DATA_OBJECT arg;
	if (EnvArgCountCheck(env, name, EXACTLY, 1) == -1 || !EnvArgTypeCheck(env, name, 1, SYMBOL_OR_STRING, &arg))
		return NULL;
	const char *text = DOToString(arg);
	long line;
	if (guard_nesting(text, strlen(text), &line) > GUARD_NEST_MAX) {
		too_deep(env);
		return NULL;
	}
	return text;
}

/* The wrappers, one per kind of function CLIPS calls (its return type). */

static int guarded_b(void *env)
{
	struct guarded *f = called(env);
	if (!f || !allowed(env, f))
		return FALSE;
	if (f->when & NESTING) { /* build */
		const char *text = text_arg(env, f->name);
		return text ? EnvBuild(env, text) : FALSE;
	}
	return AS(int (*)(void *), f->original)(env);
}

static void guarded_v(void *env)
{
	struct guarded *f = called(env);
	if (f && allowed(env, f))
		AS(void (*)(void *), f->original)(env);
}

static long long guarded_l(void *env)
{
	struct guarded *f = called(env);
	if (!f || !allowed(env, f))
		return 0;
	return AS(long long (*)(void *), f->original)(env);
}

static void guarded_u(void *env, DATA_OBJECT *result)
{
	struct guarded *f = called(env);
	result->type = SYMBOL;
	result->value = EnvFalseSymbol(env);
	if (!f || !allowed(env, f))
		return;
	if (f->when & NESTING) { /* eval */
		const char *text = text_arg(env, f->name);
		if (text)
			EnvEval(env, text, result);
		return;
	}
	AS(void (*)(void *, DATA_OBJECT *), f->original)(env, result);
}

static intBool deep_call(void *env, DATA_OBJECT *result)
{
	result->type = SYMBOL;
	result->value = EnvFalseSymbol(env);
	too_deep(env);
	return FALSE;
}

static intBool guarded_pcall(void *env, void *value, DATA_OBJECT *result)
{
	if (guard_too_deep(guard_of(env)))
		return deep_call(env, result);
	return original_pcall(env, value, result);
}

static intBool guarded_gcall(void *env, void *value, DATA_OBJECT *result)
{
	if (guard_too_deep(guard_of(env)))
		return deep_call(env, result);
	return original_gcall(env, value, result);
}

void guard_install(void *env, struct guard *g)
{
	AllocateEnvironmentData(env, GUARD_DATA, sizeof g, NULL);
	*(struct guard **)GetEnvironmentData(env, GUARD_DATA) = g;
	if (!g->limit) {
		/* Half the stack: the rest is for what runs before and around. */
		struct rlimit rl;
		size_t stack = 8u << 20;
		if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < (256u << 20))
			stack = (size_t)rl.rlim_cur;
		g->limit = stack / 2 > (256u << 10) ? stack / 2 : (256u << 10);
	}
	struct entityRecord *pcall = EvaluationData(env)->PrimitivesArray[PCALL];
	if (pcall && pcall->evaluateFunction != guarded_pcall) {
		original_pcall = pcall->evaluateFunction;
		pcall->evaluateFunction = guarded_pcall;
	}
	struct entityRecord *gcall = EvaluationData(env)->PrimitivesArray[GCALL];
	if (gcall && gcall->evaluateFunction != guarded_gcall) {
		original_gcall = gcall->evaluateFunction;
		gcall->evaluateFunction = guarded_gcall;
	}
	for (size_t i = 0; i < NGUARDED; i++) {
		struct FunctionDefinition *d = FindFunction(env, table[i].name);
		if (!d || !d->environmentAware)
			continue;
		int (*wrapper)(void) = NULL;
		switch (d->returnValueType) {
		case 'b':
			wrapper = AS(int (*)(void), guarded_b);
			break;
		case 'v':
			wrapper = AS(int (*)(void), guarded_v);
			break;
		case 'l':
			wrapper = AS(int (*)(void), guarded_l);
			break;
		case 'u':
			wrapper = AS(int (*)(void), guarded_u);
			break;
		default:
			continue;
		}
		if (d->functionPointer != wrapper) {
			table[i].original = d->functionPointer;
			d->functionPointer = wrapper;
		}
	}
}

void guard_begin(struct guard *g)
{
	g->deep = false;
	g->base = (uintptr_t)__builtin_frame_address(0);
}

bool guard_too_deep(const struct guard *g)
{
	uintptr_t here = (uintptr_t)__builtin_frame_address(0);
	return g->base && here < g->base && g->base - here > g->limit;
}

size_t guard_nesting(const char *text, size_t n, long *line)
{
	size_t depth = 0, max = 0;
	long at = 1;
	*line = 0;
	bool in_string = false, in_comment = false;
	for (size_t i = 0; i < n; i++) {
		char c = text[i];
		if (c == '\n') {
			at++;
			in_comment = false;
			continue;
		}
		if (in_comment)
			continue;
		if (in_string) {
			if (c == '\\' && i + 1 < n)
				i++;
			else if (c == '"')
				in_string = false;
			continue;
		}
		if (c == '"')
			in_string = true;
		else if (c == ';')
			in_comment = true;
		else if (c == '(' && ++depth > max) {
			max = depth;
			if (max == GUARD_NEST_MAX + 1)
				*line = at;
		} else if (c == ')' && depth > 0)
			depth--;
	}
	return max;
}
