# about: --add-kb layers a file over the knowledge
# args: --kb fixtures/mini --add-kb fixtures/extra.clp
oficio> (run)
oficio> (facts)
f-0     (initial-fact)
f-1     (item (name apple) (size 3))
f-2     (item (name pear) (size 20))
f-3     (big (name apple))
For a total of 4 facts.
