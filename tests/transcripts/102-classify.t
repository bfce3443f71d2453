# about: classify answers without keeping; negation, vendors, mixed and unknown
# exit: 1
oficio> classify
error: 'classify': wrong number of arguments, it takes at least 1; usage: classify TEXT... [NAME=VALUE...]
oficio> classify sin contacto con clientes, solo papeleo
back office (confidence 0.75; front 0.0, back 3.0)
  + administrative, legal or support work, from "papeleo": back office +2.0 [back-duties]
  + no dealings with customers, from "contacto con clientes": back office +1.00 (of 2.0: each further reason counts less) [intro]
oficio> classify llama a los proveedores para pedir material
back office (confidence 0.67; front 0.0, back 2.0)
  + dealing with vendors and suppliers by phone, e-mail or letter, from "llama a los proveedores": back office +2.0 [back-skills]
oficio> classify atiende a los clientes en el mostrador y por la tarde lleva la contabilidad
mixed (both sides) (confidence 0.33; front 3.0, back 2.0)
  + direct dealings with customers, from "atiende + clientes": front office +3.0 [intro]
  + accounting, from "contabilidad": back office +2.0 [back-duties]
oficio> classify el martes
unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> classify answers customer e-mails about orders
front office (confidence 0.80; front 4.0, back 0.0)
  + direct dealings with customers, from "answers + customer": front office +3.0 [intro]
  + handling customer requests, from "customer e-mails": front office +1.00 (of 2.0: each further reason counts less) [front-duties]
oficio> clasificar NÓMINAS DEL PERSONAL
back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "NÓMINAS": back office +2.0 [back-duties]
oficio> tasks
no tasks yet: describe one with 'task ID TEXT'
