;;; sides.clp - the two sides of the business (intro, front-duties, back-duties).

(deffacts sides
   (side (id front-office) (source front-duties)
      (label-es "front office (trato directo con clientes)")
      (label-en "front office (direct customer contact)"))
   (side (id back-office) (source back-duties)
      (label-es "back office (administración, legal y apoyo)")
      (label-en "back office (administrative, legal and support)")))
