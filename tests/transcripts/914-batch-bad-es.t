# about: batch lines that are not JSON objects with a text, in Spanish; the rest go on
# args: --lang es --json batch
# exit: 1
oficio> {"id":1,"text":"nóminas"}
{"id":1,"text":"nóminas","lang":"unknown","side":"back-office","label":"back office","confidence":0.67,"scores":{"front-office":0.0,"back-office":2.0},"evidence":[{"about":"payroll","label":"procesamiento de nóminas","side":"back-office","weight":2.0,"share":2.0,"basis":"text","cue":"nóminas","rule":"evidence-from-duty","description":"Cada función pertenece a un lado (front office o back office): cubrirla es evidencia de ese lado.","provenance":"back-duties"}],"duties":["payroll"],"attributes":[]}
oficio> {"id":2,"text":
{"line":2,"error":"JSON erróneo en la columna 15: unexpected token near end of file"}
oficio> "just a string"
{"line":3,"error":"JSON erróneo en la columna 15: '[' or '{' expected near '\"just a string\"'"}
oficio> {"id":3,"text":null}
{"line":4,"error":"el objeto no tiene un \"text\" de tipo cadena"}
oficio> {"id":4,"id":5,"text":"x"}
{"line":5,"error":"JSON erróneo en la columna 12: duplicate object key near '\"id\"'"}
oficio> {"id":6,"text":"atender al público"}
{"id":6,"text":"atender al público","lang":"es","side":"front-office","label":"front office","confidence":0.75,"scores":{"front-office":3.0,"back-office":0.0},"evidence":[{"about":"customer-contact","label":"trato directo con clientes","side":"front-office","weight":3.0,"share":3.0,"basis":"text","cue":"atender + público","rule":"dealing-with-party","description":"Una acción que se hace con alguien toma su lado de con quién se hace: clientes, front office; personal, proveedores u organismos, back office.","provenance":"intro"}],"duties":[],"attributes":[]}
