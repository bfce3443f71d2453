;;; importance.clp - how much a skill matters, a scale read off the article's
;;; wording (front-skills, back-skills, computer-skills): essential for
;;; "must", "vital", "essential", "crucial"; important for "other important",
;;; "necessary"; useful for the rest. The scale and weights are ours.

(deffacts importance
   (importance (id essential) (rank 3) (weight 1.0) (source inferred)
      (label-es "imprescindible")
      (label-en "essential"))
   (importance (id important) (rank 2) (weight 0.6) (source inferred)
      (label-es "importante")
      (label-en "important"))
   (importance (id useful) (rank 1) (weight 0.3) (source inferred)
      (label-es "útil")
      (label-en "useful")))
