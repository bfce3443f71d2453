# about: job descriptions oficio cannot read: each says what is wrong and where, and nothing is made (no position, no task); so does a name that cannot be one, or is taken
# input: : > empty.txt; printf '\n \n' > blank.txt; printf 'Funciones:\n- Atender\000\n' > nul.txt; printf 'Funciones:\n- Cobrar \351n caja\n' > latin1.txt; printf 'Requisitos:\n- Experiencia\n\nQué ofrecemos:\n- Salario\n' > noduties.txt; head -c 11000000 /dev/zero | tr '\0' a > huge.txt; mkdir folder; seq 201 | sed 's/^/- Cobrar la venta /' > many.txt; for f in empty.txt blank.txt nul.txt latin1.txt noduties.txt many.txt huge.txt missing.txt folder; do echo "position p --from $f"; done; echo 'position "a b" --from examples/clinic-receptionist.txt'; echo 'position patience --from examples/clinic-receptionist.txt'; echo 'task p.2 greets visitors'; printf 'Responsibilities:\n- Greet visitors\n- Pay the suppliers\n' > ok.txt; echo 'position p --from ok.txt'; echo 'forget p.2'; echo 'position p --from ok.txt'; echo 'position p --from ok.txt'; echo 'tasks'
# exit: 1
oficio> position p --from empty.txt
error: empty.txt: the file is empty; no position made
oficio> position p --from blank.txt
error: blank.txt: the file is empty; no position made
oficio> position p --from nul.txt
error: nul.txt:2:10: a NUL byte: not a text file; no position made
oficio> position p --from latin1.txt
error: latin1.txt:2:10: not valid UTF-8 (save the file as UTF-8 text); no position made
oficio> position p --from noduties.txt
error: noduties.txt: no duties found (2 lines set aside); no position made: put the duties under a heading such as "Responsibilities" or "Funciones", or give a file of duties alone
oficio> position p --from many.txt
error: many.txt: 201 duties, more than a position has (200 at most); no position made
oficio> position p --from huge.txt
error: cannot read huge.txt: larger than 10 MiB, too large for a document; no position made
oficio> position p --from missing.txt
error: cannot read missing.txt: No such file or directory; no position made
oficio> position p --from folder
error: cannot read folder: it is a folder; no position made
oficio> position "a b" --from examples/clinic-receptionist.txt
error: 'a b' cannot be an id: use letters, digits, '-', '_' or '.' (64 at most)
oficio> position patience --from examples/clinic-receptionist.txt
error: 'patience' already names patience in the knowledge (a skill): choose another name
oficio> task p.2 greets visitors
p.2: front office (confidence 0.75; front 3.0, back 0.0)
  + direct dealings with customers, from "greets + visitors": front office +3.0 [intro]
oficio> position p --from ok.txt
error: p.2 is a task already: pick another name for the position
oficio> forget p.2
task p.2 forgotten
oficio> position p --from ok.txt
position p read from ok.txt: 2 duties (front office 1, back office 1, mixed 0, unclear 0): as much front office as back office
weight of the evidence: front office 60%, back office 40% (every duty's scores summed)
  p.1  front office  0.75  Greet visitors
  p.2  back office   0.67  Pay the suppliers
skills the position needs:
essential:
  interpersonal skills (interpersonal)
      because of p.1, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of p.1, through front office [front-skills]
  effective communication (communication)
      because of p.1, through front office [front-skills]
  active listening (active-listening)
      because of p.1, through front office [front-skills]
  oral and written communication (oral-written-communication)
      because of p.2, through back office [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of p.2, through back office [back-skills]
  basic computer skills (basic-computer)
      because of p.2, through back office [computer-skills]
      because of p.1, through front office [computer-skills]
  word processing (word-processing)
      because of p.2, through back office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of p.1, through front office [front-skills]
  patience (patience)
      because of p.1, through front office [front-skills]
  good questioning technique (questioning-techniques)
      because of p.1, through front office [front-skills]
  conflict management (conflict-management)
      because of p.1, through front office [front-skills]
  ease with numbers and maths (numeracy)
      because of p.2, through accounts payable [inferred]
  organisational ability (organization)
      because of p.2, through back office [back-skills]
  accounting software (accounting-software)
      because of p.2, through accounts payable [inferred]
useful:
  software specific to the job (job-software)
      because of p.2, through back office [computer-skills]
oficio> position p --from ok.txt
error: p is a kept position already: pick another name
oficio> tasks
  p.1  front office  0.75  Greet visitors
  p.2  back office   0.67  Pay the suppliers
