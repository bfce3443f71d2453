# args: --case fixtures/cases/missing.json
# about: --case with a case that cannot be loaded: the error, and exit 1 before any input is read
# input: echo tasks
# exit: 1
error: cannot load fixtures/cases/missing.json: No such file or directory
