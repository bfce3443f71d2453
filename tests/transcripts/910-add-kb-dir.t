# about: --add-kb of a folder with no .clp: exit 3
# args: --add-kb fixtures/empty
# exit: 3
error: fixtures/empty: no .clp files found
error: the knowledge failed to load
