;;; interview.clp - which question the interview (`ask`) puts next. While
;;; oficio holds (interview (task T)), a task whose side is still open gets
;;; the questions that could settle it (can-ask), and the first of them by
;;; order becomes (ask). A question is never put when the task's text,
;;; attributes or earlier answers already speak to what it asks.

(deffacts interview-docs
   (rule-doc (rule open-side) (source intro)
      (es "El lado de la tarea sigue abierto: desconocido, o con una confianza por debajo de la que da por resuelta la tarea.")
      (en "The task's side is still open: unknown, or with a confidence below the one that settles it."))
   (rule-doc (rule ask-description) (source intro)
      (es "La tarea no tiene descripción: su texto es la mejor evidencia de su lado.")
      (en "The task has no description: its text is the best evidence of its side."))
   (rule-doc (rule ask-criterion) (source intro)
      (es "Nada de lo dicho habla aún de este criterio del artículo, y la respuesta puede decidir el lado abierto.")
      (en "Nothing said so far speaks to this criterion of the article, and the answer may decide the open side."))
   (rule-doc (rule next-question) (source inferred)
      (es "De las preguntas posibles se hace primero la de menor orden.")
      (en "Of the questions that may be asked, the lowest in order comes first."))
   (rule-doc (rule attribute-from-answer) (source inferred)
      (es "Responder a una pregunta es declarar el atributo que pregunta.")
      (en "Answering a question states the attribute it asks about.")))

(defrule open-side
   (logical (interview (task ?t))
            (verdict (task ?t) (side ?s) (confidence ?c))
            (param (id settled-confidence) (value ?min)))
   (test (or (eq ?s unknown) (< ?c ?min)))
   =>
   (assert (open (task ?t) (side ?s) (confidence ?c))))

(defrule ask-description
   (logical (open (task ?t))
            (task (id ?t) (text ""))
            (question (id ?q) (kind text) (order ?o))
            (not (answer (task ?t) (question ?q))))
   =>
   (assert (can-ask (task ?t) (question ?q) (order ?o) (rule ask-description))))

(defrule ask-criterion
   (logical (open (task ?t))
            (question (id ?q) (kind choice) (attribute ?n) (order ?o) (settles $?cs))
            (not (answer (task ?t) (question ?q)))
            (not (task-attr (task ?t) (name ?n)))
            (not (evidence (task ?t) (about ?c&:(member$ ?c ?cs)))))
   =>
   (assert (can-ask (task ?t) (question ?q) (order ?o) (rule ask-criterion))))

(defrule next-question
   (logical (can-ask (task ?t) (question ?q) (order ?o) (rule ?r))
            (not (can-ask (task ?t) (order ?o2&:(< ?o2 ?o)))))
   =>
   (assert (ask (task ?t) (question ?q) (rule ?r))))

(defrule attribute-from-answer
   (logical (answer (task ?t) (question ?q) (value ?v&~unknown))
            (question (id ?q) (kind choice) (attribute ?n&~none)))
   =>
   (assert (task-attr (task ?t) (name ?n) (value ?v))))
