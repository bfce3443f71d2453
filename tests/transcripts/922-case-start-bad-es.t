# args: --lang es --case fixtures/cases/unknown-skill.json
# about: --case con un caso que no se puede cargar: el error, y sale con 1 sin leer la entrada
# input: echo tareas
# exit: 1
error: no se puede cargar fixtures/cases/unknown-skill.json: candidates[0].skills[2]: ninguna habilidad se llama «juggling» (pruebe «habilidades»)
