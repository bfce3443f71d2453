;;; criteria.clp - the article's deciding criteria (intro, front-duties,
;;; back-duties, back-skills) as kinds of evidence, with their weights.
;;; C1: direct interaction with customers -> front office; without it ->
;;; back office. C2: the aim of generating sales -> front office. C3:
;;; administrative, legal or support work -> back office. C4: contact only
;;; with vendors and suppliers is not customer contact -> back office.
;;; Weights are ours (inferred from how central the article makes each).

(deffacts criteria
   (criterion (id customer-contact) (code C1) (side front-office) (weight 3.0)
      (opposite no-customer-contact) (source intro)
      (label-es "trato directo con clientes")
      (label-en "direct dealings with customers"))
   (criterion (id no-customer-contact) (code C1) (side back-office) (weight 2.0)
      (opposite customer-contact) (source intro)
      (label-es "sin trato con clientes")
      (label-en "no dealings with customers"))
   (criterion (id sales-aim) (code C2) (side front-office) (weight 2.0) (source front-duties)
      (label-es "su fin es generar ventas")
      (label-en "its aim is to generate sales"))
   (criterion (id support-work) (code C3) (side back-office) (weight 2.0) (source back-duties)
      (label-es "trabajo administrativo, legal o de apoyo")
      (label-en "administrative, legal or support work"))
   (criterion (id vendor-contact) (code C4) (side back-office) (weight 1.5) (source back-skills)
      (label-es "trato solo con proveedores")
      (label-en "dealings only with vendors and suppliers")))

;;; Which topics a clause's stance hides (rules/reading.clp, classify.clp):
;;; in office work, what belongs to the front office is what the work is
;;; about ("the sales report", "the customers' files"), but for promotion,
;;; whose materials office work makes (front-duties); with only staff or
;;; suppliers likewise ("staff questions"); with customers, what belongs to
;;; the back office is what the customer is served about ("explains tax law
;;; to clients" is front office, per front-duties).
(deffacts stances
   (stance-hides (stance work) (side front-office) (except marketing business-image) (source back-duties))
   (stance-hides (stance inside) (side front-office) (source back-skills))
   (stance-hides (stance customer) (side back-office) (source front-duties)))
