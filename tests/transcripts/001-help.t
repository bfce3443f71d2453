# about: help lists every command; help COMMAND shows its usage; wrong arguments
# exit: 1
oficio> help
Commands (English name, Spanish alias):
  task ID TEXT... [NAME=VALUE...]      describe a task (again): its side, confidence and reasons (tarea)
  tasks                                every task with its side and confidence (tareas)
  forget ID                            forget a task (olvidar)
  classify TEXT... [NAME=VALUE...]     classify a task without keeping it (clasificar)
  roles                                the article's jobs and their sides
  role ID                              a job: its side, duties and the skills it needs (rol)
  duties                               the duties and their sides (funciones)
  skills [SIDE]                        the skills, or those a side needs (habilidades)
  hire ID...                           the skills a position covering these roles, duties or tasks needs (contratar)
  position NAME ID...|--from FILE      name a position covering roles, duties or tasks, or read one from a job description (puesto)
  candidate NAME SKILL...|--from FILE  record a candidate's skills (ids or labels), or read them from a CV (candidato)
  match NAME ID...                     how well a candidate fits a position (evaluar)
  rank ID...                           the candidates ordered by fit for a position (ordenar)
  ask [TASK-ID]                        a guided interview about a task (a new one without an id) (preguntar)
  how [--depth N] ID [ID]              why a conclusion holds, as a tree: how TASK, how POSITION SKILL, how CANDIDATE POSITION (como)
  why ID [ID]                          the decisive reasons for a conclusion (ids as for how) and the article's sections (porque)
  save FILE                            save what was said (tasks, positions, candidates) to a case file (guardar)
  load FILE                            replace the session with a saved case, and draw its conclusions again (cargar)
  report [FILE]                        the consultation as a Markdown report, on the screen or into FILE (informe)
  help [COMMAND]                       show the commands, or how to use one (ayuda)
  lang [es|en]                         show or change the language of messages (idioma)
  reset                                clear the session: forget tasks, positions and candidates (reiniciar)
  check [PATH...]                      check the knowledge (with these files or folders on top) for errors (revisar)
  reload                               read the knowledge files again, keeping the session (recargar)
  quit                                 leave oficio (salir)
A line that starts with '(' goes to CLIPS; it may span several lines.
Type 'help COMMAND' for one command. Tab completes commands and arguments.
oficio> help quit
usage: quit
  leave oficio
example: quit
(also: salir)
oficio> ayuda idioma
usage: lang [es|en]
  show or change the language of messages
arguments:
  es|en  the language to change to (without it, the language now)
example: lang es
(also: idioma)
oficio> help bogus
error: no command named 'bogus' (type 'help')
oficio> help quit lang
error: 'help': wrong number of arguments, it takes at most 1; usage: help [COMMAND]
oficio> ayuda
Commands (English name, Spanish alias):
  task ID TEXT... [NAME=VALUE...]      describe a task (again): its side, confidence and reasons (tarea)
  tasks                                every task with its side and confidence (tareas)
  forget ID                            forget a task (olvidar)
  classify TEXT... [NAME=VALUE...]     classify a task without keeping it (clasificar)
  roles                                the article's jobs and their sides
  role ID                              a job: its side, duties and the skills it needs (rol)
  duties                               the duties and their sides (funciones)
  skills [SIDE]                        the skills, or those a side needs (habilidades)
  hire ID...                           the skills a position covering these roles, duties or tasks needs (contratar)
  position NAME ID...|--from FILE      name a position covering roles, duties or tasks, or read one from a job description (puesto)
  candidate NAME SKILL...|--from FILE  record a candidate's skills (ids or labels), or read them from a CV (candidato)
  match NAME ID...                     how well a candidate fits a position (evaluar)
  rank ID...                           the candidates ordered by fit for a position (ordenar)
  ask [TASK-ID]                        a guided interview about a task (a new one without an id) (preguntar)
  how [--depth N] ID [ID]              why a conclusion holds, as a tree: how TASK, how POSITION SKILL, how CANDIDATE POSITION (como)
  why ID [ID]                          the decisive reasons for a conclusion (ids as for how) and the article's sections (porque)
  save FILE                            save what was said (tasks, positions, candidates) to a case file (guardar)
  load FILE                            replace the session with a saved case, and draw its conclusions again (cargar)
  report [FILE]                        the consultation as a Markdown report, on the screen or into FILE (informe)
  help [COMMAND]                       show the commands, or how to use one (ayuda)
  lang [es|en]                         show or change the language of messages (idioma)
  reset                                clear the session: forget tasks, positions and candidates (reiniciar)
  check [PATH...]                      check the knowledge (with these files or folders on top) for errors (revisar)
  reload                               read the knowledge files again, keeping the session (recargar)
  quit                                 leave oficio (salir)
A line that starts with '(' goes to CLIPS; it may span several lines.
Type 'help COMMAND' for one command. Tab completes commands and arguments.
