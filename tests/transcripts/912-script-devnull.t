# about: /dev/null as SCRIPT: nothing to do, exit 0
# args: /dev/null

