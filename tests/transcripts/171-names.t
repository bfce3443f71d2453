# about: a name is one thing (a task, a kept position, a candidate or an id of the knowledge): a name taken by another kind of thing is refused, saying which; names are found without regard to case
# exit: 1
oficio> task t1 Hace las nóminas
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "nóminas": back office +2.0 [back-duties]
oficio> position t1 receptionist
error: 't1' already names a task: choose another name
oficio> position cashier t1
error: 'cashier' already names cashier in the knowledge (a role): choose another name
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
oficio> candidate p1 numeracy
error: 'p1' already names a kept position: choose another name
oficio> candidate cashier numeracy
error: 'cashier' already names cashier in the knowledge (a role): choose another name
oficio> candidate Ana numeracy
candidate Ana: ease with numbers and maths
oficio> task ana greets visitors
error: 'ana' already names a candidate: choose another name
oficio> task payroll Hace las nóminas
error: 'payroll' already names payroll processing in the knowledge (a duty): choose another name
oficio> ask p1
error: 'p1' already names a kept position: choose another name
oficio> match ana P1
Ana fits 0.15
  has: ease with numbers and maths (essential)
  missing: oral and written communication (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), word processing (essential), organisational ability (important), accounting software (important), software specific to the job (useful)
oficio> candidate ANA numeracy patience
candidate Ana: ease with numbers and maths, patience
oficio> rank p1
1. Ana 0.15  (missing: oral and written communication, document handling (correct filing, on-time dispatch), basic computer skills, ...)
oficio> why T1
task t1 is back office (confidence 0.67; front office 0.0, back office 2.0)
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as "Hace las nóminas"  [user]
  - 2.0 for back office: payroll processing  [back-duties]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); back-duties (Back office duties: administrative, legal and support work)
oficio> task T1 Paga a los proveedores
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + accounts payable, from "Paga a los proveedores": back office +2.0 [back-duties]
oficio> tasks
  t1  back office  0.67  Paga a los proveedores
oficio> lang es
idioma: español (es)
oficio> puesto t1 recepcionista
error: «t1» ya nombra una tarea: elija otro nombre
oficio> candidato recepcionista paciencia
error: «recepcionista» ya nombra «recepcionista» del conocimiento (role): elija otro nombre
