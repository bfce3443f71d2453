# about: a CLIPS expression left open at the end of input is reported
# exit: 1
oficio> (+ 1
...> (* 2 3)
error: incomplete CLIPS expression at end of input (missing 1 ')')
