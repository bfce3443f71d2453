# about: CVs oficio cannot read, too long to be one, or in which it finds no skill: each says what is wrong and where, and no candidate is made; a negated duty shows no skill
# input: : > empty.txt; printf 'Experiencia:\n- Cajera\000\n' > nul.txt; printf 'Cajera en \351l supermercado\n' > latin1.txt; printf 'Pedro López\nVivo en Soria y me gusta el ciclismo.\n' > none.txt; printf 'Sin experiencia en contabilidad ni en nóminas.\n' > negated.txt; head -c 11000000 /dev/zero | tr '\0' a > huge.txt; mkdir folder; seq 1001 | sed 's/^/Cajera en tienda. /' > long.txt; for f in empty.txt nul.txt latin1.txt none.txt negated.txt huge.txt long.txt missing.txt folder; do echo "candidate pedro --from $f"; done; echo 'candidate patience --from examples/cv-lucia.txt'; echo 'candidate "a b" --from examples/cv-lucia.txt'; echo 'candidate pedro --from'; echo 'rank bookkeeping'
# exit: 1
oficio> candidate pedro --from empty.txt
error: empty.txt: the file is empty; no candidate made
oficio> candidate pedro --from nul.txt
error: nul.txt:2:9: a NUL byte: not a text file; no candidate made
oficio> candidate pedro --from latin1.txt
error: latin1.txt:1:11: not valid UTF-8 (save the file as UTF-8 text); no candidate made
oficio> candidate pedro --from none.txt
error: none.txt: no skill found (by a label or synonym, or by a duty or job the text names); no candidate made: record one with candidate NAME SKILL...
oficio> candidate pedro --from negated.txt
error: negated.txt: no skill found (by a label or synonym, or by a duty or job the text names); no candidate made: record one with candidate NAME SKILL...
oficio> candidate pedro --from huge.txt
error: cannot read huge.txt: larger than 10 MiB, too large for a document; no candidate made
oficio> candidate pedro --from long.txt
error: long.txt: 1001 lines and sentences, longer than a CV (1000 at most); no candidate made
oficio> candidate pedro --from missing.txt
error: cannot read missing.txt: No such file or directory; no candidate made
oficio> candidate pedro --from folder
error: cannot read folder: it is a folder; no candidate made
oficio> candidate patience --from examples/cv-lucia.txt
error: 'patience' already names patience in the knowledge (a skill): choose another name
oficio> candidate "a b" --from examples/cv-lucia.txt
error: 'a b' cannot be an id: use letters, digits, '-', '_' or '.' (64 at most)
oficio> candidate pedro --from
error: '--from' takes one file, after the name: candidate NAME --from FILE
oficio> rank bookkeeping
no candidates yet: add one with 'candidate NAME SKILL...'
