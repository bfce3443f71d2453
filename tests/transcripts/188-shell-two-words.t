# about: from the shell, a command named in two words (por qué) runs too
# args: --lang es --case fixtures/cases/good.json por qué desk
caso cargado de fixtures/cases/good.json (tareas: 2, puestos: 1, candidatos: 1)
la tarea desk: front office (confianza 0.81; front office 4.25, back office 0.0)
  por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
  - la tarea desk se describió como «greets visitors at the front desk»  [user]
  - 2.5 para front office: recepcionista  [front-duties]
  - 3.0 para front office: trato directo con clientes  [intro]
Secciones del artículo: intro (Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente); front-duties (Funciones de front office: tratar con los clientes para generar ventas)
