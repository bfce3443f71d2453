# about: changing one's mind: an answer taken back and changed, a restated attribute, a new description; how shows only the current support each time
oficio> ask t1
Interview about task t1: answer each question, or type 'help'.
[t1] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> ?
[t1] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> no
[t1] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> no
[t1] What is the nature of the work?
  1) administrative, 2) legal, 3) support, 4) commercial, ? don't know
oficio?> quit
Interview left; the answers given (3) are kept.
oficio> why t1
task t1 is back office (confidence 0.67; front office 0.0, back office 2.0)
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as ""  [user]
  - 2.0 for back office: no dealings with customers  [intro]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact)
oficio> ask t1
Interview about task t1: answer each question, or type 'help'.
[t1] What is the nature of the work?
  1) administrative, 2) legal, 3) support, 4) commercial, ? don't know
oficio?> back
Answer to 'Is its aim to generate sales?' taken back.
[t1] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> yes
[t1] What is the nature of the work?
  1) administrative, 2) legal, 3) support, 4) commercial, ? don't know
oficio?> ?
[t1] Does the task deal with vendors or suppliers?
  1) yes, 2) no, ? don't know
oficio?> ?
Conclusion:
t1: mixed (both sides) (confidence 0.48; front 2.0, back 2.0)
  + no dealings with customers, from "contact=no": back office +2.0 [intro]
  + its aim is to generate sales, from "sales=yes": front office +2.0 [front-duties]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); front-duties (Front office duties: dealing with customers to generate sales)
oficio> how t1
task t1 is mixed (both sides) (confidence 0.48; front office 2.0, back office 2.0)  [intro]
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as ""  [user]
  - 2.0 for back office: no dealings with customers  [intro]
      by rule evidence-from-attribute: An attribute stated for the task is evidence for the criterion it points to.
    - for task t1: contact=no  [inferred]
        by rule attribute-from-answer: Answering a question states the attribute it asks about.
      - answer to "Does the task mean dealing directly with customers?": no  [user]
      - the question "Does the task mean dealing directly with customers?"  [intro]
    - contact=no is evidence of: no dealings with customers  [intro]
    - the article's criterion: no dealings with customers (back office)  [intro]
  - 2.0 for front office: its aim is to generate sales  [front-duties]
      by rule evidence-from-attribute: An attribute stated for the task is evidence for the criterion it points to.
    - for task t1: sales=yes  [inferred]
        by rule attribute-from-answer: Answering a question states the attribute it asks about.
      - answer to "Is its aim to generate sales?": yes  [user]
      - the question "Is its aim to generate sales?"  [front-duties]
    - sales=yes is evidence of: its aim is to generate sales  [front-duties]
    - the article's criterion: its aim is to generate sales (front office)  [front-duties]
oficio> task t1 sells to customers in the shop contact=no
t1: mixed (both sides) (confidence 0.48; front 2.0, back 2.0)
  + its aim is to generate sales, from "sells": front office +2.0 [front-duties]
  + no dealings with customers, from "contact=no": back office +2.0 [intro]
  (a new description starts afresh: interview answers dropped: 5; 'ask t1' asks again)
oficio> how t1
task t1 is mixed (both sides) (confidence 0.48; front office 2.0, back office 2.0)  [intro]
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as "sells to customers in the shop"  [user]
  - 2.0 for front office: its aim is to generate sales  [front-duties]
      by rule evidence-from-action: The action is evidence of a criterion on its own (recording, reconciling: administrative work; selling: sales).
    - the text says "sells": sell (action, lexicon phrase "sells", part 1 of the text, relation none, negated: no)  [user]
    - "sell" is an action of kind sell (done with, when nobody is named: customers; on its own evidence of: its aim is to generate sales)  [inferred]
    - the article's criterion: its aim is to generate sales (front office)  [front-duties]
  - 2.0 for back office: no dealings with customers  [intro]
      by rule evidence-from-attribute: An attribute stated for the task is evidence for the criterion it points to.
    - for task t1: contact=no  [user]
    - contact=no is evidence of: no dealings with customers  [intro]
    - the article's criterion: no dealings with customers (back office)  [intro]
oficio> task t1 keeps the books
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
oficio> why t1
task t1 is back office (confidence 0.67; front office 0.0, back office 2.0)
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as "keeps the books"  [user]
  - 2.0 for back office: bookkeeping  [back-duties]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); back-duties (Back office duties: administrative, legal and support work)
