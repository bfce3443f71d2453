# about: classify from the shell by its Spanish name too (clasificar), with the contract of oficio classify
# args: clasificar no customer contact, just bookkeeping
back office (confidence 0.75; front 0.0, back 3.0)
  + bookkeeping, from "bookkeeping": back office +2.0 [back-duties]
  + no dealings with customers, from "customer contact": back office +1.00 (of 2.0: each further reason counts less) [intro]
