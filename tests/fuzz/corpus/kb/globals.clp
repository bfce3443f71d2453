(defglobal ?*limit* = (+ 1 2) ?*name* = (str-cat "a" "b"))
(deffunction twice (?x) (* 2 ?x))
(defglobal ?*four* = (twice 2))
(deffacts with-values (param (id min-evidence) (value (twice 0.5)) (label-es "x") (label-en "y")))
