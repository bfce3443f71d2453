# about: a script's errors name the script and line
# args: fixtures/script.oficio
# exit: 1
oficio> lang es
idioma: español (es)
oficio> bogus
fixtures/script.oficio:2: error: orden desconocida «bogus» (escriba «ayuda» para ver la lista)
oficio> (+ 1 2)
3
oficio> reset extra
fixtures/script.oficio:4: error: «reset»: número de argumentos incorrecto, no admite ninguno; uso: reiniciar
