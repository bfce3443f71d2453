# about: forgiveness: commands without regard to case or accents (Tasks, TAREAS, cómo, por qué), front and back as sides, skill synonyms from the knowledge, and "did you mean" for commands, ids, skills and labels
# exit: 1
oficio> task t1 Hace las nóminas
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "nóminas": back office +2.0 [back-duties]
oficio> Tasks
  t1  back office  0.67  Hace las nóminas
oficio> TAREAS
  t1  back office  0.67  Hace las nóminas
oficio> skills back
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
oficio> candidate ana "don de gentes" "manejo de conflictos" Paciencia
candidate ana: interpersonal skills, conflict management, patience
oficio> tsk t2 greets visitors
error: unknown command 'tsk'; did you mean 'task' or 'ask'? (type 'help' for the list)
oficio> help tsk
error: no command named 'tsk'; did you mean 'task' or 'ask'? (type 'help')
oficio> candidate bob comunication
error: no skill called 'comunication' (try 'skills'); did you mean 'communication'?
oficio> candidate bob organisation
error: no skill called 'organisation' (try 'skills'); did you mean 'organization'?
oficio> hire contavilidad
error: nothing called 'contavilidad': no side, role, duty, task or position (try 'roles', 'duties', 'tasks'); did you mean 'contabilidad'?
oficio> skills frnt
error: 'frnt' is not a side; the sides are: front-office, back-office; did you mean 'front'?
oficio> why t2
error: no task 't2' (try 'tasks')
oficio> match anna t1
error: no candidate 'anna' (add one with 'candidate NAME SKILL...'); did you mean 'ana'?
oficio> lang es
idioma: español (es)
oficio> cómo t1
la tarea t1: back office (confianza 0.67; front office 0.0, back office 2.0)  [intro]
  por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
  - la tarea t1 se describió como «Hace las nóminas»  [user]
  - 2.0 para back office: procesamiento de nóminas  [back-duties]
      por la regla evidence-from-duty: Cada función pertenece a un lado (front office o back office): cubrirla es evidencia de ese lado.
    - la tarea t1 cubre la función «procesamiento de nóminas»  [lexicon]
        por la regla duty-from-text: La tarea cubre una función porque su texto la nombra, y no solo como aquello sobre lo que se trabaja o como el lugar o el medio («en redes sociales»).
      - el texto dice «nóminas»: procesamiento de nóminas (duty, frase del léxico «nómina», parte 1 del texto, relación none, negada: no)  [user]
      - la función «procesamiento de nóminas» es de back office  [back-duties]
oficio> por qué t1
la tarea t1: back office (confianza 0.67; front office 0.0, back office 2.0)
  por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
  - la tarea t1 se describió como «Hace las nóminas»  [user]
  - 2.0 para back office: procesamiento de nóminas  [back-duties]
Secciones del artículo: intro (Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente); back-duties (Funciones de back office: trabajo administrativo, legal y de apoyo)
oficio> Porqué t1
la tarea t1: back office (confianza 0.67; front office 0.0, back office 2.0)
  por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
  - la tarea t1 se describió como «Hace las nóminas»  [user]
  - 2.0 para back office: procesamiento de nóminas  [back-duties]
Secciones del artículo: intro (Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente); back-duties (Funciones de back office: trabajo administrativo, legal y de apoyo)
oficio> habilidades front
imprescindible:
  habilidades interpersonales (interpersonal)
      por front office [front-skills]
  expresarse con claridad (ser articulado) (articulate)
      por front office [front-skills]
  comunicación eficaz (communication)
      por front office [front-skills]
  escucha activa (active-listening)
      por front office [front-skills]
  informática básica (basic-computer)
      por front office [computer-skills]
importante:
  trato amable y cordial (friendly-personality)
      por front office [front-skills]
  paciencia (patience)
      por front office [front-skills]
  saber hacer las preguntas adecuadas (questioning-techniques)
      por front office [front-skills]
  gestión de conflictos (conflict-management)
      por front office [front-skills]
oficio> candidato bob comunicacion
error: ninguna habilidad se llama «comunicacion» (pruebe «habilidades»); ¿quería decir "comunicación eficaz", "comunicación oral y escrita" o "habilidades de comunicación"?
oficio> candidato bob "escucha activ"
error: ninguna habilidad se llama «escucha activ» (pruebe «habilidades»); ¿quería decir "escucha activa"?
oficio> contratar recepcionist
error: nada se llama «recepcionist»: ningún lado, rol, función, tarea ni puesto (pruebe «roles», «funciones», «tareas»); ¿quería decir «receptionist» o «recepcionista»?
