/*
 * functions.h - CLIPS functions written in C, for the knowledge to call:
 * arithmetic the rules would otherwise interpret slowly. Generic: they know
 * no template and no domain word.
 *
 *   (decayed-sum $?numbers ?decay): the numbers sorted from largest to
 *   smallest, the first counted in full and each next one ?decay times
 *   less than the one before it.
 *   (decayed-shares ?decay $?pairs): of key value key value..., each key
 *   once at its largest value (keys compared as CLIPS atoms), from the
 *   largest down, each paired with what it adds to the decayed sum of
 *   those values, after that sum: sum key share key share...
 *
 * Only engine/host.c calls functions_define(), on each new environment.
 */
#ifndef OFICIO_FUNCTIONS_H
#define OFICIO_FUNCTIONS_H

void functions_define(void *env);

#endif
