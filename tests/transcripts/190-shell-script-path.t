# about: a script is still run by its path, even one named like a command (./fixtures/tasks)
# args: ./fixtures/tasks
oficio> # A script named like a command: run by its path (./fixtures/tasks).
oficio> task t1 pays the suppliers
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + accounts payable, from "pays the suppliers": back office +2.0 [back-duties]
oficio> tasks
  t1  back office  0.67  pays the suppliers
