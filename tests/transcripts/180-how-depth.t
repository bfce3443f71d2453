# about: how --depth N shows the tree down to N levels and says how to see it whole; without it (not on a terminal) the whole tree; --json marks the nodes cut; task, hire and the report show every reason, none cut
# about: how --depth N shows the tree down to N levels and says how to see it whole; without it (not on a terminal) the whole tree; a bad depth is refused
# exit: 1
oficio> task t1 Hace las nóminas
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "nóminas": back office +2.0 [back-duties]
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
oficio> how --depth 1 p1 numeracy
position p1 needs "ease with numbers and maths": essential  [inferred]
  by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
  - p1 needs "ease with numbers and maths" (essential) because of t1  [back-skills]
      by rule need-from-task-duty: The task covers a duty that calls for this skill.
(shown to depth 1 of 3: 'how --depth 3 p1 numeracy' shows the whole tree)
oficio> how p1 numeracy --depth=2
position p1 needs "ease with numbers and maths": essential  [inferred]
  by rule position-skill: Of all the reasons, the one giving the skill the most importance counts.
  - p1 needs "ease with numbers and maths" (essential) because of t1  [back-skills]
      by rule need-from-task-duty: The task covers a duty that calls for this skill.
    - position p1 covers t1  [user]
    - task t1 covers the duty "payroll processing"  [lexicon]
        by rule duty-from-text: The task covers a duty because its text names it, and not only as what the work is about or as the place or means ("on social media").
    - payroll processing calls for "ease with numbers and maths": essential  [back-skills]
(shown to depth 2 of 3: 'how --depth 3 p1 numeracy' shows the whole tree)
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
oficio> how --depth 0 t1
error: --depth takes a whole number from 1 to 99, not '0'
oficio> how --depth
error: option '--depth' needs a value
oficio> how t1 p1 numeracy
error: 'how': wrong number of arguments, it takes 1 or 2 ids; usage: how [--depth N] ID [ID]
oficio> lang es
idioma: español (es)
oficio> como --depth 1 t1
la tarea t1: back office (confianza 0.67; front office 0.0, back office 2.0)  [intro]
  por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
  - la tarea t1 se describió como «Hace las nóminas»  [user]
  - 2.0 para back office: procesamiento de nóminas  [back-duties]
      por la regla evidence-from-duty: Cada función pertenece a un lado (front office o back office): cubrirla es evidencia de ese lado.
(mostrado hasta la profundidad 1 de 3: «como --depth 3 t1» muestra el árbol entero)
