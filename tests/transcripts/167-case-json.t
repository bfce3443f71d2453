# args: --json
# about: save, load and report under --json: one JSON document per command, errors too
# exit: 1
oficio> task t1 books appointments with customers
{"id":"t1","text":"books appointments with customers","lang":"en","side":"front-office","label":"front office","confidence":0.67,"scores":{"front-office":2.0,"back-office":0.0},"evidence":[{"about":"appointment-scheduling","label":"scheduling appointments","side":"front-office","weight":2.0,"share":2.0,"basis":"text","cue":"books appointments","rule":"evidence-from-duty","description":"Each duty belongs to one side (front or back office): covering it is evidence for that side.","provenance":"computer-skills"}],"duties":["appointment-scheduling"],"attributes":[]}
oficio> candidate ana active-listening
{"candidate":"ana","skills":["active-listening"]}
oficio> save case.json
{"saved":"case.json","tasks":1,"positions":0,"candidates":1}
oficio> load case.json
{"loaded":"case.json","tasks":1,"positions":0,"candidates":1}
oficio> report report.md
{"written":"report.md"}
oficio> load nowhere.json
{"error":"cannot load nowhere.json: No such file or directory; the session is unchanged"}
oficio> save fixtures
{"error":"case not saved: fixtures is a folder"}
oficio> reset
{"ok":true,"message":"session cleared: tasks, positions, candidates and typed facts forgotten"}
oficio> report
{"report":"# Front office or back office: consultation report\n\nPrepared by oficio 0.1.0 from what was said in the session (tasks: 0, positions: 0,\ncandidates: 0). Each reason ends with the section of the article it comes from,\nin brackets; the sections are listed at the end.\n\n## Tasks\n\nNo task was described.\n\n## Positions\n\nNo position was kept (name one with `position NAME ID...`).\n\n## Candidates\n\nNo candidate was recorded.\n\n## Sections of the article cited\n\nNone.\n"}
