# about: text that looks like CLIPS is stored byte for byte and never runs
# exit: 1
oficio> task t1 x") (system "touch pwned") ("
t1: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> task t2 (assert (evil)) ; (exit)
t2: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> classify \") (exit) ("
unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> (do-for-all-facts ((?t task)) TRUE (printout t ?t:id ": " ?t:text crlf))
t1: x") (system "touch pwned") ("
t2: (assert (evil)) ; (exit)
oficio> (open "pwned" f "r")
FALSE
oficio> (find-all-facts ((?e evil)) TRUE)
[PRNTUTIL1] Unable to find deftemplate evil.
oficio> tasks
  t1  unknown (not enough evidence)  0.00  x") (system "touch pwned") ("
  t2  unknown (not enough evidence)  0.00  (assert (evil)) ; (exit)
