# about: help lists every command; help COMMAND shows its usage; wrong arguments
# exit: 1
oficio> help
Commands (English name, Spanish alias):
  help [COMMAND]           show the commands, or how to use one (ayuda)
  lang [es|en]             show or change the language of messages (idioma)
  reset                    clear the session: remove every fact, restore the initial ones (reiniciar)
  reload                   read the knowledge files again (the session starts anew) (recargar)
  quit                     leave oficio (salir)
A line that starts with '(' goes to CLIPS; it may span several lines.
Type 'help COMMAND' for one command. Tab completes commands and arguments.
oficio> help quit
usage: quit
  leave oficio
  (also: salir)
oficio> ayuda idioma
usage: lang [es|en]
  show or change the language of messages
  (also: idioma)
oficio> help bogus
error: no command named 'bogus' (type 'help')
oficio> help quit lang
error: 'help': wrong number of arguments, it takes at most 1; usage: help [COMMAND]
oficio> ayuda
Commands (English name, Spanish alias):
  help [COMMAND]           show the commands, or how to use one (ayuda)
  lang [es|en]             show or change the language of messages (idioma)
  reset                    clear the session: remove every fact, restore the initial ones (reiniciar)
  reload                   read the knowledge files again (the session starts anew) (recargar)
  quit                     leave oficio (salir)
A line that starts with '(' goes to CLIPS; it may span several lines.
Type 'help COMMAND' for one command. Tab completes commands and arguments.
