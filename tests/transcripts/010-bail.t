# about: --bail stops at the first failing command with exit 1
# args: --bail
# exit: 1
oficio> lang
language: English (en)
oficio> bogus
error: unknown command 'bogus' (type 'help' for the list)
