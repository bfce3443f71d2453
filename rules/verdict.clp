;;; verdict.clp - the evidence of a task, summed per side, gives its side
;;; (front-office, back-office, mixed or unknown) and a confidence, with the
;;; thresholds of kb/params.clp. The verdict hangs on the task's revision,
;;; which oficio bumps whenever the task changes, so it is drawn again.

(deffacts verdict-docs
   (rule-doc (rule verdict) (source intro)
      (es "Suma la evidencia de cada lado: gana el lado con más; si ambos pesan parecido la tarea es mixta, y si ninguno alcanza el mínimo, desconocida.")
      (en "Sums the evidence for each side: the stronger side wins; if both weigh alike the task is mixed, and if neither reaches the minimum, unknown.")))

(deffunction param-value (?id)
   (do-for-fact ((?p param)) (eq ?p:id ?id) (return ?p:value))
   0)

(deffunction side-score (?task ?side)
   (bind ?sum 0.0)
   (do-for-all-facts ((?e evidence)) (and (eq ?e:task ?task) (eq ?e:side ?side))
      (bind ?sum (+ ?sum ?e:weight)))
   (max 0.0 ?sum))

(defrule verdict
   (declare (salience -10))
   (logical (task (id ?t))
            (task-rev (task ?t)))
   (not (verdict (task ?t)))
   =>
   (bind ?f (side-score ?t front-office))
   (bind ?b (side-score ?t back-office))
   (bind ?hi (max ?f ?b))
   (bind ?lo (min ?f ?b))
   (bind ?damp (param-value confidence-damping))
   (if (< ?hi (param-value min-evidence))
    then (bind ?side unknown)
         (bind ?conf 0.0)
    else (if (and (>= ?lo (param-value min-evidence)) (>= (/ ?lo ?hi) (param-value mixed-ratio)))
          then (bind ?side mixed)
               (bind ?conf (* (/ ?lo ?hi) (/ (+ ?f ?b) (+ ?f ?b ?damp))))
          else (if (> ?f ?b) then (bind ?side front-office) else (bind ?side back-office))
               (bind ?conf (/ (- ?hi ?lo) (+ ?hi ?lo ?damp)))))
   (assert (verdict (task ?t) (side ?side) (confidence (/ (round (* ?conf 100)) 100))
                    (front ?f) (back ?b) (rule verdict))))
