# about: the built-in knowledge starts from a binary image, to which CLIPS adds no construct and which keeps no construct's text: a construct typed at the prompt (defrule, deffunction, build) or a ppdef... form moves the session to the parsed knowledge first, tasks, positions and candidates with it; reload drops typed constructs, as it always did
# exit: 1
oficio> task t1 atiende a los clientes en el mostrador
t1: front office (confidence 0.75; front 3.0, back 0.0)
  + direct dealings with customers, from "atiende + clientes": front office +3.0 [intro]
oficio> candidate ana interpersonal communication
candidate ana: interpersonal skills, effective communication
oficio> position p1 t1
position p1 kept (9 skills)
essential:
  interpersonal skills (interpersonal)
      because of t1, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of t1, through front office [front-skills]
  effective communication (communication)
      because of t1, through front office [front-skills]
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
oficio> (defrule typed-rule (task (id ?t)) => (printout t "typed rule sees " ?t crlf))
oficio> (run)
typed rule sees t1
oficio> tasks
  t1  front office  0.75  atiende a los clientes en el mostrador
oficio> match ana p1
ana fits 0.27
  has: interpersonal skills (essential), effective communication (essential)
  missing: being articulate and well spoken (essential), active listening (essential), basic computer skills (essential), a friendly manner (important), patience (important), good questioning technique (important), conflict management (important)
oficio> (deffunction twice (?x) (* 2 ?x))
oficio> (twice 21)
42
oficio> reload
knowledge reloaded: 31 files
oficio> tasks
  t1  front office  0.75  atiende a los clientes en el mostrador
oficio> (ppdeftemplate section)
(deftemplate MAIN::section "A section of the article, cited by id."
   (slot id (type SYMBOL))
   (slot label-es (type STRING))
   (slot label-en (type STRING)))
oficio> (twice 21)

[EXPRNPSR3] Missing function declaration for twice.
oficio> (build "(deftemplate note (slot text))")
TRUE
oficio> (progn (assert (note (text "hola"))) (length$ (find-all-facts ((?n note)) TRUE)))
1
oficio> why t1
task t1 is front office (confidence 0.75; front office 3.0, back office 0.0)
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as "atiende a los clientes en el mostrador"  [user]
  - 3.0 for front office: direct dealings with customers  [intro]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact)
