(deffacts bad
   (lexicon (phrase "nómina") (lang es) (means payroll))
(defrule r (duty (id ?d)) => (assert (foo ?d))
