# about: answers of "don't know" in both languages: every question is asked once, and the side stays unknown; the input ending during an interview keeps its answers
oficio> ask t7
Interview about task t7: answer each question, or type 'help'.
[t7] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> ?
[t7] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> no sé
[t7] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> unknown
[t7] What is the nature of the work?
  1) administrative, 2) legal, 3) support, 4) commercial, ? don't know
oficio?> dk
[t7] Does the task deal with vendors or suppliers?
  1) yes, 2) no, ? don't know
oficio?> ?
Conclusion:
t7: unknown (not enough evidence) (confidence 0.00; front 0.0, back 0.0)
  no evidence found: say more about the task, or state attributes (name=value)
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact)
oficio> tasks
  t7  unknown (not enough evidence)  0.00  
oficio> ask t8
Interview about task t8: answer each question, or type 'help'.
[t8] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> ?
[t8] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
the input ended during the interview; the answers given (1) are kept
