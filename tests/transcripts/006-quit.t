# about: quit takes no arguments; salir leaves and nothing after it runs
# exit: 1
oficio> quit now
error: 'quit': wrong number of arguments, it takes none; usage: quit
oficio> salir
