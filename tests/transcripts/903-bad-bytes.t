# about: control bytes and invalid UTF-8 are refused with their column and never echoed raw
# input: printf 'lang\n\001\002 ctl\ntask t1 pay\200roll\n\377\376\nclassify caf\303\n\033[31mred\ntask t2 nómina\ntasks\n'
# exit: 1
oficio> lang
language: English (en)
oficio> ?? ctl
error: the line holds control characters or invalid UTF-8 at column 1
oficio> task t1 pay?roll
error: the line holds control characters or invalid UTF-8 at column 12
oficio> ??
error: the line holds control characters or invalid UTF-8 at column 1
oficio> classify caf?
error: the line holds control characters or invalid UTF-8 at column 13
oficio> ?[31mred
error: the line holds control characters or invalid UTF-8 at column 1
oficio> task t2 nómina
t2: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "nómina": back office +2.0 [back-duties]
oficio> tasks
  t2  back office  0.67  nómina
