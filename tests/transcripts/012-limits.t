# about: the firing limit stops a runaway run; the session goes on
# args: --kb fixtures/mini --add-kb fixtures/loop.clp --max-firings 100
# exit: 1
oficio> (assert (counter (n 0)))
<Fact-3>
oficio> (run)
error: run stopped: it reached the limit of 100 rule firings (--max-firings)
oficio> (find-all-facts ((?c counter)) TRUE)
(<Fact-103>)
oficio> (+ 1 2)
3
