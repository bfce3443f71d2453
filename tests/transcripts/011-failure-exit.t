# about: without --bail every command runs, and the exit status says one failed
# exit: 1
oficio> bogus
error: unknown command 'bogus' (type 'help' for the list)
oficio> lang
language: English (en)
