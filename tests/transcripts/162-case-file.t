# about: the file save writes: versioned, indented JSON with what was said (text byte for byte, attributes and answers in order, positions, candidates), no conclusion; shown as comments, then loaded
# before: -e 'task t1 "Hace las nóminas" y paga a los proveedores, ¿sí?' -e 'task t2 greets visitors contact=yes sales=no' -e 'ask t3' -e 'organises the stock' -e 'no' -e 'position office t1 t2 receptionist' -e 'candidate ana "escucha activa" numeracy' -e 'save case.json'
# input: sed 's/^/# /' case.json; echo 'load case.json'; echo 'tasks'
oficio> # {
oficio> #   "format": "oficio-case",
oficio> #   "version": 1,
oficio> #   "tasks": [
oficio> #     {
oficio> #       "id": "t1",
oficio> #       "text": "\"Hace las nóminas\" y paga a los proveedores, ¿sí?",
oficio> #       "attributes": [],
oficio> #       "answers": []
oficio> #     },
oficio> #     {
oficio> #       "id": "t2",
oficio> #       "text": "greets visitors",
oficio> #       "attributes": [
oficio> #         {
oficio> #           "name": "contact",
oficio> #           "value": "yes"
oficio> #         },
oficio> #         {
oficio> #           "name": "sales",
oficio> #           "value": "no"
oficio> #         }
oficio> #       ],
oficio> #       "answers": []
oficio> #     },
oficio> #     {
oficio> #       "id": "t3",
oficio> #       "text": "organises the stock",
oficio> #       "attributes": [],
oficio> #       "answers": [
oficio> #         {
oficio> #           "question": "describe-task",
oficio> #           "value": "given"
oficio> #         },
oficio> #         {
oficio> #           "question": "ask-contact",
oficio> #           "value": "no"
oficio> #         }
oficio> #       ]
oficio> #     }
oficio> #   ],
oficio> #   "positions": [
oficio> #     {
oficio> #       "id": "office",
oficio> #       "items": [
oficio> #         "t1",
oficio> #         "t2",
oficio> #         "receptionist"
oficio> #       ]
oficio> #     }
oficio> #   ],
oficio> #   "candidates": [
oficio> #     {
oficio> #       "id": "ana",
oficio> #       "skills": [
oficio> #         "active-listening",
oficio> #         "numeracy"
oficio> #       ]
oficio> #     }
oficio> #   ]
oficio> # }
oficio> load case.json
case loaded from case.json in place of the session (tasks: 3, positions: 1, candidates: 1)
oficio> tasks
  t1  back office   0.75  "Hace las nóminas" y paga a los proveedores, ¿sí?
  t2  front office  0.75  greets visitors contact=yes sales=no
  t3  back office   0.75  organises the stock
