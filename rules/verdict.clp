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

(deffunction decayed-sum (?weights ?decay)
   (bind ?sum 0.0)
   (bind ?factor 1.0)
   (foreach ?w (sort < ?weights)
      (bind ?sum (+ ?sum (* ?factor ?w)))
      (bind ?factor (* ?factor ?decay)))
   ?sum)

(deffunction side-scores (?task ?decay)
   ;; One pass over the evidence: per side, the strongest weight of each
   ;; thing, and what counts against. Only the two sides count. Returns
   ;; (front back).
   (bind ?fa (create$)) (bind ?fw (create$)) (bind ?f-against 0.0)
   (bind ?ba (create$)) (bind ?bw (create$)) (bind ?b-against 0.0)
   (do-for-all-facts ((?e evidence))
                     (and (eq ?e:task ?task) (or (eq ?e:side front-office) (eq ?e:side back-office)))
      (bind ?front (eq ?e:side front-office))
      (if (< ?e:weight 0)
       then (if ?front
             then (bind ?f-against (+ ?f-against ?e:weight))
             else (bind ?b-against (+ ?b-against ?e:weight)))
       else (if ?front
             then (bind ?i (member$ ?e:about ?fa))
                  (if (not ?i)
                   then (bind ?fa (create$ ?fa ?e:about)) (bind ?fw (create$ ?fw ?e:weight))
                   else (if (> ?e:weight (nth$ ?i ?fw)) then (bind ?fw (replace$ ?fw ?i ?i ?e:weight))))
             else (bind ?i (member$ ?e:about ?ba))
                  (if (not ?i)
                   then (bind ?ba (create$ ?ba ?e:about)) (bind ?bw (create$ ?bw ?e:weight))
                   else (if (> ?e:weight (nth$ ?i ?bw)) then (bind ?bw (replace$ ?bw ?i ?i ?e:weight)))))))
   (create$ (max 0.0 (+ (decayed-sum ?fw ?decay) ?f-against))
            (max 0.0 (+ (decayed-sum ?bw ?decay) ?b-against))))

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
   (bind ?scores (side-scores ?t ?decay))
   (bind ?f (nth$ 1 ?scores))
   (bind ?b (nth$ 2 ?scores))
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
