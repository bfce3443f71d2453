# about: a candidate recorded with the extension's skill by its Spanish label; match and rank for community-manager; the extension's rule (skill-implied) adds basic computer skills to whoever writes for social media, and takes them away when the skill is no longer recorded
# args: --add-kb fixtures/extension
oficio> candidate marta "redacción para redes sociales" "escucha activa" "trato amable y cordial"
candidate marta: writing for social media, active listening, a friendly manner
oficio> candidate pablo interpersonal articulate communication
candidate pablo: interpersonal skills, being articulate and well spoken, effective communication
oficio> candidate lucia "redaccion para redes sociales"
candidate lucia: writing for social media
oficio> match marta community-manager
marta fits 0.43
  has: active listening (essential), basic computer skills (essential), writing for social media (essential), a friendly manner (important)
  missing: interpersonal skills (essential), being articulate and well spoken (essential), effective communication (essential), patience (important), good questioning technique (important), conflict management (important)
oficio> rank community-manager
1. marta 0.43  (missing: interpersonal skills, being articulate and well spoken, effective communication, ...)
2. pablo 0.36  (missing: active listening, basic computer skills, writing for social media, ...)
3. lucia 0.24  (missing: interpersonal skills, being articulate and well spoken, effective communication, ...)
oficio> candidate lucia patience
candidate lucia: patience
oficio> match lucia community-manager
lucia fits 0.07
  has: patience (important)
  missing: interpersonal skills (essential), being articulate and well spoken (essential), effective communication (essential), active listening (essential), basic computer skills (essential), writing for social media (essential), a friendly manner (important), good questioning technique (important), conflict management (important)
oficio> idioma es
idioma: español (es)
oficio> evaluar marta "community manager"
marta encaja 0.43
  tiene: escucha activa (imprescindible), informática básica (imprescindible), redacción para redes sociales (imprescindible), trato amable y cordial (importante)
  le falta: habilidades interpersonales (imprescindible), expresarse con claridad (ser articulado) (imprescindible), comunicación eficaz (imprescindible), paciencia (importante), saber hacer las preguntas adecuadas (importante), gestión de conflictos (importante)
oficio> ordenar "gestora de redes sociales"
1. marta 0.43  (le falta: habilidades interpersonales, expresarse con claridad (ser articulado), comunicación eficaz, ...)
2. pablo 0.36  (le falta: escucha activa, informática básica, redacción para redes sociales, ...)
3. lucia 0.07  (le falta: habilidades interpersonales, expresarse con claridad (ser articulado), comunicación eficaz, ...)
