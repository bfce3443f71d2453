# about: a broken --add-kb file stops the start with exit 3
# args: --kb fixtures/mini --add-kb fixtures/broken.clp
# exit: 3
error: fixtures/broken.clp:4: [EXPRNPSR3] Missing function declaration for no-such-function.
error: the knowledge failed to load
