# args: --lang es
# about: guardar y cargar en español: el caso sustituye a la sesión, y las conclusiones vuelven a sacarse
# exit: 1
oficio> tarea t1 atiende a los clientes en el mostrador ventas=sí
t1: front office (confianza 0.80; front 4.0, back 0.0)
  + trato directo con clientes, por «atiende + clientes»: front office +3.0 [intro]
  + su fin es generar ventas, por «sales=yes»: front office +1.00 (de 2.0: cada razón más cuenta menos) [front-duties]
oficio> puesto mostrador t1 contable
puesto mostrador guardado (16 habilidades)
imprescindible:
  habilidades interpersonales (interpersonal)
      por t1, a través de front office [front-skills]
  expresarse con claridad (ser articulado) (articulate)
      por t1, a través de front office [front-skills]
  comunicación eficaz (communication)
      por t1, a través de front office [front-skills]
  escucha activa (active-listening)
      por t1, a través de front office [front-skills]
  comunicación oral y escrita (oral-written-communication)
      por contador/a, a través de back office [back-skills]
      por contador/a, a través de trato con proveedores por teléfono, correo electrónico o carta [back-skills]
  soltura con números y cálculo (numeracy)
      por contador/a, a través de contabilidad [back-skills]
      por contador/a, a través de teneduría de libros [inferred]
      por contador/a, a través de cuentas por pagar (importante) [inferred]
      por contador/a, a través de cuentas por cobrar (importante) [inferred]
  capacidad de organización (organization)
      por contador/a, a través de cumplimiento fiscal (impuestos locales, estatales y federales) [back-skills]
      por contador/a, a través de back office (importante) [back-skills]
  gestión de documentos (archivo correcto y envío a tiempo) (document-handling)
      por contador/a, a través de back office [back-skills]
      por contador/a, a través de cumplimiento fiscal (impuestos locales, estatales y federales) (importante) [inferred]
  informática básica (basic-computer)
      por contador/a, a través de back office [computer-skills]
      por t1, a través de front office [computer-skills]
  procesador de textos (word-processing)
      por contador/a, a través de back office [computer-skills]
  programas de contabilidad (accounting-software)
      por contador/a [computer-skills]
      por contador/a, a través de contabilidad [computer-skills]
      por contador/a, a través de teneduría de libros [computer-skills]
      por contador/a, a través de cuentas por pagar (importante) [inferred]
      por contador/a, a través de cuentas por cobrar (importante) [inferred]
importante:
  trato amable y cordial (friendly-personality)
      por t1, a través de front office [front-skills]
  paciencia (patience)
      por t1, a través de front office [front-skills]
  saber hacer las preguntas adecuadas (questioning-techniques)
      por t1, a través de front office [front-skills]
  gestión de conflictos (conflict-management)
      por t1, a través de front office [front-skills]
útil:
  programas propios del puesto (job-software)
      por contador/a, a través de back office [computer-skills]
oficio> candidato eva "escucha activa" paciencia "programas de contabilidad"
candidato eva: escucha activa, paciencia, programas de contabilidad
oficio> guardar caso.json
caso guardado en caso.json (tareas: 1, puestos: 1, candidatos: 1)
oficio> reiniciar
sesión borrada: tareas, puestos, candidatos y hechos tecleados olvidados
oficio> tareas
aún no hay tareas: describa una con «tarea ID TEXTO»
oficio> cargar caso.json
caso cargado de caso.json en lugar de la sesión (tareas: 1, puestos: 1, candidatos: 1)
oficio> tareas
  t1  front office  0.80  atiende a los clientes en el mostrador sales=yes
oficio> evaluar eva mostrador
eva encaja 0.19
  tiene: escucha activa (imprescindible), programas de contabilidad (imprescindible), paciencia (importante)
  le falta: habilidades interpersonales (imprescindible), expresarse con claridad (ser articulado) (imprescindible), comunicación eficaz (imprescindible), comunicación oral y escrita (imprescindible), soltura con números y cálculo (imprescindible), capacidad de organización (imprescindible), gestión de documentos (archivo correcto y envío a tiempo) (imprescindible), informática básica (imprescindible), procesador de textos (imprescindible), trato amable y cordial (importante), saber hacer las preguntas adecuadas (importante), gestión de conflictos (importante), programas propios del puesto (útil)
oficio> guardar
error: «guardar»: número de argumentos incorrecto, admite 1; uso: guardar FICHERO
