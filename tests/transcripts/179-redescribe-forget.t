# about: a task described anew starts with no interview answers, and says how many were dropped (the same text stated again keeps them); forget says which kept positions covered the task, and they cover it no more
oficio> ask t1
Interview about task t1: answer each question, or type 'help'.
[t1] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> ?
[t1] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> no
[t1] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> no
[t1] What is the nature of the work?
  1) administrative, 2) legal, 3) support, 4) commercial, ? don't know
oficio?> quit
Interview left; the answers given (3) are kept.
oficio> task t1 contact=no
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + no dealings with customers, from "contact=no": back office +2.0 [intro]
oficio> task t1 keeps the books
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
  (a new description starts afresh: interview answers dropped: 2; 'ask t1' asks again)
oficio> task t2 answers the phone
t2: front office (confidence 0.71; front 2.4, back 0.0)
  + direct dealings with customers, from "answers the phone": front office +2.4 [intro]
oficio> position p1 t1 t2
position p1 kept (16 skills)
essential:
  interpersonal skills (interpersonal)
      because of t2, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of t2, through front office [front-skills]
  effective communication (communication)
      because of t2, through front office [front-skills]
  active listening (active-listening)
      because of t2, through front office [front-skills]
  oral and written communication (oral-written-communication)
      because of t1, through back office [back-skills]
  ease with numbers and maths (numeracy)
      because of t1, through bookkeeping [inferred]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of t1, through back office [back-skills]
  basic computer skills (basic-computer)
      because of t1, through back office [computer-skills]
      because of t2, through front office [computer-skills]
  word processing (word-processing)
      because of t1, through back office [computer-skills]
  accounting software (accounting-software)
      because of t1, through bookkeeping [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of t2, through front office [front-skills]
  patience (patience)
      because of t2, through front office [front-skills]
  good questioning technique (questioning-techniques)
      because of t2, through front office [front-skills]
  conflict management (conflict-management)
      because of t2, through front office [front-skills]
  organisational ability (organization)
      because of t1, through back office [back-skills]
useful:
  software specific to the job (job-software)
      because of t1, through back office [computer-skills]
oficio> position p2 t1
position p2 kept (8 skills)
essential:
  oral and written communication (oral-written-communication)
      because of t1, through back office [back-skills]
  ease with numbers and maths (numeracy)
      because of t1, through bookkeeping [inferred]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of t1, through back office [back-skills]
  basic computer skills (basic-computer)
      because of t1, through back office [computer-skills]
  word processing (word-processing)
      because of t1, through back office [computer-skills]
  accounting software (accounting-software)
      because of t1, through bookkeeping [computer-skills]
important:
  organisational ability (organization)
      because of t1, through back office [back-skills]
useful:
  software specific to the job (job-software)
      because of t1, through back office [computer-skills]
oficio> forget T1
task t1 forgotten; kept positions that no longer cover it: p1, p2
oficio> task t1 pays the suppliers
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + accounts payable, from "pays the suppliers": back office +2.0 [back-duties]
oficio> report
# Front office or back office: consultation report

Prepared by oficio 0.1.0 from what was said in the session (tasks: 2, positions: 2,
candidates: 0). Each reason ends with the section of the article it comes from,
in brackets; the sections are listed at the end.

## Summary

| task | side | confidence | decisive reason |
|---|---|---|---|
| t2 | front office | 0.71 | direct dealings with customers, from "answers the phone" [intro] |
| t1 | back office | 0.67 | accounts payable, from "pays the suppliers" [back-duties] |

## Tasks

### Task t2: front office (confidence 0.71; front 2.4, back 0.0)

- Description: answers the phone

Reasons, strongest first:

1. direct dealings with customers, from "answers the phone": front office +2.4 [intro]

### Task t1: back office (confidence 0.67; front 0.0, back 2.0)

- Description: pays the suppliers

Reasons, strongest first:

1. accounts payable, from "pays the suppliers": back office +2.0 [back-duties]

## Positions

### Position p1

- Covers: t2

Skills it needs, by importance:

- **essential**
  - interpersonal skills (interpersonal)
    - because of t2, through front office [front-skills]
  - being articulate and well spoken (articulate)
    - because of t2, through front office [front-skills]
  - effective communication (communication)
    - because of t2, through front office [front-skills]
  - active listening (active-listening)
    - because of t2, through front office [front-skills]
  - basic computer skills (basic-computer)
    - because of t2, through front office [computer-skills]
- **important**
  - a friendly manner (friendly-personality)
    - because of t2, through front office [front-skills]
  - patience (patience)
    - because of t2, through front office [front-skills]
  - good questioning technique (questioning-techniques)
    - because of t2, through front office [front-skills]
  - conflict management (conflict-management)
    - because of t2, through front office [front-skills]

### Position p2

- Covers: -

it needs no known skill yet: say more about its tasks, or add roles or duties

## Candidates

No candidate was recorded.

## Sections of the article cited

- intro: Introduction: every small business has tasks with and without direct customer contact
- back-duties: Back office duties: administrative, legal and support work
- front-skills: Front office skills
- computer-skills: Basic computer skills for both sides, with a different scope
oficio> lang es
idioma: español (es)
oficio> olvidar t2
tarea t2 olvidada; puestos guardados que ya no la cubren: p1
