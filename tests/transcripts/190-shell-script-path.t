# about: a script is still run by its path, even one named like a command (./fixtures/tasks)
# args: ./fixtures/tasks
oficio> # A script named like a command: run by its path (./fixtures/tasks).
oficio> task t1 pays the suppliers
t1: back office (confidence 0.60; front 0.0, back 1.5)
  + dealings only with vendors and suppliers, from "suppliers": back office +1.5 [back-skills]
oficio> tasks
  t1  back office  0.60  pays the suppliers
