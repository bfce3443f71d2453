# about: --lang takes es or en
# args: --lang fr
# exit: 2
oficio: error: unknown language 'fr': use es or en
try 'oficio --help'
