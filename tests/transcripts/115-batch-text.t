# about: batch in text mode: one line out per line in, in order; ids shown alike; errors in their place as {"line":N,"error":...}; attributes
# args: batch
# exit: 1
oficio> {"id":1,"text":"payroll and timesheets for the staff"}
1	back-office	0.75
oficio> {"id":"1","text":"payroll and timesheets for the staff"}
1	back-office	0.75
oficio> not json
{"line":3,"error":"bad JSON at column 3: '[' or '{' expected near 'not'"}
oficio> 
{"line":4,"error":"the line is empty (a JSON object with a \"text\" was expected)"}
oficio> {"text":"sin contacto con clientes"}
-	back-office	0.67
oficio> {"id":"a b","text":"keeps the books","attributes":{"contact":"no","nature":"legal"}}
a b	back-office	0.78
oficio> {"id":7,"text":"keeps the books","attributes":{"contacto":"sí"}}
7	mixed	0.33
oficio> {"id":8,"text":"x","attributes":{"contact":"yes","contacto":"no"}}
{"line":8,"error":"'contact=yes contact=no': one attribute, two values; state it once"}
oficio> {"id":9,"text":"x","attributes":{"bogus":"yes"}}
{"line":9,"error":"unknown attribute 'bogus'; the attributes are: contact, contacto, sales, ventas, nature, naturaleza, vendors, proveedores, duty, funcion"}
oficio> {"id":10,"text":"x","attributes":{"contact":"maybe"}}
{"line":10,"error":"'contact=maybe': the attribute takes yes, no, unknown"}
oficio> {"id":11,"text":"x","attributes":{"contact":true}}
{"line":11,"error":"attributes.contact: expected a string"}
oficio> {"id":12,"text":"x","attributes":"contact=yes"}
{"line":12,"error":"\"attributes\" is not an object of name: value"}
oficio> {"id":"tab\there","text":"atiende el teléfono"}
tab\u0009here	front-office	0.71
oficio> {"id":[1,2],"text":"atiende el teléfono"}
[1,2]	front-office	0.71
