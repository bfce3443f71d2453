# about: an English interview that ends back office, with a changed answer: yes leaves the task mixed, back takes it back, n settles it
oficio> ask books
Interview about task books: answer each question, or type 'help'.
[books] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> keeps the books
[books] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> yes
[books] Is its aim to generate sales?
  1) yes, 2) no, ? don't know
oficio?> back
Answer to 'Does the task mean dealing directly with customers?' taken back.
[books] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> n
Conclusion:
books: back office (confidence 0.75; front 0.0, back 3.0)
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
  + no dealings with customers, from "contact=no": back office +1.00 (of 2.0: each further reason counts less) [intro]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); back-duties (Back office duties: administrative, legal and support work)
oficio> why books
task books is back office (confidence 0.75; front office 0.0, back office 3.0)
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task books was described as "keeps the books"  [user]
  - 2.0 for back office: bookkeeping  [back-duties]
  - 2.0 for back office: no dealings with customers  [intro]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); back-duties (Back office duties: administrative, legal and support work)
