# about: from the shell, a command that takes free text gets the words as one text, attributes at the end
# args: task t1 greets visitors at the front desk contact=yes
t1: front office (confidence 0.81; front 4.2, back 0.0)
  + direct dealings with customers, from "contact=yes": front office +3.0 [intro]
  + receptionist, from "front desk": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
