# about: --version
# args: --version
oficio 0.1.0
