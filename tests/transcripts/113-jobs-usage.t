# about: --jobs takes a whole number from 1 to 64
# args: batch --jobs 0
# exit: 2
oficio: error: --jobs takes a whole number from 1 to 64, not '0'
try 'oficio --help'
