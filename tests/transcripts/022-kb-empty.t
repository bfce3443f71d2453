# about: a knowledge folder with no .clp file: exit 3
# args: --kb fixtures/empty
# exit: 3
error: fixtures/empty: no .clp files found
error: the knowledge failed to load
