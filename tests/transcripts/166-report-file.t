# about: report FILE writes the same Markdown into the file (shown here as comments, long lines folded at 150 columns)
# before: --case fixtures/cases/good.json -e 'report report.md'
# input: fold -w 150 report.md | sed 's/^/# /'
oficio> # # Front office or back office: consultation report
oficio> # 
oficio> # Prepared by oficio 0.1.0 from what was said in the session (tasks: 2, positions: 1,
oficio> # candidates: 1). Each reason ends with the section of the article it comes from,
oficio> # in brackets; the sections are listed at the end.
oficio> # 
oficio> # ## Summary
oficio> # 
oficio> # | task | side | confidence | decisive reason |
oficio> # |---|---|---|---|
oficio> # | wages | back office | 0.75 | accounts payable, from "paga a los proveedores" [back-duties] |
oficio> # | desk | front office | 0.81 | direct dealings with customers, from "contact=yes" [intro] |
oficio> # 
oficio> # ## Tasks
oficio> # 
oficio> # ### Task wages: back office (confidence 0.75; front 0.0, back 3.0)
oficio> # 
oficio> # - Description: Hace las nóminas y paga a los proveedores
oficio> # 
oficio> # Reasons, strongest first:
oficio> # 
oficio> # 1. accounts payable, from "paga a los proveedores": back office +2.0 [back-duties]
oficio> # 2. payroll processing, from "nóminas": back office +1.00 (of 2.0: each further reason counts less) [back-duties]
oficio> # 
oficio> # ### Task desk: front office (confidence 0.81; front 4.2, back 0.0)
oficio> # 
oficio> # - Description: greets visitors at the front desk
oficio> # - Stated: contact=yes
oficio> # 
oficio> # Reasons, strongest first:
oficio> # 
oficio> # 1. direct dealings with customers, from "contact=yes": front office +3.0 [intro]
oficio> # 2. receptionist, from "front desk": front office +1.25 (of 2.5: each further reason counts less) [front-duties]
oficio> # 
oficio> # ## Positions
oficio> # 
oficio> # ### Position front-desk
oficio> # 
oficio> # - Covers: receptionist, desk
oficio> # 
oficio> # Skills it needs, by importance:
oficio> # 
oficio> # - **essential**
oficio> #   - interpersonal skills (interpersonal)
oficio> #     - because of desk, through front office [front-skills]
oficio> #     - because of receptionist, through front office [front-skills]
oficio> #   - being articulate and well spoken (articulate)
oficio> #     - because of desk, through front office [front-skills]
oficio> #     - because of receptionist, through front office [front-skills]
oficio> #   - effective communication (communication)
oficio> #     - because of desk, through front office [front-skills]
oficio> #     - because of receptionist, through front office [front-skills]
oficio> #   - active listening (active-listening)
oficio> #     - because of receptionist, through handling customer requests [front-skills]
oficio> #     - because of desk, through front office [front-skills]
oficio> #     - because of receptionist, through front office [front-skills]
oficio> #   - basic computer skills (basic-computer)
oficio> #     - because of receptionist, through scheduling appointments [computer-skills]
oficio> #     - because of desk, through front office [computer-skills]
oficio> #     - because of receptionist, through front office [computer-skills]
oficio> # - **important**
oficio> #   - a friendly manner (friendly-personality)
oficio> #     - because of desk, through front office [front-skills]
oficio> #     - because of receptionist, through front office [front-skills]
oficio> #     - because of receptionist, through the image and reputation of the business [inferred]
oficio> #   - patience (patience)
oficio> #     - because of desk, through front office [front-skills]
oficio> #     - because of receptionist, through front office [front-skills]
oficio> #     - because of receptionist, through handling customer requests [inferred]
oficio> #   - good questioning technique (questioning-techniques)
oficio> #     - because of receptionist, through handling customer requests [front-skills]
oficio> #     - because of desk, through front office [front-skills]
oficio> #     - because of receptionist, through front office [front-skills]
oficio> #   - conflict management (conflict-management)
oficio> #     - because of receptionist, through handling customer requests [front-skills]
oficio> #     - because of desk, through front office [front-skills]
oficio> #     - because of receptionist, through front office [front-skills]
oficio> # 
oficio> # Candidates by fit (0 to 1):
oficio> # 
oficio> # 1. ana fits 0.27
oficio> #    - has: interpersonal skills (essential), active listening (essential)
oficio> #    - missing: being articulate and well spoken (essential), effective communication (essential), basic computer skills (essential), a friendly manner 
oficio> # (important), patience (important), good questioning technique (important), conflict management (important)
oficio> # 
oficio> # ## Candidates
oficio> # 
oficio> # - ana: active listening, interpersonal skills, ease with numbers and maths
oficio> # 
oficio> # ## Sections of the article cited
oficio> # 
oficio> # - back-duties: Back office duties: administrative, legal and support work
oficio> # - intro: Introduction: every small business has tasks with and without direct customer contact
oficio> # - front-duties: Front office duties: dealing with customers to generate sales
oficio> # - front-skills: Front office skills
oficio> # - computer-skills: Basic computer skills for both sides, with a different scope
