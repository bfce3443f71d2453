# about: knowledge that calls build, load or clear while a construct is parsed, recurses without end or nests too deep, fails to load with file:line (each crashed oficio)
# args: --add-kb fixtures/parse-time.clp --add-kb fixtures/recursion.clp --add-kb fixtures/deep.clp
# exit: 3
error: fixtures/parse-time.clp:3: [OFICIO1] build cannot run while a construct is being parsed (in a defglobal's value)
error: fixtures/parse-time.clp:4: [OFICIO1] load cannot run while a construct is being parsed (in a defglobal's value)
error: fixtures/parse-time.clp:5: [OFICIO1] load* cannot run while a construct is being parsed (in a defglobal's value)
error: fixtures/parse-time.clp:6: [OFICIO1] batch* cannot run while a construct is being parsed (in a defglobal's value)
error: fixtures/parse-time.clp:7: [OFICIO1] clear cannot run while a construct is being parsed (in a defglobal's value)
error: fixtures/recursion.clp: stopped: its code recursed or nested too deep (the stack would overflow)
error: fixtures/deep.clp:2: parentheses nested deeper than 1000 (oficio's limit)
error: the knowledge failed to load
