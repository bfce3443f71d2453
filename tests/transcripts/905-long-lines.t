# about: lines of megabytes: classified or refused, the echo cut, the session goes on
# input: perl -e 'print "classify ", "nómina " x 150000, "\n"; print "task ", "x" x 100000, " payroll\n"; print "candidate ana ", "numeracy " x 20000, "\n"; print "tasks\n"'
# exit: 1
oficio> classify nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina nómina [+1199809 bytes]
back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "nómina": back office +2.0 [back-duties]
oficio> task xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx [+99813 bytes]
error: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' cannot be an id: use letters, digits, '-', '_' or '.' (64 at most)
oficio> candidate ana numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numeracy numera [+179814 bytes]
candidate ana: ease with numbers and maths
oficio> tasks
no tasks yet: describe one with 'task ID TEXT'
