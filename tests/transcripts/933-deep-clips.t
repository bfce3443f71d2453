# about: CLIPS code that recurses without end, or deeper than the stack holds, is stopped in one line and the session goes on (each crashed oficio)
# exit: 1
oficio> (deffunction r (?n) (r (+ ?n 1)))
oficio> (r 0)
error: run stopped: the CLIPS code recursed or nested too deep (the stack would overflow)
oficio> (deffunction d (?n) (if (> ?n 0) then (d (- ?n 1)) else 0))
oficio> (d 20000)
error: run stopped: the CLIPS code recursed or nested too deep (the stack would overflow)
oficio> (d 100)
0
oficio> (defgeneric g)
oficio> (defmethod g ((?n INTEGER)) (g (+ ?n 1)))
oficio> (g 0)
error: run stopped: the CLIPS code recursed or nested too deep (the stack would overflow)
oficio> (defclass A (is-a USER))
oficio> (defmessage-handler A m () (send ?self m))
oficio> (send (make-instance a of A) m)
error: run stopped: the CLIPS code recursed or nested too deep (the stack would overflow)
oficio> (deffunction f (?n) (funcall f (+ ?n 1)))
oficio> (f 0)
error: run stopped: the CLIPS code recursed or nested too deep (the stack would overflow)
oficio> (defglobal ?*x* = (build "(deftemplate built (slot x))"))
[OFICIO1] build cannot run while a construct is being parsed (in a defglobal's value)

ERROR:
(defglobal MAIN ?*x* = (build "(deftemplate built (slot x))")
oficio> (build "(defglobal ?*y* = (build \"(deftemplate t2)\"))")
[OFICIO1] build cannot run while a construct is being parsed (in a defglobal's value)

ERROR:
(defglobal MAIN ?*y* = (build "(deftemplate t2)")
FALSE
oficio> task t1 keeps the books
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
