;;; sides.clp - the two sides of the business (intro, front-duties,
;;; back-duties), and the two verdicts that are not a side.

(deffacts sides
   (side (id front-office) (source front-duties)
      (label-es "front office")
      (label-en "front office"))
   (side (id back-office) (source back-duties)
      (label-es "back office")
      (label-en "back office"))
   (outcome (id mixed) (source intro)
      (label-es "mixta (de los dos lados)")
      (label-en "mixed (both sides)"))
   (outcome (id unknown) (source intro)
      (label-es "desconocido (sin evidencia suficiente)")
      (label-en "unknown (not enough evidence)")))
