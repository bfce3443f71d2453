# about: at a question: why, help, a rejected answer (asked again), back, quit keeping the answers, and ask again going on where it stopped
# exit: 1
oficio> task t1 organiza eventos
t1: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
oficio> ask t1
Interview about task t1: answer each question, or type 'help'.
[t1] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> why
Asked by rule ask-criterion: Nothing said so far speaks to this criterion of the article, and the answer may decide the open side.
Open conclusion: task t1 is unknown (not enough evidence) (confidence 0.00).
The answer is evidence about: direct dealings with customers [intro]; no dealings with customers [intro].
oficio?> help
Answer with a number or a word from the list ('?' if you do not know). Also:
  why    why this question is asked
  back   take back the previous answer and answer it again
  quit   leave the interview, keeping the answers given
  help   this list
oficio?> perhaps
error: 'perhaps' is not an answer to this question; answer 1) yes, 2) no, ? don't know, or why, back, quit, help
[t1] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> no
[t1] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> why
Asked by rule ask-criterion: Nothing said so far speaks to this criterion of the article, and the answer may decide the open side.
Open conclusion: task t1 is back office (confidence 0.67).
The answer is evidence about: its aim is to generate sales [front-duties].
oficio?> back
Answer to 'Does the task mean dealing directly with customers?' taken back.
[t1] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> why
Asked again because you took back its answer.
Open conclusion: task t1 is unknown (not enough evidence) (confidence 0.00).
The answer is evidence about: direct dealings with customers [intro]; no dealings with customers [intro].
oficio?> 2
[t1] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> quit
Interview left; the answers given (1) are kept.
oficio> ask t1
Interview about task t1: answer each question, or type 'help'.
[t1] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> 2
[t1] What is the nature of the work?
  1) administrative, 2) legal, 3) support, 4) commercial, ? don't know
oficio?> 1
Conclusion:
t1: back office (confidence 0.75; front 0.0, back 3.0)
  + no dealings with customers, from "contact=no": back office +2.0 [intro]
  + administrative, legal or support work, from "nature=administrative": back office +1.00 (of 2.0: each further reason counts less) [back-duties]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); back-duties (Back office duties: administrative, legal and support work)
