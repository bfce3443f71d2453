# about: an extension made only of knowledge files (fixtures/extension) teaches classify new words for the community manager and for the article's duties, in Spanish and English; a negator works on them; the built-in words answer as before
# args: --add-kb fixtures/extension
oficio> classify la gestora de redes sociales publica en Instagram las fotos del obrador
front office (confidence 0.78; front 3.5, back 0.0)
  + community manager, from "la gestora de redes sociales": front office +2.5 [bakery-notes]
  + promoting products and services, from "fotos del obrador, publica en Instagram": front office +1.00 (of 2.0: each further reason counts less) [front-duties]
oficio> clasificar buscamos una community manager para la panadería
front office (confidence 0.78; front 3.5, back 0.0)
  + community manager, from "community manager": front office +2.5 [bakery-notes]
  + promoting products and services, from "community manager": front office +1.00 (of 2.0: each further reason counts less) [front-duties]
oficio> clasificar responde los comentarios y contesta los mensajes privados
front office (confidence 0.75; front 3.0, back 0.0)
  + handling customer requests, from "contesta los mensajes privados": front office +2.0 [front-duties]
  + the image and reputation of the business, from "responde los comentarios": front office +1.00 (of 2.0: each further reason counts less) [front-duties]
oficio> clasificar el responsable de redes sociales organiza un sorteo
front office (confidence 0.78; front 3.5, back 0.0)
  + community manager, from "responsable de redes sociales": front office +2.5 [bakery-notes]
  + giveaways and contests for followers, from "sorteo": front office +1.00 (of 2.0: each further reason counts less) [bakery-notes]
oficio> classify our social media manager posts on Instagram every morning and answers comments
front office (confidence 0.80; front 4.0, back 0.0)
  + community manager, from "social media manager": front office +2.5 [bakery-notes]
  + the image and reputation of the business, from "answers comments": front office +1.00 (of 2.0: each further reason counts less) [front-duties]
  + promoting products and services, from "posts on Instagram": front office +0.50 (of 2.0: each further reason counts less) [front-duties]
oficio> classify she replies to direct messages and runs a contest for followers
front office (confidence 0.75; front 3.0, back 0.0)
  + giveaways and contests for followers, from "contest for followers": front office +2.0 [bakery-notes]
  + handling customer requests, from "replies to direct messages": front office +1.00 (of 2.0: each further reason counts less) [front-duties]
oficio> clasificar no publica en Instagram, solo lleva la contabilidad
back office (confidence 0.67; front 0.0, back 2.0)
  + accounting, from "contabilidad": back office +2.0 [back-duties]
  - promoting products and services, from "publica en Instagram": front office -2.0 [front-duties]
oficio> classify he never posts on Instagram; he does the bookkeeping
back office (confidence 0.67; front 0.0, back 2.0)
  + bookkeeping, from "bookkeeping": back office +2.0 [back-duties]
  - promoting products and services, from "posts on Instagram": front office -2.0 [front-duties]
oficio> classify Hace las nóminas y paga a los proveedores
back office (confidence 0.75; front 0.0, back 3.0)
  + accounts payable, from "paga a los proveedores": back office +2.0 [back-duties]
  + payroll processing, from "nóminas": back office +1.00 (of 2.0: each further reason counts less) [back-duties]
oficio> classify greets visitors at the front desk and books appointments
front office (confidence 0.83; front 4.8, back 0.0)
  + direct dealings with customers, from "greets + visitors": front office +3.0 [intro]
  + receptionist, from "front desk": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
  + scheduling appointments, from "books appointments": front office +0.50 (of 2.0: each further reason counts less) [computer-skills]
