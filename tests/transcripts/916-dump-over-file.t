# about: --dump-kb onto an existing file: refused, nothing written
# args: --dump-kb fixtures/extra.clp
# exit: 1
oficio: error: cannot write the knowledge to fixtures/extra.clp: Not a directory
