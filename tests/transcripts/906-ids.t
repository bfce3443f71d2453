# about: empty and enormous ids are refused; ids and text in any script are data
# exit: 1
oficio> task "" payroll
error: '' cannot be an id: use letters, digits, '-', '_' or '.' (64 at most)
oficio> task aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa payroll
error: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' cannot be an id: use letters, digits, '-', '_' or '.' (64 at most)
oficio> task 任务 发工资
任务: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> task مهمة ادارة الرواتب
مهمة: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> task Zoë-1 greet visitors
Zoë-1: front office (confidence 0.75; front 3.0, back 0.0)
  + direct dealings with customers, from "greet + visitors": front office +3.0 [intro]
oficio> candidate Zoë numeracy
candidate Zoë: ease with numbers and maths
oficio> match Zoë accountant
Zoë fits 0.14
  has: ease with numbers and maths (essential)
  missing: oral and written communication (essential), organisational ability (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), word processing (essential), accounting software (essential), software specific to the job (useful)
oficio> forget 任务
task 任务 forgotten
oficio> tasks
  Zoë-1  front office                   0.75  greet visitors
  مهمة   unknown (not enough evidence)  0.00  ادارة الرواتب
