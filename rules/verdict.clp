;;; verdict.clp - the evidence of a task, scored per side, gives its side
;;; (front-office, back-office, mixed or unknown) and a confidence, with the
;;; thresholds of kb/params.clp. A side's score counts each thing (criterion,
;;; duty, role) once, at its strongest, and each further thing counts less
;;; (param repeat-decay): five words about customers are one fact, not five,
;;; and a long list of duties on one side does not drown one on the other.
;;; Evidence against a side (negated cues) is subtracted in full. The verdict
;;; hangs on the task's revision, which oficio bumps whenever the task
;;; changes, so it is drawn again. decayed-sum and max-per-key are
;;; oficio's own functions (engine/functions.c): the weights from largest to
;;; smallest, each next one counted repeat-decay times less; the strongest
;;; weight of each thing.

(deffacts verdict-docs
   (rule-doc (rule verdict) (source intro)
      (es "Suma la evidencia de cada lado: gana el lado con más; si ambos pesan parecido la tarea es mixta, y si ninguno alcanza el mínimo, desconocida.")
      (en "Sums the evidence for each side: the stronger side wins; if both weigh alike the task is mixed, and if neither reaches the minimum, unknown.")))

(deffunction side-score (?task ?side ?decay)
   ;; The strongest weight of each thing for the side (max-per-key),
   ;; decayed; what counts against it, in full.
   (bind ?for (create$))
   (bind ?against 0.0)
   (do-for-all-facts ((?e evidence)) (and (eq ?e:task ?task) (eq ?e:side ?side))
      (if (< ?e:weight 0)
       then (bind ?against (+ ?against ?e:weight))
       else (bind ?for (create$ ?for ?e:about ?e:weight))))
   (max 0.0 (+ (decayed-sum (max-per-key ?for) ?decay) ?against)))

(defrule verdict
   (declare (salience -10))
   (logical (task (id ?t))
            (task-rev (task ?t)))
   (not (verdict (task ?t)))
   (param (id min-evidence) (value ?min))
   (param (id mixed-ratio) (value ?ratio))
   (param (id confidence-damping) (value ?damp))
   (param (id repeat-decay) (value ?decay))
   =>
   (bind ?f (side-score ?t front-office ?decay))
   (bind ?b (side-score ?t back-office ?decay))
   (bind ?hi (max ?f ?b))
   (bind ?lo (min ?f ?b))
   (if (< ?hi ?min)
    then (bind ?side unknown)
         (bind ?conf 0.0)
    else (if (and (>= ?lo ?min) (>= (/ ?lo ?hi) ?ratio))
          then (bind ?side mixed)
               (bind ?conf (* (/ ?lo ?hi) (/ (+ ?f ?b) (+ ?f ?b ?damp))))
          else (if (> ?f ?b) then (bind ?side front-office) else (bind ?side back-office))
               (bind ?conf (/ (- ?hi ?lo) (+ ?hi ?lo ?damp)))))
   (assert (verdict (task ?t) (side ?side) (confidence (/ (round (* ?conf 100)) 100))
                    (front ?f) (back ?b) (rule verdict))))
