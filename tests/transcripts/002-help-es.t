# about: the same help in Spanish
# args: --lang es
# exit: 1
oficio> ayuda
Órdenes (nombre en español, alias en inglés):
  ayuda [ORDEN]            muestra las órdenes, o cómo se usa una (help)
  idioma [es|en]           muestra o cambia el idioma de los mensajes (lang)
  reiniciar                borra la sesión: quita todos los hechos y restaura los iniciales (reset)
  recargar                 vuelve a leer los ficheros de conocimiento (la sesión empieza de nuevo) (reload)
  salir                    sale de oficio (quit)
Una línea que empieza por «(» va a CLIPS; puede ocupar varias líneas.
Escriba «ayuda ORDEN» para ver una orden. El tabulador completa órdenes y argumentos.
oficio> ayuda salir
uso: salir
  sale de oficio
  (también: quit)
oficio> ayuda nada
error: no hay ninguna orden «nada» (escriba «ayuda»)
oficio> help help
uso: ayuda [ORDEN]
  muestra las órdenes, o cómo se usa una
  (también: help)
