;;; synonyms.clp - other words a user may type for a side, role, duty or
;;; skill, besides its id and its labels in both languages (skills back,
;;; candidate ana "don de gentes"). Matched without regard to case or
;;; accents; a phrase names one item only. The lexicon (lexicon-*.clp) is
;;; for free text; these are for the names a command takes, and for the
;;; words that name a skill in a job description's requirements and in a
;;; CV (candidate NAME --from FILE), where a phrase is met when its words
;;; stand together in a line, in order.

(deffacts synonyms
   ;; The sides, by their first word.
   (synonym (phrase "front") (of front-office))
   (synonym (phrase "back") (of back-office))

   ;; Skills, as people name them.
   (synonym (phrase "don de gentes") (lang es) (of interpersonal))
   (synonym (phrase "trato con la gente") (lang es) (of interpersonal))
   (synonym (phrase "people skills") (lang en) (of interpersonal))
   (synonym (phrase "manejo de conflictos") (lang es) (of conflict-management))
   (synonym (phrase "resolución de conflictos") (lang es) (of conflict-management))
   (synonym (phrase "conflict resolution") (lang en) (of conflict-management))
   (synonym (phrase "saber escuchar") (lang es) (of active-listening))
   (synonym (phrase "amabilidad") (lang es) (of friendly-personality))
   (synonym (phrase "friendliness") (lang en) (of friendly-personality))
   (synonym (phrase "matemáticas") (lang es) (of numeracy))
   (synonym (phrase "maths") (lang en) (of numeracy))
   (synonym (phrase "tratamiento de textos") (lang es) (of word-processing))
   (synonym (phrase "ofimática") (lang es) (of basic-computer))

   ;; Skills as CVs and job ads name them.
   (synonym (phrase "habilidades sociales") (lang es) (of interpersonal))
   (synonym (phrase "facilidad de palabra") (lang es) (of articulate))
   (synonym (phrase "buena expresión oral") (lang es) (of articulate))
   (synonym (phrase "well spoken") (lang en) (of articulate))
   (synonym (phrase "habilidades de comunicación") (lang es) (of communication))
   (synonym (phrase "communication skills") (lang en) (of communication))
   (synonym (phrase "listening skills") (lang en) (of active-listening))
   (synonym (phrase "simpatía") (lang es) (of friendly-personality))
   (synonym (phrase "buena redacción") (lang es) (of oral-written-communication))
   (synonym (phrase "written communication") (lang en) (of oral-written-communication))
   (synonym (phrase "writing skills") (lang en) (of oral-written-communication))
   (synonym (phrase "manejo de números") (lang es) (of numeracy))
   (synonym (phrase "good with numbers") (lang en) (of numeracy))
   (synonym (phrase "numerate") (lang en) (of numeracy))
   (synonym (phrase "capacidad organizativa") (lang es) (of organization))
   (synonym (phrase "persona organizada") (lang es) (of organization))
   (synonym (phrase "organised") (lang en) (of organization))
   (synonym (phrase "organized") (lang en) (of organization))
   (synonym (phrase "gestión documental") (lang es) (of document-handling))
   (synonym (phrase "manejo de ordenador") (lang es) (of basic-computer))
   (synonym (phrase "manejo básico de ordenador") (lang es) (of basic-computer))
   (synonym (phrase "conocimientos de informática") (lang es) (of basic-computer))
   (synonym (phrase "computer literate") (lang en) (of basic-computer))
   (synonym (phrase "computer skills") (lang en) (of basic-computer))
   (synonym (phrase "Microsoft Word") (of word-processing))
   (synonym (phrase "Microsoft Office") (of word-processing))
   (synonym (phrase "paquete Office") (lang es) (of word-processing))
   (synonym (phrase "programa de contabilidad") (lang es) (of accounting-software))
   (synonym (phrase "software de contabilidad") (lang es) (of accounting-software))
   (synonym (phrase "ContaPlus") (of accounting-software))
   (synonym (phrase "QuickBooks") (of accounting-software))
   (synonym (phrase "Sage") (of accounting-software))
   (synonym (phrase "programa de gestión") (lang es) (of job-software))
   (synonym (phrase "software de gestión") (lang es) (of job-software))
   (synonym (phrase "booking system") (lang en) (of job-software))
   (synonym (phrase "practice management software") (lang en) (of job-software))
   (synonym (phrase "mantenimiento de equipos informáticos") (lang es) (of advanced-computing))
   (synonym (phrase "IT support") (lang en) (of advanced-computing)))
