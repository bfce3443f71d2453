# about: oficio classify without --json; and with no text, a usage error
# args: --lang es classify hacer las nóminas
back office (confianza 0.67; front 0.0, back 2.0)
  + procesamiento de nóminas, por «nóminas»: back office +2.0 [back-duties]
