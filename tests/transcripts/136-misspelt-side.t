# about: a side misspelt in a knowledge file (front-ofice) is a load error with file:line, never counted for the back office
# args: --add-kb fixtures/misspelt-side.clp
# exit: 3
error: fixtures/misspelt-side.clp:4: duty side names 'front-ofice', which is no side defined anywhere
error: the knowledge failed to load
