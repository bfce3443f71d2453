# about: the whole path in English: a receptionist's position from a job ad, candidates from CVs, the ranking; a skill removed and one added by hand keep the CV's words of the others; save, reset and load keep them too, how shows them, and the report
oficio> position desk --from examples/clinic-receptionist.txt
position desk read from examples/clinic-receptionist.txt: 6 duties (front office 3, back office 3, mixed 0, unclear 0): as much front office as back office
weight of the evidence: front office 50%, back office 50% (every duty's scores summed)
  desk.1  front office  0.75  Greet patients on arrival and answer the phone.
  desk.2  front office  0.77  Book, confirm and reschedule appointments.
  desk.3  front office  0.71  Take payments and issue receipts.
  desk.4  back office   0.80  Keep patient records up to date and file insurance claims.
  desk.5  back office   0.67  Prepare the monthly invoices and chase unpaid accounts.
  desk.6  back office   0.73  Order office supplies.
set aside, not duties:
  before the first heading (introduction): 1 from line 1
  About us (the company): 1 from line 4
  Requirements (requirements): 2 from line 15
  What we offer (the offer): 2 from line 19
skills the requirements name:
  patience (patience): "patience", line 16
  basic computer skills (basic-computer): "basic computer skills", line 16
skills the position needs:
essential:
  interpersonal skills (interpersonal)
      because of desk.3, through front office [front-skills]
      because of desk.2, through front office [front-skills]
      because of desk.1, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of desk.3, through front office [front-skills]
      because of desk.2, through front office [front-skills]
      because of desk.1, through front office [front-skills]
  effective communication (communication)
      because of desk.3, through front office [front-skills]
      because of desk.2, through front office [front-skills]
      because of desk.1, through front office [front-skills]
  active listening (active-listening)
      because of desk.3, through front office [front-skills]
      because of desk.2, through front office [front-skills]
      because of desk.1, through front office [front-skills]
  oral and written communication (oral-written-communication)
      because of desk.6, through back office [back-skills]
      because of desk.5, through back office [back-skills]
      because of desk.4, through back office [back-skills]
  organisational ability (organization)
      because of desk.4, through processing benefit claims [back-skills]
      because of desk.6, through back office (important) [back-skills]
      because of desk.5, through back office (important) [back-skills]
      because of desk.4, through back office (important) [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of desk.6, through back office [back-skills]
      because of desk.5, through back office [back-skills]
      because of desk.4, through back office [back-skills]
      because of desk.4, through processing benefit claims (important) [inferred]
  basic computer skills (basic-computer)
      because of desk.2, through scheduling appointments [computer-skills]
      because of desk.6, through back office [computer-skills]
      because of desk.5, through back office [computer-skills]
      because of desk.4, through back office [computer-skills]
      because of desk.3, through front office [computer-skills]
      because of desk.2, through front office [computer-skills]
      because of desk.1, through front office [computer-skills]
  word processing (word-processing)
      because of desk.6, through back office [computer-skills]
      because of desk.5, through back office [computer-skills]
      because of desk.4, through back office [computer-skills]
      because of desk.4, through data entry clerk [inferred]
  software specific to the job (job-software)
      because of desk.4, through data entry clerk [computer-skills]
      because of desk.6, through back office (useful) [computer-skills]
      because of desk.5, through back office (useful) [computer-skills]
      because of desk.4, through back office (useful) [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of desk.3, through front office [front-skills]
      because of desk.2, through front office [front-skills]
      because of desk.1, through front office [front-skills]
  patience (patience)
      because of desk.3, through front office [front-skills]
      because of desk.2, through front office [front-skills]
      because of desk.1, through front office [front-skills]
  good questioning technique (questioning-techniques)
      because of desk.3, through front office [front-skills]
      because of desk.2, through front office [front-skills]
      because of desk.1, through front office [front-skills]
  conflict management (conflict-management)
      because of desk.3, through front office [front-skills]
      because of desk.2, through front office [front-skills]
      because of desk.1, through front office [front-skills]
  ease with numbers and maths (numeracy)
      because of desk.5, through accounts receivable [inferred]
  accounting software (accounting-software)
      because of desk.5, through accounts receivable [inferred]
oficio> candidate daniel --from examples/cv-daniel.md
candidate daniel read from examples/cv-daniel.md: 12 skills
  a friendly manner (friendly-personality), line 3: "Receptionist · Leeds · daniel.okafor@example.org" ("Receptionist": receptionist)
  basic computer skills (basic-computer), line 8: "Computer literate (Microsoft Office, practice management software)."
  patience (patience), line 3: "Receptionist · Leeds · daniel.okafor@example.org" ("Receptionist": receptionist)
  conflict management (conflict-management), line 3: "Receptionist · Leeds · daniel.okafor@example.org" ("Receptionist": receptionist)
  good questioning technique (questioning-techniques), line 3: "Receptionist · Leeds · daniel.okafor@example.org" ("Receptionist": receptionist)
  active listening (active-listening), line 3: "Receptionist · Leeds · daniel.okafor@example.org" ("Receptionist": receptionist)
  organisational ability (organization), line 7: "Friendly, organised receptionist with four years at a busy GP practice."
  word processing (word-processing), line 8: "Computer literate (Microsoft Office, practice management software)."
  software specific to the job (job-software), line 8: "Computer literate (Microsoft Office, practice management software)."
  document handling (correct filing, on-time dispatch) (document-handling), line 20: "Filed tenancy agreements and kept the records up to date." ("Filed": filing documents and sending them on time)
  accounting software (accounting-software), line 21: "Processed invoices and chased late payments." ("late payments": accounts receivable)
  ease with numbers and maths (numeracy), line 21: "Processed invoices and chased late payments." ("late payments": accounts receivable)
oficio> candidate lucia --from examples/cv-lucia.txt
candidate lucia read from examples/cv-lucia.txt: 8 skills
  patience (patience), line 12: "Don de gentes y paciencia."
  conflict management (conflict-management), line 7: "Gestionaba las devoluciones y las reclamaciones." ("Gestionaba las devoluciones": handling customer requests)
  good questioning technique (questioning-techniques), line 7: "Gestionaba las devoluciones y las reclamaciones." ("Gestionaba las devoluciones": handling customer requests)
  active listening (active-listening), line 7: "Gestionaba las devoluciones y las reclamaciones." ("Gestionaba las devoluciones": handling customer requests)
  basic computer skills (basic-computer), line 13: "Manejo básico de ordenador."
  being articulate and well spoken (articulate), line 9: "2019-2021  Cajera en un supermercado de barrio." ("Cajera": cashier)
  effective communication (communication), line 9: "2019-2021  Cajera en un supermercado de barrio." ("Cajera": cashier)
  interpersonal skills (interpersonal), line 12: "Don de gentes y paciencia."
oficio> rank desk
1. daniel 0.71  (missing: interpersonal skills, being articulate and well spoken, effective communication, ...)
2. lucia 0.50  (missing: oral and written communication, organisational ability, document handling (correct filing, on-time dispatch), ...)
oficio> candidate lucia patience interpersonal "conflict management" "basic computer skills" numeracy
candidate lucia: patience, interpersonal skills, conflict management, basic computer skills, ease with numbers and maths
oficio> save case.json
case saved to case.json (tasks: 6, positions: 1, candidates: 2)
oficio> reset
session cleared: tasks, positions, candidates and typed facts forgotten
oficio> load case.json
case loaded from case.json in place of the session (tasks: 6, positions: 1, candidates: 2)
oficio> match lucia desk
lucia fits 0.28
  has: interpersonal skills (essential), basic computer skills (essential), patience (important), conflict management (important), ease with numbers and maths (important)
  missing: being articulate and well spoken (essential), effective communication (essential), active listening (essential), oral and written communication (essential), organisational ability (essential), document handling (correct filing, on-time dispatch) (essential), word processing (essential), software specific to the job (essential), a friendly manner (important), good questioning technique (important), accounting software (important)
oficio> how --depth 3 lucia desk
lucia fits desk at 0.28 (from 0 to 1)  [inferred]
  by rule fit: The fit is the weight of the skills the candidate has over the weight of all the position needs (essential 1, important 0.6, useful 0.3).
  - lucia has "interpersonal skills" (essential)  [inferred]
      by rule candidate-has-skill: The candidate has a skill the position needs.
    - position desk needs "interpersonal skills": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "interpersonal skills" (essential) because of desk.3  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "interpersonal skills" (essential) because of desk.2  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "interpersonal skills" (essential) because of desk.1  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
    - lucia says they have "interpersonal skills"  [user]
      - lucia's CV (examples/cv-lucia.txt, line 12) says "Don de gentes y paciencia.": interpersonal skills  [user]
  - lucia has "patience" (important)  [inferred]
      by rule candidate-has-skill: The candidate has a skill the position needs.
    - position desk needs "patience": important  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "patience" (important) because of desk.3  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "patience" (important) because of desk.2  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "patience" (important) because of desk.1  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
    - lucia says they have "patience"  [user]
      - lucia's CV (examples/cv-lucia.txt, line 12) says "Don de gentes y paciencia.": patience  [user]
  - lucia has "conflict management" (important)  [inferred]
      by rule candidate-has-skill: The candidate has a skill the position needs.
    - position desk needs "conflict management": important  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "conflict management" (important) because of desk.3  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "conflict management" (important) because of desk.2  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "conflict management" (important) because of desk.1  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
    - lucia says they have "conflict management"  [user]
      - lucia's CV (examples/cv-lucia.txt, line 7) says "Gestionaba las devoluciones y las reclamaciones.": handling customer requests  [user]
  - lucia has "ease with numbers and maths" (important)  [inferred]
      by rule candidate-has-skill: The candidate has a skill the position needs.
    - position desk needs "ease with numbers and maths": important  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "ease with numbers and maths" (important) because of desk.5  [inferred]
          by rule need-from-task-duty: The task covers a duty that calls for this skill.
    - lucia says they have "ease with numbers and maths"  [user]
  - lucia has "basic computer skills" (essential)  [inferred]
      by rule candidate-has-skill: The candidate has a skill the position needs.
    - position desk needs "basic computer skills": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "basic computer skills" (essential) because of desk.6  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "basic computer skills" (essential) because of desk.5  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "basic computer skills" (essential) because of desk.4  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "basic computer skills" (essential) because of desk.3  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "basic computer skills" (essential) because of desk.2  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "basic computer skills" (essential) because of desk.2  [computer-skills]
          by rule need-from-task-duty: The task covers a duty that calls for this skill.
      - desk needs "basic computer skills" (essential) because of desk.1  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
    - lucia says they have "basic computer skills"  [user]
      - lucia's CV (examples/cv-lucia.txt, line 13) says "Manejo básico de ordenador.": basic computer skills  [user]
  - lucia lacks "being articulate and well spoken" (essential)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "being articulate and well spoken": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "being articulate and well spoken" (essential) because of desk.3  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "being articulate and well spoken" (essential) because of desk.2  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "being articulate and well spoken" (essential) because of desk.1  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
  - lucia lacks "effective communication" (essential)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "effective communication": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "effective communication" (essential) because of desk.3  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "effective communication" (essential) because of desk.2  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "effective communication" (essential) because of desk.1  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
  - lucia lacks "active listening" (essential)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "active listening": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "active listening" (essential) because of desk.3  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "active listening" (essential) because of desk.2  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "active listening" (essential) because of desk.1  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
  - lucia lacks "a friendly manner" (important)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "a friendly manner": important  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "a friendly manner" (important) because of desk.3  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "a friendly manner" (important) because of desk.2  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "a friendly manner" (important) because of desk.1  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
  - lucia lacks "good questioning technique" (important)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "good questioning technique": important  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "good questioning technique" (important) because of desk.3  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "good questioning technique" (important) because of desk.2  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "good questioning technique" (important) because of desk.1  [front-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
  - lucia lacks "software specific to the job" (essential)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "software specific to the job": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "software specific to the job" (essential) because of desk.4  [computer-skills]
          by rule need-from-task-role: The task names a job that calls for this skill.
      - desk needs "software specific to the job" (useful) because of desk.6  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "software specific to the job" (useful) because of desk.5  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "software specific to the job" (useful) because of desk.4  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
  - lucia lacks "organisational ability" (essential)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "organisational ability": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "organisational ability" (essential) because of desk.4  [back-skills]
          by rule need-from-task-duty: The task covers a duty that calls for this skill.
      - desk needs "organisational ability" (important) because of desk.6  [back-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "organisational ability" (important) because of desk.5  [back-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "organisational ability" (important) because of desk.4  [back-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
  - lucia lacks "accounting software" (important)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "accounting software": important  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "accounting software" (important) because of desk.5  [inferred]
          by rule need-from-task-duty: The task covers a duty that calls for this skill.
  - lucia lacks "oral and written communication" (essential)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "oral and written communication": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "oral and written communication" (essential) because of desk.6  [back-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "oral and written communication" (essential) because of desk.5  [back-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "oral and written communication" (essential) because of desk.4  [back-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
  - lucia lacks "document handling (correct filing, on-time dispatch)" (essential)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "document handling (correct filing, on-time dispatch)": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "document handling (correct filing, on-time dispatch)" (essential) because of desk.6  [back-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "document handling (correct filing, on-time dispatch)" (essential) because of desk.5  [back-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "document handling (correct filing, on-time dispatch)" (essential) because of desk.4  [back-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "document handling (correct filing, on-time dispatch)" (important) because of desk.4  [inferred]
          by rule need-from-task-duty: The task covers a duty that calls for this skill.
  - lucia lacks "word processing" (essential)  [inferred]
      by rule candidate-lacks-skill: The candidate lacks a skill the position needs.
    - position desk needs "word processing": essential  [inferred]
        by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
      - desk needs "word processing" (essential) because of desk.6  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "word processing" (essential) because of desk.5  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "word processing" (essential) because of desk.4  [computer-skills]
          by rule need-from-task-side: The task belongs to a side, and that side needs this skill.
      - desk needs "word processing" (essential) because of desk.4  [inferred]
          by rule need-from-task-role: The task names a job that calls for this skill.
(shown to depth 3 of 8: 'how --depth 8 lucia desk' shows the whole tree)
oficio> report
# Front office or back office: consultation report

Prepared by oficio 0.1.0 from what was said in the session (tasks: 6, positions: 1,
candidates: 2). Each reason ends with the section of the article it comes from,
in brackets; the sections are listed at the end.

## Summary

| task | side | confidence | decisive reason |
|---|---|---|---|
| desk.1 | front office | 0.75 | direct dealings with customers, from "Greet + patients" [intro] |
| desk.2 | front office | 0.77 | direct dealings with customers, from "Book" [intro] |
| desk.3 | front office | 0.71 | direct dealings with customers, from "Take payments" [intro] |
| desk.4 | back office | 0.80 | data entry clerk, from "patient records" [back-duties] |
| desk.5 | back office | 0.67 | accounts receivable, from "Prepare the monthly invoices" [back-duties] |
| desk.6 | back office | 0.73 | administrative, legal or support work, from "office supplies" [back-duties] |

## Tasks

### Task desk.1: front office (confidence 0.75; front 3.0, back 0.0)

- Description: Greet patients on arrival and answer the phone.

Reasons, strongest first:

1. direct dealings with customers, from "Greet + patients, answer the phone": front office +3.0 [intro]

### Task desk.2: front office (confidence 0.77; front 3.4, back 0.0)

- Description: Book, confirm and reschedule appointments.

Reasons, strongest first:

1. direct dealings with customers, from "Book": front office +2.4 [intro]
2. scheduling appointments, from "appointments, Book": front office +1.00 (of 2.0: each further reason counts less) [computer-skills]

### Task desk.3: front office (confidence 0.71; front 2.4, back 0.0)

- Description: Take payments and issue receipts.

Reasons, strongest first:

1. direct dealings with customers, from "Take payments": front office +2.4 [intro]

### Task desk.4: back office (confidence 0.80; front 0.0, back 4.0)

- Description: Keep patient records up to date and file insurance claims.

Reasons, strongest first:

1. data entry clerk, from "patient records": back office +2.5 [back-duties]
2. processing benefit claims, from "insurance claims, file insurance claims": back office +1.00 (of 2.0: each further reason counts less) [back-duties]
3. administrative, legal or support work, from "Keep patient records up to date, Keep patient records": back office +0.50 (of 2.0: each further reason counts less) [back-duties]

### Task desk.5: back office (confidence 0.67; front 0.0, back 2.0)

- Description: Prepare the monthly invoices and chase unpaid accounts.

Reasons, strongest first:

1. accounts receivable, from "Prepare the monthly invoices": back office +2.0 [back-duties]

### Task desk.6: back office (confidence 0.73; front 0.0, back 2.8)

- Description: Order office supplies.

Reasons, strongest first:

1. administrative, legal or support work, from "office supplies": back office +2.0 [back-duties]
2. dealings only with vendors and suppliers, from "Order office supplies": back office +0.75 (of 1.5: each further reason counts less) [back-skills]

## Positions

### Position desk

- Covers: desk.1, desk.2, desk.3, desk.4, desk.5, desk.6

Skills it needs, by importance:

- **essential**
  - interpersonal skills (interpersonal)
    - because of desk.3, through front office [front-skills]
    - because of desk.2, through front office [front-skills]
    - because of desk.1, through front office [front-skills]
  - being articulate and well spoken (articulate)
    - because of desk.3, through front office [front-skills]
    - because of desk.2, through front office [front-skills]
    - because of desk.1, through front office [front-skills]
  - effective communication (communication)
    - because of desk.3, through front office [front-skills]
    - because of desk.2, through front office [front-skills]
    - because of desk.1, through front office [front-skills]
  - active listening (active-listening)
    - because of desk.3, through front office [front-skills]
    - because of desk.2, through front office [front-skills]
    - because of desk.1, through front office [front-skills]
  - oral and written communication (oral-written-communication)
    - because of desk.6, through back office [back-skills]
    - because of desk.5, through back office [back-skills]
    - because of desk.4, through back office [back-skills]
  - organisational ability (organization)
    - because of desk.4, through processing benefit claims [back-skills]
    - because of desk.6, through back office (important) [back-skills]
    - because of desk.5, through back office (important) [back-skills]
    - because of desk.4, through back office (important) [back-skills]
  - document handling (correct filing, on-time dispatch) (document-handling)
    - because of desk.6, through back office [back-skills]
    - because of desk.5, through back office [back-skills]
    - because of desk.4, through back office [back-skills]
    - because of desk.4, through processing benefit claims (important) [inferred]
  - basic computer skills (basic-computer)
    - because of desk.2, through scheduling appointments [computer-skills]
    - because of desk.6, through back office [computer-skills]
    - because of desk.5, through back office [computer-skills]
    - because of desk.4, through back office [computer-skills]
    - because of desk.3, through front office [computer-skills]
    - because of desk.2, through front office [computer-skills]
    - because of desk.1, through front office [computer-skills]
  - word processing (word-processing)
    - because of desk.6, through back office [computer-skills]
    - because of desk.5, through back office [computer-skills]
    - because of desk.4, through back office [computer-skills]
    - because of desk.4, through data entry clerk [inferred]
  - software specific to the job (job-software)
    - because of desk.4, through data entry clerk [computer-skills]
    - because of desk.6, through back office (useful) [computer-skills]
    - because of desk.5, through back office (useful) [computer-skills]
    - because of desk.4, through back office (useful) [computer-skills]
- **important**
  - a friendly manner (friendly-personality)
    - because of desk.3, through front office [front-skills]
    - because of desk.2, through front office [front-skills]
    - because of desk.1, through front office [front-skills]
  - patience (patience)
    - because of desk.3, through front office [front-skills]
    - because of desk.2, through front office [front-skills]
    - because of desk.1, through front office [front-skills]
  - good questioning technique (questioning-techniques)
    - because of desk.3, through front office [front-skills]
    - because of desk.2, through front office [front-skills]
    - because of desk.1, through front office [front-skills]
  - conflict management (conflict-management)
    - because of desk.3, through front office [front-skills]
    - because of desk.2, through front office [front-skills]
    - because of desk.1, through front office [front-skills]
  - ease with numbers and maths (numeracy)
    - because of desk.5, through accounts receivable [inferred]
  - accounting software (accounting-software)
    - because of desk.5, through accounts receivable [inferred]

Candidates by fit (0 to 1):

1. daniel fits 0.71
   - has: active listening (essential), organisational ability (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), word processing (essential), software specific to the job (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important), ease with numbers and maths (important), accounting software (important)
   - missing: interpersonal skills (essential), being articulate and well spoken (essential), effective communication (essential), oral and written communication (essential)
2. lucia fits 0.28
   - has: interpersonal skills (essential), basic computer skills (essential), patience (important), conflict management (important), ease with numbers and maths (important)
   - missing: being articulate and well spoken (essential), effective communication (essential), active listening (essential), oral and written communication (essential), organisational ability (essential), document handling (correct filing, on-time dispatch) (essential), word processing (essential), software specific to the job (essential), a friendly manner (important), good questioning technique (important), accounting software (important)

## Candidates

- daniel (examples/cv-daniel.md): a friendly manner (CV line 3), basic computer skills (CV line 8), patience (CV line 3), conflict management (CV line 3), good questioning technique (CV line 3), active listening (CV line 3), organisational ability (CV line 7), word processing (CV line 8), software specific to the job (CV line 8), document handling (correct filing, on-time dispatch) (CV line 20), accounting software (CV line 21), ease with numbers and maths (CV line 21)
- lucia (examples/cv-lucia.txt): patience (CV line 12), interpersonal skills (CV line 12), conflict management (CV line 7), basic computer skills (CV line 13), ease with numbers and maths

## Sections of the article cited

- intro: Introduction: every small business has tasks with and without direct customer contact
- computer-skills: Basic computer skills for both sides, with a different scope
- back-duties: Back office duties: administrative, legal and support work
- back-skills: Back office skills, which vary with the position
- front-skills: Front office skills
