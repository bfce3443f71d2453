# about: a knowledge file that is not valid UTF-8 is refused with its line and column before CLIPS reads it (a stray byte there crashed CLIPS's parser, found by fuzz_kb)
# args: --add-kb fixtures/bad-utf8.clp
# exit: 3
error: fixtures/bad-utf8.clp:5: not valid UTF-8 at column 51 (knowledge files are UTF-8)
error: the knowledge failed to load
