;;; roles.clp - the jobs the article names, their side, and the duties each
;;; plausibly performs. Roles: front-duties (front office examples),
;;; back-duties (back office examples), computer-skills (network
;;; administrator). The article never says which duties a job covers, so
;;; every role-duty link is `inferred`.

(deffacts roles
   ;; ---------------------------------------------------------- front office
   (role (id receptionist) (side front-office) (source front-duties)
      (label-es "recepcionista")
      (label-en "receptionist"))
   (role (id cashier) (side front-office) (source front-duties)
      (label-es "cajero/a")
      (label-en "cashier"))
   (role (id sales-representative) (side front-office) (source front-duties)
      (label-es "representante de ventas")
      (label-en "sales representative"))
   (role (id customer-service-representative) (side front-office) (source front-duties)
      (label-es "representante de atención al cliente")
      (label-en "customer service representative"))

   ;; ----------------------------------------------------------- back office
   (role (id data-entry-clerk) (side back-office) (source back-duties)
      (label-es "operador/a de entrada de datos")
      (label-en "data entry clerk"))
   (role (id claims-processor) (side back-office) (source back-duties)
      (label-es "tramitador/a de reclamaciones")
      (label-en "claims processor"))
   (role (id accountant) (side back-office) (source back-duties)
      (label-es "contador/a")
      (label-en "accountant"))
   (role (id hr-executive) (side back-office) (source back-duties)
      (label-es "responsable de recursos humanos")
      (label-en "human resources executive"))
   (role (id legal-advisor) (side back-office) (source back-duties)
      (label-es "asesor/a legal")
      (label-en "legal advisor"))
   (role (id network-administrator) (side back-office) (source computer-skills)
      (label-es "administrador/a de redes")
      (label-en "network administrator"))

   ;; ------------------------------------------ duties per role (inferred)
   (role-duty (role receptionist) (duty customer-requests) (source inferred))
   (role-duty (role receptionist) (duty appointment-scheduling) (source inferred))
   (role-duty (role receptionist) (duty business-image) (source inferred))

   (role-duty (role cashier) (duty sales) (source inferred))
   (role-duty (role cashier) (duty customer-requests) (source inferred))
   (role-duty (role cashier) (duty order-placing) (source inferred))

   (role-duty (role sales-representative) (duty sales) (source inferred))
   (role-duty (role sales-representative) (duty marketing) (source inferred))
   (role-duty (role sales-representative) (duty prospect-relationships) (source inferred))
   (role-duty (role sales-representative) (duty business-image) (source inferred))

   (role-duty (role customer-service-representative) (duty customer-requests) (source inferred))
   (role-duty (role customer-service-representative) (duty business-image) (source inferred))
   (role-duty (role customer-service-representative) (duty order-placing) (source inferred))

   (role-duty (role accountant) (duty accounting) (source inferred))
   (role-duty (role accountant) (duty bookkeeping) (source inferred))
   (role-duty (role accountant) (duty tax-compliance) (source inferred))
   (role-duty (role accountant) (duty accounts-payable) (source inferred))
   (role-duty (role accountant) (duty accounts-receivable) (source inferred))
   (role-duty (role accountant) (duty vendor-correspondence) (source inferred))

   (role-duty (role hr-executive) (duty employment-contracts) (source inferred))
   (role-duty (role hr-executive) (duty payroll) (source inferred))
   (role-duty (role hr-executive) (duty benefit-claims) (source inferred))
   (role-duty (role hr-executive) (duty background-checks) (source inferred))
   (role-duty (role hr-executive) (duty workers-compensation) (source inferred))
   (role-duty (role hr-executive) (duty labor-safety-compliance) (source inferred))
   (role-duty (role hr-executive) (duty timesheets) (source inferred))

   (role-duty (role legal-advisor) (duty employment-contracts) (source inferred))
   (role-duty (role legal-advisor) (duty tax-compliance) (source inferred))
   (role-duty (role legal-advisor) (duty labor-safety-compliance) (source inferred))

   (role-duty (role claims-processor) (duty benefit-claims) (source inferred))
   (role-duty (role claims-processor) (duty workers-compensation) (source inferred))
   (role-duty (role claims-processor) (duty document-filing) (source inferred))

   (role-duty (role data-entry-clerk) (duty document-filing) (source inferred))
   (role-duty (role data-entry-clerk) (duty timesheets) (source inferred))

   (role-duty (role network-administrator) (duty network-administration) (source inferred)))
