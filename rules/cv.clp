;;; cv.clp - the skills a part of a CV shows (candidate NAME --from FILE).
;;; Each part of the CV is read as a task statement is (the same cues), with
;;; a cv-read fact beside it; these rules draw, from what the person says
;;; they did, the skills that work needs by itself (requirement facts of a
;;; duty or a job), not every skill of its side: having served customers
;;; does not show every front office skill. Only what is named as done
;;; counts: a duty named, an action that is a duty's work, a job held. A
;;; thing worked on ("ordenador") or a party ("clientes") shows no duty, and
;;; a negated cue ("sin experiencia en ventas") shows nothing. Skills named
;;; by their labels or synonyms are found by the C side (advisor_skills_in),
;;; as in the requirements of a job description.

(deffacts cv-docs
   (rule-doc (rule cv-skill-from-duty) (source inferred)
      (es "El CV nombra una función que la persona hizo, y esa función necesita esta habilidad.")
      (en "The CV names a duty the person did, and that duty needs this skill."))
   (rule-doc (rule cv-skill-from-action) (source inferred)
      (es "El CV dice que la persona hizo un trabajo propio de una función, y esa función necesita esta habilidad.")
      (en "The CV says the person did work that belongs to a duty, and that duty needs this skill."))
   (rule-doc (rule cv-skill-from-job) (source inferred)
      (es "El CV nombra un rol que la persona tuvo, y ese rol necesita esta habilidad.")
      (en "The CV names a job the person held, and that job needs this skill."))
   (rule-doc (rule cv-skill-from-job-duty) (source inferred)
      (es "El CV nombra un rol que la persona tuvo; una función de ese rol necesita esta habilidad.")
      (en "The CV names a job the person held; a duty of that job needs this skill.")))

(defrule cv-skill-from-duty
   (logical (cv-read (task ?t))
            (task-cue (task ?t) (kind duty) (means ?d) (negated no) (words ?x) (mark ~by&~at))
            (requirement (of ?d) (skill ?k)))
   =>
   (assert (cv-skill (task ?t) (skill ?k) (via ?d) (words ?x))))

(defrule cv-skill-from-action
   (logical (cv-read (task ?t))
            (task-cue (task ?t) (kind action) (means ?a) (negated no) (words ?x))
            (action (id ?a) (shows ?d))
            (duty (id ?d))
            (requirement (of ?d) (skill ?k)))
   =>
   (assert (cv-skill (task ?t) (skill ?k) (via ?d) (words ?x))))

(defrule cv-skill-from-job
   (logical (cv-read (task ?t))
            (task-cue (task ?t) (kind role) (means ?r) (negated no) (words ?x))
            (requirement (of ?r) (skill ?k)))
   =>
   (assert (cv-skill (task ?t) (skill ?k) (via ?r) (words ?x))))

(defrule cv-skill-from-job-duty
   (logical (cv-read (task ?t))
            (task-cue (task ?t) (kind role) (means ?r) (negated no) (words ?x))
            (role-duty (role ?r) (duty ?d))
            (requirement (of ?d) (skill ?k)))
   =>
   (assert (cv-skill (task ?t) (skill ?k) (via ?r) (words ?x))))
