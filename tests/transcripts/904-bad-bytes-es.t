# about: (in Spanish) control bytes and invalid UTF-8 are refused with their column and never echoed raw
# args: --lang es
# input: printf 'lang\n\001\002 ctl\ntask t1 pay\200roll\n\377\376\nclassify caf\303\n\033[31mred\ntask t2 nómina\ntasks\n'
# exit: 1
oficio> lang
idioma: español (es)
oficio> ?? ctl
error: la línea contiene caracteres de control o UTF-8 no válido en la columna 1
oficio> task t1 pay?roll
error: la línea contiene caracteres de control o UTF-8 no válido en la columna 12
oficio> ??
error: la línea contiene caracteres de control o UTF-8 no válido en la columna 1
oficio> classify caf?
error: la línea contiene caracteres de control o UTF-8 no válido en la columna 13
oficio> ?[31mred
error: la línea contiene caracteres de control o UTF-8 no válido en la columna 1
oficio> task t2 nómina
t2: back office (confianza 0.67; front 0.0, back 2.0)
  + procesamiento de nóminas, por «nómina»: back office +2.0 [back-duties]
oficio> tasks
  t2  back office  0.67  nómina
