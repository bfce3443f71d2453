# about: the file save writes: versioned, indented JSON with what was said (text byte for byte, attributes and answers in order, positions, candidates), no conclusion; shown as comments, then loaded
# before: -e 'task t1 "Hace las nóminas" y paga a los proveedores, ¿sí?' -e 'task t2 greets visitors contact=yes sales=no' -e 'ask t3' -e 'organises the stock' -e 'no' -e 'quit' -e 'position office t1 t2 receptionist' -e 'candidate ana "escucha activa" numeracy' -e 'save case.json'
# input: sed 's/^/# /' case.json; echo 'load case.json'; echo 'tasks'
# exit: 1
oficio> load case.json
error: cannot load case.json: No such file or directory; the session is unchanged
oficio> tasks
no tasks yet: describe one with 'task ID TEXT'
