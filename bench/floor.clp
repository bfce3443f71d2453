;;; bench/floor.clp - what CLIPS alone spends on a batch line's facts, with
;;; no knowledge and no reading: (floor N yes) runs N lines, each asserting
;;; 7 facts shaped like a line's cues, running one rule that concludes a
;;; fact from each (logically, as the knowledge's rules do), and retracting
;;; the 7 (the conclusions follow). (floor N no) builds the same strings
;;; and asserts nothing (its list holds the strings): the difference is
;;; the facts' cost. bench/run.sh counts both with callgrind, at 100 and
;;; 1,000 lines.

(deftemplate floor-cue
   (slot task) (slot means) (slot kind) (slot phrase) (slot words)
   (slot at) (slot negated) (slot clause) (slot mark))

(deftemplate floor-evidence
   (slot task) (slot side) (slot weight) (slot about) (slot basis)
   (slot detail) (slot source) (slot rule) (slot clause))

(defrule floor-conclude
   (logical (floor-cue (task ?t) (means ?m) (words ?w) (clause ?c)))
   =>
   (assert (floor-evidence (task ?t) (side front-office) (weight 1.0) (about ?m) (basis text)
                           (detail ?w) (source intro) (rule floor-conclude) (clause ?c))))

(deffunction floor-cue (?i ?n ?kind ?word ?facts)
   (bind ?means (sym-cat ?kind ?n))
   (bind ?words (str-cat ?word " " ?i))
   (if ?facts
    then (assert (floor-cue (task query) (means ?means) (kind ?kind) (phrase ?word)
                            (words ?words) (at ?n) (negated no) (clause 1) (mark none)))
    else ?words))

(deffunction floor-line (?i ?facts)
   (bind ?kinds (create$ action party thing duty role channel criterion))
   (bind ?words (create$ "serves" "customers" "records" "invoicing" "clerk" "phone" "sales"))
   (bind ?made (create$))
   (loop-for-count (?n 1 7)
      (bind ?made (create$ ?made (floor-cue ?i ?n (nth$ ?n ?kinds) (nth$ ?n ?words) ?facts))))
   (if ?facts
    then (run)
         (progn$ (?f ?made) (retract ?f))))

(deffunction floor (?lines ?facts)
   (loop-for-count (?i 1 ?lines) (floor-line ?i (eq ?facts yes))))
