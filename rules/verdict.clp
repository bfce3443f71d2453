;;; verdict.clp - the evidence of a task, scored per side, gives its side
;;; (front-office, back-office, mixed or unknown) and a confidence, with the
;;; thresholds of kb/params.clp. A side's score counts each thing (criterion,
;;; duty, role) once, at its strongest, and each further thing counts less
;;; (param repeat-decay): five words about customers are one fact, not five,
;;; and a long list of duties on one side does not drown one on the other.
;;; Evidence against a side (negated cues) is subtracted in full. The verdict
;;; hangs on the task's revision, which oficio bumps whenever the task
;;; changes, so it is drawn again.

(deffacts verdict-docs
   (rule-doc (rule verdict) (source intro)
      (es "Suma la evidencia de cada lado: gana el lado con más; si ambos pesan parecido la tarea es mixta, y si ninguno alcanza el mínimo, desconocida.")
      (en "Sums the evidence for each side: the stronger side wins; if both weigh alike the task is mixed, and if neither reaches the minimum, unknown.")))

(deffunction param-value (?id)
   (do-for-fact ((?p param)) (eq ?p:id ?id) (return ?p:value))
   0)

(deffunction strongest-for (?task ?side ?about)
   (bind ?best 0.0)
   (do-for-all-facts ((?e evidence))
         (and (eq ?e:task ?task) (eq ?e:side ?side) (eq ?e:about ?about) (> ?e:weight ?best))
      (bind ?best ?e:weight))
   ?best)

(deffunction side-score (?task ?side)
   (bind ?against 0.0)
   (bind ?abouts (create$))
   (do-for-all-facts ((?e evidence)) (and (eq ?e:task ?task) (eq ?e:side ?side))
      (if (< ?e:weight 0)
       then (bind ?against (+ ?against ?e:weight))
       else (if (not (member$ ?e:about ?abouts)) then (bind ?abouts (create$ ?abouts ?e:about)))))
   (bind ?weights (create$))
   (foreach ?a ?abouts (bind ?weights (create$ ?weights (strongest-for ?task ?side ?a))))
   (bind ?weights (sort < ?weights))
   (bind ?sum 0.0)
   (bind ?factor 1.0)
   (foreach ?w ?weights
      (bind ?sum (+ ?sum (* ?factor ?w)))
      (bind ?factor (* ?factor (param-value repeat-decay))))
   (max 0.0 (+ ?sum ?against)))

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
