# about: the report opens with a table of the tasks (side, confidence, the decisive reason) and gives every reason of a task and every reason a skill is needed, none cut; so do task and hire
oficio> task t1 greets visitors at the front desk, books appointments, answers the phone, handles complaints, sells products, takes payments at the till and keeps the books
t1: mixed (both sides) (confidence 0.20; front 5.2, back 2.0)
  + direct dealings with customers, from "greets + visitors, takes payments, sells, answers the phone": front office +3.0 [intro]
  + cashier, from "at the till": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
  + receptionist, from "front desk": front office +0.62 (of 2.5: each further reason counts less) [front-duties]
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
  + its aim is to generate sales, from "sells": front office +0.25 (of 2.0: each further reason counts less) [front-duties]
  + scheduling appointments, from "books appointments": front office +0.12 (of 2.0: each further reason counts less) [computer-skills]
oficio> task t2 "no customer contact | just bookkeeping"
t2: back office (confidence 0.75; front 0.0, back 3.0)
  + bookkeeping, from "bookkeeping": back office +2.0 [back-duties]
  + no dealings with customers, from "customer contact": back office +1.00 (of 2.0: each further reason counts less) [intro]
oficio> task t3 something vague
t3: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> position p1 t1 cashier
position p1 kept (16 skills)
essential:
  interpersonal skills (interpersonal)
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
      because of cashier, through making sales [inferred]
  effective communication (communication)
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
      because of cashier, through making sales [inferred]
  active listening (active-listening)
      because of cashier, through handling customer requests [front-skills]
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
  oral and written communication (oral-written-communication)
      because of t1, through back office [back-skills]
  ease with numbers and maths (numeracy)
      because of t1, through bookkeeping [inferred]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of t1, through back office [back-skills]
  basic computer skills (basic-computer)
      because of t1, through scheduling appointments [computer-skills]
      because of t1, through back office [computer-skills]
      because of cashier, through front office [computer-skills]
      because of t1, through front office [computer-skills]
      because of cashier, through placing orders [computer-skills]
  word processing (word-processing)
      because of t1, through back office [computer-skills]
  accounting software (accounting-software)
      because of t1, through bookkeeping [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
  patience (patience)
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
      because of cashier, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of cashier, through handling customer requests [front-skills]
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
  conflict management (conflict-management)
      because of cashier, through handling customer requests [front-skills]
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
  organisational ability (organization)
      because of t1, through back office [back-skills]
useful:
  software specific to the job (job-software)
      because of t1, through back office [computer-skills]
oficio> report
# Front office or back office: consultation report

Prepared by oficio 0.1.0 from what was said in the session (tasks: 3, positions: 1,
candidates: 0). Each reason ends with the section of the article it comes from,
in brackets; the sections are listed at the end.

## Summary

| task | side | confidence | decisive reason |
|---|---|---|---|
| t1 | mixed (both sides) | 0.20 | direct dealings with customers, from "greets + visitors" [intro] |
| t2 | back office | 0.75 | bookkeeping, from "bookkeeping" [back-duties] |
| t3 | unknown (not enough evidence) | 0.00 | - |

## Tasks

### Task t1: mixed (both sides) (confidence 0.20; front 5.2, back 2.0)

- Description: greets visitors at the front desk, books appointments, answers the phone, handles complaints, sells products, takes payments at the till and keeps the books

Reasons, strongest first:

1. direct dealings with customers, from "greets + visitors, takes payments, sells, answers the phone": front office +3.0 [intro]
2. cashier, from "at the till": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
3. receptionist, from "front desk": front office +0.62 (of 2.5: each further reason counts less) [front-duties]
4. bookkeeping, from "keeps the books": back office +2.0 [back-duties]
5. its aim is to generate sales, from "sells": front office +0.25 (of 2.0: each further reason counts less) [front-duties]
6. scheduling appointments, from "books appointments": front office +0.12 (of 2.0: each further reason counts less) [computer-skills]

### Task t2: back office (confidence 0.75; front 0.0, back 3.0)

- Description: no customer contact \| just bookkeeping

Reasons, strongest first:

1. bookkeeping, from "bookkeeping": back office +2.0 [back-duties]
2. no dealings with customers, from "customer contact": back office +1.00 (of 2.0: each further reason counts less) [intro]

### Task t3: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)

- Description: something vague

no evidence found: say more about the task, or state attributes (name=value)

## Positions

### Position p1

- Covers: t1, cashier

Skills it needs, by importance:

- **essential**
  - interpersonal skills (interpersonal)
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
  - being articulate and well spoken (articulate)
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
    - because of cashier, through making sales [inferred]
  - effective communication (communication)
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
    - because of cashier, through making sales [inferred]
  - active listening (active-listening)
    - because of cashier, through handling customer requests [front-skills]
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
  - oral and written communication (oral-written-communication)
    - because of t1, through back office [back-skills]
  - ease with numbers and maths (numeracy)
    - because of t1, through bookkeeping [inferred]
  - document handling (correct filing, on-time dispatch) (document-handling)
    - because of t1, through back office [back-skills]
  - basic computer skills (basic-computer)
    - because of t1, through scheduling appointments [computer-skills]
    - because of t1, through back office [computer-skills]
    - because of cashier, through front office [computer-skills]
    - because of t1, through front office [computer-skills]
    - because of cashier, through placing orders [computer-skills]
  - word processing (word-processing)
    - because of t1, through back office [computer-skills]
  - accounting software (accounting-software)
    - because of t1, through bookkeeping [computer-skills]
- **important**
  - a friendly manner (friendly-personality)
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
  - patience (patience)
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
    - because of cashier, through handling customer requests [inferred]
  - good questioning technique (questioning-techniques)
    - because of cashier, through handling customer requests [front-skills]
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
  - conflict management (conflict-management)
    - because of cashier, through handling customer requests [front-skills]
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
  - organisational ability (organization)
    - because of t1, through back office [back-skills]
- **useful**
  - software specific to the job (job-software)
    - because of t1, through back office [computer-skills]

## Candidates

No candidate was recorded.

## Sections of the article cited

- intro: Introduction: every small business has tasks with and without direct customer contact
- front-duties: Front office duties: dealing with customers to generate sales
- back-duties: Back office duties: administrative, legal and support work
- computer-skills: Basic computer skills for both sides, with a different scope
- front-skills: Front office skills
- back-skills: Back office skills, which vary with the position
