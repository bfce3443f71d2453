# about: --add-kb /dev/null: not a file, exit 3
# args: --add-kb /dev/null
# exit: 3
error: /dev/null: not a file or a folder
error: the knowledge failed to load
