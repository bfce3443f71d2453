#!/bin/sh
# deps.sh - checks that the Debian packages oficio needs are installed, and
# installs the missing ones when it can (as root, or through sudo without a
# password). Otherwise it says, in one line, what to install.
# Usage: deps.sh [bench|test]   (also what the benchmarks, or the tests, need)
set -u
extra=
[ "${1:-}" = bench ] && extra="clips:/usr/bin/clips
time:/usr/bin/time
valgrind:/usr/bin/valgrind"
[ "${1:-}" = test ] && extra="parallel:/usr/bin/parallel"
need="$extra
libclips-dev:/usr/include/clips/clips.h
libreadline-dev:/usr/include/readline/readline.h
libjansson-dev:/usr/include/jansson.h
libutf8proc-dev:/usr/include/utf8proc.h
libstemmer-dev:/usr/include/libstemmer.h
libhunspell-dev:/usr/include/hunspell/hunspell.h
hunspell-es:/usr/share/hunspell/es_ES.dic
hunspell-en-us:/usr/share/hunspell/en_US.dic
libcmocka-dev:/usr/include/cmocka.h
perl:/usr/bin/prove
gcc:/usr/bin/cc
make:/usr/bin/make"
missing=
for item in $need; do
	[ -n "$item" ] || continue
	pkg=${item%%:*}
	file=${item#*:}
	[ -e "$file" ] || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo=sudo
else
	echo "oficio needs these Debian packages: sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "installing:$missing" >&2
$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >&2 || {
	echo "oficio could not install:$missing (try: sudo apt-get install -y$missing)" >&2
	exit 1
}
