# about: the domain commands in Spanish
# args: --lang es
oficio> tarea t1 hace la nómina y las hojas de horas
t1: back office (confianza 0.75; front 0.0, back 3.0)
  + hojas de horas, por «hojas de horas»: back office +2.0 [back-skills]
  + procesamiento de nóminas, por «nómina»: back office +1.00 (de 2.0: cada razón más cuenta menos) [back-duties]
oficio> contratar t1
imprescindible:
  comunicación oral y escrita (oral-written-communication)
      por t1, a través de back office [back-skills]
  soltura con números y cálculo (numeracy)
      por t1, a través de procesamiento de nóminas [back-skills]
      por t1, a través de hojas de horas [back-skills]
  gestión de documentos (archivo correcto y envío a tiempo) (document-handling)
      por t1, a través de back office [back-skills]
  informática básica (basic-computer)
      por t1, a través de back office [computer-skills]
  procesador de textos (word-processing)
      por t1, a través de back office [computer-skills]
importante:
  capacidad de organización (organization)
      por t1, a través de back office [back-skills]
  programas de contabilidad (accounting-software)
      por t1, a través de procesamiento de nóminas [inferred]
útil:
  programas propios del puesto (job-software)
      por t1, a través de back office [computer-skills]
oficio> candidato ana numeracy
candidato ana: soltura con números y cálculo
oficio> evaluar ana t1
ana encaja 0.15
  tiene: soltura con números y cálculo (imprescindible)
  le falta: comunicación oral y escrita (imprescindible), gestión de documentos (archivo correcto y envío a tiempo) (imprescindible), informática básica (imprescindible), procesador de textos (imprescindible), capacidad de organización (importante), programas de contabilidad (importante), programas propios del puesto (útil)
oficio> tarea t2 nunca atiende al público
t2: back office (confianza 0.67; front 0.0, back 2.0)
  + sin trato con clientes, por «atiende»: back office +2.0 [intro]
oficio> tareas
  t1  back office  0.75  hace la nómina y las hojas de horas
  t2  back office  0.67  nunca atiende al público
