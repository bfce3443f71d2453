# about: check runs no code that writes files or runs a shell (it wrote a file); the knowledge says where it tried
# exit: 1
oficio> check fixtures/writes.clp
fixtures/writes.clp:3: error: [OFICIO1] open is not run while knowledge is checked: checking changes nothing
fixtures/writes.clp:4: error: [ROUTER1] Logical name out was not recognized by any routers
fixtures/writes.clp:5: error: [OFICIO1] system is not run while knowledge is checked: checking changes nothing
32 files checked: 3 errors, 0 warnings
oficio> (open "written-by-check.txt" in "r")
FALSE
oficio> (open "written-by-check-too.txt" in "r")
FALSE
