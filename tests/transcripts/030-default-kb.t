# about: the built-in knowledge loads: the article's sections are there
oficio> (do-for-all-facts ((?s section)) TRUE (printout t ?s:id crlf))
intro
front-duties
back-duties
front-skills
back-skills
computer-skills
