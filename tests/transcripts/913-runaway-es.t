# about: runaway rules and functions are stopped, in Spanish; the session goes on
# args: --lang es --kb fixtures/mini --add-kb fixtures/loop.clp --max-firings 50 --max-seconds 0.3
# exit: 1
oficio> (assert (counter (n 0)))
<Fact-3>
oficio> (run)
error: ejecución detenida: alcanzó el límite de 50 disparos de reglas (--max-firings)
oficio> (spin)
error: ejecución detenida: alcanzó el límite de tiempo de 0.3 s (--max-seconds)
oficio> (+ 1 2)
3
