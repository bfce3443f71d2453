# about: task describes a task, re-describing replaces it; wrong ids and attributes are reported
# exit: 1
oficio> task
error: 'task': wrong number of arguments, it takes at least 2; usage: task ID TEXT... [NAME=VALUE...]
oficio> task t1
error: 'task': wrong number of arguments, it takes at least 2; usage: task ID TEXT... [NAME=VALUE...]
oficio> task t1 Hacer las nóminas y la facturación de la clínica
t1: back office (confidence 0.75; front 0.0, back 3.0)
  + accounts receivable, from "facturación": back office +2.0 [back-duties]
  + payroll processing, from "nóminas": back office +1.00 (of 2.0: each further reason counts less) [back-duties]
oficio> task t2 atender a los clientes en el mostrador contact=yes
t2: front office (confidence 0.75; front 3.0, back 0.0)
  + direct dealings with customers, from "contact=yes": front office +3.0 [intro]
oficio> task t1 greet visitors at the front desk
t1: front office (confidence 0.81; front 4.2, back 0.0)
  + direct dealings with customers, from "greet + visitors": front office +3.0 [intro]
  + receptionist, from "front desk": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
oficio> task t3 contact=no nature=legal
t3: back office (confidence 0.75; front 0.0, back 3.0)
  + administrative, legal or support work, from "nature=legal": back office +2.0 [back-duties]
  + no dealings with customers, from "contact=no": back office +1.00 (of 2.0: each further reason counts less) [intro]
oficio> task t4 some text colour=red
error: unknown attribute 'colour'; the attributes are: contact, contacto, sales, ventas, nature, naturaleza, vendors, proveedores, duty, funcion
oficio> task t4 contact=maybe
error: 'contact=maybe': the attribute takes yes, no, unknown
oficio> task "bad id" payroll
error: 'bad id' cannot be an id: use letters, digits, '-', '_' or '.' (64 at most)
oficio> task t5 contacto=sí
t5: front office (confidence 0.75; front 3.0, back 0.0)
  + direct dealings with customers, from "contact=yes": front office +3.0 [intro]
oficio> task t6 duty=payroll
t6: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "duty=payroll": back office +2.0 [back-duties]
oficio> task t7 duty=nothing
error: 'duty=nothing': the attribute takes any duty id
oficio> tasks
  t1  front office  0.81  greet visitors at the front desk
  t2  front office  0.75  atender a los clientes en el mostrador contact=yes
  t3  back office   0.75  contact=no nature=legal
  t5  front office  0.75  contact=yes
  t6  back office   0.67  duty=payroll
