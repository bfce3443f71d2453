# args: --lang es
# about: lo mismo en español: porque, ayuda, una respuesta rechazada, atras, salir y volver a preguntar
# exit: 1
oficio> tarea t1 organiza eventos
t1: desconocido (sin evidencia suficiente) (confianza 0.00; front 0.0, back 0.0)
  no se halló evidencia: diga más de la tarea, o declare atributos (nombre=valor)
oficio> preguntar t1
Entrevista sobre la tarea t1: responda a cada pregunta, o escriba «ayuda».
[t1] ¿La tarea supone tratar directamente con clientes?
  1) sí, 2) no, ? no sé
oficio?> porque
La hace la regla ask-criterion: Nada de lo dicho habla aún de este criterio del artículo, y la respuesta puede decidir el lado abierto.
Conclusión abierta sobre la tarea t1: desconocido (sin evidencia suficiente) (confianza 0.00).
La respuesta es evidencia de: trato directo con clientes [intro]; sin trato con clientes [intro].
oficio?> ayuda
Responda con un número o una palabra de la lista («?» si no lo sabe). También:
  porque  por qué se hace esta pregunta
  atras   retira la respuesta anterior y la vuelve a preguntar
  salir   deja la entrevista, conservando las respuestas dadas
  ayuda   esta lista
oficio?> quizá
error: «quizá» no es una respuesta a esta pregunta; responda 1) sí, 2) no, ? no sé, o porque, atras, salir, ayuda
[t1] ¿La tarea supone tratar directamente con clientes?
  1) sí, 2) no, ? no sé
oficio?> no
[t1] ¿Su fin es generar ventas?
  1) sí, 2) no, ? no sé
oficio?> atrás
Respuesta a «¿La tarea supone tratar directamente con clientes?» retirada.
[t1] ¿La tarea supone tratar directamente con clientes?
  1) sí, 2) no, ? no sé
oficio?> 2
[t1] ¿Su fin es generar ventas?
  1) sí, 2) no, ? no sé
oficio?> salir
Entrevista abandonada; se conservan las respuestas dadas (1).
oficio> preguntar t1
Entrevista sobre la tarea t1: responda a cada pregunta, o escriba «ayuda».
[t1] ¿Su fin es generar ventas?
  1) sí, 2) no, ? no sé
oficio?> 2
[t1] ¿De qué naturaleza es el trabajo?
  1) administrativa, 2) legal, 3) de apoyo, 4) comercial, ? no sé
oficio?> 1
Conclusión:
t1: back office (confianza 0.75; front 0.0, back 3.0)
  + sin trato con clientes, por «contact=no»: back office +2.0 [intro]
  + trabajo administrativo, legal o de apoyo, por «nature=administrative»: back office +1.00 (de 2.0: cada razón más cuenta menos) [back-duties]
Secciones del artículo: intro (Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente); back-duties (Funciones de back office: trabajo administrativo, legal y de apoyo)
