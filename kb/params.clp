;;; params.clp - the numbers the rules use to turn evidence into a verdict.
;;; They are ours (inferred), tuned on tests/kb/devset.tsv.

(deffacts params
   (param (id min-evidence) (value 1.0)
      (label-es "puntuación mínima para que un lado cuente")
      (label-en "least score for a side to count"))
   (param (id repeat-decay) (value 0.5)
      (label-es "cuánto menos cuenta cada razón más de un mismo lado")
      (label-en "how much less each further reason for the same side counts"))
   (param (id mixed-ratio) (value 0.4)
      (label-es "proporción entre el lado débil y el fuerte a partir de la cual la tarea es mixta")
      (label-en "ratio of the weaker side to the stronger from which a task is mixed"))
   (param (id confidence-damping) (value 1.0)
      (label-es "amortiguación de la confianza cuando hay poca evidencia")
      (label-en "how much little evidence lowers the confidence"))
   (param (id settled-confidence) (value 0.7)
      (label-es "confianza a partir de la cual la entrevista da por resuelto el lado de una tarea")
      (label-en "confidence from which the interview takes a task's side as settled")))
