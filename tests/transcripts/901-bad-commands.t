# about: bad commands, wrong argument counts, quotes and parentheses: one line each, the session goes on
# exit: 1
oficio> frobnicate
error: unknown command 'frobnicate' (type 'help' for the list)
oficio> TASK t1 payroll
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "payroll": back office +2.0 [back-duties]
oficio> task
error: 'task': wrong number of arguments, it takes at least 2; usage: task ID TEXT... [NAME=VALUE...]
oficio> forget
error: 'forget': wrong number of arguments, it takes 1; usage: forget ID
oficio> forget a b
error: 'forget': wrong number of arguments, it takes 1; usage: forget ID
oficio> hire
error: 'hire': wrong number of arguments, it takes at least 1; usage: hire ID...
oficio> match ana
error: 'match': wrong number of arguments, it takes at least 2; usage: match NAME ID...
oficio> lang es en
error: 'lang': wrong number of arguments, it takes at most 1; usage: lang [es|en]
oficio> task t1 "unclosed quote
t1: front office (confidence 0.77; front 3.4, back 0.0)
  + direct dealings with customers, from "quote": front office +2.4 [intro]
  + making sales, from "quote": front office +1.00 (of 2.0: each further reason counts less) [front-duties]
oficio> candidate 'ana numeracy
error: unterminated quote starting at column 11
oficio> ) (+ 1 2)
error: unbalanced ')' at column 1; the expression was discarded
oficio> (+ 1 2))
3
error: unbalanced ')' at column 8; the expression was discarded
oficio> (+ 1 2) trailing
3
error: unexpected text after the expression at column 9: 'trailing'
oficio> task t1 payroll
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + payroll processing, from "payroll": back office +2.0 [back-duties]
oficio> tasks
  t1  back office  0.67  payroll
