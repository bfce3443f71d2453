(deftemplate counter (slot n (type INTEGER)))
(deffacts start (counter (n 0)))
(defrule count ?c <- (counter (n ?n)) => (modify ?c (n (+ ?n 1))))
