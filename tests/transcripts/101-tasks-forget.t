# about: tasks lists the tasks; forget removes one
# exit: 1
oficio> tasks
no tasks yet: describe one with 'task ID TEXT'
oficio> task a payroll and timesheets
a: back office (confidence 0.75; front 0.0, back 3.0)
  + timesheets, from "timesheets": back office +2.0 [back-skills]
  + payroll processing, from "payroll": back office +1.00 (of 2.0: each further reason counts less) [back-duties]
oficio> task b ring up sales at the till
b: front office (confidence 0.81; front 4.2, back 0.0)
  + cashier, from "at the till": front office +2.5 [front-duties]
  + direct dealings with customers, from "ring up": front office +1.20 (of 2.4: each further reason counts less) [intro]
  + its aim is to generate sales, from "sales": front office +0.50 (of 2.0: each further reason counts less) [front-duties]
oficio> tasks
  a  back office   0.75  payroll and timesheets
  b  front office  0.81  ring up sales at the till
oficio> tasks now
error: 'tasks': wrong number of arguments, it takes none; usage: tasks
oficio> forget a
task a forgotten
oficio> forget a
error: no task 'a' (try 'tasks')
oficio> forget
error: 'forget': wrong number of arguments, it takes 1; usage: forget ID
oficio> olvidar b
task b forgotten
oficio> tareas
no tasks yet: describe one with 'task ID TEXT'
