# about: knowledge that retracts the facts oficio asserted for a task: classify, batch and task go on (a use after free crashed oficio)
# args: --add-kb fixtures/retract-host-facts.clp
oficio> classify atiende clientes en recepción
unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  + direct dealings with customers, from "atiende + clientes": front office +3.0 [intro]
  + receptionist, from "en recepción": front office +2.5 [front-duties]
oficio> classify sin contacto con clientes, solo contabilidad
unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  + accounting, from "contabilidad": back office +2.0 [back-duties]
oficio> classify atiende clientes en recepción
unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  + direct dealings with customers, from "atiende + clientes": front office +3.0 [intro]
  + receptionist, from "en recepción": front office +2.5 [front-duties]
oficio> task t1 atiende clientes en recepción
t1: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  + direct dealings with customers, from "atiende + clientes": front office +3.0 [intro]
  + receptionist, from "en recepción": front office +2.5 [front-duties]
oficio> task t1 sin contacto con clientes
t1: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> tasks
  t1  unknown (not enough evidence)  0.00  sin contacto con clientes
