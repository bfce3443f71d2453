# about: batch --jobs 2: the same answers, in input order, as one job
# args: --json batch --jobs 2
# exit: 1
oficio> {"id":1,"text":"payroll and timesheets for the staff"}
{"id":1,"lang":"en","side":"back-office","confidence":0.75,"scores":{"front-office":0.0,"back-office":3.0},"evidence":[{"about":"timesheets","side":"back-office","weight":2.0,"share":2.0,"basis":"text","cue":"timesheets","rule":"evidence-from-duty","provenance":"back-skills"},{"about":"payroll","side":"back-office","weight":2.0,"share":1.0,"basis":"text","cue":"payroll","rule":"evidence-from-duty","provenance":"back-duties"}],"duties":["timesheets","payroll"]}
oficio> {"id":"b","text":"greet visitors at the front desk"}
{"id":"b","lang":"en","side":"front-office","confidence":0.81,"scores":{"front-office":4.25,"back-office":0.0},"evidence":[{"about":"customer-contact","side":"front-office","weight":3.0,"share":3.0,"basis":"text","cue":"greet + visitors","rule":"dealing-with-party","provenance":"intro"},{"about":"receptionist","side":"front-office","weight":2.5,"share":1.25,"basis":"text","cue":"front desk","rule":"evidence-from-role","provenance":"front-duties"}],"duties":[]}
oficio> {"id":3,"text":"x\") (system \"touch pwned\") (\""}
{"id":3,"lang":"en","side":"unknown","confidence":0.0,"scores":{"front-office":0.0,"back-office":0.0},"evidence":[],"duties":[]}
oficio> {bad json
{"line":4,"error":"bad JSON at column 4: string or '}' expected near 'bad'"}
oficio> [1,2]
{"line":5,"error":"the line is not a JSON object"}
oficio> {"id":6}
{"line":6,"error":"the object has no string \"text\""}
oficio> {"id":7,"text":42}
{"line":7,"error":"the object has no string \"text\""}
oficio> 
oficio> {"text":"sin contacto con clientes"}
{"id":null,"lang":"es","side":"back-office","confidence":0.67,"scores":{"front-office":0.0,"back-office":2.0},"evidence":[{"about":"no-customer-contact","side":"back-office","weight":2.0,"share":2.0,"basis":"text","cue":"contacto con clientes","rule":"evidence-from-negated-criterion-cue","provenance":"intro"}],"duties":[]}
