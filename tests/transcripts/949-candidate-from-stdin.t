# about: a short profile given on standard input ("-") from the shell
# args: candidate ana --from -
# input: printf 'Receptionist at a dental clinic: greeted patients and booked their appointments.\nPatient, friendly and well spoken.\n'
candidate ana read from standard input: 7 skills
  basic computer skills (basic-computer), line 1: "Receptionist at a dental clinic: greeted patients and booked their appointments." ("booked their appointments": scheduling appointments)
  a friendly manner (friendly-personality), line 1: "Receptionist at a dental clinic: greeted patients and booked their appointments." ("Receptionist": receptionist)
  patience (patience), line 1: "Receptionist at a dental clinic: greeted patients and booked their appointments." ("Receptionist": receptionist)
  conflict management (conflict-management), line 1: "Receptionist at a dental clinic: greeted patients and booked their appointments." ("Receptionist": receptionist)
  good questioning technique (questioning-techniques), line 1: "Receptionist at a dental clinic: greeted patients and booked their appointments." ("Receptionist": receptionist)
  active listening (active-listening), line 1: "Receptionist at a dental clinic: greeted patients and booked their appointments." ("Receptionist": receptionist)
  being articulate and well spoken (articulate), line 2: "Patient, friendly and well spoken."
