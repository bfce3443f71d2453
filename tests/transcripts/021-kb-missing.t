# about: a knowledge folder that does not exist: exit 3
# args: --kb fixtures/nowhere
# exit: 3
error: cannot read fixtures/nowhere: No such file or directory
error: the knowledge failed to load
