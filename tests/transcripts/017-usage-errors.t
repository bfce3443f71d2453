# about: a bad option is a usage error: exit 2
# args: --bogus
# exit: 2
oficio: error: unknown option '--bogus'
try 'oficio --help'
