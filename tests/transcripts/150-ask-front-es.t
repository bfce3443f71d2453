# args: --lang es
# about: una entrevista en español que acaba en front office; luego como muestra la respuesta en el árbol
oficio> preguntar caja
Entrevista sobre la tarea caja: responda a cada pregunta, o escriba «ayuda».
[caja] Describa la tarea en pocas palabras (qué se hace y con quién).
  (escriba la descripción, o «?» para saltarla)
oficio?> lleva la caja de la tienda
[caja] ¿La tarea supone tratar directamente con clientes?
  1) sí, 2) no, ? no sé
oficio?> sí
Conclusión:
caja: front office (confianza 0.75; front 3.0, back 0.0)
  + trato directo con clientes, por «contact=yes»: front office +3.0 [intro]
Secciones del artículo: intro (Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente)
oficio> porque caja
la tarea caja: front office (confianza 0.75; front office 3.0, back office 0.0)
  por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
  - la tarea caja se describió como «lleva la caja de la tienda»  [user]
  - 3.0 para front office: trato directo con clientes  [intro]
Secciones del artículo: intro (Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente)
