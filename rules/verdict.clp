;;; verdict.clp - the evidence of a task, scored per side, gives its side
;;; (front-office, back-office, mixed or unknown) and a confidence, with the
;;; thresholds of kb/params.clp. A side's score counts each thing (criterion,
;;; duty, role) once, at its strongest, and each further thing counts less
;;; (param repeat-decay): five words about customers are one fact, not five,
;;; and a long list of duties on one side does not drown one on the other.
;;; Evidence against a side (negated cues) is subtracted in full. The verdict
;;; hangs on the task's revision, which oficio bumps whenever the task
;;; changes, so it is drawn again. decayed-shares is oficio's own function
;;; (engine/functions.c): each thing once at its strongest weight, from the
;;; largest down, each next one counted repeat-decay times less.

(deffacts verdict-docs
   (rule-doc (rule verdict) (source intro)
      (es "Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, o una parte del texto es de un lado y otra del otro, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.")
      (en "Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, or one part of the text is on one side and another part on the other, the task is mixed; if neither reaches the minimum, unknown.")))

(deffunction apart (?these ?those)
   ;; Is one of these parts of the text (0: not from the text) none of those?
   (foreach ?c ?these
      (if (and (> ?c 0) (not (member$ ?c ?those))) then (return TRUE)))
   FALSE)

(deffunction share-sum (?shares)
   ;; The sum of the shares of key share key share...
   (bind ?sum 0.0)
   (loop-for-count (?i 1 (div (length$ ?shares) 2))
      (bind ?sum (+ ?sum (nth$ (* 2 ?i) ?shares))))
   ?sum)

(deffunction side-scores (?task ?decay)
   ;; One pass over the evidence: per side, each thing once at its strongest
   ;; weight, the strongest first and each next one repeat-decay times less
   ;; (decayed-shares), less what counts against the side; and the clauses
   ;; of the text each side's evidence comes from. Returns (front back split
   ;; thing share thing share...): split is TRUE when a part of the text
   ;; speaks only for one side and another part only for the other; the
   ;; shares say what each thing adds to its side's score.
   (bind ?f (create$)) (bind ?f-against 0.0) (bind ?f-clauses (create$))
   (bind ?b (create$)) (bind ?b-against 0.0) (bind ?b-clauses (create$))
   (bind ?decisive (create$ evidence-from-duty evidence-from-role dealing-with-party dealing-implied))
   (do-for-all-facts ((?e evidence)) (eq ?e:task ?task)
      (bind ?clause (if (member$ ?e:rule ?decisive) then ?e:clause else 0))
      (if (eq ?e:side front-office)
       then (if (< ?e:weight 0)
             then (bind ?f-against (+ ?f-against ?e:weight))
             else (bind ?f (create$ ?f ?e:about ?e:weight))
                  (bind ?f-clauses (create$ ?f-clauses ?clause)))
       else (if (eq ?e:side back-office)
             then (if (< ?e:weight 0)
                   then (bind ?b-against (+ ?b-against ?e:weight))
                   else (bind ?b (create$ ?b ?e:about ?e:weight))
                        (bind ?b-clauses (create$ ?b-clauses ?clause))))))
   (bind ?f (decayed-shares ?decay ?f))
   (bind ?b (decayed-shares ?decay ?b))
   (create$ (max 0.0 (+ (share-sum ?f) ?f-against))
            (max 0.0 (+ (share-sum ?b) ?b-against))
            (and (apart ?f-clauses ?b-clauses) (apart ?b-clauses ?f-clauses))
            ?f ?b))

(defrule verdict
   (declare (salience -10))
   (logical (task (id ?t))
            (task-rev (task ?t)))
   (not (verdict (task ?t)))
   (param (id min-evidence) (value ?min))
   (param (id mixed-ratio) (value ?ratio))
   (param (id confidence-damping) (value ?damp))
   (param (id repeat-decay) (value ?decay))
   (param (id mixed-confidence) (value ?mixed-cap))
   =>
   (bind ?scores (side-scores ?t ?decay))
   (bind ?f (nth$ 1 ?scores))
   (bind ?b (nth$ 2 ?scores))
   (bind ?split (nth$ 3 ?scores))
   (bind ?shares (rest$ (rest$ (rest$ ?scores))))
   (bind ?hi (max ?f ?b))
   (bind ?lo (min ?f ?b))
   (if (< ?hi ?min)
    then (bind ?side unknown)
         (bind ?conf 0.0)
    else (if (and (>= ?lo ?min) (or ?split (>= (/ ?lo ?hi) ?ratio)))
          then (bind ?side mixed)
               (bind ?conf (* ?mixed-cap (/ ?lo ?hi) (/ (+ ?f ?b) (+ ?f ?b ?damp))))
          else (if (> ?f ?b) then (bind ?side front-office) else (bind ?side back-office))
               (bind ?conf (/ (- ?hi ?lo) (+ ?hi ?lo ?damp)))))
   (assert (verdict (task ?t) (side ?side) (confidence (/ (round (* ?conf 100)) 100))
                    (front ?f) (back ?b) (shares ?shares) (rule verdict))))
