# args: --lang es
# about: como y porque en español, con la procedencia de cada razón
oficio> tarea t1 atiende a los clientes en la tienda
t1: front office (confianza 0.75; front 3.0, back 0.0)
  + trato directo con clientes, por «atiende + clientes»: front office +3.0 [intro]
oficio> como t1
la tarea t1: front office (confianza 0.75; front office 3.0, back office 0.0)  [intro]
  por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
  - la tarea t1 se describió como «atiende a los clientes en la tienda»  [user]
  - 3.0 para front office: trato directo con clientes  [intro]
      por la regla dealing-with-party: Una acción que se hace con alguien toma su lado de con quién se hace: clientes, front office; personal, proveedores u organismos, back office.
    - el texto dice «atiende»: atender (action, frase del léxico «atender», parte 1 del texto, relación none, negada: no)  [user]
    - «atender» es una acción de tipo meet (con quién, si nadie se nombra: clientes; evidencia por sí sola de: none)  [inferred]
    - el texto dice «clientes»: clientes (party, frase del léxico «cliente», parte 1 del texto, relación to, negada: no)  [user]
    - tratar con «clientes» es: trato directo con clientes  [inferred]
    - criterio del artículo: trato directo con clientes (front office)  [intro]
oficio> porque t1
la tarea t1: front office (confianza 0.75; front office 3.0, back office 0.0)
  por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
  - la tarea t1 se describió como «atiende a los clientes en la tienda»  [user]
  - 3.0 para front office: trato directo con clientes  [intro]
Secciones del artículo: intro (Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente)
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
oficio> como p1 paciencia
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
