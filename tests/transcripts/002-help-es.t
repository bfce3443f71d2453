# about: the same help in Spanish
# args: --lang es
# exit: 1
oficio> ayuda
Órdenes (nombre en español, alias en inglés):
  tarea ID TEXTO... [NOMBRE=VALOR...]            describe una tarea (o la redescribe): su lado, confianza y razones (task)
  tareas                                         todas las tareas con su lado y confianza (tasks)
  olvidar ID                                     olvida una tarea (forget)
  clasificar TEXTO... [NOMBRE=VALOR...]          clasifica una tarea sin guardarla (classify)
  roles                                          los roles del artículo y su lado
  rol ID                                         un rol: su lado, funciones y habilidades (role)
  funciones                                      las funciones y su lado (duties)
  habilidades [LADO]                             las habilidades, o las que necesita un lado (skills)
  contratar ID...                                las habilidades de un puesto que cubre estos roles, funciones o tareas (hire)
  puesto NOMBRE ID...|--desde FICHERO            nombra un puesto que cubre roles, funciones o tareas, o lo lee de una descripción de puesto (position)
  candidato NOMBRE HABILIDAD...|--desde FICHERO  registra las habilidades de un candidato (ids o nombres), o las lee de un CV (candidate)
  evaluar NOMBRE ID...                           cuánto encaja un candidato en un puesto (match)
  ordenar ID...                                  los candidatos ordenados por su encaje en un puesto (rank)
  preguntar [ID-TAREA]                           una entrevista guiada sobre una tarea (una nueva si no se da id) (ask)
  como [--depth N] ID [ID]                       por qué vale una conclusión, en árbol: como TAREA, como PUESTO HABILIDAD, como CANDIDATO PUESTO (how)
  porque ID [ID]                                 las razones decisivas de una conclusión (ids como en como) y las secciones del artículo (why)
  guardar FICHERO                                guarda lo dicho (tareas, puestos, candidatos) en un fichero de caso (save)
  cargar FICHERO                                 sustituye la sesión por un caso guardado y vuelve a sacar sus conclusiones (load)
  informe [FICHERO]                              la consulta como informe en Markdown, en pantalla o en FICHERO (report)
  ayuda [ORDEN]                                  muestra las órdenes, o cómo se usa una (help)
  idioma [es|en]                                 muestra o cambia el idioma de los mensajes (lang)
  reiniciar                                      borra la sesión: olvida tareas, puestos y candidatos (reset)
  revisar [RUTA...]                              revisa el conocimiento (con estos ficheros o carpetas encima) en busca de errores (check)
  recargar                                       vuelve a leer los ficheros de conocimiento, conservando la sesión (reload)
  salir                                          sale de oficio (quit)
Una línea que empieza por «(» va a CLIPS; puede ocupar varias líneas.
Escriba «ayuda ORDEN» para ver una orden. El tabulador completa órdenes y argumentos.
oficio> ayuda salir
uso: salir
  sale de oficio
ejemplo: salir
(también: quit)
oficio> ayuda nada
error: no hay ninguna orden «nada» (escriba «ayuda»)
oficio> help help
uso: ayuda [ORDEN]
  muestra las órdenes, o cómo se usa una
argumentos:
  ORDEN  una orden, por su nombre en español o en inglés
ejemplo: ayuda tarea
(también: help)
