# about: changing a candidate's skills, or a task a position covers, withdraws the fits that rested on them; why shows only the current support
oficio> position p1 payroll
position p1 kept (8 skills)
essential:
  oral and written communication (oral-written-communication)
      because of payroll processing, through back office [back-skills]
  ease with numbers and maths (numeracy)
      because of payroll processing [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of payroll processing, through back office [back-skills]
  basic computer skills (basic-computer)
      because of payroll processing, through back office [computer-skills]
  word processing (word-processing)
      because of payroll processing, through back office [computer-skills]
important:
  organisational ability (organization)
      because of payroll processing, through back office [back-skills]
  accounting software (accounting-software)
      because of payroll processing [inferred]
useful:
  software specific to the job (job-software)
      because of payroll processing, through back office [computer-skills]
oficio> candidate ana numeracy
candidate ana: ease with numbers and maths
oficio> why ana p1
ana fits p1 at 0.15 (from 0 to 1)
  by rule fit: The fit is the weight of the skills the candidate has over the weight of all the position needs (essential 1, important 0.6, useful 0.3).
  - ana has "ease with numbers and maths" (essential)  [inferred]
  - ana lacks "accounting software" (important)  [inferred]
  - ana lacks "oral and written communication" (essential)  [inferred]
  - ana lacks "organisational ability" (important)  [inferred]
  - ana lacks "document handling (correct filing, on-time dispatch)" (essential)  [inferred]
  - ana lacks "basic computer skills" (essential)  [inferred]
  - ana lacks "word processing" (essential)  [inferred]
  - ana lacks "software specific to the job" (useful)  [inferred]
Sections of the article: back-skills (Back office skills, which vary with the position); back-duties (Back office duties: administrative, legal and support work); computer-skills (Basic computer skills for both sides, with a different scope)
oficio> candidate ana accounting-software word-processing
candidate ana: accounting software, word processing
oficio> why ana p1
ana fits p1 at 0.25 (from 0 to 1)
  by rule fit: The fit is the weight of the skills the candidate has over the weight of all the position needs (essential 1, important 0.6, useful 0.3).
  - ana has "accounting software" (important)  [inferred]
  - ana has "word processing" (essential)  [inferred]
  - ana lacks "ease with numbers and maths" (essential)  [inferred]
  - ana lacks "oral and written communication" (essential)  [inferred]
  - ana lacks "organisational ability" (important)  [inferred]
  - ana lacks "document handling (correct filing, on-time dispatch)" (essential)  [inferred]
  - ana lacks "basic computer skills" (essential)  [inferred]
  - ana lacks "software specific to the job" (useful)  [inferred]
Sections of the article: back-duties (Back office duties: administrative, legal and support work); computer-skills (Basic computer skills for both sides, with a different scope); back-skills (Back office skills, which vary with the position)
oficio> (do-for-all-facts ((?f fit)) TRUE (printout t "fit " ?f:candidate " " ?f:position " " ?f:value crlf))
fit ana p1 0.25
oficio> task t2 keeps the books
t2: back office (confidence 0.67; front 0.0, back 2.0)
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
oficio> position p2 t2
position p2 kept (8 skills)
essential:
  oral and written communication (oral-written-communication)
      because of t2, through back office [back-skills]
  ease with numbers and maths (numeracy)
      because of t2, through bookkeeping [inferred]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of t2, through back office [back-skills]
  basic computer skills (basic-computer)
      because of t2, through back office [computer-skills]
  word processing (word-processing)
      because of t2, through back office [computer-skills]
  accounting software (accounting-software)
      because of t2, through bookkeeping [computer-skills]
important:
  organisational ability (organization)
      because of t2, through back office [back-skills]
useful:
  software specific to the job (job-software)
      because of t2, through back office [computer-skills]
oficio> match ana p2
ana fits 0.29
  has: word processing (essential), accounting software (essential)
  missing: oral and written communication (essential), ease with numbers and maths (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), organisational ability (important), software specific to the job (useful)
oficio> task t2 greets customers at the counter
t2: front office (confidence 0.75; front 3.0, back 0.0)
  + direct dealings with customers, from "at the counter, greets + customers": front office +3.0 [intro]
oficio> (do-for-all-facts ((?f fit)) (eq ?f:position p2) (printout t "fit " ?f:candidate " " ?f:position " " ?f:value crlf))
FALSE
oficio> match ana p2
ana fits 0.00
  has: -
  missing: interpersonal skills (essential), being articulate and well spoken (essential), effective communication (essential), active listening (essential), basic computer skills (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important)
