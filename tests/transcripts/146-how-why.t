# about: how and why for a task, a skill a position needs and a candidate's fit, and the errors
# exit: 1
oficio> task t1 Hace las nóminas
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "nóminas": back office +2.0 [back-duties]
oficio> how t1
task t1 is back office (confidence 0.67; front office 0.0, back office 2.0)  [intro]
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as "Hace las nóminas"  [user]
  - 2.0 for back office: payroll processing  [back-duties]
      by rule evidence-from-duty: Each duty belongs to one side (front or back office): covering it is evidence for that side.
    - task t1 covers the duty "payroll processing"  [lexicon]
        by rule duty-from-text: The task covers a duty because its text names it, and not only as what the work is about or as the place or means ("on social media").
      - the text says "nóminas": payroll processing (duty, lexicon phrase "nómina", part 1 of the text, relation none, negated: no)  [user]
      - the duty "payroll processing" is back office  [back-duties]
oficio> why t1
task t1 is back office (confidence 0.67; front office 0.0, back office 2.0)
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as "Hace las nóminas"  [user]
  - 2.0 for back office: payroll processing  [back-duties]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); back-duties (Back office duties: administrative, legal and support work)
oficio> position p1 t1
position p1 kept (8 skills)
essential:
  oral and written communication (oral-written-communication)
      because of t1, through back office [back-skills]
  ease with numbers and maths (numeracy)
      because of t1, through payroll processing [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of t1, through back office [back-skills]
  basic computer skills (basic-computer)
      because of t1, through back office [computer-skills]
  word processing (word-processing)
      because of t1, through back office [computer-skills]
important:
  organisational ability (organization)
      because of t1, through back office [back-skills]
  accounting software (accounting-software)
      because of t1, through payroll processing [inferred]
useful:
  software specific to the job (job-software)
      because of t1, through back office [computer-skills]
oficio> how p1 numeracy
position p1 needs "ease with numbers and maths": essential  [inferred]
  by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
  - p1 needs "ease with numbers and maths" (essential) because of t1  [back-skills]
      by rule need-from-task-duty: The task covers a duty that calls for this skill.
    - position p1 covers t1  [user]
    - task t1 covers the duty "payroll processing"  [lexicon]
        by rule duty-from-text: The task covers a duty because its text names it, and not only as what the work is about or as the place or means ("on social media").
      - the text says "nóminas": payroll processing (duty, lexicon phrase "nómina", part 1 of the text, relation none, negated: no)  [user]
      - the duty "payroll processing" is back office  [back-duties]
    - payroll processing calls for "ease with numbers and maths": essential  [back-skills]
oficio> why p1 "ease with numbers and maths"
position p1 needs "ease with numbers and maths": essential
  by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
  - p1 needs "ease with numbers and maths" (essential) because of t1  [back-skills]
Sections of the article: back-skills (Back office skills, which vary with the position); back-duties (Back office duties: administrative, legal and support work)
oficio> candidate ana numeracy word-processing
candidate ana: ease with numbers and maths, word processing
oficio> why ana p1
ana fits p1 at 0.31 (from 0 to 1)
  by rule fit: The fit is the weight of the skills the candidate has over the weight of all the position needs (essential 1, important 0.6, useful 0.3).
  - ana has "ease with numbers and maths" (essential)  [inferred]
  - ana has "word processing" (essential)  [inferred]
  - ana lacks "accounting software" (important)  [inferred]
  - ana lacks "oral and written communication" (essential)  [inferred]
  - ana lacks "organisational ability" (important)  [inferred]
  - ana lacks "document handling (correct filing, on-time dispatch)" (essential)  [inferred]
  - ana lacks "basic computer skills" (essential)  [inferred]
  - ana lacks "software specific to the job" (useful)  [inferred]
Sections of the article: back-skills (Back office skills, which vary with the position); back-duties (Back office duties: administrative, legal and support work); computer-skills (Basic computer skills for both sides, with a different scope); intro (Introduction: every small business has tasks with and without direct customer contact)
oficio> how t9
error: no task 't9' (try 'tasks')
oficio> how p1 interpersonal
error: no such conclusion: 'interpersonal' (how TASK, how POSITION SKILL, how CANDIDATE POSITION)
oficio> how p1 juggling
error: no skill called 'juggling' (try 'skills')
oficio> why
error: 'why': wrong number of arguments, it takes 1 to 2; usage: why ID [ID]
