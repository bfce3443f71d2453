# about: --add-kb refuses a layer that loads but that check calls wrong (a misspelt side), with file:line, and exits 3
# args: --add-kb fixtures/misspelt.clp
# exit: 3
error: fixtures/misspelt.clp:4: duty side names 'front-ofice', which is no side defined anywhere
error: the knowledge failed to load
