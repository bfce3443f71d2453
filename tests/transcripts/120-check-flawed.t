# about: oficio check finds each kind of flaw, with file:line, sorted; exit 3
# args: check fixtures/flawed.clp
# exit: 3
fixtures/flawed.clp:4: error: duty payroll defined twice (first at kb/duties.clp:41)
fixtures/flawed.clp:6: error: duty gardening has no label-en
fixtures/flawed.clp:8: error: skill source names 'circus', which is no section defined anywhere
fixtures/flawed.clp:8: warning: skill juggling is used by nothing (no requirement.skill names it)
fixtures/flawed.clp:10: error: a skill with no source (provenance)
fixtures/flawed.clp:12: error: requirement skill names 'pruning', which is no skill defined anywhere
fixtures/flawed.clp:13: error: requirement of names 'reception', which is no side or duty or role defined anywhere
fixtures/flawed.clp:13: error: requirement importance names 'vital', which is no importance defined anywhere
fixtures/flawed.clp:14: error: lexicon phrase "¡¿?!" holds no word
fixtures/flawed.clp:15: error: lexicon phrase "nómina" points to front-office here and to back-office at kb/lexicon-es.clp:475
fixtures/flawed.clp:16: error: synonym "trato con la gente" of patience already names interpersonal (kb/synonyms.clp:17)
fixtures/flawed.clp:17: error: synonym "Paciencia" of interpersonal already names patience (kb/skills.clp:22)
fixtures/flawed.clp:18: error: synonym of names 'endurance', which is no side or role or duty or skill defined anywhere
fixtures/flawed.clp:20: warning: rule shout has no rule-doc (a description in es and en)
32 files checked: 12 errors, 2 warnings
