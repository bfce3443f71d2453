;;; classify.clp - evidence about a task's side, from what the user stated:
;;; its attributes (name=value) and the topics the lexicon finds in its text
;;; (duties, roles, things and criteria; actions and parties are read in
;;; reading.clp). A topic counts unless its clause's stance hides its side
;;; (stance-hides): "the sales report" in a clause of office work is about
;;; sales, not a sale. A negated cue ("sin contacto con clientes") counts
;;; against its side, or for the opposite criterion where there is one.

(deffacts classify-docs
   (rule-doc (rule evidence-from-attribute) (source intro)
      (es "Un atributo declarado de la tarea es evidencia del criterio al que apunta.")
      (en "An attribute stated for the task is evidence for the criterion it points to."))
   (rule-doc (rule duty-from-attribute) (source back-duties)
      (es "La tarea cubre la función que el usuario declaró (duty=...).")
      (en "The task covers the duty the user stated (duty=...)."))
   (rule-doc (rule duty-from-text) (source lexicon)
      (es "La tarea cubre una función porque su texto la nombra, y no solo como aquello sobre lo que se trabaja o como el lugar o el medio («en redes sociales»).")
      (en "The task covers a duty because its text names it, and not only as what the work is about or as the place or means (\"on social media\")."))
   (rule-doc (rule duty-from-thing) (source lexicon)
      (es "La tarea trabaja sobre algo que es propio de una función (nóminas, reservas).")
      (en "The task works on something that belongs to a duty (payroll, reservations)."))
   (rule-doc (rule evidence-from-thing) (source inferred)
      (es "La tarea trabaja sobre algo que es evidencia de un criterio (registros, documentos: trabajo administrativo); no aquello con lo que o en lo que trabaja («usando el ordenador», «en el sistema»).")
      (en "The task works on something that is evidence of a criterion (records, documents: administrative work); not what it works with or in (\"using computers\", \"in the system\")."))
   (rule-doc (rule evidence-from-duty) (source front-duties)
      (es "Cada función pertenece a un lado (front office o back office): cubrirla es evidencia de ese lado.")
      (en "Each duty belongs to one side (front or back office): covering it is evidence for that side."))
   (rule-doc (rule evidence-against-negated-duty) (source lexicon)
      (es "Una función nombrada con negación («sin facturación») cuenta en contra de su lado.")
      (en "A duty named with a negation (\"no invoicing\") counts against its side."))
   (rule-doc (rule role-from-text) (source lexicon)
      (es "El texto de la tarea nombra un rol (un empleo que el artículo cita).")
      (en "The task's text names a job."))
   (rule-doc (rule evidence-from-role) (source front-duties)
      (es "Los roles que el artículo cita son de un lado: nombrar uno es evidencia de ese lado.")
      (en "The jobs the article names belong to one side: naming one is evidence for that side."))
   (rule-doc (rule evidence-against-negated-role) (source lexicon)
      (es "Un rol nombrado con negación cuenta en contra de su lado.")
      (en "A job named with a negation counts against its side."))
   (rule-doc (rule evidence-from-criterion-cue) (source intro)
      (es "El texto muestra un criterio del artículo (trato con clientes, ventas, trabajo administrativo, proveedores).")
      (en "The text shows one of the article's criteria (customer contact, sales, administrative work, vendors)."))
   (rule-doc (rule evidence-from-negated-criterion-cue) (source intro)
      (es "Un criterio negado («sin contacto con clientes») cuenta para el criterio opuesto: sin trato con clientes es back office.")
      (en "A negated criterion (\"no customer contact\") counts for the opposite one: without customer contact it is back office."))
   (rule-doc (rule evidence-against-negated-criterion-cue) (source intro)
      (es "Un criterio negado sin opuesto cuenta en contra de su lado.")
      (en "A negated criterion with no opposite counts against its side.")))

(defrule evidence-from-attribute
   (logical (task-attr (task ?t) (name ?n) (value ?v))
            (attribute-signal (name ?n) (value ?v) (criterion ?c))
            (criterion (id ?c) (side ?s) (weight ?w) (source ?src)))
   =>
   (assert (evidence (task ?t) (side ?s) (weight ?w) (about ?c) (basis attribute)
                     (detail (str-cat ?n "=" ?v)) (source ?src) (rule evidence-from-attribute))))

(defrule duty-from-attribute
   (logical (task-attr (task ?t) (name duty) (value ?d))
            (duty (id ?d)))
   =>
   (assert (task-duty (task ?t) (duty ?d) (basis attribute) (detail (str-cat "duty=" ?d)))))

(defrule duty-from-text
   (logical (task-cue (task ?t) (kind duty) (means ?d) (negated no) (words ?x) (clause ?c) (mark ~by&~at))
            (duty (id ?d) (side ?s))
            (not (and (stance (task ?t) (clause ?c) (kind ?k))
                      (stance-hides (stance ?k) (side ?s) (except $?kept&:(not (member$ ?d ?kept)))))))
   =>
   (assert (task-duty (task ?t) (duty ?d) (basis text) (detail ?x) (clause ?c))))

(defrule duty-from-thing
   (logical (task-cue (task ?t) (kind thing) (means ?o) (negated no) (words ?x) (clause ?c) (mark ~by&~at))
            (thing (id ?o) (shows ?d))
            (duty (id ?d) (side ?s))
            (not (and (stance (task ?t) (clause ?c) (kind ?k))
                      (stance-hides (stance ?k) (side ?s) (except $?kept&:(not (member$ ?d ?kept)))))))
   =>
   (assert (task-duty (task ?t) (duty ?d) (basis text) (detail ?x) (clause ?c))))

(defrule evidence-from-thing
   (logical (task-cue (task ?t) (kind thing) (means ?o) (negated no) (words ?x) (clause ?c) (mark ~by&~at))
            (thing (id ?o) (shows ?cr))
            (criterion (id ?cr) (side ?s) (weight ?w) (source ?src))
            (not (and (stance (task ?t) (clause ?c) (kind ?k))
                      (stance-hides (stance ?k) (side ?s))))
            (not (stated (task ?t) (criterion ?cr))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight ?w) (about ?cr) (basis text) (detail ?x)
                     (source ?src) (rule evidence-from-thing) (clause ?c))))

(defrule evidence-from-duty
   (logical (task-duty (task ?t) (duty ?d) (basis ?b) (detail ?x) (clause ?c))
            (duty (id ?d) (side ?s) (weight ?w) (source ?src)))
   =>
   (assert (evidence (task ?t) (side ?s) (weight ?w) (about ?d) (basis ?b) (detail ?x)
                     (source ?src) (rule evidence-from-duty) (clause ?c))))

(defrule evidence-against-negated-duty
   (logical (task-cue (task ?t) (kind duty) (means ?d) (negated yes) (words ?x))
            (duty (id ?d) (side ?s) (weight ?w) (source ?src)))
   =>
   (assert (evidence (task ?t) (side ?s) (weight (- 0 ?w)) (about ?d) (basis text) (detail ?x)
                     (source ?src) (rule evidence-against-negated-duty))))

(defrule role-from-text
   (logical (task-cue (task ?t) (kind role) (means ?r) (negated no) (words ?x) (clause ?c))
            (role (id ?r))
            (role-side (role ?r) (side ?s))
            (not (and (stance (task ?t) (clause ?c) (kind ?k))
                      (stance-hides (stance ?k) (side ?s)))))
   =>
   (assert (task-role (task ?t) (role ?r) (detail ?x) (clause ?c))))

(defrule evidence-from-role
   (logical (task-role (task ?t) (role ?r) (detail ?x) (clause ?c))
            (role-side (role ?r) (side ?s))
            (role (id ?r) (weight ?w) (source ?src)))
   =>
   (assert (evidence (task ?t) (side ?s) (weight ?w) (about ?r) (basis text) (detail ?x)
                     (source ?src) (rule evidence-from-role) (clause ?c))))

(defrule evidence-against-negated-role
   (logical (task-cue (task ?t) (kind role) (means ?r) (negated yes) (words ?x))
            (role-side (role ?r) (side ?s))
            (role (id ?r) (weight ?w) (source ?src)))
   =>
   (assert (evidence (task ?t) (side ?s) (weight (- 0 ?w)) (about ?r) (basis text) (detail ?x)
                     (source ?src) (rule evidence-against-negated-role))))

(defrule evidence-from-criterion-cue
   (logical (task-cue (task ?t) (kind criterion) (means ?c) (negated no) (words ?x) (clause ?n))
            (criterion (id ?c) (side ?s) (weight ?w) (source ?src))
            (not (and (stance (task ?t) (clause ?n) (kind ?k))
                      (stance-hides (stance ?k) (side ?s))))
            (not (stated (task ?t) (criterion ?c))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight ?w) (about ?c) (basis text) (detail ?x)
                     (source ?src) (rule evidence-from-criterion-cue) (clause ?n))))

(defrule evidence-from-negated-criterion-cue
   (logical (task-cue (task ?t) (kind criterion) (means ?c) (negated yes) (words ?x))
            (criterion (id ?c) (opposite ?o&~none))
            (criterion (id ?o) (side ?s) (weight ?w) (source ?src))
            (not (stated (task ?t) (criterion ?o))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight ?w) (about ?o) (basis text) (detail ?x)
                     (source ?src) (rule evidence-from-negated-criterion-cue))))

(defrule evidence-against-negated-criterion-cue
   (logical (task-cue (task ?t) (kind criterion) (means ?c) (negated yes) (words ?x))
            (criterion (id ?c) (opposite none) (side ?s) (weight ?w) (source ?src)))
   =>
   (assert (evidence (task ?t) (side ?s) (weight (- 0 ?w)) (about ?c) (basis text) (detail ?x)
                     (source ?src) (rule evidence-against-negated-criterion-cue))))
