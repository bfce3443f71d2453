# about: (exit) typed at the CLIPS prompt leaves oficio
oficio> (exit)
