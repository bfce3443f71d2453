# about: a position covering a task forgotten since is saved without that task, so the case loads again with the same conclusions
oficio> task t1 keeps the books
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
oficio> position desk t1 receptionist
position desk kept (16 skills)
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
      because of t1, through back office [back-skills]
  ease with numbers and maths (numeracy)
      because of t1, through bookkeeping [inferred]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of t1, through back office [back-skills]
  basic computer skills (basic-computer)
      because of receptionist, through scheduling appointments [computer-skills]
      because of t1, through back office [computer-skills]
      because of receptionist, through front office [computer-skills]
  word processing (word-processing)
      because of t1, through back office [computer-skills]
  accounting software (accounting-software)
      because of t1, through bookkeeping [computer-skills]
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
      because of t1, through back office [back-skills]
useful:
  software specific to the job (job-software)
      because of t1, through back office [computer-skills]
oficio> forget t1
task t1 forgotten; kept positions that no longer cover it: desk
oficio> candidate ana interpersonal numeracy
candidate ana: interpersonal skills, ease with numbers and maths
oficio> match ana desk
ana fits 0.14
  has: interpersonal skills (essential)
  missing: being articulate and well spoken (essential), effective communication (essential), active listening (essential), basic computer skills (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important)
oficio> save case.json
case saved to case.json (tasks: 0, positions: 1, candidates: 1)
oficio> load case.json
case loaded from case.json in place of the session (tasks: 0, positions: 1, candidates: 1)
oficio> match ana desk
ana fits 0.14
  has: interpersonal skills (essential)
  missing: being articulate and well spoken (essential), effective communication (essential), active listening (essential), basic computer skills (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important)
