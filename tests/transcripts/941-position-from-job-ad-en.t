# about: a position read from an English job ad in plain text (headings ending in ":", bullets), as much front as back office; its tasks are saved and loaded like any other
oficio> position reception --from examples/clinic-receptionist.txt
position reception read from examples/clinic-receptionist.txt: 6 duties (front office 3, back office 3, mixed 0, unclear 0): as much front office as back office
weight of the evidence: front office 50%, back office 50% (every duty's scores summed)
  reception.1  front office  0.75  Greet patients on arrival and answer the phone.
  reception.2  front office  0.77  Book, confirm and reschedule appointments.
  reception.3  front office  0.71  Take payments and issue receipts.
  reception.4  back office   0.80  Keep patient records up to date and file insurance claims.
  reception.5  back office   0.67  Prepare the monthly invoices and chase unpaid accounts.
  reception.6  back office   0.73  Order office supplies.
set aside, not duties:
  before the first heading (introduction): 1 from line 1
  About us (the company): 1 from line 4
  Requirements (requirements): 2 from line 15
  What we offer (the offer): 2 from line 19
skills the requirements name:
  patience (patience): "patience", line 16
  basic computer skills (basic-computer): "basic computer skills", line 16
skills the position needs:
essential:
  interpersonal skills (interpersonal)
      because of reception.3, through front office [front-skills]
      because of reception.2, through front office [front-skills]
      because of reception.1, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of reception.3, through front office [front-skills]
      because of reception.2, through front office [front-skills]
      because of reception.1, through front office [front-skills]
  effective communication (communication)
      because of reception.3, through front office [front-skills]
      because of reception.2, through front office [front-skills]
      because of reception.1, through front office [front-skills]
  active listening (active-listening)
      because of reception.3, through front office [front-skills]
      because of reception.2, through front office [front-skills]
      because of reception.1, through front office [front-skills]
  oral and written communication (oral-written-communication)
      because of reception.6, through back office [back-skills]
      because of reception.5, through back office [back-skills]
      because of reception.4, through back office [back-skills]
  organisational ability (organization)
      because of reception.4, through processing benefit claims [back-skills]
      because of reception.6, through back office (important) [back-skills]
      because of reception.5, through back office (important) [back-skills]
      because of reception.4, through back office (important) [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of reception.6, through back office [back-skills]
      because of reception.5, through back office [back-skills]
      because of reception.4, through back office [back-skills]
      because of reception.4, through processing benefit claims (important) [inferred]
  basic computer skills (basic-computer)
      because of reception.2, through scheduling appointments [computer-skills]
      because of reception.6, through back office [computer-skills]
      because of reception.5, through back office [computer-skills]
      because of reception.4, through back office [computer-skills]
      because of reception.3, through front office [computer-skills]
      because of reception.2, through front office [computer-skills]
      because of reception.1, through front office [computer-skills]
  word processing (word-processing)
      because of reception.6, through back office [computer-skills]
      because of reception.5, through back office [computer-skills]
      because of reception.4, through back office [computer-skills]
      because of reception.4, through data entry clerk [inferred]
  software specific to the job (job-software)
      because of reception.4, through data entry clerk [computer-skills]
      because of reception.6, through back office (useful) [computer-skills]
      because of reception.5, through back office (useful) [computer-skills]
      because of reception.4, through back office (useful) [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of reception.3, through front office [front-skills]
      because of reception.2, through front office [front-skills]
      because of reception.1, through front office [front-skills]
  patience (patience)
      because of reception.3, through front office [front-skills]
      because of reception.2, through front office [front-skills]
      because of reception.1, through front office [front-skills]
  good questioning technique (questioning-techniques)
      because of reception.3, through front office [front-skills]
      because of reception.2, through front office [front-skills]
      because of reception.1, through front office [front-skills]
  conflict management (conflict-management)
      because of reception.3, through front office [front-skills]
      because of reception.2, through front office [front-skills]
      because of reception.1, through front office [front-skills]
  ease with numbers and maths (numeracy)
      because of reception.5, through accounts receivable [inferred]
  accounting software (accounting-software)
      because of reception.5, through accounts receivable [inferred]
oficio> save reception.json
case saved to reception.json (tasks: 6, positions: 1, candidates: 0)
oficio> reset
session cleared: tasks, positions, candidates and typed facts forgotten
oficio> load reception.json
case loaded from reception.json in place of the session (tasks: 6, positions: 1, candidates: 0)
oficio> tasks
  reception.1  front office  0.75  Greet patients on arrival and answer the phone.
  reception.2  front office  0.77  Book, confirm and reschedule appointments.
  reception.3  front office  0.71  Take payments and issue receipts.
  reception.4  back office   0.80  Keep patient records up to date and file insurance claims.
  reception.5  back office   0.67  Prepare the monthly invoices and chase unpaid accounts.
  reception.6  back office   0.73  Order office supplies.
