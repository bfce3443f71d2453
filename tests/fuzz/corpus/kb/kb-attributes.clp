;;; attributes.clp - what a user may state about a task as name=value, and
;;; which criterion each statement is evidence for (intro, front-duties,
;;; back-duties, back-skills). Values may be typed in either language
;;; (answer-word facts).

(deffacts attributes
   (attribute (name contact) (alias contacto) (values yes no unknown)
      (label-es "¿trata directamente con clientes?")
      (label-en "does it deal directly with customers?"))
   (attribute (name sales) (alias ventas) (values yes no unknown)
      (label-es "¿su fin es generar ventas?")
      (label-en "is its aim to generate sales?"))
   (attribute (name nature) (alias naturaleza) (values administrative legal support commercial)
      (label-es "naturaleza del trabajo")
      (label-en "nature of the work"))
   (attribute (name vendors) (alias proveedores) (values yes no unknown)
      (label-es "¿trata con proveedores?")
      (label-en "does it deal with vendors or suppliers?"))
   (attribute (name duty) (alias funcion) (values duty)
      (label-es "una función que cubre (id de función)")
      (label-en "a duty it covers (a duty id)"))

   (attribute-signal (name contact) (value yes) (criterion customer-contact) (source intro))
   (attribute-signal (name contact) (value no) (criterion no-customer-contact) (source intro))
   (attribute-signal (name sales) (value yes) (criterion sales-aim) (source front-duties))
   (attribute-signal (name nature) (value administrative) (criterion support-work) (source back-duties))
   (attribute-signal (name nature) (value legal) (criterion support-work) (source back-duties))
   (attribute-signal (name nature) (value support) (criterion support-work) (source back-duties))
   (attribute-signal (name nature) (value commercial) (criterion sales-aim) (source front-duties))
   (attribute-signal (name vendors) (value yes) (criterion vendor-contact) (source back-skills))

   (answer-word (word "administrativa") (value administrative))
   (answer-word (word "administrativo") (value administrative))
   (answer-word (word "apoyo") (value support))
   (answer-word (word "soporte") (value support))
   (answer-word (word "comercial") (value commercial)))
