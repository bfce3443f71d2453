# about: oficio check on the built-in knowledge: clean, exit 0
# args: check
31 files checked: 0 errors, 0 warnings
