# about: position names a position; candidate, match and rank use it
# exit: 1
oficio> position
error: 'position': wrong number of arguments, it takes at least 2; usage: position NAME ID...|--from FILE
oficio> position front-desk
error: 'position': wrong number of arguments, it takes at least 2; usage: position NAME ID...|--from FILE
oficio> position front-desk receptionist appointment-scheduling
position front-desk kept (9 skills)
essential:
  interpersonal skills (interpersonal)
      because of scheduling appointments, through front office [front-skills]
      because of receptionist, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of scheduling appointments, through front office [front-skills]
      because of receptionist, through front office [front-skills]
  effective communication (communication)
      because of scheduling appointments, through front office [front-skills]
      because of receptionist, through front office [front-skills]
  active listening (active-listening)
      because of receptionist, through handling customer requests [front-skills]
      because of scheduling appointments, through front office [front-skills]
      because of receptionist, through front office [front-skills]
  basic computer skills (basic-computer)
      because of scheduling appointments [computer-skills]
      because of receptionist, through scheduling appointments [computer-skills]
      because of scheduling appointments, through front office [computer-skills]
      because of receptionist, through front office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of scheduling appointments, through front office [front-skills]
      because of receptionist, through front office [front-skills]
      because of receptionist, through the image and reputation of the business [inferred]
  patience (patience)
      because of scheduling appointments, through front office [front-skills]
      because of receptionist, through front office [front-skills]
      because of receptionist, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of receptionist, through handling customer requests [front-skills]
      because of scheduling appointments, through front office [front-skills]
      because of receptionist, through front office [front-skills]
  conflict management (conflict-management)
      because of receptionist, through handling customer requests [front-skills]
      because of scheduling appointments, through front office [front-skills]
      because of receptionist, through front office [front-skills]
oficio> position "x y" cashier
error: 'x y' cannot be an id: use letters, digits, '-', '_' or '.' (64 at most)
oficio> candidate
error: 'candidate': wrong number of arguments, it takes at least 2; usage: candidate NAME SKILL...|--from FILE
oficio> candidate ana
error: 'candidate': wrong number of arguments, it takes at least 2; usage: candidate NAME SKILL...|--from FILE
oficio> candidate ana interpersonal active-listening "escucha activa" paciencia basic-computer
candidate ana: interpersonal skills, active listening, patience, basic computer skills
oficio> candidate luis numeracy organization
candidate luis: ease with numbers and maths, organisational ability
oficio> candidate eva juggling
error: no skill called 'juggling' (try 'skills')
oficio> match
error: 'match': wrong number of arguments, it takes at least 2; usage: match NAME ID...
oficio> match ana
error: 'match': wrong number of arguments, it takes at least 2; usage: match NAME ID...
oficio> match ana front-desk
ana fits 0.49
  has: interpersonal skills (essential), active listening (essential), basic computer skills (essential), patience (important)
  missing: being articulate and well spoken (essential), effective communication (essential), a friendly manner (important), good questioning technique (important), conflict management (important)
oficio> match luis front-desk
luis fits 0.00
  has: -
  missing: interpersonal skills (essential), being articulate and well spoken (essential), effective communication (essential), active listening (essential), basic computer skills (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important)
oficio> match nobody front-desk
error: no candidate 'nobody' (add one with 'candidate NAME SKILL...')
oficio> match ana accountant
ana fits 0.14
  has: basic computer skills (essential)
  missing: oral and written communication (essential), ease with numbers and maths (essential), organisational ability (essential), document handling (correct filing, on-time dispatch) (essential), word processing (essential), accounting software (essential), software specific to the job (useful)
oficio> rank
error: 'rank': wrong number of arguments, it takes at least 1; usage: rank ID...
oficio> rank front-desk
1. ana 0.49  (missing: being articulate and well spoken, effective communication, a friendly manner, ...)
2. luis 0.00  (missing: interpersonal skills, being articulate and well spoken, effective communication, ...)
oficio> ordenar accountant
1. luis 0.27  (missing: oral and written communication, document handling (correct filing, on-time dispatch), basic computer skills, ...)
2. ana 0.14  (missing: oral and written communication, ease with numbers and maths, organisational ability, ...)
oficio> candidate luis numeracy accounting-software
candidate luis: ease with numbers and maths, accounting software
oficio> match luis accountant
luis fits 0.27
  has: ease with numbers and maths (essential), accounting software (essential)
  missing: oral and written communication (essential), organisational ability (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), word processing (essential), software specific to the job (useful)
