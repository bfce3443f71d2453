;;; roles.clp - the side of each role: as the article lists it
;;; (front-duties, back-duties), or, for a role a knowledge engineer adds
;;; without a side, from its duties when they all lie on one side.

(deffacts roles-docs
   (rule-doc (rule role-side) (source front-duties)
      (es "El artículo pone este rol en este lado.")
      (en "The article puts this job on this side."))
   (rule-doc (rule role-side-from-duties) (source inferred)
      (es "Todas las funciones del rol son de un lado, así que el rol también.")
      (en "All the job's duties lie on one side, so the job does too.")))

(defrule role-side
   (logical (role (id ?r) (side ?s&front-office|back-office) (source ?src)))
   =>
   (assert (role-side (role ?r) (side ?s) (source ?src) (rule role-side))))

(defrule role-side-from-duties
   (logical (role (id ?r) (side ~front-office&~back-office))
            (role-duty (role ?r) (duty ?d))
            (duty (id ?d) (side ?s))
            (not (and (role-duty (role ?r) (duty ?d2))
                      (duty (id ?d2) (side ~?s)))))
   =>
   (assert (role-side (role ?r) (side ?s) (source inferred) (rule role-side-from-duties))))
