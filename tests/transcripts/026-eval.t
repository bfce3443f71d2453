# about: -e runs commands and exits
# args: -e 'lang es' -e bogus -e '(+ 1 2)'
# exit: 1
oficio> lang es
idioma: español (es)
oficio> bogus
error: orden desconocida «bogus» (escriba «ayuda» para ver la lista)
oficio> (+ 1 2)
3
