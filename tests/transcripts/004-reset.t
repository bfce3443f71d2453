# about: reset removes the session's facts and restores the initial ones
# args: --kb fixtures/mini
# exit: 1
oficio> (assert (item (name kiwi) (size 1)))
<Fact-3>
oficio> (run)
oficio> (facts)
f-0     (initial-fact)
f-1     (item (name apple) (size 3))
f-2     (big (name apple))
f-3     (item (name kiwi) (size 1))
f-4     (big (name kiwi))
For a total of 5 facts.
oficio> reset
session cleared: tasks, positions, candidates and typed facts forgotten
oficio> (facts)
f-0     (initial-fact)
f-1     (item (name apple) (size 3))
f-2     (big (name apple))
For a total of 3 facts.
oficio> reset now
error: 'reset': wrong number of arguments, it takes none; usage: reset
oficio> reiniciar
session cleared: tasks, positions, candidates and typed facts forgotten
