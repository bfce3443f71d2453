# about: C1 controls are refused in lines like C0; bidi overrides are accepted but shown escaped wherever user text is printed (tasks, answers, errors, CLIPS output, the echo shows ?)
# input: printf 'task t1 atiende clientes \342\200\256 en recepci\303\263n\ntask t2 x\302\233[31my\ntask a\342\200\256b keeps the books\ncandidate ana\342\200\256 interpersonal\nbogus\342\200\256\ntasks\n(printout t "x\342\200\256y" crlf)\nforget zz\342\200\256\nload fixtures/cases/c1.json\n'
# exit: 1
oficio> task t1 atiende clientes ? en recepción
t1: front office (confidence 0.81; front 4.2, back 0.0)
  + direct dealings with customers, from "atiende + clientes": front office +3.0 [intro]
  + receptionist, from "en recepción": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
oficio> task t2 x?[31my
error: the line holds control characters or invalid UTF-8 at column 10
oficio> task a?b keeps the books
a\u202eb: back office (confidence 0.67; front 0.0, back 2.0)
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
oficio> candidate ana? interpersonal
candidate ana\u202e: interpersonal skills
oficio> bogus?
error: unknown command 'bogus\u202e' (type 'help' for the list)
oficio> tasks
  t1        front office  0.81  atiende clientes \u202e en recepción
  a\u202eb  back office   0.67  keeps the books
oficio> (printout t "x?y" crlf)
x\u202ey
oficio> forget zz?
error: no task 'zz\u202e' (try 'tasks')
oficio> load fixtures/cases/c1.json
error: cannot load fixtures/cases/c1.json: tasks[0].text: holds control characters; the session is unchanged
