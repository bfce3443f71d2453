;;; sections.clp - the sections of the article (seed/), by citation id.
;;; The labels summarise each section in our own words.

(deffacts sections
   (section (id intro)
      (label-es "Introducción: toda pequeña empresa tiene tareas con y sin trato directo con el cliente")
      (label-en "Introduction: every small business has tasks with and without direct customer contact"))
   (section (id front-duties)
      (label-es "Funciones de front office: tratar con los clientes para generar ventas")
      (label-en "Front office duties: dealing with customers to generate sales"))
   (section (id back-duties)
      (label-es "Funciones de back office: trabajo administrativo, legal y de apoyo")
      (label-en "Back office duties: administrative, legal and support work"))
   (section (id front-skills)
      (label-es "Habilidades de front office")
      (label-en "Front office skills"))
   (section (id back-skills)
      (label-es "Habilidades de back office, que varían según el puesto")
      (label-en "Back office skills, which vary with the position"))
   (section (id computer-skills)
      (label-es "Informática básica para ambos lados, con distinto alcance")
      (label-en "Basic computer skills for both sides, with a different scope")))
