# about: batch --jobs 2: the same answers, in input order, as one job
# args: --json batch --jobs 2
# exit: 1
oficio> {"id":1,"text":"payroll and timesheets for the staff"}
{"id":1,"text":"payroll and timesheets for the staff","lang":"en","side":"back-office","label":"back office","confidence":0.75,"scores":{"front-office":0.0,"back-office":3.0},"evidence":[{"about":"timesheets","label":"timesheets","side":"back-office","weight":2.0,"share":2.0,"basis":"text","cue":"timesheets","rule":"evidence-from-duty","description":"Each duty belongs to one side (front or back office): covering it is evidence for that side.","provenance":"back-skills"},{"about":"payroll","label":"payroll processing","side":"back-office","weight":2.0,"share":1.0,"basis":"text","cue":"payroll","rule":"evidence-from-duty","description":"Each duty belongs to one side (front or back office): covering it is evidence for that side.","provenance":"back-duties"}],"duties":["timesheets","payroll"],"attributes":[]}
oficio> {"id":"b","text":"greet visitors at the front desk"}
{"id":"b","text":"greet visitors at the front desk","lang":"en","side":"front-office","label":"front office","confidence":0.81,"scores":{"front-office":4.25,"back-office":0.0},"evidence":[{"about":"customer-contact","label":"direct dealings with customers","side":"front-office","weight":3.0,"share":3.0,"basis":"text","cue":"greet + visitors","rule":"dealing-with-party","description":"An action done with someone takes its side from whom it is done with: customers, front office; staff, suppliers or outside bodies, back office.","provenance":"intro"},{"about":"receptionist","label":"receptionist","side":"front-office","weight":2.5,"share":1.25,"basis":"text","cue":"front desk","rule":"evidence-from-role","description":"The jobs the article names belong to one side: naming one is evidence for that side.","provenance":"front-duties"}],"duties":[],"attributes":[]}
oficio> {"id":3,"text":"x\") (system \"touch pwned\") (\""}
{"id":3,"text":"x\") (system \"touch pwned\") (\"","lang":"en","side":"unknown","label":"unknown (not enough evidence)","confidence":0.0,"scores":{"front-office":0.0,"back-office":0.0},"evidence":[],"duties":[],"attributes":[]}
oficio> {bad json
{"line":4,"error":"bad JSON at column 4: string or '}' expected near 'bad'"}
oficio> [1,2]
{"line":5,"error":"the line is not a JSON object"}
oficio> {"id":6}
{"line":6,"error":"the object has no string \"text\""}
oficio> {"id":7,"text":42}
{"line":7,"error":"the object has no string \"text\""}
oficio> 
{"line":8,"error":"the line is empty (a JSON object with a \"text\" was expected)"}
oficio> {"text":"sin contacto con clientes"}
{"id":null,"text":"sin contacto con clientes","lang":"es","side":"back-office","label":"back office","confidence":0.67,"scores":{"front-office":0.0,"back-office":2.0},"evidence":[{"about":"no-customer-contact","label":"no dealings with customers","side":"back-office","weight":2.0,"share":2.0,"basis":"text","cue":"contacto con clientes","rule":"evidence-from-negated-criterion-cue","description":"A negated criterion (\"no customer contact\") counts for the opposite one: without customer contact it is back office.","provenance":"intro"}],"duties":[],"attributes":[]}
