# about: under --json, bidi overrides and C1 controls in user text are \u escapes (the same text to a JSON reader), never raw
# args: --json
# input: printf 'task a\342\200\256b keeps the books\ntasks\nbogus\342\200\256\n'
# exit: 1
oficio> task a?b keeps the books
{"id":"a\u202Eb","text":"keeps the books","lang":"en","side":"back-office","label":"back office","confidence":0.67,"scores":{"front-office":0.0,"back-office":2.0},"evidence":[{"about":"bookkeeping","label":"bookkeeping","side":"back-office","weight":2.0,"share":2.0,"basis":"text","cue":"keeps the books","rule":"evidence-from-duty","description":"Each duty belongs to one side (front or back office): covering it is evidence for that side.","provenance":"back-duties"}],"duties":["bookkeeping"],"attributes":[]}
oficio> tasks
{"tasks":[{"id":"a\u202Eb","text":"keeps the books","side":"back-office","confidence":0.67,"attributes":[]}]}
oficio> bogus?
{"error":"unknown command 'bogus\u202E' (type 'help' for the list)"}
