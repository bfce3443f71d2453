# about: --dump-kb never writes into a folder that holds files
# args: --dump-kb fixtures/mini
# exit: 1
oficio: error: cannot write the knowledge to fixtures/mini: Directory not empty
