# about: hire gives the skills a position needs, by importance, with reasons
# exit: 1
oficio> hire
error: 'hire': wrong number of arguments, it takes at least 1; usage: hire ID...
oficio> hire receptionist
essential:
  interpersonal skills (interpersonal)
      because of receptionist, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of receptionist, through front office [front-skills]
  effective communication (communication)
      because of receptionist, through front office [front-skills]
  active listening (active-listening)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
  basic computer skills (basic-computer)
      because of receptionist, through scheduling appointments [computer-skills]
      because of receptionist, through front office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of receptionist, through front office [front-skills]
      because of receptionist, through the image and reputation of the business [inferred]
  patience (patience)
      because of receptionist, through front office [front-skills]
      because of receptionist, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
  conflict management (conflict-management)
      because of receptionist, through handling customer requests [front-skills]
      because of receptionist, through front office [front-skills]
oficio> hire accountant
essential:
  oral and written communication (oral-written-communication)
      because of accountant, through back office [back-skills]
      because of accountant, through dealing with vendors and suppliers by phone, e-mail or letter [back-skills]
  ease with numbers and maths (numeracy)
      because of accountant, through accounting [back-skills]
      because of accountant, through bookkeeping [inferred]
      because of accountant, through accounts payable (important) [inferred]
      because of accountant, through accounts receivable (important) [inferred]
  organisational ability (organization)
      because of accountant, through tax compliance (local, state and federal) [back-skills]
      because of accountant, through back office (important) [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of accountant, through back office [back-skills]
      because of accountant, through tax compliance (local, state and federal) (important) [inferred]
  basic computer skills (basic-computer)
      because of accountant, through back office [computer-skills]
  word processing (word-processing)
      because of accountant, through back office [computer-skills]
  accounting software (accounting-software)
      because of accountant [computer-skills]
      because of accountant, through accounting [computer-skills]
      because of accountant, through bookkeeping [computer-skills]
      because of accountant, through accounts payable (important) [inferred]
      because of accountant, through accounts receivable (important) [inferred]
useful:
  software specific to the job (job-software)
      because of accountant, through back office [computer-skills]
oficio> hire network-administrator
essential:
  oral and written communication (oral-written-communication)
      because of network administrator, through back office [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of network administrator, through back office [back-skills]
  basic computer skills (basic-computer)
      because of network administrator, through back office [computer-skills]
  word processing (word-processing)
      because of network administrator, through back office [computer-skills]
  advanced computing (installing and maintaining computers) (advanced-computing)
      because of network administrator, through installing and maintaining computers and the network [computer-skills]
      because of network administrator [computer-skills]
important:
  organisational ability (organization)
      because of network administrator, through back office [back-skills]
useful:
  software specific to the job (job-software)
      because of network administrator, through back office [computer-skills]
oficio> hire payroll customer-requests
essential:
  interpersonal skills (interpersonal)
      because of handling customer requests, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of handling customer requests, through front office [front-skills]
  effective communication (communication)
      because of handling customer requests, through front office [front-skills]
  active listening (active-listening)
      because of handling customer requests [front-skills]
      because of handling customer requests, through front office [front-skills]
  oral and written communication (oral-written-communication)
      because of payroll processing, through back office [back-skills]
  ease with numbers and maths (numeracy)
      because of payroll processing [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of payroll processing, through back office [back-skills]
  basic computer skills (basic-computer)
      because of payroll processing, through back office [computer-skills]
      because of handling customer requests, through front office [computer-skills]
  word processing (word-processing)
      because of payroll processing, through back office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of handling customer requests, through front office [front-skills]
  patience (patience)
      because of handling customer requests, through front office [front-skills]
      because of handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of handling customer requests [front-skills]
      because of handling customer requests, through front office [front-skills]
  conflict management (conflict-management)
      because of handling customer requests [front-skills]
      because of handling customer requests, through front office [front-skills]
  organisational ability (organization)
      because of payroll processing, through back office [back-skills]
  accounting software (accounting-software)
      because of payroll processing [inferred]
useful:
  software specific to the job (job-software)
      because of payroll processing, through back office [computer-skills]
oficio> hire nothing
error: nothing called 'nothing': no side, role, duty, task or position (try 'roles', 'duties', 'tasks')
oficio> task t1 cobrar en caja y atender clientes
t1: front office (confidence 0.75; front 3.0, back 0.0)
  + direct dealings with customers, from "atender + clientes, cobrar en caja": front office +3.0 [intro]
oficio> hire t1
essential:
  interpersonal skills (interpersonal)
      because of t1, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of t1, through front office [front-skills]
  effective communication (communication)
      because of t1, through front office [front-skills]
  active listening (active-listening)
      because of t1, through front office [front-skills]
  basic computer skills (basic-computer)
      because of t1, through front office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of t1, through front office [front-skills]
  patience (patience)
      because of t1, through front office [front-skills]
  good questioning technique (questioning-techniques)
      because of t1, through front office [front-skills]
  conflict management (conflict-management)
      because of t1, through front office [front-skills]
