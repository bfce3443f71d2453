;;; reading.clp - the article's criteria applied to the reading of a task's
;;; text: the actions of each clause, the parties they are done with, and
;;; the channel (task-cue facts, whose clause and marker oficio finds).
;;;
;;; An action done with a person (kind meet, serve, sell) takes its side
;;; from the party it deals with (C1, C4; a party named as the place or
;;; the means, "en recepción", is not dealt with): customers make it front office,
;;; staff, suppliers and outsiders back office. With nobody named it deals
;;; with the party it implies (greeting implies customers), or, through a
;;; front channel (the phone, the counter) or none at all, with an unnamed
;;; public: weaker evidence for the front office. Office work (kind work)
;;; is evidence of what it shows (C3) whoever it is about: a customer named
;;; in a clause of records is what the records are about, and so is a
;;; person-facing action named after the work ("fill in the reports of
;;; visits"): the action a clause leads with (its first that is not neutral)
;;; gives the clause its stance. A stance sums up
;;; each clause for the topics named in it (classify.clp). What the user
;;; states about a criterion (an attribute) outweighs what the text says.

(deffacts reading-docs
   (rule-doc (rule stance-work) (source back-duties)
      (es "Esta parte del texto empieza por trabajo de oficina: lo que nombra es aquello sobre lo que se trabaja.")
      (en "This part of the text leads with office work: what it names is what the work is about."))
   (rule-doc (rule stance-customer) (source intro)
      (es "Esta parte del texto empieza por tratar con clientes, o con alguien que no se nombra.")
      (en "This part of the text leads with dealing with customers, or with someone it does not name."))
   (rule-doc (rule stance-inside) (source back-skills)
      (es "Esta parte del texto empieza por tratar solo con personal, proveedores u otros que no son clientes.")
      (en "This part of the text leads with dealing only with staff, suppliers or others who are not customers."))
   (rule-doc (rule stated-criterion) (source inferred)
      (es "El usuario declaró un atributo sobre este criterio: manda sobre lo que sugiere el texto.")
      (en "The user stated an attribute about this criterion: it outweighs what the text suggests."))
   (rule-doc (rule stated-opposite) (source inferred)
      (es "Declarar un criterio también zanja su opuesto.")
      (en "Stating a criterion settles its opposite too."))
   (rule-doc (rule dealing-with-party) (source intro)
      (es "Una acción que se hace con alguien toma su lado de con quién se hace: clientes, front office; personal, proveedores u organismos, back office.")
      (en "An action done with someone takes its side from whom it is done with: customers, front office; staff, suppliers or outside bodies, back office."))
   (rule-doc (rule dealing-through-marker) (source intro)
      (es "Una acción que por sí sola no dice nada, hecha para, con, a o desde alguien, toma el lado de ese alguien (a menos peso, param marked-party).")
      (en "An action that says nothing on its own, done for, with, to or from someone, takes that someone's side (at less weight, param marked-party)."))
   (rule-doc (rule dealing-implied) (source intro)
      (es "La acción supone con quién se hace aunque no se nombre (recibir supone clientes), a menos peso (param implied-party).")
      (en "The action implies whom it is done with though nobody is named (greeting implies customers), at less weight (param implied-party)."))
   (rule-doc (rule dealing-by-channel) (source intro)
      (es "Una acción con alguien sin nombrar, por un canal de cara al público (teléfono, mostrador), trata con clientes (param front-channel).")
      (en "An action with someone unnamed, through a front channel (phone, counter), deals with customers (param front-channel)."))
   (rule-doc (rule dealing-unnamed) (source intro)
      (es "Una acción con alguien sin nombrar ni canal: se supone el público, con poco peso (param unnamed-party).")
      (en "An action with someone named neither by party nor channel: the public is assumed, at little weight (param unnamed-party)."))
   (rule-doc (rule not-dealing) (source intro)
      (es "Una acción con clientes negada («no atiende clientes») es evidencia de que no hay trato con clientes.")
      (en "A negated action with customers (\"does not serve customers\") is evidence of no dealings with customers."))
   (rule-doc (rule evidence-from-action) (source back-duties)
      (es "La acción es por sí misma evidencia de un criterio (registrar, conciliar: trabajo administrativo; vender: ventas).")
      (en "The action is evidence of a criterion on its own (recording, reconciling: administrative work; selling: sales)."))
   (rule-doc (rule duty-from-action) (source lexicon)
      (es "La acción es una de las funciones del artículo (instalar y mantener equipos: administración de redes), salvo una de front office hecha solo para el personal u otros que no son clientes.")
      (en "The action is one of the article's duties (installing and maintaining computers: network administration), but for a front office one done only for staff or others who are not customers.")))

;;; ----------------------------------------------------------- stances

(defrule stance-work
   (logical (task-cue (task ?t) (kind action) (clause ?c) (means ?a) (at ?n) (negated no))
            (action (id ?a) (kind work))
            (not (and (task-cue (task ?t) (kind action) (clause ?c) (means ?b) (at ?m&:(< ?m ?n)) (negated no))
                      (action (id ?b) (kind ~neutral)))))
   =>
   (assert (stance (task ?t) (clause ?c) (kind work))))

(defrule stance-customer
   (logical (task-cue (task ?t) (kind action) (clause ?c) (means ?a) (at ?n) (negated no))
            (action (id ?a) (kind meet|serve|sell))
            (not (and (task-cue (task ?t) (kind action) (clause ?c) (means ?b) (at ?m&:(< ?m ?n)) (negated no))
                      (action (id ?b) (kind ~neutral))))
            (not (and (task-cue (task ?t) (kind party) (clause ?c) (means ?p))
                      (party (id ?p) (dealing ?k))
                      (criterion (id ?k) (side back-office)))))
   =>
   (assert (stance (task ?t) (clause ?c) (kind customer))))

(defrule stance-inside
   (logical (task-cue (task ?t) (kind action) (clause ?c) (means ?a) (at ?n) (negated no))
            (action (id ?a) (kind meet|serve|sell))
            (not (and (task-cue (task ?t) (kind action) (clause ?c) (means ?b) (at ?m&:(< ?m ?n)) (negated no))
                      (action (id ?b) (kind ~neutral))))
            (task-cue (task ?t) (kind party) (clause ?c) (means ?p))
            (party (id ?p) (dealing ?k))
            (criterion (id ?k) (side back-office))
            (not (and (task-cue (task ?t) (kind party) (clause ?c) (means ?q))
                      (party (id ?q) (dealing ?k2))
                      (criterion (id ?k2) (side front-office)))))
   =>
   (assert (stance (task ?t) (clause ?c) (kind inside))))

;;; ------------------------------------------------- what the user says

(defrule stated-criterion
   (logical (task-attr (task ?t) (name ?n) (value ?v))
            (attribute-signal (name ?n) (value ?v) (criterion ?c)))
   =>
   (assert (stated (task ?t) (criterion ?c))))

(defrule stated-opposite
   (logical (task-attr (task ?t) (name ?n) (value ?v))
            (attribute-signal (name ?n) (value ?v) (criterion ?c))
            (criterion (id ?c) (opposite ?o&~none)))
   =>
   (assert (stated (task ?t) (criterion ?o))))

;;; ------------------------------------------------- dealing with people

(deffunction cue-words (?action ?other)
   ;; The words of an action and of whom or what it is done with, as the
   ;; reason shows them: "greets + visitors"; "answers the phone" alone
   ;; when the action's own words hold the other ("phone").
   (if (str-index ?other ?action)
    then ?action
    else (str-cat ?action " + " ?other)))

(defrule dealing-with-party
   (logical (task-cue (task ?t) (kind action) (clause ?c) (means ?a) (negated no) (words ?aw))
            (action (id ?a) (kind meet|serve|sell) (implies ?i))
            (not (stance (task ?t) (clause ?c) (kind work)))
            (task-cue (task ?t) (kind party) (clause ?c) (means ?p) (negated no) (mark ~at&~by) (words ?pw))
            (party (id ?p) (dealing ?k))
            (criterion (id ?k) (side ?s) (weight ?w) (source ?src))
            (not (stated (task ?t) (criterion ?k))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight ?w) (about ?k) (basis text)
                     (detail (cue-words ?aw ?pw)) (source ?src) (rule dealing-with-party) (clause ?c))))

(defrule dealing-through-marker
   (logical (task-cue (task ?t) (kind action) (clause ?c) (means ?a) (negated no) (words ?aw))
            (action (id ?a) (kind neutral))
            (task-cue (task ?t) (kind party) (clause ?c) (means ?p) (negated no) (mark with|to|for|from) (words ?pw))
            (party (id ?p) (dealing ?k))
            (criterion (id ?k) (side ?s) (weight ?w) (source ?src))
            (param (id marked-party) (value ?f))
            (not (stated (task ?t) (criterion ?k))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight (* ?w ?f)) (about ?k) (basis text)
                     (detail (cue-words ?aw ?pw)) (source ?src) (rule dealing-through-marker) (clause ?c))))

(defrule dealing-implied
   (logical (task-cue (task ?t) (kind action) (clause ?c) (means ?a) (negated no) (words ?aw))
            (action (id ?a) (kind meet|serve|sell) (implies ?i))
            (not (stance (task ?t) (clause ?c) (kind work)))
            (test (neq ?i none))
            (not (and (task-cue (task ?t) (kind party) (clause ?c) (means ?q) (mark ~at&~by))
                      (party (id ?q) (dealing ~none))))
            (party (id ?i) (dealing ?k))
            (criterion (id ?k) (side ?s) (weight ?w) (source ?src))
            (param (id implied-party) (value ?f))
            (not (stated (task ?t) (criterion ?k))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight (* ?w ?f)) (about ?k) (basis text)
                     (detail ?aw) (source ?src) (rule dealing-implied) (clause ?c))))

(defrule dealing-by-channel
   (logical (task-cue (task ?t) (kind action) (clause ?c) (means ?a) (negated no) (words ?aw))
            (action (id ?a) (kind meet|serve|sell) (implies ?i))
            (not (stance (task ?t) (clause ?c) (kind work)))
            (test (eq ?i none))
            (not (and (task-cue (task ?t) (kind party) (clause ?c) (means ?q) (mark ~at&~by))
                      (party (id ?q) (dealing ~none))))
            (task-cue (task ?t) (kind channel) (clause ?c) (means ?ch) (negated no) (mark ~of) (words ?cw))
            (channel (id ?ch) (front yes))
            (criterion (id customer-contact) (side ?s) (weight ?w) (source ?src))
            (param (id front-channel) (value ?f))
            (not (stated (task ?t) (criterion customer-contact))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight (* ?w ?f)) (about customer-contact) (basis text)
                     (detail (cue-words ?aw ?cw)) (source ?src) (rule dealing-by-channel) (clause ?c))))

(defrule dealing-unnamed
   (logical (task-cue (task ?t) (kind action) (clause ?c) (means ?a) (negated no) (words ?aw))
            (action (id ?a) (kind meet|serve|sell) (implies ?i))
            (not (stance (task ?t) (clause ?c) (kind work)))
            (test (eq ?i none))
            (not (and (task-cue (task ?t) (kind party) (clause ?c) (means ?q) (mark ~at&~by))
                      (party (id ?q) (dealing ~none))))
            (not (and (task-cue (task ?t) (kind channel) (clause ?c) (means ?ch))
                      (channel (id ?ch) (front yes))))
            (criterion (id customer-contact) (side ?s) (weight ?w) (source ?src))
            (param (id unnamed-party) (value ?f))
            (not (stated (task ?t) (criterion customer-contact))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight (* ?w ?f)) (about customer-contact) (basis text)
                     (detail ?aw) (source ?src) (rule dealing-unnamed) (clause ?c))))

(defrule not-dealing
   (logical (task-cue (task ?t) (kind action) (clause ?c) (means ?a) (negated yes) (words ?aw))
            (action (id ?a) (kind meet|serve|sell))
            (criterion (id no-customer-contact) (side ?s) (weight ?w) (source ?src))
            (not (stated (task ?t) (criterion no-customer-contact))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight ?w) (about no-customer-contact) (basis text)
                     (detail ?aw) (source ?src) (rule not-dealing) (clause ?c))))

;;; ------------------------------------------------ actions on their own

(defrule evidence-from-action
   (logical (task-cue (task ?t) (kind action) (means ?a) (negated no) (words ?aw) (clause ?c))
            (action (id ?a) (kind ?kind) (shows ?k))
            (criterion (id ?k) (side ?s) (weight ?w) (source ?src))
            ;; Office work that makes what a duty of the other side needs
            ;; (brochures for marketing) is that duty's work.
            (not (and (stance-hides (stance ?kind) (except $? ?d $?))
                      (task-cue (task ?t) (kind duty) (clause ?c) (means ?d))))
            (not (stated (task ?t) (criterion ?k))))
   =>
   (assert (evidence (task ?t) (side ?s) (weight ?w) (about ?k) (basis text)
                     (detail ?aw) (source ?src) (rule evidence-from-action) (clause ?c))))

(defrule duty-from-action
   (logical (task-cue (task ?t) (kind action) (means ?a) (negated no) (words ?aw) (clause ?c))
            (action (id ?a) (shows ?d))
            (duty (id ?d) (side ?s))
            ;; Not when done only with staff or outsiders, for whom it is
            ;; no front office duty ("books travel for the managers").
            (not (and (stance (task ?t) (clause ?c) (kind inside))
                      (stance-hides (stance inside) (side ?s)))))
   =>
   (assert (task-duty (task ?t) (duty ?d) (basis text) (detail ?aw) (clause ?c))))
