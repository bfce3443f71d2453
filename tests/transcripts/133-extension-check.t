# about: oficio check on the built-in knowledge with the extension on top: clean, exit 0
# args: check fixtures/extension
42 files checked: 0 errors, 0 warnings
