# about: a side misspelt in a knowledge file (front-ofice) is a load error with file:line, never counted for the back office
# args: --add-kb fixtures/misspelt-side.clp
# exit: 3
error: fixtures/misspelt-side.clp:4: [CSTRNCHK1] A literal slot value found in the assert command does not match the allowed values for slot side.
error: the knowledge failed to load
