# about: report: the consultation in Markdown for whoever decides the hire: each task's side, confidence and reasons, each position's skills by importance and its candidates ranked by fit, the sections of the article cited
oficio> report
# Front office or back office: consultation report

Prepared by oficio 0.1.0 from what was said in the session (tasks: 0, positions: 0,
candidates: 0). Each reason ends with the section of the article it comes from,
in brackets; the sections are listed at the end.

## Tasks

No task was described.

## Positions

No position was kept (name one with `position NAME ID...`).

## Candidates

No candidate was recorded.

## Sections of the article cited

None.
oficio> task t1 Hace las nóminas y paga a los proveedores
t1: back office (confidence 0.75; front 0.0, back 3.0)
  + accounts payable, from "paga a los proveedores": back office +2.0 [back-duties]
  + payroll processing, from "nóminas": back office +1.00 (of 2.0: each further reason counts less) [back-duties]
oficio> ask t2
Interview about task t2: answer each question, or type 'help'.
[t2] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> handles the monthly matters
[t2] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> no
[t2] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> ?
[t2] What is the nature of the work?
  1) administrative, 2) legal, 3) support, 4) commercial, ? don't know
oficio?> quit
Interview left; the answers given (3) are kept.
oficio> task t3 greets visitors at the front desk and books appointments
t3: front office (confidence 0.83; front 4.8, back 0.0)
  + direct dealings with customers, from "greets + visitors": front office +3.0 [intro]
  + receptionist, from "front desk": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
  + scheduling appointments, from "books appointments": front office +0.50 (of 2.0: each further reason counts less) [computer-skills]
oficio> position desk t3
position desk kept (9 skills)
essential:
  interpersonal skills (interpersonal)
      because of t3, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of t3, through front office [front-skills]
  effective communication (communication)
      because of t3, through front office [front-skills]
  active listening (active-listening)
      because of t3, through front office [front-skills]
  basic computer skills (basic-computer)
      because of t3, through scheduling appointments [computer-skills]
      because of t3, through front office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of t3, through front office [front-skills]
  patience (patience)
      because of t3, through front office [front-skills]
  good questioning technique (questioning-techniques)
      because of t3, through front office [front-skills]
  conflict management (conflict-management)
      because of t3, through front office [front-skills]
oficio> position office t1 t2
position office kept (8 skills)
essential:
  oral and written communication (oral-written-communication)
      because of t2, through back office [back-skills]
      because of t1, through back office [back-skills]
  ease with numbers and maths (numeracy)
      because of t1, through payroll processing [back-skills]
      because of t1, through accounts payable (important) [inferred]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of t2, through back office [back-skills]
      because of t1, through back office [back-skills]
  basic computer skills (basic-computer)
      because of t2, through back office [computer-skills]
      because of t1, through back office [computer-skills]
  word processing (word-processing)
      because of t2, through back office [computer-skills]
      because of t1, through back office [computer-skills]
important:
  organisational ability (organization)
      because of t2, through back office [back-skills]
      because of t1, through back office [back-skills]
  accounting software (accounting-software)
      because of t1, through accounts payable [inferred]
      because of t1, through payroll processing [inferred]
useful:
  software specific to the job (job-software)
      because of t2, through back office [computer-skills]
      because of t1, through back office [computer-skills]
oficio> candidate ana "escucha activa" interpersonal basic-computer
candidate ana: active listening, interpersonal skills, basic computer skills
oficio> candidate bob organization document-handling oral-written-communication
candidate bob: organisational ability, document handling (correct filing, on-time dispatch), oral and written communication
oficio> report
# Front office or back office: consultation report

Prepared by oficio 0.1.0 from what was said in the session (tasks: 3, positions: 2,
candidates: 2). Each reason ends with the section of the article it comes from,
in brackets; the sections are listed at the end.

## Summary

| task | side | confidence | decisive reason |
|---|---|---|---|
| t1 | back office | 0.75 | accounts payable, from "paga a los proveedores" [back-duties] |
| t2 | back office | 0.67 | no dealings with customers, from "contact=no" [intro] |
| t3 | front office | 0.83 | direct dealings with customers, from "greets + visitors" [intro] |

## Tasks

### Task t1: back office (confidence 0.75; front 0.0, back 3.0)

- Description: Hace las nóminas y paga a los proveedores

Reasons, strongest first:

1. accounts payable, from "paga a los proveedores": back office +2.0 [back-duties]
2. payroll processing, from "nóminas": back office +1.00 (of 2.0: each further reason counts less) [back-duties]

### Task t2: back office (confidence 0.67; front 0.0, back 2.0)

- Description: handles the monthly matters
- Answers: Does the task mean dealing directly with customers? no; Is its aim to generate sales? don't know

Reasons, strongest first:

1. no dealings with customers, from "contact=no": back office +2.0 [intro]

### Task t3: front office (confidence 0.83; front 4.8, back 0.0)

- Description: greets visitors at the front desk and books appointments

Reasons, strongest first:

1. direct dealings with customers, from "greets + visitors": front office +3.0 [intro]
2. receptionist, from "front desk": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
3. scheduling appointments, from "books appointments": front office +0.50 (of 2.0: each further reason counts less) [computer-skills]

## Positions

### Position desk

- Covers: t3

Skills it needs, by importance:

- **essential**
  - interpersonal skills (interpersonal)
    - because of t3, through front office [front-skills]
  - being articulate and well spoken (articulate)
    - because of t3, through front office [front-skills]
  - effective communication (communication)
    - because of t3, through front office [front-skills]
  - active listening (active-listening)
    - because of t3, through front office [front-skills]
  - basic computer skills (basic-computer)
    - because of t3, through scheduling appointments [computer-skills]
    - because of t3, through front office [computer-skills]
- **important**
  - a friendly manner (friendly-personality)
    - because of t3, through front office [front-skills]
  - patience (patience)
    - because of t3, through front office [front-skills]
  - good questioning technique (questioning-techniques)
    - because of t3, through front office [front-skills]
  - conflict management (conflict-management)
    - because of t3, through front office [front-skills]

Candidates by fit (0 to 1):

1. ana fits 0.41
   - has: interpersonal skills (essential), active listening (essential), basic computer skills (essential)
   - missing: being articulate and well spoken (essential), effective communication (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important)
2. bob fits 0.00
   - has: -
   - missing: interpersonal skills (essential), being articulate and well spoken (essential), effective communication (essential), active listening (essential), basic computer skills (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important)

### Position office

- Covers: t1, t2

Skills it needs, by importance:

- **essential**
  - oral and written communication (oral-written-communication)
    - because of t2, through back office [back-skills]
    - because of t1, through back office [back-skills]
  - ease with numbers and maths (numeracy)
    - because of t1, through payroll processing [back-skills]
    - because of t1, through accounts payable (important) [inferred]
  - document handling (correct filing, on-time dispatch) (document-handling)
    - because of t2, through back office [back-skills]
    - because of t1, through back office [back-skills]
  - basic computer skills (basic-computer)
    - because of t2, through back office [computer-skills]
    - because of t1, through back office [computer-skills]
  - word processing (word-processing)
    - because of t2, through back office [computer-skills]
    - because of t1, through back office [computer-skills]
- **important**
  - organisational ability (organization)
    - because of t2, through back office [back-skills]
    - because of t1, through back office [back-skills]
  - accounting software (accounting-software)
    - because of t1, through accounts payable [inferred]
    - because of t1, through payroll processing [inferred]
- **useful**
  - software specific to the job (job-software)
    - because of t2, through back office [computer-skills]
    - because of t1, through back office [computer-skills]

Candidates by fit (0 to 1):

1. bob fits 0.40
   - has: oral and written communication (essential), document handling (correct filing, on-time dispatch) (essential), organisational ability (important)
   - missing: ease with numbers and maths (essential), basic computer skills (essential), word processing (essential), accounting software (important), software specific to the job (useful)
2. ana fits 0.15
   - has: basic computer skills (essential)
   - missing: oral and written communication (essential), ease with numbers and maths (essential), document handling (correct filing, on-time dispatch) (essential), word processing (essential), organisational ability (important), accounting software (important), software specific to the job (useful)

## Candidates

- ana: active listening, interpersonal skills, basic computer skills
- bob: organisational ability, document handling (correct filing, on-time dispatch), oral and written communication

## Sections of the article cited

- back-duties: Back office duties: administrative, legal and support work
- intro: Introduction: every small business has tasks with and without direct customer contact
- front-duties: Front office duties: dealing with customers to generate sales
- computer-skills: Basic computer skills for both sides, with a different scope
- front-skills: Front office skills
- back-skills: Back office skills, which vary with the position
oficio> report report.md
report written to report.md
