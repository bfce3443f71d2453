# about: the time limit stops a rule or function that never ends
# args: --kb fixtures/mini --add-kb fixtures/loop.clp --max-seconds 0.3
# exit: 1
oficio> (spin)
error: run stopped: it reached the time limit of 0.3 s (--max-seconds)
oficio> (assert (counter (n 0)))
<Fact-3>
oficio> (run)
error: run stopped: it reached the time limit of 0.3 s (--max-seconds)
oficio> (+ 1 2)
3
