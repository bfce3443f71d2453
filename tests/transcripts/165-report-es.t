# args: --lang es
# about: el informe en español, con los nombres de la base de conocimiento y las secciones citadas
oficio> tarea t1 lleva la contabilidad y las nóminas contacto=no
t1: back office (confianza 0.78; front 0.0, back 3.5)
  + procesamiento de nóminas, por «nóminas»: back office +2.0 [back-duties]
  + contabilidad, por «contabilidad»: back office +1.00 (de 2.0: cada razón más cuenta menos) [back-duties]
  + sin trato con clientes, por «contact=no»: back office +0.50 (de 2.0: cada razón más cuenta menos) [intro]
oficio> tarea t2 atiende a los clientes y cobra en caja
t2: front office (confianza 0.75; front 3.0, back 0.0)
  + trato directo con clientes, por «atiende + clientes, cobra en caja»: front office +3.0 [intro]
oficio> puesto caja t2
puesto caja guardado (9 habilidades)
imprescindible:
  habilidades interpersonales (interpersonal)
      por t2, a través de front office [front-skills]
  expresarse con claridad (ser articulado) (articulate)
      por t2, a través de front office [front-skills]
  comunicación eficaz (communication)
      por t2, a través de front office [front-skills]
  escucha activa (active-listening)
      por t2, a través de front office [front-skills]
  informática básica (basic-computer)
      por t2, a través de front office [computer-skills]
importante:
  trato amable y cordial (friendly-personality)
      por t2, a través de front office [front-skills]
  paciencia (patience)
      por t2, a través de front office [front-skills]
  saber hacer las preguntas adecuadas (questioning-techniques)
      por t2, a través de front office [front-skills]
  gestión de conflictos (conflict-management)
      por t2, a través de front office [front-skills]
oficio> candidato eva "escucha activa" "trato amable y cordial" "informática básica"
candidato eva: escucha activa, trato amable y cordial, informática básica
oficio> candidato leo "programas de contabilidad" "soltura con números y cálculo"
candidato leo: programas de contabilidad, soltura con números y cálculo
oficio> informe
# ¿Front office o back office? Informe de la consulta

Preparado por oficio 0.1.0 con lo dicho en la sesión (tareas: 2, puestos: 1,
candidatos: 2). Cada razón termina con la sección del artículo de la que viene,
entre corchetes; las secciones se listan al final.

## Resumen

| tarea | lado | confianza | razón decisiva |
|---|---|---|---|
| t1 | back office | 0.78 | procesamiento de nóminas, por «nóminas» [back-duties] |
| t2 | front office | 0.75 | trato directo con clientes, por «atiende + clientes» [intro] |

## Tareas

### Tarea t1: back office (confianza 0.78; front 0.0, back 3.5)

- Descripción: lleva la contabilidad y las nóminas
- Declarado: contact=no

Razones, de más a menos fuerte:

1. procesamiento de nóminas, por «nóminas»: back office +2.0 [back-duties]
2. contabilidad, por «contabilidad»: back office +1.00 (de 2.0: cada razón más cuenta menos) [back-duties]
3. sin trato con clientes, por «contact=no»: back office +0.50 (de 2.0: cada razón más cuenta menos) [intro]

### Tarea t2: front office (confianza 0.75; front 3.0, back 0.0)

- Descripción: atiende a los clientes y cobra en caja

Razones, de más a menos fuerte:

1. trato directo con clientes, por «atiende + clientes, cobra en caja»: front office +3.0 [intro]

## Puestos

### Puesto caja

- Cubre: t2

Habilidades que necesita, por importancia:

- **imprescindible**
  - habilidades interpersonales (interpersonal)
    - por t2, a través de front office [front-skills]
  - expresarse con claridad (ser articulado) (articulate)
    - por t2, a través de front office [front-skills]
  - comunicación eficaz (communication)
    - por t2, a través de front office [front-skills]
  - escucha activa (active-listening)
    - por t2, a través de front office [front-skills]
  - informática básica (basic-computer)
    - por t2, a través de front office [computer-skills]
- **importante**
  - trato amable y cordial (friendly-personality)
    - por t2, a través de front office [front-skills]
  - paciencia (patience)
    - por t2, a través de front office [front-skills]
  - saber hacer las preguntas adecuadas (questioning-techniques)
    - por t2, a través de front office [front-skills]
  - gestión de conflictos (conflict-management)
    - por t2, a través de front office [front-skills]

Candidatos por encaje (de 0 a 1):

1. eva encaja 0.35
   - tiene: escucha activa (imprescindible), informática básica (imprescindible), trato amable y cordial (importante)
   - le falta: habilidades interpersonales (imprescindible), expresarse con claridad (ser articulado) (imprescindible), comunicación eficaz (imprescindible), paciencia (importante), saber hacer las preguntas adecuadas (importante), gestión de conflictos (importante)
2. leo encaja 0.00
   - tiene: -
   - le falta: habilidades interpersonales (imprescindible), expresarse con claridad (ser articulado) (imprescindible), comunicación eficaz (imprescindible), escucha activa (imprescindible), informática básica (imprescindible), trato amable y cordial (importante), paciencia (importante), saber hacer las preguntas adecuadas (importante), gestión de conflictos (importante)

## Candidatos

- eva: escucha activa, trato amable y cordial, informática básica
- leo: programas de contabilidad, soltura con números y cálculo

## Secciones del artículo citadas

- back-duties: Funciones de back office: trabajo administrativo, legal y de apoyo
- intro: Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente
- front-skills: Habilidades de front office
- computer-skills: Informática básica para ambos lados, con distinto alcance
