# about: knowledge with an error: file:line and CLIPS's message, exit 3
# args: --kb fixtures/bad
# exit: 3
error: fixtures/bad/kb/items.clp:6: [TMPLTDEF1] Invalid slot colour not defined in corresponding deftemplate item.
error: the knowledge failed to load
