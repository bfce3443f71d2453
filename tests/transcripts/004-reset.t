# about: reset removes the session's facts and restores the initial ones
# args: --kb fixtures/mini
# exit: 1
oficio> (assert (item (name kiwi) (size 1)))
<Fact-2>
oficio> (run)
oficio> (facts)
f-0     (initial-fact)
f-1     (item (name apple) (size 3))
f-2     (item (name kiwi) (size 1))
f-3     (big (name kiwi))
f-4     (big (name apple))
For a total of 5 facts.
oficio> reset
session cleared: facts removed, the knowledge's initial facts restored
oficio> (facts)
f-0     (initial-fact)
f-1     (item (name apple) (size 3))
For a total of 2 facts.
oficio> reset now
error: 'reset': wrong number of arguments, it takes none; usage: reset
oficio> reiniciar
session cleared: facts removed, the knowledge's initial facts restored
