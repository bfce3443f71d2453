# about: reload re-reads the files; a failing reload keeps the knowledge and the session
# args: --kb fixtures/mini
# exit: 1
oficio> (assert (item (name kiwi)))
<Fact-3>
oficio> reload extra
error: 'reload': wrong number of arguments, it takes none; usage: reload
oficio> (open "fixtures/mini/kb/zz.clp" kbfile "w")
TRUE
oficio> (printout kbfile "(deffacts more" crlf "   (item (colour red)))" crlf)
oficio> (close kbfile)
TRUE
oficio> reload
error: fixtures/mini/kb/zz.clp:2: [TMPLTDEF1] Invalid slot colour not defined in corresponding deftemplate item.
error: reload failed; the previous knowledge and session are kept
oficio> (facts)
f-0     (initial-fact)
f-1     (item (name apple) (size 3))
f-2     (big (name apple))
f-3     (item (name kiwi) (size 0))
For a total of 4 facts.
oficio> (remove "fixtures/mini/kb/zz.clp")
TRUE
oficio> (open "fixtures/mini/kb/zz.clp" kbfile "w")
TRUE
oficio> (printout kbfile "(deffacts more (item (name fig)))" crlf)
oficio> (close kbfile)
TRUE
oficio> recargar
knowledge reloaded: 4 files
oficio> (facts)
f-0     (initial-fact)
f-1     (item (name apple) (size 3))
f-2     (item (name fig) (size 0))
f-3     (big (name fig))
f-4     (big (name apple))
For a total of 5 facts.
