# about: save writes what was said (tasks with their answers, positions, candidates); load replaces the session with it and the same conclusions follow
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
oficio> position office t1 t2 receptionist
position office kept (16 skills)
essential:
  interpersonal skills (interpersonal)
      because of receptionist, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of receptionist, through front office [front-skills]
  effective communication (communication)
      because of receptionist, through front office [front-skills]
  active listening (active-listening)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
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
      because of receptionist, through scheduling appointments [computer-skills]
      because of t2, through back office [computer-skills]
      because of t1, through back office [computer-skills]
      because of receptionist, through front office [computer-skills]
  word processing (word-processing)
      because of t2, through back office [computer-skills]
      because of t1, through back office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of receptionist, through front office [front-skills]
      because of receptionist, through the image and reputation of the business [inferred]
  patience (patience)
      because of receptionist, through front office [front-skills]
      because of receptionist, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
  conflict management (conflict-management)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
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
oficio> candidate ana "escucha activa" interpersonal numeracy
candidate ana: active listening, interpersonal skills, ease with numbers and maths
oficio> candidate bob basic-computer word-processing
candidate bob: basic computer skills, word processing
oficio> tasks
  t1  back office  0.75  Hace las nóminas y paga a los proveedores
  t2  back office  0.67  handles the monthly matters
oficio> rank office
1. ana 0.23  (missing: being articulate and well spoken, effective communication, oral and written communication, ...)
2. bob 0.16  (missing: interpersonal skills, being articulate and well spoken, effective communication, ...)
oficio> match ana office
ana fits 0.23
  has: interpersonal skills (essential), active listening (essential), ease with numbers and maths (essential)
  missing: being articulate and well spoken (essential), effective communication (essential), oral and written communication (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), word processing (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important), organisational ability (important), accounting software (important), software specific to the job (useful)
oficio> save case.json
case saved to case.json (tasks: 2, positions: 1, candidates: 2)
oficio> reset
session cleared: tasks, positions, candidates and typed facts forgotten
oficio> task t9 answers the phone
t9: front office (confidence 0.71; front 2.4, back 0.0)
  + direct dealings with customers, from "answers the phone": front office +2.4 [intro]
oficio> load case.json
note: unsaved changes replaced (tasks: 1, positions: 0, candidates: 0)
case loaded from case.json in place of the session (tasks: 2, positions: 1, candidates: 2)
oficio> tasks
  t1  back office  0.75  Hace las nóminas y paga a los proveedores
  t2  back office  0.67  handles the monthly matters
oficio> rank office
1. ana 0.23  (missing: being articulate and well spoken, effective communication, oral and written communication, ...)
2. bob 0.16  (missing: interpersonal skills, being articulate and well spoken, effective communication, ...)
oficio> match ana office
ana fits 0.23
  has: interpersonal skills (essential), active listening (essential), ease with numbers and maths (essential)
  missing: being articulate and well spoken (essential), effective communication (essential), oral and written communication (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), word processing (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important), organisational ability (important), accounting software (important), software specific to the job (useful)
oficio> why t2
task t2 is back office (confidence 0.67; front office 0.0, back office 2.0)
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t2 was described as "handles the monthly matters"  [user]
  - 2.0 for back office: no dealings with customers  [intro]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact)
oficio> save again.json
case saved to again.json (tasks: 2, positions: 1, candidates: 2)
oficio> load again.json
case loaded from again.json in place of the session (tasks: 2, positions: 1, candidates: 2)
oficio> tasks
  t1  back office  0.75  Hace las nóminas y paga a los proveedores
  t2  back office  0.67  handles the monthly matters
