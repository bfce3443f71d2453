# about: --max-firings takes a whole number (0.5 meant no limit at all)
# args: --max-firings 0.5
# exit: 2
oficio: error: option '--max-firings' takes a whole number >= 0, not '0.5'
try 'oficio --help'
