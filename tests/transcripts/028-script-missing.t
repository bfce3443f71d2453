# about: a script that cannot be read
# args: fixtures/nowhere.oficio
# exit: 1
error: cannot read the script fixtures/nowhere.oficio: No such file or directory
