;;; synonyms.clp - other words a user may type for a side, role, duty or
;;; skill, besides its id and its labels in both languages (skills back,
;;; candidate ana "don de gentes"). Matched without regard to case or
;;; accents; a phrase names one item only. The lexicon (lexicon-*.clp) is
;;; for free text; these are for the names a command takes.

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
   (synonym (phrase "ofimática") (lang es) (of basic-computer)))
