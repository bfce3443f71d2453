# about: --help in Spanish
# args: --lang es --help
uso: oficio [OPCIÓN...] [GUION]
     oficio [OPCIÓN...] ORDEN [ARGUMENTO...]   (una orden, como en el indicador)
     oficio [OPCIÓN...] -e ORDEN [-e ORDEN...]
     oficio [OPCIÓN...] classify TEXTO...
     oficio [OPCIÓN...] batch     (JSON Lines: {"id":..,"text":..,"attributes":{..}}, una línea
                                  por entrada, en orden: una respuesta o {"line":N,"error":..})
     oficio [OPCIÓN...] check [RUTA...]   (revisa el conocimiento, con RUTAs encima)

oficio aconseja a una pequeña empresa sobre el trabajo de front office y back office.
En un terminal abre un REPL; si no, ejecuta las órdenes de GUION, de -e o de la
entrada estándar. Una línea que empieza por «(» va a CLIPS.
Una primera palabra que nombra una orden la ejecuta; un guion llamado como una va como ./NOMBRE.

opciones:
  -e, --eval ORDEN    ejecuta ORDEN (repetible) y termina
  --kb DIR            usa el conocimiento de DIR (kb/, rules/) en vez del incorporado
  --add-kb RUTA       carga encima el fichero .clp o la carpeta RUTA (repetible)
  --dump-kb DIR       escribe el conocimiento incorporado en DIR (nueva o vacía) y termina
  --case FICHERO      empieza con el caso guardado en FICHERO (con guardar); sale con 1 si no carga
  --lang es|en        idioma de mensajes y ayuda (por omisión: LC_ALL, LC_MESSAGES, LANG)
  --json              imprime el resultado de cada orden como un documento JSON por línea
  --echo              repite cada línea de entrada tras el indicador (para transcripciones)
  --bail              se detiene en la primera orden que falla, con estado de salida 1
  --max-firings N     detiene una ejecución tras N disparos de reglas (1000000; 0: sin límite)
  --max-seconds S     detiene una ejecución tras S segundos (10; 0: sin límite)
  --jobs N            batch: N procesos de trabajo (1-64, por omisión 1), la misma salida que uno
  --first-line N      batch: numera desde N las líneas en las respuestas de error (por omisión 1)
  --no-color          sin color (también si NO_COLOR está definida)
  --version           imprime la versión y termina
  -h, --help          imprime esta ayuda y termina

entorno: OFICIO_HISTFILE (historial, por omisión ~/.oficio_history), NO_COLOR,
         LC_ALL, LC_MESSAGES, LANG (idioma)
estado de salida: 0 bien; 1 falló una orden (o una línea de batch); 2 error de uso;
                  3 el conocimiento no cargó (o check halló errores)
