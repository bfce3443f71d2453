# about: (reset) and (clear) typed by a CLIPS user keep the session: its tasks, positions and candidates are asserted again (the knowledge loaded again after a clear)
oficio> task t1 Hace las nóminas
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "nóminas": back office +2.0 [back-duties]
oficio> candidate ana numeracy
candidate ana: ease with numbers and maths
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
oficio> (reset)
note: (reset) keeps the session: its tasks, positions and candidates were asserted again (the command 'reset' forgets them)
oficio> tasks
  t1  back office  0.67  Hace las nóminas
oficio> match ana p1
ana fits 0.15
  has: ease with numbers and maths (essential)
  missing: oral and written communication (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), word processing (essential), organisational ability (important), accounting software (important), software specific to the job (useful)
oficio> why t1
task t1 is back office (confidence 0.67; front office 0.0, back office 2.0)
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as "Hace las nóminas"  [user]
  - 2.0 for back office: payroll processing  [back-duties]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); back-duties (Back office duties: administrative, legal and support work)
oficio> (facts 0 0)
f-0     (initial-fact)
For a total of 1 fact.
oficio> (clear)
note: (clear) removed the knowledge: it was loaded again, and the session with it (the command 'reset' forgets the session)
oficio> tasks
  t1  back office  0.67  Hace las nóminas
oficio> match ana p1
ana fits 0.15
  has: ease with numbers and maths (essential)
  missing: oral and written communication (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), word processing (essential), organisational ability (important), accounting software (important), software specific to the job (useful)
oficio> skills back-office
essential:
  oral and written communication (oral-written-communication)
      because of back office [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of back office [back-skills]
  basic computer skills (basic-computer)
      because of back office [computer-skills]
  word processing (word-processing)
      because of back office [computer-skills]
important:
  organisational ability (organization)
      because of back office [back-skills]
useful:
  software specific to the job (job-software)
      because of back office [computer-skills]
oficio> lang es
idioma: español (es)
oficio> (reset)
nota: (reset) conserva la sesión: sus tareas, puestos y candidatos se afirmaron de nuevo (la orden «reiniciar» los olvida)
oficio> reiniciar
sesión borrada: tareas, puestos, candidatos y hechos tecleados olvidados
oficio> (reset)
oficio> tareas
aún no hay tareas: describa una con «tarea ID TEXTO»
