# about: check on a file that is not there: exit 3
# args: check fixtures/nowhere.clp
# exit: 3
error: cannot read fixtures/nowhere.clp: No such file or directory
