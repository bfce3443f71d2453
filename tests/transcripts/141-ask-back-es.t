# args: --lang es
# about: una entrevista en español que acaba en back office, con respuestas por número y por palabra
oficio> preguntar
Entrevista sobre la tarea t1: responda a cada pregunta, o escriba «ayuda».
[t1] Describa la tarea en pocas palabras (qué se hace y con quién).
  (escriba la descripción, o «?» para saltarla)
oficio?> organiza eventos
[t1] ¿La tarea supone tratar directamente con clientes?
  1) sí, 2) no, ? no sé
oficio?> 2
[t1] ¿Su fin es generar ventas?
  1) sí, 2) no, ? no sé
oficio?> no
[t1] ¿De qué naturaleza es el trabajo?
  1) administrativa, 2) legal, 3) de apoyo, 4) comercial, ? no sé
oficio?> legal
Conclusión:
t1: back office (confianza 0.75; front 0.0, back 3.0)
  + sin trato con clientes, por «contact=no»: back office +2.0 [intro]
  + trabajo administrativo, legal o de apoyo, por «nature=legal»: back office +1.00 (de 2.0: cada razón más cuenta menos) [back-duties]
Secciones del artículo: intro (Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente); back-duties (Funciones de back office: trabajo administrativo, legal y de apoyo)
oficio> tareas
  t1  back office  0.75  organiza eventos
