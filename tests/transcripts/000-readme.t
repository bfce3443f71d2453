# about: the session shown in README.md (the runner checks that README holds it)
# exit: 1
oficio> help lang
usage: lang [es|en]
  show or change the language of messages
  (also: idioma)
oficio> idioma es
idioma: español (es)
oficio> (do-for-all-facts ((?s side)) TRUE
...>    (printout t ?s:id ": " ?s:label-es crlf))
front-office: front office
back-office: back office
oficio> (deffunction twice (?x) (* 2 ?x))
oficio> (twice 21)
42
oficio> reiniciar
sesión borrada: tareas, puestos, candidatos y hechos tecleados olvidados
oficio> bogus
error: orden desconocida «bogus» (escriba «ayuda» para ver la lista)
