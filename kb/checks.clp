;;; checks.clp - what `oficio check` verifies in the knowledge beyond its
;;; syntax (templates in schema.clp). A knowledge engineer who adds a
;;; template that names ids adds its check-ref here.

(deffacts checks
   ;; Every fact says where it comes from: a section, inferred or lexicon.
   (check-ref (template *) (slot source) (kinds section) (also inferred lexicon))
   (check-ref (template duty) (slot side) (kinds side))
   (check-ref (template role) (slot side) (kinds side) (required no))
   (check-ref (template criterion) (slot side) (kinds side))
   (check-ref (template criterion) (slot opposite) (kinds criterion) (also none))
   (check-ref (template role-duty) (slot role) (kinds role))
   (check-ref (template role-duty) (slot duty) (kinds duty))
   (check-ref (template requirement) (slot of) (kinds side duty role))
   (check-ref (template requirement) (slot skill) (kinds skill))
   (check-ref (template requirement) (slot importance) (kinds importance))
   (check-ref (template lexicon) (slot means) (kinds duty role criterion action party thing channel))
   (check-ref (template action) (slot shows) (kinds criterion duty) (also none))
   (check-ref (template action) (slot implies) (kinds party) (also none))
   (check-ref (template thing) (slot shows) (kinds criterion duty) (also none))
   (check-ref (template party) (slot dealing) (kinds criterion) (also none))
   (check-ref (template stance-hides) (slot side) (kinds side))
   (check-ref (template stance-hides) (slot except) (kinds duty) (required no))
   (check-ref (template synonym) (slot of) (kinds side role duty skill))
   (check-ref (template attribute-signal) (slot criterion) (kinds criterion))
   (check-ref (template question) (slot settles) (kinds criterion) (required no))
   (check-ref (template question) (slot choices) (kinds choice) (required no))
   (check-ref (template question) (slot attribute) (kinds attribute.name) (also none))
   (check-ref (template attribute-signal) (slot name) (kinds attribute.name))

   ;; Knowledge nobody uses.
   (check-use (kind skill) (by requirement.skill))
   (check-use (kind duty) (by lexicon.means role-duty.duty requirement.of action.shows thing.shows))
   (check-use (kind role) (by lexicon.means requirement.of role-duty.role))
   (check-use (kind criterion) (by lexicon.means attribute-signal.criterion criterion.opposite action.shows
                                  thing.shows party.dealing))
   (check-use (kind action) (by lexicon.means))
   (check-use (kind party) (by lexicon.means))
   (check-use (kind thing) (by lexicon.means))
   (check-use (kind channel) (by lexicon.means)))
