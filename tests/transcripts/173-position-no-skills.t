# about: a position that needs no known skill yet gives no fit: match, rank and how say so instead of a real-looking 0.00, and the report lists no ranking for it
# exit: 1
oficio> task t1 hmm, something vague
t1: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> candidate ana numeracy
candidate ana: ease with numbers and maths
oficio> position p1 t1
position p1 kept (0 skills)
it needs no known skill yet: say more about its tasks, or add roles or duties
oficio> match ana p1
error: the position (p1) needs no known skill yet, so there is nothing to weigh a candidate against: say more about its tasks, or add roles or duties
oficio> rank p1
error: the position (p1) needs no known skill yet, so there is nothing to weigh a candidate against: say more about its tasks, or add roles or duties
oficio> rank t1
error: the position (t1) needs no known skill yet, so there is nothing to weigh a candidate against: say more about its tasks, or add roles or duties
oficio> how ana p1
error: the position (p1) needs no known skill yet, so there is nothing to weigh a candidate against: say more about its tasks, or add roles or duties
oficio> report
# Front office or back office: consultation report

Prepared by oficio 0.1.0 from what was said in the session (tasks: 1, positions: 1,
candidates: 1). Each reason ends with the section of the article it comes from,
in brackets; the sections are listed at the end.

## Summary

| task | side | confidence | decisive reason |
|---|---|---|---|
| t1 | unknown (not enough evidence) | 0.00 | - |

## Tasks

### Task t1: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)

- Description: hmm, something vague

no evidence found: say more about the task, or state attributes (name=value)

## Positions

### Position p1

- Covers: t1

it needs no known skill yet: say more about its tasks, or add roles or duties

## Candidates

- ana: ease with numbers and maths

## Sections of the article cited

None.
oficio> lang es
idioma: español (es)
oficio> evaluar ana p1
error: el puesto (p1) aún no necesita ninguna habilidad conocida, así que no hay con qué medir a un candidato: diga más de sus tareas, o añada roles o funciones
