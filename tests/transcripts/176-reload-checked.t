# about: reload refuses knowledge that check calls wrong (a misspelt side) with file:line, keeping the previous knowledge and the session
# args: --add-kb fixtures/layer
# exit: 1
oficio> task t1 decorar el escaparate
t1: front office (confidence 0.67; front 2.0, back 0.0)
  + promoting products and services, from "escaparate": front office +2.0 [front-duties]
oficio> (open "fixtures/layer/zz.clp" f "w")
TRUE
oficio> (printout f "(deffacts wrong (duty (id window-dressing) (side front-ofice) (source inferred) (label-es \"decorar\") (label-en \"dressing\")))" crlf)
oficio> (close f)
TRUE
oficio> reload
error: fixtures/layer/zz.clp:1: duty side names 'front-ofice', which is no side defined anywhere
error: reload failed; the previous knowledge and session are kept
oficio> tasks
  t1  front office  0.67  decorar el escaparate
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
oficio> check
fixtures/layer/zz.clp:1: error: duty side names 'front-ofice', which is no side defined anywhere
fixtures/layer/zz.clp:1: warning: duty window-dressing is used by nothing (no lexicon.means names it)
33 files checked: 1 errors, 1 warnings
