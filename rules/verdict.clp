;;; verdict.clp - the evidence of a task, scored per side, gives its side
;;; (front-office, back-office, mixed or unknown) and a confidence, with the
;;; thresholds of kb/params.clp. A side's score counts each thing (criterion,
;;; duty, role) once, at its strongest, and each further thing counts less
;;; (param repeat-decay): five words about customers are one fact, not five,
;;; and a long list of duties on one side does not drown one on the other.
;;; Evidence against a side (negated cues) is subtracted in full. The verdict
;;; hangs on the task's revision, which oficio bumps whenever the task
;;; changes, so it is drawn again. fact-values and decayed-shares are
;;; oficio's own functions (engine/functions.h): the one reads the evidence
;;; of a side, the other counts each thing once at its strongest weight,
;;; from the largest down, each next one repeat-decay times less.

(deffacts verdict-docs
   (rule-doc (rule split-sides) (source intro)
      (es "Una parte del texto es solo de un lado y otra solo del otro (por una función, un rol, con quién se trata o lo que el usuario afirmó): la tarea junta dos tareas.")
      (en "One part of the text is only on one side and another only on the other (by a duty, a role, whom it deals with or what the user stated): the task joins two tasks."))
   (rule-doc (rule contact-for-a-process) (source intro)
      (es "El trato con el cliente sirve a un proceso de back office (recabar sus datos, cobrarle lo que debe): la tarea es mixta.")
      (en "The dealings with the customer serve a back-office process (gathering their data, collecting what they owe): the task is mixed."))
   (rule-doc (rule verdict) (source intro)
      (es "Suma la evidencia de cada lado, cada cosa una vez, la más fuerte entera y cada siguiente a la mitad de la anterior (param repeat-decay): gana el lado con más; si ambos pesan parecido, si una parte del texto es de un lado y otra del otro, o si el trato con el cliente sirve a un proceso de back office, la tarea es mixta; si ninguno alcanza el mínimo, desconocida.")
      (en "Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.")))

(defrule split-sides
   ;; A part of the text that speaks only for one side and another that
   ;; speaks only for the other, each by a duty, a role or whom it deals
   ;; with (the decisive evidence). What the user stated (attributes,
   ;; clause 0) counts as a part of its own.
   (logical (evidence (task ?t) (side front-office) (clause ?c1)
                      (rule evidence-from-duty|evidence-from-role|evidence-from-attribute|dealing-with-party|dealing-implied))
            (not (evidence (task ?t) (side back-office) (clause ?c1)
                           (rule evidence-from-duty|evidence-from-role|evidence-from-attribute|dealing-with-party|dealing-implied)))
            (evidence (task ?t) (side back-office) (clause ?c2&~?c1)
                      (rule evidence-from-duty|evidence-from-role|evidence-from-attribute|dealing-with-party|dealing-implied))
            (not (evidence (task ?t) (side front-office) (clause ?c2)
                           (rule evidence-from-duty|evidence-from-role|evidence-from-attribute|dealing-with-party|dealing-implied))))
   =>
   (assert (split (task ?t))))

(defrule contact-for-a-process
   ;; Customer contact in a task that also names an action which, done
   ;; with a customer, serves a back-office process (the action's serves
   ;; slot): interviewing applicants to gather their data, calling debtors.
   (logical (evidence (task ?t) (side front-office) (clause ?c&~0)
                      (rule dealing-with-party|dealing-implied|dealing-through-marker|dealing-by-channel))
            (task-cue (task ?t) (kind action) (means ?a) (negated no))
            (action (id ?a) (serves process)))
   =>
   (assert (split (task ?t))))

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
   ;; Per side, the things its evidence is about with their weights
   ;; (fact-values), each thing once at its strongest weight, the strongest
   ;; first and each next one repeat-decay times less, less in full what
   ;; counts against the side (decayed-shares: sum thing share thing
   ;; share...; the shares say what each thing adds to its side's score).
   (bind ?fs (decayed-shares ?decay (fact-values evidence (create$ task ?t side front-office) about weight)))
   (bind ?bs (decayed-shares ?decay (fact-values evidence (create$ task ?t side back-office) about weight)))
   (bind ?f (max 0.0 (nth$ 1 ?fs)))
   (bind ?b (max 0.0 (nth$ 1 ?bs)))
   (bind ?shares (create$ (rest$ ?fs) (rest$ ?bs)))
   (bind ?split (any-factp ((?s split)) (eq ?s:task ?t)))
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
