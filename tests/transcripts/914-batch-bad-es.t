# about: batch lines that are not JSON objects with a text, in Spanish; the rest go on
# args: --lang es --json batch
# exit: 1
oficio> {"id":1,"text":"nóminas"}
{"id":1,"lang":"unknown","side":"back-office","confidence":0.67,"scores":{"front-office":0.0,"back-office":2.0},"evidence":[{"about":"payroll","side":"back-office","weight":2.0,"share":2.0,"basis":"text","cue":"nóminas","rule":"evidence-from-duty","provenance":"back-duties"}],"duties":["payroll"]}
oficio> {"id":2,"text":
{"line":2,"error":"JSON erróneo en la columna 15: unexpected token near end of file"}
oficio> "just a string"
{"line":3,"error":"JSON erróneo en la columna 15: '[' or '{' expected near '\"just a string\"'"}
oficio> {"id":3,"text":null}
{"line":4,"error":"el objeto no tiene un \"text\" de tipo cadena"}
oficio> {"id":4,"id":5,"text":"x"}
{"line":5,"error":"JSON erróneo en la columna 12: duplicate object key near '\"id\"'"}
oficio> {"id":6,"text":"atender al público"}
{"id":6,"lang":"es","side":"front-office","confidence":0.75,"scores":{"front-office":3.0,"back-office":0.0},"evidence":[{"about":"customer-contact","side":"front-office","weight":3.0,"share":3.0,"basis":"text","cue":"atender + público","rule":"dealing-with-party","provenance":"intro"}],"duties":[]}
