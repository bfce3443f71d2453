# about: roles, role and duties list the article's jobs and duties
# exit: 1
oficio> roles
  receptionist                     receptionist                     front office [front-duties]
  cashier                          cashier                          front office [front-duties]
  sales-representative             sales representative             front office [front-duties]
  customer-service-representative  customer service representative  front office [front-duties]
  data-entry-clerk                 data entry clerk                 back office [back-duties]
  claims-processor                 claims processor                 back office [back-duties]
  accountant                       accountant                       back office [back-duties]
  hr-executive                     human resources executive        back office [back-duties]
  legal-advisor                    legal advisor                    back office [back-duties]
  network-administrator            network administrator            back office [computer-skills]
oficio> roles all
error: 'roles': wrong number of arguments, it takes none; usage: roles
oficio> role
error: 'role': wrong number of arguments, it takes 1; usage: role ID
oficio> role receptionist
receptionist (receptionist): front office [front-duties]
duties: handling customer requests, scheduling appointments, the image and reputation of the business [inferred]
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
oficio> role network-administrator
network administrator (network-administrator): back office [computer-skills]
duties: installing and maintaining computers and the network [inferred]
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
oficio> rol contador
accountant (accountant): back office [back-duties]
duties: accounting, bookkeeping, tax compliance (local, state and federal), accounts payable, accounts receivable, dealing with vendors and suppliers by phone, e-mail or letter [inferred]
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
oficio> role astronaut
error: nothing called 'astronaut': no side, role, duty, task or position (try 'roles', 'duties', 'tasks')
oficio> duties
  marketing                promoting products and services                                front office [front-duties]
  customer-requests        handling customer requests                                     front office [front-duties]
  prospect-relationships   building relationships with prospective customers              front office [front-duties]
  business-image           the image and reputation of the business                       front office [front-duties]
  sales                    making sales                                                   front office [front-duties]
  appointment-scheduling   scheduling appointments                                        front office [computer-skills]
  order-placing            placing orders                                                 front office [computer-skills]
  employment-contracts     drawing up employment contracts                                back office [back-duties]
  bookkeeping              bookkeeping                                                    back office [back-duties]
  accounting               accounting                                                     back office [back-duties]
  payroll                  payroll processing                                             back office [back-duties]
  timesheets               timesheets                                                     back office [back-skills]
  tax-compliance           tax compliance (local, state and federal)                      back office [back-duties]
  labor-safety-compliance  compliance with labour and safety law                          back office [back-duties]
  workers-compensation     handling workers' compensation                                 back office [back-duties]
  background-checks        background checks                                              back office [back-duties]
  accounts-payable         accounts payable                                               back office [back-duties]
  accounts-receivable      accounts receivable                                            back office [back-duties]
  benefit-claims           processing benefit claims                                      back office [back-duties]
  vendor-correspondence    dealing with vendors and suppliers by phone, e-mail or letter  back office [back-skills]
  document-filing          filing documents and sending them on time                      back office [back-skills]
  network-administration   installing and maintaining computers and the network           back office [computer-skills]
oficio> funciones x
error: 'funciones': wrong number of arguments, it takes none; usage: duties
