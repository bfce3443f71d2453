# about: text nested 100,000 parentheses deep, typed or given to eval, is refused before CLIPS's parser overflows the stack; the session goes on
# input: perl -e 'print "(+ 1 " x 100000, "1", ")" x 100000, "\n", "(eval \"", "(+ 1 " x 5000, "1", ")" x 5000, "\")\n(+ 2 2)\n"'
# exit: 1
oficio> (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1  [+599801 bytes]
error: run stopped: the CLIPS code recursed or nested too deep (the stack would overflow)
oficio> (eval "(+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+ 1 (+  [+29810 bytes]
error: run stopped: the CLIPS code recursed or nested too deep (the stack would overflow)
oficio> (+ 2 2)
4
