# about: oficio check reports a syntax error with CLIPS's message
# args: check fixtures/broken.clp
# exit: 3
fixtures/broken.clp:2: error: [PRNTUTIL2] Syntax Error:  Check appropriate syntax for defrule.
32 files checked: 1 errors, 0 warnings
