;;; A few words of each lexicon and of language.clp.
(deffacts lexicon-small
   (lexicon (phrase "nómina") (lang es) (means payroll))
   (lexicon (phrase "contacto con clientes") (lang es) (means customer-contact))
   (lexicon (phrase "paga a los proveedores") (lang es) (means accounts-payable))
   (lexicon (phrase "front desk") (lang en) (means receptionist))
   (negator (word "sin") (lang es))
   (negator (word "never") (lang en))
   (function-word (word "los") (lang es))
   (function-word (word "the") (lang en)))
