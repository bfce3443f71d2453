# about: with --json every command prints one JSON document on one line
# args: --json --kb fixtures/mini
# exit: 1
oficio> lang
{"lang":"en"}
oficio> (+ 1 2)
{"output":"3"}
oficio> (nosuch)
{"error":"[EXPRNPSR3] Missing function declaration for nosuch."}
oficio> bogus
{"error":"unknown command 'bogus' (type 'help' for the list)"}
oficio> help quit
{"command":{"name":"quit","alias":"salir","usage":"quit","summary":"leave oficio","arguments":[],"example":"quit"}}
oficio> reset
{"ok":true,"message":"session cleared: tasks, positions, candidates and typed facts forgotten"}
oficio> reload
{"ok":true,"message":"knowledge reloaded: 3 files"}
oficio> lang fr
{"error":"unknown language 'fr': use es or en"}
oficio> ) x
{"error":"unbalanced ')' at column 1; the expression was discarded"}
oficio> quit
{"ok":true}
