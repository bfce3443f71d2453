# about: help COMMAND gives the usage, what each argument is, the attributes a task may state (from the knowledge) where the command takes them, and an example, in either language
oficio> help task
usage: task ID TEXT... [NAME=VALUE...]
  describe a task (again): its side, confidence and reasons
arguments:
  ID       a name for the task: letters, digits, '-', '_', '.' (t1, payroll)
  TEXT...  what is done, and with whom, in your own words (Spanish or English)
attributes a task may state, as NAME=VALUE at the end:
  contact=yes|no|unknown                          does it deal directly with customers? (also contacto=)
  sales=yes|no|unknown                            is its aim to generate sales? (also ventas=)
  nature=administrative|legal|support|commercial  nature of the work (also naturaleza=)
  vendors=yes|no|unknown                          does it deal with vendors or suppliers? (also proveedores=)
  duty=any duty id                                a duty it covers (a duty id) (also funcion=)
example: task t1 greets visitors at the front desk contact=yes
(also: tarea)
oficio> help candidate
usage: candidate NAME SKILL...|--from FILE
  record a candidate's skills (ids or labels), or read them from a CV
arguments:
  NAME         the candidate's name, not used by anything else (ana)
  SKILL...     skills by id or label, a label with spaces in quotes (see skills); typed again, they replace the candidate's skills
  --from FILE  a CV or a short profile (text, - for standard input): the skills it names, and those the duties it says the person did and the jobs they held need, each with its words
example: candidate ana "active listening" numeracy
(also: candidato)
oficio> help how
usage: how [--depth N] ID [ID]
  why a conclusion holds, as a tree: how TASK, how POSITION SKILL, how CANDIDATE POSITION
arguments:
  --depth N  show N levels under the conclusion (at a terminal 3, elsewhere all)
  ID [ID]    a task; a position and a skill it needs; a candidate and a position
example: how front-desk "active listening"
(also: como)
oficio> help ask
usage: ask [TASK-ID]
  a guided interview about a task (a new one without an id)
arguments:
  TASK-ID  a task to say more about, or a new one's name; at a question:
           a number or a word of the list, ? (don't know), why, back, quit, help
example: ask t1
(also: preguntar)
oficio> lang es
idioma: español (es)
oficio> ayuda clasificar
uso: clasificar TEXTO... [NOMBRE=VALOR...]
  clasifica una tarea sin guardarla
argumentos:
  TEXTO...  qué se hace, y con quién, con sus palabras (en español o en inglés)
atributos que una tarea puede declarar, como NOMBRE=VALOR al final:
  contact=yes|no|unknown                          ¿trata directamente con clientes? (también contacto=)
  sales=yes|no|unknown                            ¿su fin es generar ventas? (también ventas=)
  nature=administrative|legal|support|commercial  naturaleza del trabajo (también naturaleza=)
  vendors=yes|no|unknown                          ¿trata con proveedores? (también proveedores=)
  duty=cualquier id de duty                       una función que cubre (id de función) (también funcion=)
ejemplo: clasificar sin trato con clientes, solo contabilidad
(también: classify)
oficio> ayuda evaluar
uso: evaluar NOMBRE ID...
  cuánto encaja un candidato en un puesto
argumentos:
  NOMBRE  un candidato (vea candidato)
  ID...   un puesto guardado, o lo que cubre un puesto: lados, roles, funciones, tareas
ejemplo: evaluar ana mostrador
(también: match)
