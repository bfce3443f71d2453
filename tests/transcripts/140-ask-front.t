# about: an interview about a new task that ends front office: the description leans front but leaves it open, one answer settles it
oficio> ask
Interview about task t1: answer each question, or type 'help'.
[t1] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> goes to trade fairs
[t1] Does the task mean dealing directly with customers?
  1) yes, 2) no, ? don't know
oficio?> yes
Conclusion:
t1: front office (confidence 0.80; front 4.0, back 0.0)
  + direct dealings with customers, from "contact=yes": front office +3.0 [intro]
  + promoting products and services, from "trade fairs": front office +1.00 (of 2.0: each further reason counts less) [front-duties]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact); front-duties (Front office duties: dealing with customers to generate sales)
oficio> tasks
  t1  front office  0.80  goes to trade fairs
oficio> ask
Interview about task t2: answer each question, or type 'help'.
[t2] Describe the task in a few words (what is done, and with whom).
  (write the description, or '?' to skip it)
oficio?> answers the phone
Conclusion:
t2: front office (confidence 0.71; front 2.4, back 0.0)
  + direct dealings with customers, from "answers the phone": front office +2.4 [intro]
Sections of the article: intro (Introduction: every small business has tasks with and without direct customer contact)
