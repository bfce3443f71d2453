# about: a Spanish job ad written in paragraphs, given on standard input ("-") from the shell: sentences are duties, a heading that begins its line ("Se ofrece: ...") and one that goes on ("Además:") are read
# args: --lang es puesto contable --desde -
# input: cat examples/contable-asesoria.txt
puesto contable leído de la entrada estándar: 5 funciones (front office 0, back office 4, mixtas 1, sin aclarar 0): sobre todo back office
peso de la evidencia: front office 15%, back office 85% (las puntuaciones de todas las funciones sumadas)
  contable.1  back office               0.78  Llevarás la contabilidad de los clientes y prepararás las declaraciones trimestrales de IVA.
  contable.2  back office               0.67  También harás las nóminas y los seguros sociales de sus empleados.
  contable.3  mixta (de los dos lados)  0.41  Archivarás las facturas y los contratos de cada cliente y resolverás sus dudas por teléfono cuando haga falta.
  contable.4  back office               0.67  Conciliar los extractos bancarios cada mes.
  contable.5  back office               0.75  Preparar las cuentas anuales para su depósito en el Registro Mercantil.
del otro lado o mixtas (para pensar en separarlas):
  contable.3: mixta (de los dos lados)
apartado, no son funciones:
  Quiénes somos (la empresa): 2 desde la línea 4
  Requisitos (requisitos): 2 desde la línea 15
  Se ofrece (la oferta): 1 desde la línea 18
habilidades que nombran los requisitos:
  informática básica (basic-computer): «ofimática», línea 16
  programas de contabilidad (accounting-software): «programas de contabilidad», línea 16
habilidades que necesita el puesto:
imprescindible:
  habilidades interpersonales (interpersonal)
      por contable.3, a través de front office [front-skills]
  expresarse con claridad (ser articulado) (articulate)
      por contable.3, a través de front office [front-skills]
  comunicación eficaz (communication)
      por contable.3, a través de front office [front-skills]
  escucha activa (active-listening)
      por contable.3, a través de front office [front-skills]
  comunicación oral y escrita (oral-written-communication)
      por contable.5, a través de back office [back-skills]
      por contable.4, a través de back office [back-skills]
      por contable.3, a través de back office [back-skills]
      por contable.2, a través de back office [back-skills]
      por contable.1, a través de back office [back-skills]
  soltura con números y cálculo (numeracy)
      por contable.5, a través de contabilidad [back-skills]
      por contable.1, a través de contabilidad [back-skills]
      por contable.2, a través de procesamiento de nóminas [back-skills]
      por contable.4, a través de teneduría de libros [inferred]
  capacidad de organización (organization)
      por contable.3, a través de archivo de documentos y envío puntual [back-skills]
      por contable.1, a través de cumplimiento fiscal (impuestos locales, estatales y federales) [back-skills]
      por contable.5, a través de back office (importante) [back-skills]
      por contable.4, a través de back office (importante) [back-skills]
      por contable.3, a través de back office (importante) [back-skills]
      por contable.2, a través de back office (importante) [back-skills]
      por contable.1, a través de back office (importante) [back-skills]
  gestión de documentos (archivo correcto y envío a tiempo) (document-handling)
      por contable.5, a través de back office [back-skills]
      por contable.4, a través de back office [back-skills]
      por contable.3, a través de back office [back-skills]
      por contable.2, a través de back office [back-skills]
      por contable.1, a través de back office [back-skills]
      por contable.3, a través de archivo de documentos y envío puntual [back-skills]
      por contable.1, a través de cumplimiento fiscal (impuestos locales, estatales y federales) (importante) [inferred]
  informática básica (basic-computer)
      por contable.5, a través de back office [computer-skills]
      por contable.4, a través de back office [computer-skills]
      por contable.3, a través de back office [computer-skills]
      por contable.2, a través de back office [computer-skills]
      por contable.1, a través de back office [computer-skills]
      por contable.3, a través de front office [computer-skills]
  procesador de textos (word-processing)
      por contable.5, a través de back office [computer-skills]
      por contable.4, a través de back office [computer-skills]
      por contable.3, a través de back office [computer-skills]
      por contable.2, a través de back office [computer-skills]
      por contable.1, a través de back office [computer-skills]
  programas de contabilidad (accounting-software)
      por contable.5, a través de contabilidad [computer-skills]
      por contable.1, a través de contabilidad [computer-skills]
      por contable.4, a través de teneduría de libros [computer-skills]
      por contable.2, a través de procesamiento de nóminas (importante) [inferred]
importante:
  trato amable y cordial (friendly-personality)
      por contable.3, a través de front office [front-skills]
  paciencia (patience)
      por contable.3, a través de front office [front-skills]
  saber hacer las preguntas adecuadas (questioning-techniques)
      por contable.3, a través de front office [front-skills]
  gestión de conflictos (conflict-management)
      por contable.3, a través de front office [front-skills]
útil:
  programas propios del puesto (job-software)
      por contable.5, a través de back office [computer-skills]
      por contable.4, a través de back office [computer-skills]
      por contable.3, a través de back office [computer-skills]
      por contable.2, a través de back office [computer-skills]
      por contable.1, a través de back office [computer-skills]
