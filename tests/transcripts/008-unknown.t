# about: unknown commands and unbalanced quotes are reported, the session goes on
# exit: 1
oficio> bogus
error: unknown command 'bogus' (type 'help' for the list)
oficio> help "quit
error: unterminated quote starting at column 6
oficio> help 'lang
error: unterminated quote starting at column 6
oficio> lang "es"
idioma: español (es)
oficio> help    quit   
uso: salir
  sale de oficio
ejemplo: salir
(también: quit)
oficio> # a comment line is ignored
oficio> 
oficio> quit
