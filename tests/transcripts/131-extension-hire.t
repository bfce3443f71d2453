# about: the extension's role and skill: community-manager is listed with the article's jobs; role and hire show that it needs writing for social media, essential, with the extension's provenance [bakery-notes]; a requirement on an existing duty reaches it too
# args: --add-kb fixtures/extension
# exit: 1
oficio> roles
  receptionist                     receptionist                     front office [front-duties]
  cashier                          cashier                          front office [front-duties]
  sales-representative             sales representative             front office [front-duties]
  customer-service-representative  customer service representative  front office [front-duties]
  data-entry-clerk                 data entry clerk                 back office [back-duties]
  claims-processor                 claims processor                 back office [back-duties]
  accountant                       accountant                       back office [back-duties]
  hr-executive                     human resources executive        back office [back-duties]
  legal-advisor                    legal advisor                    back office [back-duties]
  network-administrator            network administrator            back office [computer-skills]
  community-manager                community manager                front office [bakery-notes]
oficio> role community-manager
community manager (community-manager): front office [bakery-notes]
duties: promoting products and services, the image and reputation of the business, handling customer requests, giveaways and contests for followers [bakery-notes]
essential:
  interpersonal skills (interpersonal)
      because of community manager, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of community manager, through front office [front-skills]
  effective communication (communication)
      because of community manager, through front office [front-skills]
      because of community manager, through promoting products and services [inferred]
  active listening (active-listening)
      because of community manager, through handling customer requests [front-skills]
      because of community manager, through front office [front-skills]
  basic computer skills (basic-computer)
      because of community manager, through front office [computer-skills]
  writing for social media (social-media-writing)
      because of community manager [bakery-notes]
      because of community manager, through promoting products and services (important) [bakery-notes]
      because of community manager, through giveaways and contests for followers (useful) [bakery-notes]
important:
  a friendly manner (friendly-personality)
      because of community manager, through front office [front-skills]
      because of community manager, through the image and reputation of the business [inferred]
  patience (patience)
      because of community manager, through front office [front-skills]
      because of community manager, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of community manager, through handling customer requests [front-skills]
      because of community manager, through front office [front-skills]
  conflict management (conflict-management)
      because of community manager, through handling customer requests [front-skills]
      because of community manager, through front office [front-skills]
oficio> hire community-manager
essential:
  interpersonal skills (interpersonal)
      because of community manager, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of community manager, through front office [front-skills]
  effective communication (communication)
      because of community manager, through front office [front-skills]
      because of community manager, through promoting products and services [inferred]
  active listening (active-listening)
      because of community manager, through handling customer requests [front-skills]
      because of community manager, through front office [front-skills]
  basic computer skills (basic-computer)
      because of community manager, through front office [computer-skills]
  writing for social media (social-media-writing)
      because of community manager [bakery-notes]
      because of community manager, through promoting products and services (important) [bakery-notes]
      because of community manager, through giveaways and contests for followers (useful) [bakery-notes]
important:
  a friendly manner (friendly-personality)
      because of community manager, through front office [front-skills]
      because of community manager, through the image and reputation of the business [inferred]
  patience (patience)
      because of community manager, through front office [front-skills]
      because of community manager, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of community manager, through handling customer requests [front-skills]
      because of community manager, through front office [front-skills]
  conflict management (conflict-management)
      because of community manager, through handling customer requests [front-skills]
      because of community manager, through front office [front-skills]
oficio> hire marketing
essential:
  interpersonal skills (interpersonal)
      because of promoting products and services, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of promoting products and services, through front office [front-skills]
  effective communication (communication)
      because of promoting products and services, through front office [front-skills]
      because of promoting products and services [inferred]
  active listening (active-listening)
      because of promoting products and services, through front office [front-skills]
  basic computer skills (basic-computer)
      because of promoting products and services, through front office [computer-skills]
important:
  a friendly manner (friendly-personality)
      because of promoting products and services, through front office [front-skills]
  patience (patience)
      because of promoting products and services, through front office [front-skills]
  good questioning technique (questioning-techniques)
      because of promoting products and services, through front office [front-skills]
  conflict management (conflict-management)
      because of promoting products and services, through front office [front-skills]
  writing for social media (social-media-writing)
      because of promoting products and services [bakery-notes]
oficio> contratar "gestor de redes sociales" online-giveaways
essential:
  interpersonal skills (interpersonal)
      because of giveaways and contests for followers, through front office [front-skills]
      because of community manager, through front office [front-skills]
  being articulate and well spoken (articulate)
      because of giveaways and contests for followers, through front office [front-skills]
      because of community manager, through front office [front-skills]
  effective communication (communication)
      because of giveaways and contests for followers, through front office [front-skills]
      because of community manager, through front office [front-skills]
      because of community manager, through promoting products and services [inferred]
  active listening (active-listening)
      because of community manager, through handling customer requests [front-skills]
      because of giveaways and contests for followers, through front office [front-skills]
      because of community manager, through front office [front-skills]
  basic computer skills (basic-computer)
      because of giveaways and contests for followers, through front office [computer-skills]
      because of community manager, through front office [computer-skills]
  writing for social media (social-media-writing)
      because of community manager [bakery-notes]
      because of community manager, through promoting products and services (important) [bakery-notes]
      because of giveaways and contests for followers (useful) [bakery-notes]
      because of community manager, through giveaways and contests for followers (useful) [bakery-notes]
important:
  a friendly manner (friendly-personality)
      because of giveaways and contests for followers, through front office [front-skills]
      because of community manager, through front office [front-skills]
      because of community manager, through the image and reputation of the business [inferred]
  patience (patience)
      because of giveaways and contests for followers, through front office [front-skills]
      because of community manager, through front office [front-skills]
      because of community manager, through handling customer requests [inferred]
  good questioning technique (questioning-techniques)
      because of community manager, through handling customer requests [front-skills]
      because of giveaways and contests for followers, through front office [front-skills]
      because of community manager, through front office [front-skills]
  conflict management (conflict-management)
      because of community manager, through handling customer requests [front-skills]
      because of giveaways and contests for followers, through front office [front-skills]
      because of community manager, through front office [front-skills]
oficio> hire community
error: nothing called 'community': no side, role, duty, task or position (try 'roles', 'duties', 'tasks'); did you mean "community manager"?
