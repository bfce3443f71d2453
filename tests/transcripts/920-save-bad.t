# about: save and report FILE into a folder that does not exist, onto a folder or a device: one line naming the file and why, nothing written
# exit: 1
oficio> task t1 books appointments with customers
t1: front office (confidence 0.67; front 2.0, back 0.0)
  + scheduling appointments, from "books appointments": front office +2.0 [computer-skills]
oficio> save nowhere/case.json
error: case not saved: cannot create nowhere/case.json: No such file or directory
oficio> save fixtures
error: case not saved: fixtures is a folder
oficio> save /dev/null
error: case not saved: /dev/null is not a regular file
oficio> report nowhere/report.md
error: report not written: cannot create nowhere/report.md: No such file or directory
oficio> report fixtures/cases
error: report not written: fixtures/cases is a folder
oficio> save
error: 'save': wrong number of arguments, it takes 1; usage: save FILE
oficio> save a.json b.json
error: 'save': wrong number of arguments, it takes 1; usage: save FILE
oficio> lang es
idioma: español (es)
oficio> guardar no-existe/caso.json
error: caso no guardado: no se puede crear no-existe/caso.json: no existe el fichero o la carpeta
oficio> informe fixtures
error: informe no escrito: fixtures es una carpeta
oficio> save case.json
caso guardado en case.json (tareas: 1, puestos: 0, candidatos: 0)
oficio> load case.json
caso cargado de case.json en lugar de la sesión (tareas: 1, puestos: 0, candidatos: 0)
