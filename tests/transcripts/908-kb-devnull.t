# about: --kb /dev/null: not a folder, exit 3
# args: --kb /dev/null
# exit: 3
error: cannot read /dev/null: Not a directory
error: the knowledge failed to load
