# about: Spanish: rol for a job of the article and puesto for a kept position, never one word for both; no adjective that disagrees with "tarea" (la tarea t1: desconocido)
# args: --lang es
oficio> tarea t1 algo bastante vago
t1: desconocido (sin evidencia suficiente) (confianza 0.00; front 0.0, back 0.0)
  no se halló evidencia: diga más de la tarea, o declare atributos (nombre=valor)
oficio> porque t1
la tarea t1: desconocido (sin evidencia suficiente) (confianza 0.00; front office 0.0, back office 0.0)
  por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
  - la tarea t1 se describió como «algo bastante vago»  [user]
Secciones del artículo: intro (Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente)
oficio> ayuda contratar
uso: contratar ID...
  las habilidades de un puesto que cubre estos roles, funciones o tareas
argumentos:
  ID...  lados, roles, funciones (ids o nombres), tareas o puestos guardados
ejemplo: contratar recepcionista t1
(también: hire)
oficio> puesto p1 recepcionista
puesto p1 guardado (9 habilidades)
imprescindible:
  habilidades interpersonales (interpersonal)
      por recepcionista, a través de front office [front-skills]
  expresarse con claridad (ser articulado) (articulate)
      por recepcionista, a través de front office [front-skills]
  comunicación eficaz (communication)
      por recepcionista, a través de front office [front-skills]
  escucha activa (active-listening)
      por recepcionista, a través de atención de solicitudes de clientes [front-skills]
      por recepcionista, a través de front office [front-skills]
  informática básica (basic-computer)
      por recepcionista, a través de programación de citas [computer-skills]
      por recepcionista, a través de front office [computer-skills]
importante:
  trato amable y cordial (friendly-personality)
      por recepcionista, a través de front office [front-skills]
      por recepcionista, a través de imagen y reputación del negocio [inferred]
  paciencia (patience)
      por recepcionista, a través de front office [front-skills]
      por recepcionista, a través de atención de solicitudes de clientes [inferred]
  saber hacer las preguntas adecuadas (questioning-techniques)
      por recepcionista, a través de atención de solicitudes de clientes [front-skills]
      por recepcionista, a través de front office [front-skills]
  gestión de conflictos (conflict-management)
      por recepcionista, a través de atención de solicitudes de clientes [front-skills]
      por recepcionista, a través de front office [front-skills]
oficio> como --depth 3 p1 paciencia
el puesto p1 necesita «paciencia»: importante  [inferred]
  por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
  - p1 necesita «paciencia» (importante) por recepcionista  [front-skills]
      por la regla need-from-role-side: El rol es de un lado, y el artículo dice qué habilidades necesita ese lado.
    - el puesto p1 cubre recepcionista  [user]
    - el rol «recepcionista» es de front office  [front-duties]
        por la regla role-side: El artículo pone este rol en este lado.
      - el artículo cita el rol «recepcionista»  [front-duties]
    - front office pide «paciencia»: importante  [front-skills]
  - p1 necesita «paciencia» (importante) por recepcionista  [inferred]
      por la regla need-from-role-duty: El rol realiza esta función, y la función pide esta habilidad.
    - el puesto p1 cubre recepcionista  [user]
    - el rol «recepcionista» realiza la función «atención de solicitudes de clientes»  [inferred]
    - atención de solicitudes de clientes pide «paciencia»: importante  [inferred]
