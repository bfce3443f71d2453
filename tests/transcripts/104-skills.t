# about: skills lists the skills, or what a side needs
# exit: 1
oficio> skills
  interpersonal               interpersonal skills                                       front [front-skills]
  articulate                  being articulate and well spoken                           front [front-skills]
  communication               effective communication                                    front [front-skills]
  active-listening            active listening                                           front [front-skills]
  friendly-personality        a friendly manner                                          front [front-skills]
  patience                    patience                                                   front [front-skills]
  questioning-techniques      good questioning technique                                 front [front-skills]
  conflict-management         conflict management                                        front [front-skills]
  oral-written-communication  oral and written communication                             back [back-skills]
  numeracy                    ease with numbers and maths                                back [back-skills]
  organization                organisational ability                                     back [back-skills]
  document-handling           document handling (correct filing, on-time dispatch)       back [back-skills]
  basic-computer              basic computer skills                                      computer [computer-skills]
  word-processing             word processing                                            computer [computer-skills]
  accounting-software         accounting software                                        computer [computer-skills]
  job-software                software specific to the job                               computer [computer-skills]
  advanced-computing          advanced computing (installing and maintaining computers)  computer [computer-skills]
oficio> skills front-office
essential:
  interpersonal skills (interpersonal)
      because of front office [front-skills]
  being articulate and well spoken (articulate)
      because of front office [front-skills]
  effective communication (communication)
      because of front office [front-skills]
  active listening (active-listening)
      because of front office [front-skills]
  basic computer skills (basic-computer)
      because of front office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of front office [front-skills]
  patience (patience)
      because of front office [front-skills]
  good questioning technique (questioning-techniques)
      because of front office [front-skills]
  conflict management (conflict-management)
      because of front office [front-skills]
oficio> habilidades back-office
essential:
  oral and written communication (oral-written-communication)
      because of back office [back-skills]
  document handling (correct filing, on-time dispatch) (document-handling)
      because of back office [back-skills]
  basic computer skills (basic-computer)
      because of back office [computer-skills]
  word processing (word-processing)
      because of back office [computer-skills]
important:
  organisational ability (organization)
      because of back office [back-skills]
useful:
  software specific to the job (job-software)
      because of back office [computer-skills]
oficio> skills middle
error: 'middle' is not a side; the sides are: front-office, back-office
oficio> skills front back
error: 'skills': wrong number of arguments, it takes at most 1; usage: skills [SIDE]
