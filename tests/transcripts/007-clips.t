# about: CLIPS at the prompt: results, several lines, strings, comments, errors
# args: --kb fixtures/mini
# exit: 1
oficio> (+ 1 2)
3
oficio> (str-cat "a(b" ")c")
"a(b)c"
oficio> (deffunction area (?w ?h)
...>    ; width times height
...>    (* ?w ?h))
oficio> (area 3 4)
12
oficio> (+ 1 1) (+ 2 2)
2
4
oficio> (str-cat "two
...> lines")
"two
lines"
oficio> (nosuch 1)

[EXPRNPSR3] Missing function declaration for nosuch.
oficio> (defrule r (item (colour ?c)) => )

[TMPLTDEF1] Invalid slot colour not defined in corresponding deftemplate item.

ERROR:
(defrule MAIN::r
   (item (colour
oficio> ) (+ 1 2)
error: unbalanced ')' at column 1; the expression was discarded
oficio> (+ 1 2)) 
3
error: unbalanced ')' at column 8; the expression was discarded
oficio> (+ 1 2) junk
3
error: unexpected text after the expression at column 9: 'junk'
oficio> (run)
oficio> (facts)
f-0     (initial-fact)
f-1     (item (name apple) (size 3))
f-2     (big (name apple))
For a total of 3 facts.
oficio>    (+ 5 5)
10
