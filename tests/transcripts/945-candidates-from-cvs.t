# about: the whole path in Spanish: a position read from a bookkeeper's job ad, three candidates read from their CVs (each skill with the line that gave it), the ranking, how the best one fits with the CV's words, and the report
# args: --lang es
oficio> puesto contable --desde examples/contable-asesoria.txt
puesto contable leído de examples/contable-asesoria.txt: 5 funciones (front office 0, back office 4, mixtas 1, sin aclarar 0): sobre todo back office
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
oficio> candidato marta --desde examples/cv-marta.txt
candidato marta leído de examples/cv-marta.txt: 12 habilidades
  programas de contabilidad (accounting-software), línea 14: «Conocimientos Manejo de ordenador: paquete Office, ContaPlus y A3.»
  comunicación oral y escrita (oral-written-communication), línea 16: «Persona organizada, con buena redacción y facilidad de palabra.»
  soltura con números y cálculo (numeracy), línea 2: «Técnica contable · Zaragoza · marta.ruiz@example.com» («Técnica contable»: contador/a)
  gestión de documentos (archivo correcto y envío a tiempo) (document-handling), línea 2: «Técnica contable · Zaragoza · marta.ruiz@example.com» («Técnica contable»: contador/a)
  capacidad de organización (organization), línea 16: «Persona organizada, con buena redacción y facilidad de palabra.»
  paciencia (patience), línea 9: «Resolvía las dudas de los clientes por teléfono y los atendía en el despacho.» («dudas de los clientes»: atención de solicitudes de clientes)
  gestión de conflictos (conflict-management), línea 9: «Resolvía las dudas de los clientes por teléfono y los atendía en el despacho.» («dudas de los clientes»: atención de solicitudes de clientes)
  saber hacer las preguntas adecuadas (questioning-techniques), línea 9: «Resolvía las dudas de los clientes por teléfono y los atendía en el despacho.» («dudas de los clientes»: atención de solicitudes de clientes)
  escucha activa (active-listening), línea 9: «Resolvía las dudas de los clientes por teléfono y los atendía en el despacho.» («dudas de los clientes»: atención de solicitudes de clientes)
  informática básica (basic-computer), línea 14: «Conocimientos Manejo de ordenador: paquete Office, ContaPlus y A3.»
  procesador de textos (word-processing), línea 14: «Conocimientos Manejo de ordenador: paquete Office, ContaPlus y A3.»
  expresarse con claridad (ser articulado) (articulate), línea 16: «Persona organizada, con buena redacción y facilidad de palabra.»
oficio> candidato lucia --desde examples/cv-lucia.txt
candidato lucia leído de examples/cv-lucia.txt: 8 habilidades
  paciencia (patience), línea 12: «Don de gentes y paciencia.»
  gestión de conflictos (conflict-management), línea 7: «Gestionaba las devoluciones y las reclamaciones.» («Gestionaba las devoluciones»: atención de solicitudes de clientes)
  saber hacer las preguntas adecuadas (questioning-techniques), línea 7: «Gestionaba las devoluciones y las reclamaciones.» («Gestionaba las devoluciones»: atención de solicitudes de clientes)
  escucha activa (active-listening), línea 7: «Gestionaba las devoluciones y las reclamaciones.» («Gestionaba las devoluciones»: atención de solicitudes de clientes)
  informática básica (basic-computer), línea 13: «Manejo básico de ordenador.»
  expresarse con claridad (ser articulado) (articulate), línea 9: «2019-2021  Cajera en un supermercado de barrio.» («Cajera»: cajero/a)
  comunicación eficaz (communication), línea 9: «2019-2021  Cajera en un supermercado de barrio.» («Cajera»: cajero/a)
  habilidades interpersonales (interpersonal), línea 12: «Don de gentes y paciencia.»
oficio> candidato daniel --desde examples/cv-daniel.md
candidato daniel leído de examples/cv-daniel.md: 12 habilidades
  trato amable y cordial (friendly-personality), línea 3: «Receptionist · Leeds · daniel.okafor@example.org» («Receptionist»: recepcionista)
  informática básica (basic-computer), línea 8: «Computer literate (Microsoft Office, practice management software).»
  paciencia (patience), línea 3: «Receptionist · Leeds · daniel.okafor@example.org» («Receptionist»: recepcionista)
  gestión de conflictos (conflict-management), línea 3: «Receptionist · Leeds · daniel.okafor@example.org» («Receptionist»: recepcionista)
  saber hacer las preguntas adecuadas (questioning-techniques), línea 3: «Receptionist · Leeds · daniel.okafor@example.org» («Receptionist»: recepcionista)
  escucha activa (active-listening), línea 3: «Receptionist · Leeds · daniel.okafor@example.org» («Receptionist»: recepcionista)
  capacidad de organización (organization), línea 7: «Friendly, organised receptionist with four years at a busy GP practice.»
  procesador de textos (word-processing), línea 8: «Computer literate (Microsoft Office, practice management software).»
  programas propios del puesto (job-software), línea 8: «Computer literate (Microsoft Office, practice management software).»
  gestión de documentos (archivo correcto y envío a tiempo) (document-handling), línea 20: «Filed tenancy agreements and kept the records up to date.» («Filed»: archivo de documentos y envío puntual)
  programas de contabilidad (accounting-software), línea 21: «Processed invoices and chased late payments.» («late payments»: cuentas por cobrar)
  soltura con números y cálculo (numeracy), línea 21: «Processed invoices and chased late payments.» («late payments»: cuentas por cobrar)
oficio> ordenar contable
1. marta 0.79  (le falta: habilidades interpersonales, comunicación eficaz, trato amable y cordial, ...)
2. daniel 0.71  (le falta: habilidades interpersonales, expresarse con claridad (ser articulado), comunicación eficaz, ...)
3. lucia 0.50  (le falta: comunicación oral y escrita, soltura con números y cálculo, capacidad de organización, ...)
oficio> como --depth 3 marta contable
marta encaja en contable en un 0.79 (de 0 a 1)  [inferred]
  por la regla fit: El ajuste es el peso de las habilidades que tiene entre el peso de todas las que el puesto necesita (esencial 1, importante 0.6, útil 0.3).
  - marta tiene «capacidad de organización» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «capacidad de organización»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «capacidad de organización» (imprescindible) por contable.3  [back-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
      - contable necesita «capacidad de organización» (importante) por contable.5  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «capacidad de organización» (importante) por contable.4  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «capacidad de organización» (importante) por contable.3  [back-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
      - contable necesita «capacidad de organización» (importante) por contable.2  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «capacidad de organización» (importante) por contable.1  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «capacidad de organización» (imprescindible) por contable.1  [back-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
    - marta dice tener «capacidad de organización»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 16) dice «Persona organizada, con buena redacción y facilidad de palabra.»: capacidad de organización  [user]
  - marta tiene «expresarse con claridad (ser articulado)» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «expresarse con claridad (ser articulado)»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «expresarse con claridad (ser articulado)» (imprescindible) por contable.3  [front-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
    - marta dice tener «expresarse con claridad (ser articulado)»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 16) dice «Persona organizada, con buena redacción y facilidad de palabra.»: expresarse con claridad (ser articulado)  [user]
  - marta tiene «escucha activa» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «escucha activa»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «escucha activa» (imprescindible) por contable.3  [front-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
    - marta dice tener «escucha activa»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 9) dice «Resolvía las dudas de los clientes por teléfono y los atendía en el despacho.»: atención de solicitudes de clientes  [user]
  - marta tiene «paciencia» (importante)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «paciencia»: importante  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «paciencia» (importante) por contable.3  [front-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
    - marta dice tener «paciencia»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 9) dice «Resolvía las dudas de los clientes por teléfono y los atendía en el despacho.»: atención de solicitudes de clientes  [user]
  - marta tiene «saber hacer las preguntas adecuadas» (importante)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «saber hacer las preguntas adecuadas»: importante  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «saber hacer las preguntas adecuadas» (importante) por contable.3  [front-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
    - marta dice tener «saber hacer las preguntas adecuadas»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 9) dice «Resolvía las dudas de los clientes por teléfono y los atendía en el despacho.»: atención de solicitudes de clientes  [user]
  - marta tiene «gestión de conflictos» (importante)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «gestión de conflictos»: importante  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «gestión de conflictos» (importante) por contable.3  [front-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
    - marta dice tener «gestión de conflictos»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 9) dice «Resolvía las dudas de los clientes por teléfono y los atendía en el despacho.»: atención de solicitudes de clientes  [user]
  - marta tiene «soltura con números y cálculo» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «soltura con números y cálculo»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «soltura con números y cálculo» (imprescindible) por contable.5  [back-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
      - contable necesita «soltura con números y cálculo» (imprescindible) por contable.4  [inferred]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
      - contable necesita «soltura con números y cálculo» (imprescindible) por contable.2  [back-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
      - contable necesita «soltura con números y cálculo» (imprescindible) por contable.1  [back-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
    - marta dice tener «soltura con números y cálculo»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 2) dice «Técnica contable · Zaragoza · marta.ruiz@example.com»: contador/a  [user]
  - marta tiene «programas de contabilidad» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «programas de contabilidad»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «programas de contabilidad» (imprescindible) por contable.5  [computer-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
      - contable necesita «programas de contabilidad» (imprescindible) por contable.4  [computer-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
      - contable necesita «programas de contabilidad» (importante) por contable.2  [inferred]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
      - contable necesita «programas de contabilidad» (imprescindible) por contable.1  [computer-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
    - marta dice tener «programas de contabilidad»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 14) dice «Conocimientos Manejo de ordenador: paquete Office, ContaPlus y A3.»: programas de contabilidad  [user]
  - marta tiene «comunicación oral y escrita» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «comunicación oral y escrita»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «comunicación oral y escrita» (imprescindible) por contable.5  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «comunicación oral y escrita» (imprescindible) por contable.4  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «comunicación oral y escrita» (imprescindible) por contable.3  [back-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
      - contable necesita «comunicación oral y escrita» (imprescindible) por contable.2  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «comunicación oral y escrita» (imprescindible) por contable.1  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
    - marta dice tener «comunicación oral y escrita»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 16) dice «Persona organizada, con buena redacción y facilidad de palabra.»: comunicación oral y escrita  [user]
  - marta tiene «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «gestión de documentos (archivo correcto y envío a tiempo)»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible) por contable.5  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible) por contable.4  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible) por contable.3  [back-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
      - contable necesita «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible) por contable.3  [back-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
      - contable necesita «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible) por contable.2  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible) por contable.1  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «gestión de documentos (archivo correcto y envío a tiempo)» (importante) por contable.1  [inferred]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
    - marta dice tener «gestión de documentos (archivo correcto y envío a tiempo)»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 2) dice «Técnica contable · Zaragoza · marta.ruiz@example.com»: contador/a  [user]
  - marta tiene «informática básica» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «informática básica»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «informática básica» (imprescindible) por contable.5  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «informática básica» (imprescindible) por contable.4  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «informática básica» (imprescindible) por contable.3  [computer-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
      - contable necesita «informática básica» (imprescindible) por contable.3  [computer-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
      - contable necesita «informática básica» (imprescindible) por contable.2  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «informática básica» (imprescindible) por contable.1  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
    - marta dice tener «informática básica»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 14) dice «Conocimientos Manejo de ordenador: paquete Office, ContaPlus y A3.»: informática básica  [user]
  - marta tiene «procesador de textos» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto contable necesita «procesador de textos»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «procesador de textos» (imprescindible) por contable.5  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «procesador de textos» (imprescindible) por contable.4  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «procesador de textos» (imprescindible) por contable.3  [computer-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
      - contable necesita «procesador de textos» (imprescindible) por contable.2  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «procesador de textos» (imprescindible) por contable.1  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
    - marta dice tener «procesador de textos»  [user]
      - el CV de marta (examples/cv-marta.txt, línea 14) dice «Conocimientos Manejo de ordenador: paquete Office, ContaPlus y A3.»: procesador de textos  [user]
  - a marta le falta «habilidades interpersonales» (imprescindible)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto contable necesita «habilidades interpersonales»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «habilidades interpersonales» (imprescindible) por contable.3  [front-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
  - a marta le falta «comunicación eficaz» (imprescindible)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto contable necesita «comunicación eficaz»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «comunicación eficaz» (imprescindible) por contable.3  [front-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
  - a marta le falta «trato amable y cordial» (importante)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto contable necesita «trato amable y cordial»: importante  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «trato amable y cordial» (importante) por contable.3  [front-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
  - a marta le falta «programas propios del puesto» (útil)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto contable necesita «programas propios del puesto»: útil  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - contable necesita «programas propios del puesto» (útil) por contable.5  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «programas propios del puesto» (útil) por contable.4  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «programas propios del puesto» (útil) por contable.3  [computer-skills]
          por la regla need-from-mixed-task: La tarea es mixta: necesita las habilidades de ambos lados.
      - contable necesita «programas propios del puesto» (útil) por contable.2  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
      - contable necesita «programas propios del puesto» (útil) por contable.1  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
(mostrado hasta la profundidad 3 de 7: «como --depth 7 marta contable» muestra el árbol entero)
oficio> informe
# ¿Front office o back office? Informe de la consulta

Preparado por oficio 0.1.0 con lo dicho en la sesión (tareas: 5, puestos: 1,
candidatos: 3). Cada razón termina con la sección del artículo de la que viene,
entre corchetes; las secciones se listan al final.

## Resumen

| tarea | lado | confianza | razón decisiva |
|---|---|---|---|
| contable.1 | back office | 0.78 | cumplimiento fiscal (impuestos locales, estatales y federales), por «IVA» [back-duties] |
| contable.2 | back office | 0.67 | procesamiento de nóminas, por «seguros sociales» [back-duties] |
| contable.3 | mixta (de los dos lados) | 0.41 | trato directo con clientes, por «resolverás sus dudas + por teléfono» [intro] |
| contable.4 | back office | 0.67 | teneduría de libros, por «extractos bancarios» [back-duties] |
| contable.5 | back office | 0.75 | trabajo administrativo, legal o de apoyo, por «Registro Mercantil» [back-duties] |

## Tareas

### Tarea contable.1: back office (confianza 0.78; front 0.0, back 3.5)

- Descripción: Llevarás la contabilidad de los clientes y prepararás las declaraciones trimestrales de IVA.

Razones, de más a menos fuerte:

1. cumplimiento fiscal (impuestos locales, estatales y federales), por «IVA, declaraciones trimestrales»: back office +2.0 [back-duties]
2. trabajo administrativo, legal o de apoyo, por «prepararás»: back office +1.00 (de 2.0: cada razón más cuenta menos) [back-duties]
3. contabilidad, por «contabilidad»: back office +0.50 (de 2.0: cada razón más cuenta menos) [back-duties]

### Tarea contable.2: back office (confianza 0.67; front 0.0, back 2.0)

- Descripción: También harás las nóminas y los seguros sociales de sus empleados.

Razones, de más a menos fuerte:

1. procesamiento de nóminas, por «seguros sociales, nóminas»: back office +2.0 [back-duties]

### Tarea contable.3: mixta (de los dos lados) (confianza 0.41; front 2.4, back 3.0)

- Descripción: Archivarás las facturas y los contratos de cada cliente y resolverás sus dudas por teléfono cuando haga falta.

Razones, de más a menos fuerte:

1. trato directo con clientes, por «resolverás sus dudas + por teléfono»: front office +2.4 [intro]
2. trabajo administrativo, legal o de apoyo, por «contratos»: back office +2.0 [back-duties]
3. archivo de documentos y envío puntual, por «Archivarás las facturas»: back office +1.00 (de 2.0: cada razón más cuenta menos) [back-skills]

### Tarea contable.4: back office (confianza 0.67; front 0.0, back 2.0)

- Descripción: Conciliar los extractos bancarios cada mes.

Razones, de más a menos fuerte:

1. teneduría de libros, por «extractos bancarios, Conciliar»: back office +2.0 [back-duties]

### Tarea contable.5: back office (confianza 0.75; front 0.0, back 3.0)

- Descripción: Preparar las cuentas anuales para su depósito en el Registro Mercantil.

Razones, de más a menos fuerte:

1. trabajo administrativo, legal o de apoyo, por «Registro Mercantil, Preparar»: back office +2.0 [back-duties]
2. contabilidad, por «cuentas anuales»: back office +1.00 (de 2.0: cada razón más cuenta menos) [back-duties]

## Puestos

### Puesto contable

- Cubre: contable.1, contable.2, contable.3, contable.4, contable.5

Habilidades que necesita, por importancia:

- **imprescindible**
  - habilidades interpersonales (interpersonal)
    - por contable.3, a través de front office [front-skills]
  - expresarse con claridad (ser articulado) (articulate)
    - por contable.3, a través de front office [front-skills]
  - comunicación eficaz (communication)
    - por contable.3, a través de front office [front-skills]
  - escucha activa (active-listening)
    - por contable.3, a través de front office [front-skills]
  - comunicación oral y escrita (oral-written-communication)
    - por contable.5, a través de back office [back-skills]
    - por contable.4, a través de back office [back-skills]
    - por contable.3, a través de back office [back-skills]
    - por contable.2, a través de back office [back-skills]
    - por contable.1, a través de back office [back-skills]
  - soltura con números y cálculo (numeracy)
    - por contable.5, a través de contabilidad [back-skills]
    - por contable.1, a través de contabilidad [back-skills]
    - por contable.2, a través de procesamiento de nóminas [back-skills]
    - por contable.4, a través de teneduría de libros [inferred]
  - capacidad de organización (organization)
    - por contable.3, a través de archivo de documentos y envío puntual [back-skills]
    - por contable.1, a través de cumplimiento fiscal (impuestos locales, estatales y federales) [back-skills]
    - por contable.5, a través de back office (importante) [back-skills]
    - por contable.4, a través de back office (importante) [back-skills]
    - por contable.3, a través de back office (importante) [back-skills]
    - por contable.2, a través de back office (importante) [back-skills]
    - por contable.1, a través de back office (importante) [back-skills]
  - gestión de documentos (archivo correcto y envío a tiempo) (document-handling)
    - por contable.5, a través de back office [back-skills]
    - por contable.4, a través de back office [back-skills]
    - por contable.3, a través de back office [back-skills]
    - por contable.2, a través de back office [back-skills]
    - por contable.1, a través de back office [back-skills]
    - por contable.3, a través de archivo de documentos y envío puntual [back-skills]
    - por contable.1, a través de cumplimiento fiscal (impuestos locales, estatales y federales) (importante) [inferred]
  - informática básica (basic-computer)
    - por contable.5, a través de back office [computer-skills]
    - por contable.4, a través de back office [computer-skills]
    - por contable.3, a través de back office [computer-skills]
    - por contable.2, a través de back office [computer-skills]
    - por contable.1, a través de back office [computer-skills]
    - por contable.3, a través de front office [computer-skills]
  - procesador de textos (word-processing)
    - por contable.5, a través de back office [computer-skills]
    - por contable.4, a través de back office [computer-skills]
    - por contable.3, a través de back office [computer-skills]
    - por contable.2, a través de back office [computer-skills]
    - por contable.1, a través de back office [computer-skills]
  - programas de contabilidad (accounting-software)
    - por contable.5, a través de contabilidad [computer-skills]
    - por contable.1, a través de contabilidad [computer-skills]
    - por contable.4, a través de teneduría de libros [computer-skills]
    - por contable.2, a través de procesamiento de nóminas (importante) [inferred]
- **importante**
  - trato amable y cordial (friendly-personality)
    - por contable.3, a través de front office [front-skills]
  - paciencia (patience)
    - por contable.3, a través de front office [front-skills]
  - saber hacer las preguntas adecuadas (questioning-techniques)
    - por contable.3, a través de front office [front-skills]
  - gestión de conflictos (conflict-management)
    - por contable.3, a través de front office [front-skills]
- **útil**
  - programas propios del puesto (job-software)
    - por contable.5, a través de back office [computer-skills]
    - por contable.4, a través de back office [computer-skills]
    - por contable.3, a través de back office [computer-skills]
    - por contable.2, a través de back office [computer-skills]
    - por contable.1, a través de back office [computer-skills]

Candidatos por encaje (de 0 a 1):

1. marta encaja 0.79
   - tiene: expresarse con claridad (ser articulado) (imprescindible), escucha activa (imprescindible), comunicación oral y escrita (imprescindible), soltura con números y cálculo (imprescindible), capacidad de organización (imprescindible), gestión de documentos (archivo correcto y envío a tiempo) (imprescindible), informática básica (imprescindible), procesador de textos (imprescindible), programas de contabilidad (imprescindible), paciencia (importante), saber hacer las preguntas adecuadas (importante), gestión de conflictos (importante)
   - le falta: habilidades interpersonales (imprescindible), comunicación eficaz (imprescindible), trato amable y cordial (importante), programas propios del puesto (útil)
2. daniel encaja 0.71
   - tiene: escucha activa (imprescindible), soltura con números y cálculo (imprescindible), capacidad de organización (imprescindible), gestión de documentos (archivo correcto y envío a tiempo) (imprescindible), informática básica (imprescindible), procesador de textos (imprescindible), programas de contabilidad (imprescindible), trato amable y cordial (importante), paciencia (importante), saber hacer las preguntas adecuadas (importante), gestión de conflictos (importante), programas propios del puesto (útil)
   - le falta: habilidades interpersonales (imprescindible), expresarse con claridad (ser articulado) (imprescindible), comunicación eficaz (imprescindible), comunicación oral y escrita (imprescindible)
3. lucia encaja 0.50
   - tiene: habilidades interpersonales (imprescindible), expresarse con claridad (ser articulado) (imprescindible), comunicación eficaz (imprescindible), escucha activa (imprescindible), informática básica (imprescindible), paciencia (importante), saber hacer las preguntas adecuadas (importante), gestión de conflictos (importante)
   - le falta: comunicación oral y escrita (imprescindible), soltura con números y cálculo (imprescindible), capacidad de organización (imprescindible), gestión de documentos (archivo correcto y envío a tiempo) (imprescindible), procesador de textos (imprescindible), programas de contabilidad (imprescindible), trato amable y cordial (importante), programas propios del puesto (útil)

## Candidatos

- marta (examples/cv-marta.txt): programas de contabilidad (línea 14 del CV), comunicación oral y escrita (línea 16 del CV), soltura con números y cálculo (línea 2 del CV), gestión de documentos (archivo correcto y envío a tiempo) (línea 2 del CV), capacidad de organización (línea 16 del CV), paciencia (línea 9 del CV), gestión de conflictos (línea 9 del CV), saber hacer las preguntas adecuadas (línea 9 del CV), escucha activa (línea 9 del CV), informática básica (línea 14 del CV), procesador de textos (línea 14 del CV), expresarse con claridad (ser articulado) (línea 16 del CV)
- lucia (examples/cv-lucia.txt): paciencia (línea 12 del CV), gestión de conflictos (línea 7 del CV), saber hacer las preguntas adecuadas (línea 7 del CV), escucha activa (línea 7 del CV), informática básica (línea 13 del CV), expresarse con claridad (ser articulado) (línea 9 del CV), comunicación eficaz (línea 9 del CV), habilidades interpersonales (línea 12 del CV)
- daniel (examples/cv-daniel.md): trato amable y cordial (línea 3 del CV), informática básica (línea 8 del CV), paciencia (línea 3 del CV), gestión de conflictos (línea 3 del CV), saber hacer las preguntas adecuadas (línea 3 del CV), escucha activa (línea 3 del CV), capacidad de organización (línea 7 del CV), procesador de textos (línea 8 del CV), programas propios del puesto (línea 8 del CV), gestión de documentos (archivo correcto y envío a tiempo) (línea 20 del CV), programas de contabilidad (línea 21 del CV), soltura con números y cálculo (línea 21 del CV)

## Secciones del artículo citadas

- back-duties: Funciones de back office: trabajo administrativo, legal y de apoyo
- intro: Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente
- back-skills: Habilidades de back office, que varían según el puesto
- front-skills: Habilidades de front office
- computer-skills: Informática básica para ambos lados, con distinto alcance
