# about: a command from the shell that fails exits 1, with its error
# args: match nobody receptionist
# exit: 1
error: no candidate 'nobody' (add one with 'candidate NAME SKILL...')
