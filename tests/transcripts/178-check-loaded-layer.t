# about: at the prompt, check names a layer the session has loaded already or a file of it: each is checked once
# args: --add-kb fixtures/extension
oficio> check fixtures/extension
42 files checked: 0 errors, 0 warnings
oficio> check fixtures/extension/roles.clp
42 files checked: 0 errors, 0 warnings
oficio> check ./fixtures/extension/
42 files checked: 0 errors, 0 warnings
