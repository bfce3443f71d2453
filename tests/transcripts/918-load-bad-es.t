# args: --lang es
# about: cargar rechaza un caso que no puede tomar entero, dice qué falla y dónde, y la sesión queda como estaba
# exit: 1
oficio> tarea t1 atiende el teléfono
t1: front office (confianza 0.71; front 2.5, back 0.0)
  + recepcionista, por «atiende el teléfono»: front office +2.5 [front-duties]
oficio> cargar fixtures/cases/corrupt.json
error: no se puede cargar fixtures/cases/corrupt.json:5:47: JSON no válido: la sintaxis no es correcta aquí; la sesión no cambió
oficio> tareas
  t1  front office  0.71  atiende el teléfono
oficio> cargar fixtures/cases/truncated.json
error: no se puede cargar fixtures/cases/truncated.json:11:2: JSON no válido: el texto termina antes de tiempo; la sesión no cambió
oficio> cargar fixtures/cases/version-2.json
error: no se puede cargar fixtures/cases/version-2.json: la versión 2 no se conoce (este oficio lee la versión 1); la sesión no cambió
oficio> cargar fixtures/cases/wrong-shape.json
error: no se puede cargar fixtures/cases/wrong-shape.json: tasks[1].text: se esperaba una cadena; la sesión no cambió
oficio> cargar fixtures/cases/unknown-skill.json
error: no se puede cargar fixtures/cases/unknown-skill.json: candidates[0].skills[2]: ninguna habilidad se llama «juggling» (pruebe «habilidades»); la sesión no cambió
oficio> cargar fixtures/cases/no-existe.json
error: no se puede cargar fixtures/cases/no-existe.json: no existe el fichero o la carpeta; la sesión no cambió
oficio> cargar fixtures
error: no se puede cargar fixtures: es una carpeta; la sesión no cambió
oficio> cargar /dev/null
error: no se puede cargar /dev/null: no es un fichero normal; la sesión no cambió
oficio> tareas
  t1  front office  0.71  atiende el teléfono
