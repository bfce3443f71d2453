# about: not on a terminal, quit and load go on but say what unsaved work they drop; saved work is dropped without a word
oficio> task t1 pays the suppliers
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + accounts payable, from "pays the suppliers": back office +2.0 [back-duties]
oficio> save case.json
case saved to case.json (tasks: 1, positions: 0, candidates: 0)
oficio> load case.json
case loaded from case.json in place of the session (tasks: 1, positions: 0, candidates: 0)
oficio> task t2 greets visitors
t2: front office (confidence 0.75; front 3.0, back 0.0)
  + direct dealings with customers, from "greets + visitors": front office +3.0 [intro]
oficio> load case.json
note: unsaved changes replaced (tasks: 2, positions: 0, candidates: 0)
case loaded from case.json in place of the session (tasks: 1, positions: 0, candidates: 0)
oficio> task t3 books appointments
t3: front office (confidence 0.67; front 2.0, back 0.0)
  + scheduling appointments, from "books appointments": front office +2.0 [computer-skills]
oficio> lang es
idioma: español (es)
oficio> salir
nota: cambios sin guardar descartados (tareas: 2, puestos: 0, candidatos: 0)
