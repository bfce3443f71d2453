# about: the extension adds an interview question only in knowledge files; ask puts it after the built-in one about customers, and skips it when the text already speaks of followers
# args: --add-kb fixtures/extension
oficio> ask t1
Interview about task t1: answer each question, or type 'help'.
[t1] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> ?
[t1] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> ?
[t1] Does the task mean dealing with the followers on social media?
  1) yes, 2) no, ? don't know
oficio?> why
Asked by rule ask-criterion: Nothing said so far speaks to this criterion of the article, and the answer may decide the open side.
Open conclusion: task t1 is unknown (not enough evidence) (confidence 0.00).
The answer is evidence about: dealings with followers on social media [bakery-notes].
oficio?> yes
[t1] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> ?
[t1] What is the nature of the work?
  1) administrative, 2) legal, 3) support, 4) commercial, ? don't know
oficio?> ?
[t1] Does the task deal with vendors or suppliers?
  1) yes, 2) no, ? don't know
oficio?> ?
Conclusion:
t1: front office (confidence 0.67; front 2.0, back 0.0)
  + dealings with followers on social media, from "followers=yes": front office +2.0 [bakery-notes]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); bakery-notes (The bakery's notes: the extension's own)
oficio> ask t2
Interview about task t2: answer each question, or type 'help'.
[t2] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> thanks the followers
[t2] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> ?
[t2] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> quit
Interview left; the answers given (2) are kept.
oficio> check fixtures/extension
42 files checked: 0 errors, 0 warnings
