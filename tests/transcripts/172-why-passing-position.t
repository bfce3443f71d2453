# about: why and how about a candidate and a role or task (a passing position, not a kept one) name what it covers, never an internal name
oficio> candidate pilar numeracy
candidate pilar: ease with numbers and maths
oficio> why pilar accountant
pilar fits accountant at 0.14 (from 0 to 1)
  by rule fit: The fit is the weight of the skills the candidate has over the weight of all the position needs (essential 1, important 0.6, useful 0.3).
  - pilar has "ease with numbers and maths" (essential)  [inferred]
  - pilar lacks "organisational ability" (essential)  [inferred]
  - pilar lacks "accounting software" (essential)  [inferred]
  - pilar lacks "oral and written communication" (essential)  [inferred]
  - pilar lacks "document handling (correct filing, on-time dispatch)" (essential)  [inferred]
  - pilar lacks "basic computer skills" (essential)  [inferred]
  - pilar lacks "word processing" (essential)  [inferred]
  - pilar lacks "software specific to the job" (useful)  [inferred]
Sections of the article: back-skills (Back office skills, which vary with the position); back-duties (Back office duties: administrative, legal and support work); computer-skills (Basic computer skills for both sides, with a different scope)
oficio> task t1 Hace las nóminas
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "nóminas": back office +2.0 [back-duties]
oficio> why pilar t1
pilar fits t1 at 0.15 (from 0 to 1)
  by rule fit: The fit is the weight of the skills the candidate has over the weight of all the position needs (essential 1, important 0.6, useful 0.3).
  - pilar has "ease with numbers and maths" (essential)  [inferred]
  - pilar lacks "accounting software" (important)  [inferred]
  - pilar lacks "oral and written communication" (essential)  [inferred]
  - pilar lacks "organisational ability" (important)  [inferred]
  - pilar lacks "document handling (correct filing, on-time dispatch)" (essential)  [inferred]
  - pilar lacks "basic computer skills" (essential)  [inferred]
  - pilar lacks "word processing" (essential)  [inferred]
  - pilar lacks "software specific to the job" (useful)  [inferred]
Sections of the article: back-skills (Back office skills, which vary with the position); back-duties (Back office duties: administrative, legal and support work); intro (Introduction: every small business has tasks with and without direct customer contact); computer-skills (Basic computer skills for both sides, with a different scope)
oficio> lang es
idioma: español (es)
oficio> porque pilar contador/a
pilar encaja en contador/a en un 0.14 (de 0 a 1)
  por la regla fit: El ajuste es el peso de las habilidades que tiene entre el peso de todas las que el puesto necesita (esencial 1, importante 0.6, útil 0.3).
  - pilar tiene «soltura con números y cálculo» (imprescindible)  [inferred]
  - a pilar le falta «capacidad de organización» (imprescindible)  [inferred]
  - a pilar le falta «programas de contabilidad» (imprescindible)  [inferred]
  - a pilar le falta «comunicación oral y escrita» (imprescindible)  [inferred]
  - a pilar le falta «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible)  [inferred]
  - a pilar le falta «informática básica» (imprescindible)  [inferred]
  - a pilar le falta «procesador de textos» (imprescindible)  [inferred]
  - a pilar le falta «programas propios del puesto» (útil)  [inferred]
Secciones del artículo: back-skills (Habilidades de back office, que varían según el puesto); back-duties (Funciones de back office: trabajo administrativo, legal y de apoyo); computer-skills (Informática básica para ambos lados, con distinto alcance)
