# about: a word from the shell that is neither a command nor a file says so, and what command it may have meant
# args: tsk
# exit: 1
error: cannot read the script tsk: No such file or directory; did you mean 'task' or 'ask'?
