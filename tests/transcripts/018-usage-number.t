# about: --max-firings takes a number
# args: --max-firings lots
# exit: 2
oficio: error: option '--max-firings' takes a number >= 0, not 'lots'
try 'oficio --help'
