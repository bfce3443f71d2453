# about: a position read from a Spanish job ad in Markdown: its duties become tasks, the requirements and the offer are set aside, the skills follow; then the tasks, a candidate ranked against it, and how a skill comes
# args: --lang es
oficio> puesto dependiente --desde examples/dependiente-tienda.md
puesto dependiente leído de examples/dependiente-tienda.md: 5 funciones (front office 3, back office 2, mixtas 0, sin aclarar 0): sobre todo front office
peso de la evidencia: front office 51%, back office 49% (las puntuaciones de todas las funciones sumadas)
  dependiente.1  front office  0.27  Atender a los clientes en la tienda y asesorarles en su compra.
  dependiente.2  front office  0.71  Cobrar en caja y hacer el cierre diario.
  dependiente.3  back office   0.73  Reponer y ordenar el género en los estantes.
  dependiente.4  back office   0.73  Llevar el control del inventario y hacer los pedidos a los proveedores.
  dependiente.5  front office  0.67  Gestionar las devoluciones y las reclamaciones de los clientes.
del otro lado o mixtas (para pensar en separarlas):
  dependiente.3: back office
  dependiente.4: back office
apartado, no son funciones:
  Dependiente/a para tienda de ropa en Valladolid (un encabezado que el conocimiento no nombra): 1 desde la línea 3
  Requisitos (requisitos): 3 desde la línea 15
  Qué ofrecemos (la oferta): 2 desde la línea 21
habilidades que nombran los requisitos:
  habilidades interpersonales (interpersonal): «don de gentes», línea 16
  informática básica (basic-computer): «manejo básico de ordenador», línea 17
habilidades que necesita el puesto:
imprescindible:
  habilidades interpersonales (interpersonal)
      por dependiente.5, a través de front office [front-skills]
      por dependiente.2, a través de front office [front-skills]
      por dependiente.1, a través de front office [front-skills]
  expresarse con claridad (ser articulado) (articulate)
      por dependiente.5, a través de front office [front-skills]
      por dependiente.2, a través de front office [front-skills]
      por dependiente.1, a través de front office [front-skills]
  comunicación eficaz (communication)
      por dependiente.5, a través de front office [front-skills]
      por dependiente.2, a través de front office [front-skills]
      por dependiente.1, a través de front office [front-skills]
  escucha activa (active-listening)
      por dependiente.5, a través de atención de solicitudes de clientes [front-skills]
      por dependiente.5, a través de front office [front-skills]
      por dependiente.2, a través de front office [front-skills]
      por dependiente.1, a través de front office [front-skills]
  comunicación oral y escrita (oral-written-communication)
      por dependiente.4, a través de back office [back-skills]
      por dependiente.3, a través de back office [back-skills]
  capacidad de organización (organization)
      por dependiente.3, a través de archivo de documentos y envío puntual [back-skills]
      por dependiente.4, a través de back office (importante) [back-skills]
      por dependiente.3, a través de back office (importante) [back-skills]
  gestión de documentos (archivo correcto y envío a tiempo) (document-handling)
      por dependiente.4, a través de back office [back-skills]
      por dependiente.3, a través de back office [back-skills]
      por dependiente.3, a través de archivo de documentos y envío puntual [back-skills]
  informática básica (basic-computer)
      por dependiente.4, a través de back office [computer-skills]
      por dependiente.3, a través de back office [computer-skills]
      por dependiente.5, a través de front office [computer-skills]
      por dependiente.2, a través de front office [computer-skills]
      por dependiente.1, a través de front office [computer-skills]
  procesador de textos (word-processing)
      por dependiente.4, a través de back office [computer-skills]
      por dependiente.3, a través de back office [computer-skills]
importante:
  trato amable y cordial (friendly-personality)
      por dependiente.5, a través de front office [front-skills]
      por dependiente.2, a través de front office [front-skills]
      por dependiente.1, a través de front office [front-skills]
  paciencia (patience)
      por dependiente.5, a través de front office [front-skills]
      por dependiente.2, a través de front office [front-skills]
      por dependiente.1, a través de front office [front-skills]
      por dependiente.5, a través de atención de solicitudes de clientes [inferred]
  saber hacer las preguntas adecuadas (questioning-techniques)
      por dependiente.5, a través de atención de solicitudes de clientes [front-skills]
      por dependiente.5, a través de front office [front-skills]
      por dependiente.2, a través de front office [front-skills]
      por dependiente.1, a través de front office [front-skills]
  gestión de conflictos (conflict-management)
      por dependiente.5, a través de atención de solicitudes de clientes [front-skills]
      por dependiente.5, a través de front office [front-skills]
      por dependiente.2, a través de front office [front-skills]
      por dependiente.1, a través de front office [front-skills]
útil:
  programas propios del puesto (job-software)
      por dependiente.4, a través de back office [computer-skills]
      por dependiente.3, a través de back office [computer-skills]
oficio> tareas
  dependiente.1  front office  0.27  Atender a los clientes en la tienda y asesorarles en su compra.
  dependiente.2  front office  0.71  Cobrar en caja y hacer el cierre diario.
  dependiente.3  back office   0.73  Reponer y ordenar el género en los estantes.
  dependiente.4  back office   0.73  Llevar el control del inventario y hacer los pedidos a los proveedores.
  dependiente.5  front office  0.67  Gestionar las devoluciones y las reclamaciones de los clientes.
oficio> candidato ana "escucha activa" "don de gentes" paciencia
candidato ana: escucha activa, habilidades interpersonales, paciencia
oficio> candidato luis "programas de contabilidad" "informática básica"
candidato luis: programas de contabilidad, informática básica
oficio> ordenar dependiente
1. ana 0.22  (le falta: expresarse con claridad (ser articulado), comunicación eficaz, comunicación oral y escrita, ...)
2. luis 0.09  (le falta: habilidades interpersonales, expresarse con claridad (ser articulado), comunicación eficaz, ...)
oficio> como ana dependiente
ana encaja en dependiente en un 0.22 (de 0 a 1)  [inferred]
  por la regla fit: El ajuste es el peso de las habilidades que tiene entre el peso de todas las que el puesto necesita (esencial 1, importante 0.6, útil 0.3).
  - ana tiene «habilidades interpersonales» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto dependiente necesita «habilidades interpersonales»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «habilidades interpersonales» (imprescindible) por dependiente.5  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5: front office (confianza 0.67; front office 2.0, back office 0.0)  [intro]
            por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
          - la tarea dependiente.5 se describió como «Gestionar las devoluciones y las reclamaciones de los clientes.»  [user]
          - 2.0 para front office: atención de solicitudes de clientes  [front-duties]
              por la regla evidence-from-duty: Cada función pertenece a un lado (front office o back office): cubrirla es evidencia de ese lado.
            - la tarea dependiente.5 cubre la función «atención de solicitudes de clientes»  [lexicon]
                por la regla duty-from-text: La tarea cubre una función porque su texto la nombra, y no solo como aquello sobre lo que se trabaja o como el lugar o el medio («en redes sociales»).
              - el texto dice «reclamaciones de los clientes»: atención de solicitudes de clientes (duty, frase del léxico «reclamaciones de los clientes», parte 1 del texto, relación none, negada: no)  [user]
              - la función «atención de solicitudes de clientes» es de front office  [front-duties]
          - 2.0 para front office: atención de solicitudes de clientes  [front-duties]
              por la regla evidence-from-duty: Cada función pertenece a un lado (front office o back office): cubrirla es evidencia de ese lado.
            - la tarea dependiente.5 cubre la función «atención de solicitudes de clientes»  [lexicon]
                por la regla duty-from-text: La tarea cubre una función porque su texto la nombra, y no solo como aquello sobre lo que se trabaja o como el lugar o el medio («en redes sociales»).
              - el texto dice «Gestionar las devoluciones»: atención de solicitudes de clientes (duty, frase del léxico «gestionar devoluciones», parte 1 del texto, relación none, negada: no)  [user]
              - la función «atención de solicitudes de clientes» es de front office  [front-duties]
        - front office pide «habilidades interpersonales»: imprescindible  [front-skills]
      - dependiente necesita «habilidades interpersonales» (imprescindible) por dependiente.2  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.2  [user]
        - la tarea dependiente.2: front office (confianza 0.71; front office 2.4, back office 0.0)  [intro]
            por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
          - la tarea dependiente.2 se describió como «Cobrar en caja y hacer el cierre diario.»  [user]
          - 2.4 para front office: trato directo con clientes  [intro]
              por la regla dealing-implied: La acción supone con quién se hace aunque no se nombre (recibir supone clientes), a menos peso (param implied-party).
            - el texto dice «Cobrar en caja»: cobrar al cliente (action, frase del léxico «cobrar en caja», parte 1 del texto, relación none, negada: no)  [user]
            - «cobrar al cliente» es una acción de tipo serve (con quién, si nadie se nombra: clientes; evidencia por sí sola de: none)  [inferred]
            - tratar con «clientes» es: trato directo con clientes  [inferred]
            - criterio del artículo: trato directo con clientes (front office)  [intro]
        - front office pide «habilidades interpersonales»: imprescindible  [front-skills]
      - dependiente necesita «habilidades interpersonales» (imprescindible) por dependiente.1  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.1  [user]
        - la tarea dependiente.1: front office (confianza 0.27; front office 3.0, back office 1.5)  [intro]
            por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
          - la tarea dependiente.1 se describió como «Atender a los clientes en la tienda y asesorarles en su compra.»  [user]
          - 1.5 para back office: trato solo con proveedores  [back-skills]
              por la regla evidence-from-action: La acción es por sí misma evidencia de un criterio (registrar, conciliar: trabajo administrativo; vender: ventas).
            - el texto dice «compra»: comprar a proveedores (action, frase del léxico «compras», parte 2 del texto, relación at, negada: no)  [user]
            - «comprar a proveedores» es una acción de tipo work (con quién, si nadie se nombra: none; evidencia por sí sola de: trato solo con proveedores)  [inferred]
            - criterio del artículo: trato solo con proveedores (back office)  [back-skills]
          - 2.4 para front office: trato directo con clientes  [intro]
              por la regla dealing-implied: La acción supone con quién se hace aunque no se nombre (recibir supone clientes), a menos peso (param implied-party).
            - el texto dice «asesorarles»: recomendar y aconsejar (action, frase del léxico «asesoramiento», parte 2 del texto, relación none, negada: no)  [user]
            - «recomendar y aconsejar» es una acción de tipo meet (con quién, si nadie se nombra: clientes; evidencia por sí sola de: none)  [inferred]
            - tratar con «clientes» es: trato directo con clientes  [inferred]
            - criterio del artículo: trato directo con clientes (front office)  [intro]
          - 3.0 para front office: trato directo con clientes  [intro]
              por la regla dealing-with-party: Una acción que se hace con alguien toma su lado de con quién se hace: clientes, front office; personal, proveedores u organismos, back office.
            - el texto dice «Atender»: atender (action, frase del léxico «atender», parte 1 del texto, relación none, negada: no)  [user]
            - «atender» es una acción de tipo meet (con quién, si nadie se nombra: clientes; evidencia por sí sola de: none)  [inferred]
            - el texto dice «clientes»: clientes (party, frase del léxico «cliente», parte 1 del texto, relación to, negada: no)  [user]
            - tratar con «clientes» es: trato directo con clientes  [inferred]
            - criterio del artículo: trato directo con clientes (front office)  [intro]
        - front office pide «habilidades interpersonales»: imprescindible  [front-skills]
    - ana dice tener «habilidades interpersonales»  [user]
  - ana tiene «escucha activa» (imprescindible)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto dependiente necesita «escucha activa»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «escucha activa» (imprescindible) por dependiente.5  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5: front office (confianza 0.67; front office 2.0, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «escucha activa»: imprescindible  [front-skills]
      - dependiente necesita «escucha activa» (imprescindible) por dependiente.5  [front-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5 cubre la función «atención de solicitudes de clientes»  [lexicon] (explicado más arriba)
        - atención de solicitudes de clientes pide «escucha activa»: imprescindible  [front-skills]
      - dependiente necesita «escucha activa» (imprescindible) por dependiente.2  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.2  [user]
        - la tarea dependiente.2: front office (confianza 0.71; front office 2.4, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «escucha activa»: imprescindible  [front-skills]
      - dependiente necesita «escucha activa» (imprescindible) por dependiente.1  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.1  [user]
        - la tarea dependiente.1: front office (confianza 0.27; front office 3.0, back office 1.5)  [intro] (explicado más arriba)
        - front office pide «escucha activa»: imprescindible  [front-skills]
    - ana dice tener «escucha activa»  [user]
  - ana tiene «paciencia» (importante)  [inferred]
      por la regla candidate-has-skill: El candidato tiene una habilidad que el puesto necesita.
    - el puesto dependiente necesita «paciencia»: importante  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «paciencia» (importante) por dependiente.5  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5: front office (confianza 0.67; front office 2.0, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «paciencia»: importante  [front-skills]
      - dependiente necesita «paciencia» (importante) por dependiente.5  [inferred]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5 cubre la función «atención de solicitudes de clientes»  [lexicon] (explicado más arriba)
        - atención de solicitudes de clientes pide «paciencia»: importante  [inferred]
      - dependiente necesita «paciencia» (importante) por dependiente.2  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.2  [user]
        - la tarea dependiente.2: front office (confianza 0.71; front office 2.4, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «paciencia»: importante  [front-skills]
      - dependiente necesita «paciencia» (importante) por dependiente.1  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.1  [user]
        - la tarea dependiente.1: front office (confianza 0.27; front office 3.0, back office 1.5)  [intro] (explicado más arriba)
        - front office pide «paciencia»: importante  [front-skills]
    - ana dice tener «paciencia»  [user]
  - a ana le falta «capacidad de organización» (imprescindible)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «capacidad de organización»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «capacidad de organización» (imprescindible) por dependiente.3  [back-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
        - el puesto dependiente cubre dependiente.3  [user]
        - la tarea dependiente.3 cubre la función «archivo de documentos y envío puntual»  [lexicon]
            por la regla duty-from-action: La acción es una de las funciones del artículo (instalar y mantener equipos: administración de redes), salvo una de front office hecha solo para el personal u otros que no son clientes.
          - el texto dice «ordenar»: archivar y ordenar (action, frase del léxico «ordenar», parte 1 del texto, relación none, negada: no)  [user]
          - «archivar y ordenar» es una acción de tipo work (con quién, si nadie se nombra: none; evidencia por sí sola de: archivo de documentos y envío puntual)  [inferred]
          - la función «archivo de documentos y envío puntual» es de back office  [back-skills]
        - archivo de documentos y envío puntual pide «capacidad de organización»: imprescindible  [back-skills]
      - dependiente necesita «capacidad de organización» (importante) por dependiente.4  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.4  [user]
        - la tarea dependiente.4: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro]
            por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
          - la tarea dependiente.4 se describió como «Llevar el control del inventario y hacer los pedidos a los proveedores.»  [user]
          - 1.5 para back office: trato solo con proveedores  [back-skills]
              por la regla evidence-from-action: La acción es por sí misma evidencia de un criterio (registrar, conciliar: trabajo administrativo; vender: ventas).
            - el texto dice «hacer los pedidos a los proveedores»: comprar a proveedores (action, frase del léxico «hacer pedidos a proveedores», parte 2 del texto, relación none, negada: no)  [user]
            - «comprar a proveedores» es una acción de tipo work (con quién, si nadie se nombra: none; evidencia por sí sola de: trato solo con proveedores)  [inferred]
            - criterio del artículo: trato solo con proveedores (back office)  [back-skills]
          - 2.0 para back office: trabajo administrativo, legal o de apoyo  [back-duties]
              por la regla evidence-from-criterion-cue: El texto muestra un criterio del artículo (trato con clientes, ventas, trabajo administrativo, proveedores).
            - el texto dice «inventario»: trabajo administrativo, legal o de apoyo (criterion, frase del léxico «inventario», parte 1 del texto, relación of, negada: no)  [user]
            - criterio del artículo: trabajo administrativo, legal o de apoyo (back office)  [back-duties]
          - 2.0 para back office: trabajo administrativo, legal o de apoyo  [back-duties]
              por la regla evidence-from-action: La acción es por sí misma evidencia de un criterio (registrar, conciliar: trabajo administrativo; vender: ventas).
            - el texto dice «control»: verificar y revisar (action, frase del léxico «control», parte 1 del texto, relación none, negada: no)  [user]
            - «verificar y revisar» es una acción de tipo work (con quién, si nadie se nombra: none; evidencia por sí sola de: trabajo administrativo, legal o de apoyo)  [inferred]
            - criterio del artículo: trabajo administrativo, legal o de apoyo (back office)  [back-duties]
        - back office pide «capacidad de organización»: importante  [back-skills]
      - dependiente necesita «capacidad de organización» (importante) por dependiente.3  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.3  [user]
        - la tarea dependiente.3: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro]
            por la regla verdict: Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.
          - la tarea dependiente.3 se describió como «Reponer y ordenar el género en los estantes.»  [user]
          - 2.0 para back office: archivo de documentos y envío puntual  [back-skills]
              por la regla evidence-from-duty: Cada función pertenece a un lado (front office o back office): cubrirla es evidencia de ese lado.
            - la tarea dependiente.3 cubre la función «archivo de documentos y envío puntual»  [lexicon] (explicado más arriba)
            - la función «archivo de documentos y envío puntual» es de back office  [back-skills]
          - 1.5 para back office: trato solo con proveedores  [back-skills]
              por la regla evidence-from-action: La acción es por sí misma evidencia de un criterio (registrar, conciliar: trabajo administrativo; vender: ventas).
            - el texto dice «Reponer»: comprar a proveedores (action, frase del léxico «reponer», parte 1 del texto, relación none, negada: no)  [user]
            - «comprar a proveedores» es una acción de tipo work (con quién, si nadie se nombra: none; evidencia por sí sola de: trato solo con proveedores)  [inferred]
            - criterio del artículo: trato solo con proveedores (back office)  [back-skills]
        - back office pide «capacidad de organización»: importante  [back-skills]
  - a ana le falta «comunicación oral y escrita» (imprescindible)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «comunicación oral y escrita»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «comunicación oral y escrita» (imprescindible) por dependiente.4  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.4  [user]
        - la tarea dependiente.4: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «comunicación oral y escrita»: imprescindible  [back-skills]
      - dependiente necesita «comunicación oral y escrita» (imprescindible) por dependiente.3  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.3  [user]
        - la tarea dependiente.3: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «comunicación oral y escrita»: imprescindible  [back-skills]
  - a ana le falta «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «gestión de documentos (archivo correcto y envío a tiempo)»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible) por dependiente.4  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.4  [user]
        - la tarea dependiente.4: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «gestión de documentos (archivo correcto y envío a tiempo)»: imprescindible  [back-skills]
      - dependiente necesita «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible) por dependiente.3  [back-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.3  [user]
        - la tarea dependiente.3: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «gestión de documentos (archivo correcto y envío a tiempo)»: imprescindible  [back-skills]
      - dependiente necesita «gestión de documentos (archivo correcto y envío a tiempo)» (imprescindible) por dependiente.3  [back-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
        - el puesto dependiente cubre dependiente.3  [user]
        - la tarea dependiente.3 cubre la función «archivo de documentos y envío puntual»  [lexicon] (explicado más arriba)
        - archivo de documentos y envío puntual pide «gestión de documentos (archivo correcto y envío a tiempo)»: imprescindible  [back-skills]
  - a ana le falta «procesador de textos» (imprescindible)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «procesador de textos»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «procesador de textos» (imprescindible) por dependiente.4  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.4  [user]
        - la tarea dependiente.4: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «procesador de textos»: imprescindible  [computer-skills]
      - dependiente necesita «procesador de textos» (imprescindible) por dependiente.3  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.3  [user]
        - la tarea dependiente.3: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «procesador de textos»: imprescindible  [computer-skills]
  - a ana le falta «programas propios del puesto» (útil)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «programas propios del puesto»: útil  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «programas propios del puesto» (útil) por dependiente.4  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.4  [user]
        - la tarea dependiente.4: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «programas propios del puesto»: útil  [computer-skills]
      - dependiente necesita «programas propios del puesto» (útil) por dependiente.3  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.3  [user]
        - la tarea dependiente.3: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «programas propios del puesto»: útil  [computer-skills]
  - a ana le falta «expresarse con claridad (ser articulado)» (imprescindible)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «expresarse con claridad (ser articulado)»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «expresarse con claridad (ser articulado)» (imprescindible) por dependiente.5  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5: front office (confianza 0.67; front office 2.0, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «expresarse con claridad (ser articulado)»: imprescindible  [front-skills]
      - dependiente necesita «expresarse con claridad (ser articulado)» (imprescindible) por dependiente.2  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.2  [user]
        - la tarea dependiente.2: front office (confianza 0.71; front office 2.4, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «expresarse con claridad (ser articulado)»: imprescindible  [front-skills]
      - dependiente necesita «expresarse con claridad (ser articulado)» (imprescindible) por dependiente.1  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.1  [user]
        - la tarea dependiente.1: front office (confianza 0.27; front office 3.0, back office 1.5)  [intro] (explicado más arriba)
        - front office pide «expresarse con claridad (ser articulado)»: imprescindible  [front-skills]
  - a ana le falta «comunicación eficaz» (imprescindible)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «comunicación eficaz»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «comunicación eficaz» (imprescindible) por dependiente.5  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5: front office (confianza 0.67; front office 2.0, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «comunicación eficaz»: imprescindible  [front-skills]
      - dependiente necesita «comunicación eficaz» (imprescindible) por dependiente.2  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.2  [user]
        - la tarea dependiente.2: front office (confianza 0.71; front office 2.4, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «comunicación eficaz»: imprescindible  [front-skills]
      - dependiente necesita «comunicación eficaz» (imprescindible) por dependiente.1  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.1  [user]
        - la tarea dependiente.1: front office (confianza 0.27; front office 3.0, back office 1.5)  [intro] (explicado más arriba)
        - front office pide «comunicación eficaz»: imprescindible  [front-skills]
  - a ana le falta «trato amable y cordial» (importante)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «trato amable y cordial»: importante  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «trato amable y cordial» (importante) por dependiente.5  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5: front office (confianza 0.67; front office 2.0, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «trato amable y cordial»: importante  [front-skills]
      - dependiente necesita «trato amable y cordial» (importante) por dependiente.2  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.2  [user]
        - la tarea dependiente.2: front office (confianza 0.71; front office 2.4, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «trato amable y cordial»: importante  [front-skills]
      - dependiente necesita «trato amable y cordial» (importante) por dependiente.1  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.1  [user]
        - la tarea dependiente.1: front office (confianza 0.27; front office 3.0, back office 1.5)  [intro] (explicado más arriba)
        - front office pide «trato amable y cordial»: importante  [front-skills]
  - a ana le falta «saber hacer las preguntas adecuadas» (importante)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «saber hacer las preguntas adecuadas»: importante  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «saber hacer las preguntas adecuadas» (importante) por dependiente.5  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5: front office (confianza 0.67; front office 2.0, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «saber hacer las preguntas adecuadas»: importante  [front-skills]
      - dependiente necesita «saber hacer las preguntas adecuadas» (importante) por dependiente.5  [front-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5 cubre la función «atención de solicitudes de clientes»  [lexicon] (explicado más arriba)
        - atención de solicitudes de clientes pide «saber hacer las preguntas adecuadas»: importante  [front-skills]
      - dependiente necesita «saber hacer las preguntas adecuadas» (importante) por dependiente.2  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.2  [user]
        - la tarea dependiente.2: front office (confianza 0.71; front office 2.4, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «saber hacer las preguntas adecuadas»: importante  [front-skills]
      - dependiente necesita «saber hacer las preguntas adecuadas» (importante) por dependiente.1  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.1  [user]
        - la tarea dependiente.1: front office (confianza 0.27; front office 3.0, back office 1.5)  [intro] (explicado más arriba)
        - front office pide «saber hacer las preguntas adecuadas»: importante  [front-skills]
  - a ana le falta «gestión de conflictos» (importante)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «gestión de conflictos»: importante  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «gestión de conflictos» (importante) por dependiente.5  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5: front office (confianza 0.67; front office 2.0, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «gestión de conflictos»: importante  [front-skills]
      - dependiente necesita «gestión de conflictos» (importante) por dependiente.5  [front-skills]
          por la regla need-from-task-duty: La tarea cubre una función que pide esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5 cubre la función «atención de solicitudes de clientes»  [lexicon] (explicado más arriba)
        - atención de solicitudes de clientes pide «gestión de conflictos»: importante  [front-skills]
      - dependiente necesita «gestión de conflictos» (importante) por dependiente.2  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.2  [user]
        - la tarea dependiente.2: front office (confianza 0.71; front office 2.4, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «gestión de conflictos»: importante  [front-skills]
      - dependiente necesita «gestión de conflictos» (importante) por dependiente.1  [front-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.1  [user]
        - la tarea dependiente.1: front office (confianza 0.27; front office 3.0, back office 1.5)  [intro] (explicado más arriba)
        - front office pide «gestión de conflictos»: importante  [front-skills]
  - a ana le falta «informática básica» (imprescindible)  [inferred]
      por la regla candidate-lacks-skill: Al candidato le falta una habilidad que el puesto necesita.
    - el puesto dependiente necesita «informática básica»: imprescindible  [inferred]
        por la regla position-skill: De todas las razones, cuenta la que da más importancia a la habilidad.
      - dependiente necesita «informática básica» (imprescindible) por dependiente.5  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.5  [user]
        - la tarea dependiente.5: front office (confianza 0.67; front office 2.0, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «informática básica»: imprescindible  [computer-skills]
      - dependiente necesita «informática básica» (imprescindible) por dependiente.4  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.4  [user]
        - la tarea dependiente.4: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «informática básica»: imprescindible  [computer-skills]
      - dependiente necesita «informática básica» (imprescindible) por dependiente.3  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.3  [user]
        - la tarea dependiente.3: back office (confianza 0.73; front office 0.0, back office 2.75)  [intro] (explicado más arriba)
        - back office pide «informática básica»: imprescindible  [computer-skills]
      - dependiente necesita «informática básica» (imprescindible) por dependiente.2  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.2  [user]
        - la tarea dependiente.2: front office (confianza 0.71; front office 2.4, back office 0.0)  [intro] (explicado más arriba)
        - front office pide «informática básica»: imprescindible  [computer-skills]
      - dependiente necesita «informática básica» (imprescindible) por dependiente.1  [computer-skills]
          por la regla need-from-task-side: La tarea es de un lado, y ese lado necesita esta habilidad.
        - el puesto dependiente cubre dependiente.1  [user]
        - la tarea dependiente.1: front office (confianza 0.27; front office 3.0, back office 1.5)  [intro] (explicado más arriba)
        - front office pide «informática básica»: imprescindible  [computer-skills]
