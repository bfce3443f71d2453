# about: --help prints usage, options and exit codes
# args: --help
usage: oficio [OPTION...] [SCRIPT]
       oficio [OPTION...] COMMAND [ARGUMENT...]   (one command, as at the prompt)
       oficio [OPTION...] -e COMMAND [-e COMMAND...]
       oficio [OPTION...] classify TEXT...
       oficio [OPTION...] batch     (JSON Lines in: {"id":..,"text":..,"attributes":{..}},
                                    one line out each, in order: an answer or {"line":N,"error":..})
       oficio [OPTION...] check [PATH...]   (check the knowledge, PATHs on top)

oficio advises a small business on front office and back office work.
On a terminal it opens a REPL; otherwise it runs the commands in SCRIPT,
in -e, or on standard input. A line that starts with '(' goes to CLIPS.
A first word that names a command runs it; a script named like one runs as ./NAME.

options:
  -e, --eval COMMAND  run COMMAND (repeatable), then exit
  --kb DIR            use the knowledge in DIR (kb/, rules/) instead of the built-in
  --add-kb PATH       load the .clp file or folder PATH on top (repeatable)
  --dump-kb DIR       write the built-in knowledge into DIR (new or empty), then exit
  --case FILE         start with the case saved in FILE (by save); exit 1 if it cannot load
  --lang es|en        language of messages and help (default: LC_ALL, LC_MESSAGES, LANG)
  --json              print each command's result as one JSON document per line
  --echo              echo each input line after the prompt (for transcripts)
  --bail              stop at the first command that fails, with exit status 1
  --max-firings N     stop a run after N rule firings (default 1000000; 0: no limit)
  --max-seconds S     stop a run after S seconds (default 10; 0: no limit)
  --jobs N            batch: N worker processes (1-64, default 1), the same output as one
  --first-line N      batch: number the input's lines from N in error answers (default 1)
  --no-color          no colour (also when NO_COLOR is set)
  --version           print the version, then exit
  -h, --help          print this help, then exit

environment: OFICIO_HISTFILE (history, default ~/.oficio_history), NO_COLOR,
             LC_ALL, LC_MESSAGES, LANG (language)
exit status: 0 ok; 1 a command failed (or a batch line was bad); 2 usage error;
             3 the knowledge failed to load (or check found errors)
