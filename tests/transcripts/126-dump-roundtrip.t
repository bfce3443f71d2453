# about: the knowledge written by --dump-kb answers exactly as the built-in (the same session as 000-readme.t)
# before: --dump-kb dumped
# args: --kb dumped
# exit: 1
oficio> task t1 Hace las nóminas y paga a los proveedores
t1: back office (confidence 0.75; front 0.0, back 3.0)
  + accounts payable, from "paga a los proveedores": back office +2.0 [back-duties]
  + payroll processing, from "nóminas": back office +1.00 (of 2.0: each further reason counts less) [back-duties]
oficio> classify greets visitors at the front desk and books appointments
front office (confidence 0.83; front 4.8, back 0.0)
  + direct dealings with customers, from "greets + visitors": front office +3.0 [intro]
  + receptionist, from "front desk": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
  + scheduling appointments, from "books appointments": front office +0.50 (of 2.0: each further reason counts less) [computer-skills]
oficio> classify no customer contact, just bookkeeping
back office (confidence 0.75; front 0.0, back 3.0)
  + bookkeeping, from "bookkeeping": back office +2.0 [back-duties]
  + no dealings with customers, from "customer contact": back office +1.00 (of 2.0: each further reason counts less) [intro]
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
oficio> candidate ana "escucha activa" interpersonal numeracy
candidate ana: active listening, interpersonal skills, ease with numbers and maths
oficio> match ana receptionist
ana fits 0.27
  has: interpersonal skills (essential), active listening (essential)
  missing: being articulate and well spoken (essential), effective communication (essential), basic computer skills (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important)
oficio> idioma es
idioma: español (es)
oficio> tareas
  t1  back office  0.75  Hace las nóminas y paga a los proveedores
oficio> bogus
error: orden desconocida «bogus» (escriba «ayuda» para ver la lista)
