# about: a command given from the shell runs as at the prompt (here tareas, in Spanish, with a case loaded first, which --case says)
# args: --case fixtures/cases/good.json tareas
case loaded from fixtures/cases/good.json (tasks: 2, positions: 1, candidates: 1)
  wages  back office   0.75  Hace las nóminas y paga a los proveedores
  desk   front office  0.81  greets visitors at the front desk contact=yes
