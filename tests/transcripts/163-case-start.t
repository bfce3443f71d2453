# args: --case fixtures/cases/good.json
# about: --case starts with a saved case loaded, before the first command
case loaded from fixtures/cases/good.json (tasks: 2, positions: 1, candidates: 1)
oficio> tasks
  wages  back office   0.75  Hace las nóminas y paga a los proveedores
  desk   front office  0.81  greets visitors at the front desk contact=yes
oficio> rank front-desk
1. ana 0.27  (missing: being articulate and well spoken, effective communication, basic computer skills, ...)
oficio> task desk greets visitors contact=no
desk: back office (confidence 0.67; front 0.0, back 2.0)
  + no dealings with customers, from "contact=no": back office +2.0 [intro]
oficio> tasks
  wages  back office  0.75  Hace las nóminas y paga a los proveedores
  desk   back office  0.67  greets visitors contact=no
