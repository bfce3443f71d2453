# about: (in Spanish) bad commands, wrong argument counts, quotes and parentheses: one line each, the session goes on
# args: --lang es
# exit: 1
oficio> frobnicate
error: orden desconocida «frobnicate» (escriba «ayuda» para ver la lista)
oficio> TASK t1 payroll
t1: back office (confianza 0.67; front 0.0, back 2.0)
  + procesamiento de nóminas, por «payroll»: back office +2.0 [back-duties]
oficio> task
error: «task»: número de argumentos incorrecto, admite al menos 2; uso: tarea ID TEXTO... [NOMBRE=VALOR...]
oficio> forget
error: «forget»: número de argumentos incorrecto, admite 1; uso: olvidar ID
oficio> forget a b
error: «forget»: número de argumentos incorrecto, admite 1; uso: olvidar ID
oficio> hire
error: «hire»: número de argumentos incorrecto, admite al menos 1; uso: contratar ID...
oficio> match ana
error: «match»: número de argumentos incorrecto, admite al menos 2; uso: evaluar NOMBRE ID...
oficio> lang es en
error: «lang»: número de argumentos incorrecto, admite como mucho 1; uso: idioma [es|en]
oficio> task t1 "unclosed quote
t1: front office (confianza 0.77; front 3.4, back 0.0)
  + trato directo con clientes, por «quote»: front office +2.4 [intro]
  + ventas, por «quote»: front office +1.00 (de 2.0: cada razón más cuenta menos) [front-duties]
oficio> candidate 'ana numeracy
error: comillas sin cerrar desde la columna 11
oficio> ) (+ 1 2)
error: «)» sin pareja en la columna 1; se descartó la expresión
oficio> (+ 1 2))
3
error: «)» sin pareja en la columna 8; se descartó la expresión
oficio> (+ 1 2) trailing
3
error: texto inesperado tras la expresión en la columna 9: «trailing»
oficio> task t1 payroll
t1: back office (confianza 0.67; front 0.0, back 2.0)
  + procesamiento de nóminas, por «payroll»: back office +2.0 [back-duties]
oficio> tasks
  t1  back office  0.67  payroll
