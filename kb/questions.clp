;;; questions.clp - what the interview (`ask`) may ask about a task, and the
;;; answers it offers. Each question settles one of the article's criteria
;;; (intro: customer contact; front-duties: the aim of sales; back-duties:
;;; administrative, legal or support work; back-skills: vendors only).
;;; rules/interview.clp decides which one comes next.

(deffacts questions
   (question (id describe-task) (kind text) (order 10) (source intro)
      (label-es "Describa la tarea en pocas palabras (qué se hace y con quién).")
      (label-en "Describe the task in a few words (what is done, and with whom)."))
   (question (id ask-contact) (attribute contact) (choices yes no) (order 20) (source intro)
      (settles customer-contact no-customer-contact)
      (label-es "¿La tarea supone tratar directamente con clientes?")
      (label-en "Does the task mean dealing directly with customers?"))
   (question (id ask-sales) (attribute sales) (choices yes no) (order 30) (source front-duties)
      (settles sales-aim)
      (label-es "¿Su fin es generar ventas?")
      (label-en "Is its aim to generate sales?"))
   (question (id ask-nature) (attribute nature) (order 40) (source back-duties)
      (choices administrative legal support commercial)
      (settles support-work)
      (label-es "¿De qué naturaleza es el trabajo?")
      (label-en "What is the nature of the work?"))
   (question (id ask-vendors) (attribute vendors) (choices yes no) (order 50) (source back-skills)
      (settles vendor-contact)
      (label-es "¿Trata la tarea con proveedores?")
      (label-en "Does the task deal with vendors or suppliers?"))

   (choice (id yes) (label-es "sí") (label-en "yes"))
   (choice (id no) (label-es "no") (label-en "no"))
   (choice (id administrative) (source back-duties)
      (label-es "administrativa") (label-en "administrative"))
   (choice (id legal) (source back-duties) (label-es "legal") (label-en "legal"))
   (choice (id support) (source back-duties)
      (label-es "de apoyo") (label-en "support"))
   (choice (id commercial) (source front-duties)
      (label-es "comercial") (label-en "commercial")))
