# about: lang shows and switches the language of messages
# exit: 1
oficio> lang
language: English (en)
oficio> lang es
idioma: español (es)
oficio> bogus
error: orden desconocida «bogus» (escriba «ayuda» para ver la lista)
oficio> idioma en
language: English (en)
oficio> bogus
error: unknown command 'bogus' (type 'help' for the list)
oficio> lang fr
error: unknown language 'fr': use es or en
oficio> lang es en
error: 'lang': wrong number of arguments, it takes at most 1; usage: lang [es|en]
oficio> lang ES
idioma: español (es)
