;;; match.clp - how well a candidate fits a position: the skills the
;;; candidate has and lacks among those the position needs, and a fit from
;;; 0 to 1, each skill weighted by its importance (kb/importance.clp).

(deffacts match-docs
   (rule-doc (rule candidate-has-skill) (source inferred)
      (es "El candidato tiene una habilidad que el puesto necesita.")
      (en "The candidate has a skill the position needs."))
   (rule-doc (rule candidate-lacks-skill) (source inferred)
      (es "Al candidato le falta una habilidad que el puesto necesita.")
      (en "The candidate lacks a skill the position needs."))
   (rule-doc (rule fit) (source inferred)
      (es "El ajuste es el peso de las habilidades que tiene entre el peso de todas las que el puesto necesita (esencial 1, importante 0.6, útil 0.3).")
      (en "The fit is the weight of the skills the candidate has over the weight of all the position needs (essential 1, important 0.6, useful 0.3).")))

(defrule candidate-has-skill
   (logical (fit-request (candidate ?c) (position ?p))
            (position-skill (position ?p) (skill ?k) (importance ?i))
            (candidate-skill (candidate ?c) (skill ?k)))
   =>
   (assert (has-skill (candidate ?c) (position ?p) (skill ?k) (importance ?i))))

(defrule candidate-lacks-skill
   (logical (fit-request (candidate ?c) (position ?p))
            (position-skill (position ?p) (skill ?k) (importance ?i))
            (not (candidate-skill (candidate ?c) (skill ?k))))
   =>
   (assert (lacks-skill (candidate ?c) (position ?p) (skill ?k) (importance ?i))))

(deffunction importance-weight (?i)
   (do-for-fact ((?m importance)) (eq ?m:id ?i) (return ?m:weight))
   0)

(defrule fit
   (declare (salience -20))
   (logical (fit-request (candidate ?c) (position ?p)))
   (not (fit (candidate ?c) (position ?p)))
   =>
   (bind ?has 0.0)
   (bind ?all 0.0)
   (do-for-all-facts ((?h has-skill)) (and (eq ?h:candidate ?c) (eq ?h:position ?p))
      (bind ?has (+ ?has (importance-weight ?h:importance))))
   (do-for-all-facts ((?l lacks-skill)) (and (eq ?l:candidate ?c) (eq ?l:position ?p))
      (bind ?all (+ ?all (importance-weight ?l:importance))))
   (bind ?all (+ ?all ?has))
   (bind ?value (if (> ?all 0) then (/ ?has ?all) else 0.0))
   (assert (fit (candidate ?c) (position ?p) (value (/ (round (* ?value 100)) 100)) (rule fit))))
