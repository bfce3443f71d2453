# about: reload keeps the tasks, positions and candidates and draws their conclusions again from the new knowledge
# args: --add-kb fixtures/layer
# exit: 1
oficio> task t1 decorar el escaparate y vigilar los plazos
t1: front office (confidence 0.67; front 2.0, back 0.0)
  + promoting products and services, from "escaparate": front office +2.0 [front-duties]
oficio> candidate ana numeracy
candidate ana: ease with numbers and maths
oficio> position p1 t1
position p1 kept (9 skills)
essential:
  interpersonal skills (interpersonal)
      because of t1, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of t1, through front office [front-skills]
  effective communication (communication)
      because of t1, through front office [front-skills]
      because of t1, through promoting products and services [inferred]
  active listening (active-listening)
      because of t1, through front office [front-skills]
  basic computer skills (basic-computer)
      because of t1, through front office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of t1, through front office [front-skills]
  patience (patience)
      because of t1, through front office [front-skills]
  good questioning technique (questioning-techniques)
      because of t1, through front office [front-skills]
  conflict management (conflict-management)
      because of t1, through front office [front-skills]
oficio> (open "fixtures/layer/more.clp" f "w")
TRUE
oficio> (printout f "(deffacts more (lexicon (phrase \"plazos\") (lang es) (means tax-compliance)))" crlf)
oficio> (close f)
TRUE
oficio> reload
knowledge reloaded: 33 files
oficio> tasks
  t1  mixed (both sides)  0.48  decorar el escaparate y vigilar los plazos
oficio> match ana p1
ana fits 0.00
  has: -
  missing: interpersonal skills (essential), being articulate and well spoken (essential), effective communication (essential), active listening (essential), oral and written communication (essential), organisational ability (essential), document handling (correct filing, on-time dispatch) (essential), basic computer skills (essential), word processing (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important), software specific to the job (useful)
oficio> (open "fixtures/layer/zz.clp" f "w")
TRUE
oficio> (printout f "(deffacts broken (duty (colour red)))" crlf)
oficio> (close f)
TRUE
oficio> recargar
error: fixtures/layer/zz.clp:1: [TMPLTDEF1] Invalid slot colour not defined in corresponding deftemplate duty.
error: reload failed; the previous knowledge and session are kept
oficio> tasks
  t1  mixed (both sides)  0.48  decorar el escaparate y vigilar los plazos
