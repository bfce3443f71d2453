# about: checking a file that is already part of the knowledge (--kb DIR check DIR/kb/FILE) checks it once, clean
# args: --kb fixtures/mini check fixtures/mini/kb/items.clp ./fixtures/mini/rules/grow.clp fixtures/mini
fixtures/mini/rules/grow.clp:3: warning: rule grow has no rule-doc (a description in es and en)
3 files checked: 0 errors, 1 warnings
