# about: a folder given as SCRIPT
# args: fixtures
# exit: 1
error: cannot read the script fixtures: Is a directory
