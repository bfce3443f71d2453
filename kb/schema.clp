;;; schema.clp - the templates every other knowledge file uses. Loaded first.
;;;
;;; Every domain fact says where it comes from in its `source` slot: a
;;; section id of the article (see sections.clp), `inferred` (a link the
;;; article does not state), or `lexicon` (words added to recognise text).
;;; Every domain fact has a Spanish and an English label.

(deftemplate section
   "A section of the article, cited by id."
   (slot id (type SYMBOL))
   (slot label-es (type STRING))
   (slot label-en (type STRING)))

(deftemplate side
   "Front office or back office."
   (slot id (type SYMBOL))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL)))
