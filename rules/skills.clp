;;; skills.clp - the skills a position needs. A position covers roles,
;;; duties or the user's tasks; each brings the requirements of its side
;;; (front-skills, back-skills, computer-skills), its own, and those of the
;;; duties it covers. Each reason is a `need`; the position needs each skill
;;; at the highest importance any reason gives.

(deffacts skills-docs
   (rule-doc (rule need-from-side) (source front-skills)
      (es "El artículo dice qué habilidades necesita este lado.")
      (en "The article says which skills this side needs."))
   (rule-doc (rule need-from-role-side) (source front-skills)
      (es "El rol es de un lado, y el artículo dice qué habilidades necesita ese lado.")
      (en "The job belongs to a side, and the article says which skills that side needs."))
   (rule-doc (rule need-from-role) (source back-skills)
      (es "Este rol en concreto pide esta habilidad.")
      (en "This particular job calls for this skill."))
   (rule-doc (rule need-from-role-duty) (source inferred)
      (es "El rol realiza esta función, y la función pide esta habilidad.")
      (en "The job performs this duty, and the duty calls for this skill."))
   (rule-doc (rule need-from-duty-side) (source back-duties)
      (es "La función es de un lado, y ese lado necesita esta habilidad.")
      (en "The duty belongs to a side, and that side needs this skill."))
   (rule-doc (rule need-from-duty) (source back-skills)
      (es "Esta función pide esta habilidad.")
      (en "This duty calls for this skill."))
   (rule-doc (rule need-from-task-side) (source intro)
      (es "La tarea es de un lado, y ese lado necesita esta habilidad.")
      (en "The task belongs to a side, and that side needs this skill."))
   (rule-doc (rule need-from-mixed-task) (source intro)
      (es "La tarea es mixta: necesita las habilidades de ambos lados.")
      (en "The task is mixed: it needs the skills of both sides."))
   (rule-doc (rule need-from-task-duty) (source back-skills)
      (es "La tarea cubre una función que pide esta habilidad.")
      (en "The task covers a duty that calls for this skill."))
   (rule-doc (rule need-from-task-role) (source front-skills)
      (es "La tarea nombra un rol que pide esta habilidad.")
      (en "The task names a job that calls for this skill."))
   (rule-doc (rule position-skill) (source inferred)
      (es "De todas las razones, cuenta la que da más importancia a la habilidad.")
      (en "Of all the reasons, the one giving the skill the most importance counts.")))

(defrule need-from-side
   (logical (position-item (position ?p) (item ?s))
            (side (id ?s))
            (requirement (of ?s) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?s) (of ?s) (source ?src)
                 (rule need-from-side))))

(defrule need-from-role-side
   (logical (position-item (position ?p) (item ?r))
            (role-side (role ?r) (side ?s))
            (requirement (of ?s) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?r) (of ?s) (source ?src)
                 (rule need-from-role-side))))

(defrule need-from-role
   (logical (position-item (position ?p) (item ?r))
            (role (id ?r))
            (requirement (of ?r) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?r) (of ?r) (source ?src)
                 (rule need-from-role))))

(defrule need-from-role-duty
   (logical (position-item (position ?p) (item ?r))
            (role-duty (role ?r) (duty ?d))
            (requirement (of ?d) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?r) (of ?d) (source ?src)
                 (rule need-from-role-duty))))

(defrule need-from-duty-side
   (logical (position-item (position ?p) (item ?d))
            (duty (id ?d) (side ?s))
            (requirement (of ?s) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?d) (of ?s) (source ?src)
                 (rule need-from-duty-side))))

(defrule need-from-duty
   (logical (position-item (position ?p) (item ?d))
            (duty (id ?d))
            (requirement (of ?d) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?d) (of ?d) (source ?src)
                 (rule need-from-duty))))

(defrule need-from-task-side
   (logical (position-item (position ?p) (item ?t))
            (verdict (task ?t) (side ?s))
            (side (id ?s))
            (requirement (of ?s) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?t) (of ?s) (source ?src)
                 (rule need-from-task-side))))

(defrule need-from-mixed-task
   (logical (position-item (position ?p) (item ?t))
            (verdict (task ?t) (side mixed))
            (side (id ?s))
            (requirement (of ?s) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?t) (of ?s) (source ?src)
                 (rule need-from-mixed-task))))

(defrule need-from-task-duty
   (logical (position-item (position ?p) (item ?t))
            (task-duty (task ?t) (duty ?d))
            (requirement (of ?d) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?t) (of ?d) (source ?src)
                 (rule need-from-task-duty))))

(defrule need-from-task-role
   (logical (position-item (position ?p) (item ?t))
            (task-role (task ?t) (role ?r))
            (requirement (of ?r) (skill ?k) (importance ?i) (source ?src)))
   =>
   (assert (need (position ?p) (skill ?k) (importance ?i) (via ?t) (of ?r) (source ?src)
                 (rule need-from-task-role))))

(defrule position-skill
   (logical (need (position ?p) (skill ?k) (importance ?i))
            (importance (id ?i) (rank ?r))
            (not (and (need (position ?p) (skill ?k) (importance ?j))
                      (importance (id ?j) (rank ?r2&:(> ?r2 ?r))))))
   =>
   (assert (position-skill (position ?p) (skill ?k) (importance ?i))))
