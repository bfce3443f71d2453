# about: --json answers of the domain commands
# args: --json
# exit: 1
oficio> task t1 payroll and invoices
{"id":"t1","text":"payroll and invoices","lang":"en","side":"back-office","label":"back office","confidence":0.75,"scores":{"front-office":0.0,"back-office":3.0},"evidence":[{"about":"support-work","label":"administrative, legal or support work","side":"back-office","weight":2.0,"share":2.0,"basis":"text","cue":"invoices","rule":"evidence-from-thing","description":"The task works on something that is evidence of a criterion (records, documents: administrative work); not what it works with or in (\"using computers\", \"in the system\").","provenance":"back-duties"},{"about":"payroll","label":"payroll processing","side":"back-office","weight":2.0,"share":1.0,"basis":"text","cue":"payroll","rule":"evidence-from-duty","description":"Each duty belongs to one side (front or back office): covering it is evidence for that side.","provenance":"back-duties"}],"duties":["payroll"],"attributes":[]}
oficio> tasks
{"tasks":[{"id":"t1","text":"payroll and invoices","side":"back-office","confidence":0.75,"attributes":[]}]}
oficio> classify greet visitors
{"text":"greet visitors","lang":"en","side":"front-office","label":"front office","confidence":0.75,"scores":{"front-office":3.0,"back-office":0.0},"evidence":[{"about":"customer-contact","label":"direct dealings with customers","side":"front-office","weight":3.0,"share":3.0,"basis":"text","cue":"greet + visitors","rule":"dealing-with-party","description":"An action done with someone takes its side from whom it is done with: customers, front office; staff, suppliers or outside bodies, back office.","provenance":"intro"}],"duties":[],"attributes":[]}
oficio> candidate ana numeracy
{"candidate":"ana","skills":["numeracy"]}
oficio> match ana accountant
{"candidate":"ana","fit":0.14,"has":[{"skill":"numeracy","label":"ease with numbers and maths","importance":"essential"}],"missing":[{"skill":"oral-written-communication","label":"oral and written communication","importance":"essential"},{"skill":"organization","label":"organisational ability","importance":"essential"},{"skill":"document-handling","label":"document handling (correct filing, on-time dispatch)","importance":"essential"},{"skill":"basic-computer","label":"basic computer skills","importance":"essential"},{"skill":"word-processing","label":"word processing","importance":"essential"},{"skill":"accounting-software","label":"accounting software","importance":"essential"},{"skill":"job-software","label":"software specific to the job","importance":"useful"}]}
oficio> task t9 x=y
{"error":"unknown attribute 'x'; the attributes are: contact, contacto, sales, ventas, nature, naturaleza, vendors, proveedores, duty, funcion"}
oficio> hire nothing
{"error":"nothing called 'nothing': no side, role, duty, task or position (try 'roles', 'duties', 'tasks')"}
