(deffacts bad (duty (id x) (colour red)))
(deftemplate duty (slot other))
