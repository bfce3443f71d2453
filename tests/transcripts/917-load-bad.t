# about: load refuses a case it cannot take whole, says what is wrong and where, and leaves the session as it was (tasks after each)
# exit: 1
oficio> task t1 books appointments with customers
t1: front office (confidence 0.67; front 2.0, back 0.0)
  + scheduling appointments, from "books appointments": front office +2.0 [computer-skills]
oficio> candidate bob basic-computer
candidate bob: basic computer skills
oficio> load fixtures/cases/corrupt.json
error: cannot load fixtures/cases/corrupt.json:5:47: not valid JSON: string or '}' expected near '}'; the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load fixtures/cases/truncated.json
error: cannot load fixtures/cases/truncated.json:11:2: not valid JSON: ']' expected near end of file; the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load fixtures/cases/version-2.json
error: cannot load fixtures/cases/version-2.json: version 2 is not known (this oficio reads version 1); the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load fixtures/cases/other-format.json
error: cannot load fixtures/cases/other-format.json: no "format": "oficio-case": not a case saved by oficio; the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load fixtures/cases/wrong-shape.json
error: cannot load fixtures/cases/wrong-shape.json: tasks[1].text: expected a string; the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load fixtures/cases/unknown-skill.json
error: cannot load fixtures/cases/unknown-skill.json: candidates[0].skills[2]: no skill called 'juggling' (try 'skills'); the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load fixtures/cases/unknown-role.json
error: cannot load fixtures/cases/unknown-role.json: positions[0].items[0]: nothing called 'astronaut': no side, role, duty, task or position (try 'roles', 'duties', 'tasks'); the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load fixtures/cases/missing.json
error: cannot load fixtures/cases/missing.json: No such file or directory; the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load fixtures/cases
error: cannot load fixtures/cases: it is a folder; the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load /dev/null
error: cannot load /dev/null: not a regular file; the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load fixtures/cases/empty.json
error: cannot load fixtures/cases/empty.json: the file is empty; the session is unchanged
oficio> tasks
  t1  front office  0.67  books appointments with customers
oficio> load
error: 'load': wrong number of arguments, it takes 1; usage: load FILE
oficio> rank receptionist
1. bob 0.14  (missing: interpersonal skills, being articulate and well spoken, effective communication, ...)
