# about: --dump-kb writes the built-in knowledge into a new folder
# args: --dump-kb out
knowledge written to out (31 files)
