/*
 * functions.h - CLIPS functions written in C, for the knowledge to call:
 * arithmetic the rules would otherwise interpret slowly. Generic: they know
 * no template and no domain word.
 *
 *   (fact-values ?template (create$ slot value...) slot...): the values
 *   of the slots named last, fact after fact, of the facts of ?template
 *   whose slots hold the values given: a query that needs no interpreted
 *   loop.
 *   (decayed-shares ?decay $?pairs): of key value key value..., each key
 *   once at its largest value (keys compared as CLIPS atoms), from the
 *   largest down, each paired with what it adds to the decayed sum of
 *   those values (the first in full, each next ?decay times the one
 *   before), after that sum; values below zero are not shares: they count
 *   against the sum in full. Returns sum key share key share...
 *
 * Only engine/host.c calls functions_define(), on each new environment.
 */
#ifndef OFICIO_FUNCTIONS_H
#define OFICIO_FUNCTIONS_H

void functions_define(void *env);

#endif
