# about: a thing named twice is one (position items, attribute values); one attribute with two values is refused; a NUL in a case file is refused
# exit: 1
oficio> hire receptionist receptionist
essential:
  interpersonal skills (interpersonal)
      because of receptionist, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of receptionist, through front office [front-skills]
  effective communication (communication)
      because of receptionist, through front office [front-skills]
  active listening (active-listening)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
  basic computer skills (basic-computer)
      because of receptionist, through scheduling appointments [computer-skills]
      because of receptionist, through front office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of receptionist, through front office [front-skills]
      because of receptionist, through the image and reputation of the business [inferred]
  patience (patience)
      because of receptionist, through front office [front-skills]
      because of receptionist, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
  conflict management (conflict-management)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
oficio> position p receptionist recepcionista
position p kept (9 skills)
essential:
  interpersonal skills (interpersonal)
      because of receptionist, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of receptionist, through front office [front-skills]
  effective communication (communication)
      because of receptionist, through front office [front-skills]
  active listening (active-listening)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
  basic computer skills (basic-computer)
      because of receptionist, through scheduling appointments [computer-skills]
      because of receptionist, through front office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of receptionist, through front office [front-skills]
      because of receptionist, through the image and reputation of the business [inferred]
  patience (patience)
      because of receptionist, through front office [front-skills]
      because of receptionist, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
  conflict management (conflict-management)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
oficio> task t1 keeps the books contact=yes contact=no
error: 'contact=yes contact=no': one attribute, two values; state it once
oficio> task t1 keeps the books contact=no contacto=no
t1: back office (confidence 0.75; front 0.0, back 3.0)
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
  + no dealings with customers, from "contact=no": back office +1.00 (of 2.0: each further reason counts less) [intro]
oficio> task t2 pays suppliers duty=accounts-payable duty=bookkeeping
t2: back office (confidence 0.75; front 0.0, back 3.0)
  + accounts payable, from "pays suppliers, duty=accounts-payable": back office +2.0 [back-duties]
  + bookkeeping, from "duty=bookkeeping": back office +1.00 (of 2.0: each further reason counts less) [back-duties]
oficio> tasks
  t1  back office  0.75  keeps the books contact=no
  t2  back office  0.75  pays suppliers duty=accounts-payable duty=bookkeeping
oficio> load fixtures/cases/repeated-item.json
note: unsaved changes replaced (tasks: 2, positions: 1, candidates: 0)
case loaded from fixtures/cases/repeated-item.json in place of the session (tasks: 0, positions: 1, candidates: 0)
oficio> candidate ana interpersonal
candidate ana: interpersonal skills
oficio> match ana desk
ana fits 0.14
  has: interpersonal skills (essential)
  missing: being articulate and well spoken (essential), effective communication (essential), active listening (essential), basic computer skills (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important)
oficio> load fixtures/cases/nul.json
error: cannot load fixtures/cases/nul.json:5:28: the file holds a NUL byte (a case is UTF-8 text); the session is unchanged
oficio> classify keeps the books nature=legal naturaleza=administrativa
error: 'nature=legal nature=administrative': one attribute, two values; state it once
