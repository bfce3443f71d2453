# about: a Hunspell dictionary the knowledge names but the machine lacks stops the start, saying where it was looked for and what installs it
# args: --add-kb fixtures/missing-dictionary.clp
# exit: 3
error: a dictionary the knowledge names is missing: no dictionary xx_XX.aff and xx_XX.dic in /usr/share/hunspell:/usr/share/myspell/dicts (install hunspell-xx)
error: the knowledge failed to load
