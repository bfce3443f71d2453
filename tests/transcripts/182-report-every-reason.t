# about: the report opens with a table of the tasks (side, confidence, the decisive reason) and gives every reason of a task and every reason a skill is needed, none cut; so do task and hire
oficio> task t1 greets visitors at the front desk, books appointments, answers the phone, handles complaints, sells products, takes payments at the till and keeps the books
t1: front office (confidence 0.40; front 5.3, back 2.0)
  + direct dealings with customers, from "greets visitors": front office +3.0 [intro]
  + cashier, from "at the till": front office +2.5 [front-duties]
  + cashier, from "takes payments": front office +2.5 [front-duties]
  + receptionist, from "answers the phone": front office +2.5 [front-duties]
  + receptionist, from "front desk": front office +2.5 [front-duties]
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
  + making sales, from "sells products": front office +2.0 [front-duties]
  + handling customer requests, from "complaints": front office +2.0 [front-duties]
  + scheduling appointments, from "books appointments": front office +2.0 [computer-skills]
oficio> task t2 "no customer contact | just bookkeeping"
t2: back office (confidence 0.75; front 0.0, back 3.0)
  + bookkeeping, from "bookkeeping": back office +2.0 [back-duties]
  + no dealings with customers, from "customer contact": back office +2.0 [intro]
oficio> task t3 something vague
t3: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> position p1 t1 cashier
position p1 kept (11 skills)
essential:
  interpersonal skills (interpersonal)
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
      because of cashier, through making sales [inferred]
      because of t1, through making sales [inferred]
  effective communication (communication)
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
      because of cashier, through making sales [inferred]
      because of t1, through making sales [inferred]
  active listening (active-listening)
      because of cashier, through handling customer requests [front-skills]
      because of t1, through handling customer requests [front-skills]
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
  ease with numbers and maths (numeracy)
      because of t1, through bookkeeping [inferred]
  basic computer skills (basic-computer)
      because of t1, through scheduling appointments [computer-skills]
      because of cashier, through front office [computer-skills]
      because of t1, through front office [computer-skills]
      because of cashier, through placing orders [computer-skills]
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
      because of t1, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of cashier, through handling customer requests [front-skills]
      because of t1, through handling customer requests [front-skills]
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
  conflict management (conflict-management)
      because of cashier, through handling customer requests [front-skills]
      because of t1, through handling customer requests [front-skills]
      because of cashier, through front office [front-skills]
      because of t1, through front office [front-skills]
oficio> report
# Front office or back office: consultation report

Prepared by oficio 0.1.0 from what was said in the session (tasks: 3, positions: 1,
candidates: 0). Each reason ends with the section of the article it comes from,
in brackets; the sections are listed at the end.

## Summary

| task | side | confidence | decisive reason |
|---|---|---|---|
| t1 | front office | 0.40 | direct dealings with customers, from "greets visitors" [intro] |
| t2 | back office | 0.75 | bookkeeping, from "bookkeeping" [back-duties] |
| t3 | unknown (not enough evidence) | 0.00 | - |

## Tasks

### Task t1: front office (confidence 0.40; front 5.3, back 2.0)

- Description: greets visitors at the front desk, books appointments, answers the phone, handles complaints, sells products, takes payments at the till and keeps the books

Reasons, strongest first:

1. direct dealings with customers, from "greets visitors": front office +3.0 [intro]
2. cashier, from "at the till": front office +2.5 [front-duties]
3. cashier, from "takes payments": front office +2.5 [front-duties]
4. receptionist, from "answers the phone": front office +2.5 [front-duties]
5. receptionist, from "front desk": front office +2.5 [front-duties]
6. bookkeeping, from "keeps the books": back office +2.0 [back-duties]
7. making sales, from "sells products": front office +2.0 [front-duties]
8. handling customer requests, from "complaints": front office +2.0 [front-duties]
9. scheduling appointments, from "books appointments": front office +2.0 [computer-skills]

### Task t2: back office (confidence 0.75; front 0.0, back 3.0)

- Description: no customer contact \| just bookkeeping

Reasons, strongest first:

1. bookkeeping, from "bookkeeping": back office +2.0 [back-duties]
2. no dealings with customers, from "customer contact": back office +2.0 [intro]

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
    - because of t1, through making sales [inferred]
  - effective communication (communication)
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
    - because of cashier, through making sales [inferred]
    - because of t1, through making sales [inferred]
  - active listening (active-listening)
    - because of cashier, through handling customer requests [front-skills]
    - because of t1, through handling customer requests [front-skills]
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
  - ease with numbers and maths (numeracy)
    - because of t1, through bookkeeping [inferred]
  - basic computer skills (basic-computer)
    - because of t1, through scheduling appointments [computer-skills]
    - because of cashier, through front office [computer-skills]
    - because of t1, through front office [computer-skills]
    - because of cashier, through placing orders [computer-skills]
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
    - because of t1, through handling customer requests [inferred]
  - good questioning technique (questioning-techniques)
    - because of cashier, through handling customer requests [front-skills]
    - because of t1, through handling customer requests [front-skills]
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]
  - conflict management (conflict-management)
    - because of cashier, through handling customer requests [front-skills]
    - because of t1, through handling customer requests [front-skills]
    - because of cashier, through front office [front-skills]
    - because of t1, through front office [front-skills]

## Candidates

No candidate was recorded.

## Sections of the article cited

- intro: Introduction: every small business has tasks with and without direct customer contact
- front-duties: Front office duties: dealing with customers to generate sales
- back-duties: Back office duties: administrative, legal and support work
- computer-skills: Basic computer skills for both sides, with a different scope
- front-skills: Front office skills
