;;; schema.clp - the templates every other knowledge file uses. Loaded first.
;;;
;;; Three kinds of facts live here:
;;;  1. knowledge (kb/): what the article says, and the words that signal it;
;;;  2. what the user says, asserted by oficio's C code from commands;
;;;  3. conclusions, derived by rules/ under (logical ...), so that they are
;;;     withdrawn when what they rest on changes.
;;;
;;; Every knowledge fact says where it comes from in its `source` slot: a
;;; section id of the article (sections.clp), `inferred` (a reasonable link
;;; the article does not state) or `lexicon` (words added so that free text
;;; can be recognised). Every knowledge item with an id has a Spanish and an
;;; English label. Ids are lower-case hyphenated English (KNOWLEDGE.md).

;;; ------------------------------------------------------------ knowledge

(deftemplate section
   "A section of the article, cited by id."
   (slot id (type SYMBOL))
   (slot label-es (type STRING))
   (slot label-en (type STRING)))

(deftemplate side
   "Front office or back office."
   (slot id (type SYMBOL))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL)))

(deftemplate outcome
   "A verdict that is not a side: mixed, unknown."
   (slot id (type SYMBOL))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL)))

(deftemplate criterion
   "A kind of evidence about a task's side: the article's criteria C1-C4 and
    their opposites. `opposite` is the criterion a negated cue counts for."
   (slot id (type SYMBOL))
   (slot code (type SYMBOL) (default none))
   (slot side (type SYMBOL))
   (slot weight (type NUMBER))
   (slot opposite (type SYMBOL) (default none))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL)))

(deftemplate duty
   "A kind of task and the side it belongs to."
   (slot id (type SYMBOL))
   (slot side (type SYMBOL))
   (slot weight (type NUMBER) (default 2.0))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL)))

(deftemplate role
   "A job the article names, and its side."
   (slot id (type SYMBOL))
   (slot side (type SYMBOL) (default nil))
   (slot weight (type NUMBER) (default 2.5))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL)))

(deftemplate role-duty
   "A duty a role performs (the article does not list them: mostly inferred)."
   (slot role (type SYMBOL))
   (slot duty (type SYMBOL))
   (slot source (type SYMBOL)))

(deftemplate skill
   "A skill; group is front, back or computer."
   (slot id (type SYMBOL))
   (slot group (type SYMBOL) (allowed-symbols front back computer))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL)))

(deftemplate importance
   "How much a skill matters: rank orders them, weight counts in a fit."
   (slot id (type SYMBOL))
   (slot rank (type INTEGER))
   (slot weight (type NUMBER))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL)))

(deftemplate requirement
   "A side, duty or role (of) needs a skill, this much, for this reason."
   (slot of (type SYMBOL))
   (slot skill (type SYMBOL))
   (slot importance (type SYMBOL))
   (slot note-es (type STRING) (default ""))
   (slot note-en (type STRING) (default ""))
   (slot source (type SYMBOL)))

(deftemplate action
   "A kind of action a task statement names (a verb, or its noun: record,
    registro). kind says how it bears on the side: meet, serve and sell are
    done with a person (the party named in the clause decides; when none is
    named, the party it implies, else the channel); work is office work that
    keeps the business running whoever it is about; neutral (manage,
    handle) leaves it to its objects and parties. shows: the criterion or
    duty it is evidence of on its own (none: it needs a party or object).
    serves process: dealing with a customer for this action (gathering
    their data, collecting what they owe) serves a back-office process, so
    the task is mixed."
   (slot id (type SYMBOL))
   (slot kind (type SYMBOL) (allowed-symbols meet serve sell work neutral))
   (slot implies (type SYMBOL) (default none))
   (slot shows (type SYMBOL) (default none))
   (slot serves (type SYMBOL) (allowed-symbols none process) (default none))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL) (default inferred)))

(deftemplate party
   "A kind of person or body a task deals with: customers, staff,
    suppliers, outsiders. dealing: the criterion that dealing with it is
    evidence of."
   (slot id (type SYMBOL))
   (slot dealing (type SYMBOL))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL) (default inferred)))

(deftemplate thing
   "A kind of thing a task works on, its object (records, invoices,
    networks, reservations). shows: the criterion or duty it is evidence of
    where no action of its clause says otherwise (none: nothing on its
    own)."
   (slot id (type SYMBOL))
   (slot shows (type SYMBOL) (default none))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL) (default inferred)))

(deftemplate channel
   "A way of dealing with people (phone, counter, e-mail). front yes: a
    person-facing action through it, with nobody named, deals with
    customers (unnamed callers are customers)."
   (slot id (type SYMBOL))
   (slot front (type SYMBOL) (allowed-symbols yes no))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL) (default inferred)))

(deftemplate stance-hides
   "In a clause of this stance (see the stance template) what is named of
    this side is what the work is about, not evidence: a sales report is
    office work, tax advice to a client is front office. except: duties
    (and what shows them) that stay evidence, as what the work makes
    (brochures are marketing whoever prepares them)."
   (slot stance (type SYMBOL) (allowed-symbols work customer inside))
   (slot side (type SYMBOL))
   (multislot except (type SYMBOL))
   (slot source (type SYMBOL) (default inferred)))

(deftemplate lexicon
   "A word or phrase that names something (means) in free text: an action,
    party, thing or channel, or a duty, role or criterion. lang is es, en
    or any; words are matched by lemma (and stem), with a few other words
    allowed inside the phrase."
   (slot phrase (type STRING))
   (slot lang (type SYMBOL) (allowed-symbols es en any))
   (slot means (type SYMBOL))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate synonym
   "Another word or phrase a user may type for an item (a side, role, duty
    or skill: of is its id), besides its id and labels: front for
    front-office, \"don de gentes\" for interpersonal skills. Matched
    without regard to case or accents; lang is es, en or any."
   (slot phrase (type STRING))
   (slot of (type SYMBOL))
   (slot lang (type SYMBOL) (allowed-symbols es en any) (default any))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate doc-heading
   "A heading of a job description (position NAME --from FILE) and the
    kind of section it opens: duties (its lines become the position's
    tasks), a section set aside and named as such (requirements, offer,
    company), or more: the section before it goes on (\"Además:\"). A heading meets a phrase when the phrase's words are among
    its words, in order (case, accents and punctuation aside); of several,
    the longest phrase wins."
   (slot phrase (type STRING))
   (slot lang (type SYMBOL) (allowed-symbols es en any) (default any))
   (slot kind (type SYMBOL) (allowed-symbols duties requirements offer company more))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate negator
   "A word that negates the cue right after it (within a few words)."
   (slot word (type STRING))
   (slot lang (type SYMBOL) (allowed-symbols es en any))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate function-word
   "A common word of one language, used to guess the language of a text."
   (slot word (type STRING))
   (slot lang (type SYMBOL) (allowed-symbols es en))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate dictionary
   "The Hunspell dictionary that gives the lemmas of a language's words
    (name: as NAME.aff and NAME.dic in /usr/share/hunspell). stems all:
    words are also compared by their Snowball stems (for a language often
    typed without its accents); unknown: only words the dictionary does
    not know are."
   (slot lang (type SYMBOL) (allowed-symbols es en))
   (slot name (type STRING))
   (slot stems (type SYMBOL) (allowed-symbols all unknown) (default unknown))
   (slot package (type STRING) (default ""))  ; what installs it, for the message when it is missing
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate lemma-form
   "A word form whose lemma the dictionary lacks or gets wrong (irregular
    forms: sold -> sell). A form listed has only the lemmas listed."
   (slot form (type STRING))
   (slot lemma (type STRING))
   (slot lang (type SYMBOL) (allowed-symbols es en any))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate inflection
   "A regular inflection a dictionary's own analyses miss: a word of the
    text ending in `ending` may be the word ending in `base` (customers ->
    customer). phrases yes: a word of a lexicon phrase too (a plural
    phrase meets the singular); no for endings that also make new words
    (staffing is not staff)."
   (slot lang (type SYMBOL) (allowed-symbols es en any))
   (slot ending (type STRING))
   (slot base (type STRING) (default ""))
   (slot phrases (type SYMBOL) (allowed-symbols yes no) (default no))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate conjunction
   "A word that joins coordinated actions (and, y): an action after one,
    past other words, starts a new clause."
   (slot word (type STRING))
   (slot lang (type SYMBOL) (allowed-symbols es en any))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate clause-word
   "A word that opens a new clause (when, cuando)."
   (slot word (type STRING))
   (slot lang (type SYMBOL) (allowed-symbols es en any))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate marker
   "A word that relates the phrase shortly after it to the action of its
    clause: with, to, for, from, of (of also for a possessive: the word
    \"'\" marks the phrase before it), by (the means: \"using\"), at (the
    place or medium: \"on the computer\", \"en el sistema\")."
   (slot word (type STRING))
   (slot lang (type SYMBOL) (allowed-symbols es en any))
   (slot relation (type SYMBOL) (allowed-symbols with to for from of by at))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate attribute
   "An attribute a user may state about a task (name=value). values lists
    the values allowed; (values duty) means any duty id."
   (slot name (type SYMBOL))
   (slot alias (type SYMBOL))
   (multislot values (type SYMBOL))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL) (default inferred)))

(deftemplate attribute-signal
   "Stating name=value is evidence for a criterion."
   (slot name (type SYMBOL))
   (slot value (type SYMBOL))
   (slot criterion (type SYMBOL))
   (slot source (type SYMBOL)))

(deftemplate answer-word
   "A word a user may type for a value (yes, no, unknown), in either language."
   (slot word (type STRING))
   (slot value (type SYMBOL))
   (slot source (type SYMBOL) (default lexicon)))

(deftemplate param
   "A number the rules use: thresholds, weights."
   (slot id (type SYMBOL))
   (slot value (type NUMBER))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL) (default inferred)))

(deftemplate rule-doc
   "What a rule concludes, in both languages, and the section it encodes."
   (slot rule (type SYMBOL))
   (slot es (type STRING))
   (slot en (type STRING))
   (slot source (type SYMBOL)))

;;; ------------------------------------------------------------ interview

(deftemplate question
   "A question the interview (`ask`) may put about a task. The labels are
    the question. kind choice: the answer is one of `choices` (ids of
    choice facts; unknown is always allowed) and states attribute=value for
    the task. kind text: the answer is the task's description. settles: the
    criteria an answer is evidence about; a task whose text or attributes
    already give evidence about one of them is not asked. Of the questions
    that may be asked, the lowest order comes first."
   (slot id (type SYMBOL))
   (slot kind (type SYMBOL) (allowed-symbols choice text) (default choice))
   (slot attribute (type SYMBOL) (default none))
   (multislot choices (type SYMBOL))
   (multislot settles (type SYMBOL))
   (slot order (type INTEGER))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL)))

(deftemplate choice
   "An answer a question offers, as the user sees it in each language."
   (slot id (type SYMBOL))
   (slot label-es (type STRING))
   (slot label-en (type STRING))
   (slot source (type SYMBOL) (default inferred)))

;;; --------------------------------------------------------- explanations

(deftemplate explain
   "How `how` shows a fact of a template. es, en: a sentence in which
    {slot} stands for the slot's value (the label of the item it names, if
    it names one), {!slot} for the value as it is, {slot:N} for a number
    with N decimals. via, join: facts of the templates in `via` whose `join` slots
    equal this fact's are shown beneath it too (for a conclusion a rule
    computed from many facts, as a verdict sums its evidence). show no:
    bookkeeping facts `how` leaves out."
   (slot template (type SYMBOL))
   (slot es (type STRING) (default ""))
   (slot en (type STRING) (default ""))
   (multislot via (type SYMBOL))
   (multislot join (type SYMBOL))
   (slot show (type SYMBOL) (allowed-symbols yes no) (default yes)))

;;; ------------------------------------------------- what the user says
;;; Asserted by oficio's C code; text is always data, never CLIPS source.

(deftemplate task
   "A task the user described."
   (slot id (type SYMBOL))
   (slot text (type STRING) (default ""))
   (slot lang (type SYMBOL) (default unknown)))

(deftemplate task-rev
   "Bumped whenever anything about the task changes, so that the verdict,
    which sums all the evidence, is drawn again."
   (slot task (type SYMBOL))
   (slot rev (type INTEGER)))

(deftemplate task-attr
   "name=value stated by the user for a task."
   (slot task (type SYMBOL))
   (slot name (type SYMBOL))
   (slot value (type SYMBOL)))

(deftemplate task-cue
   "A lexicon phrase found in the task's text: what it means and the
    template of that (kind: action, party, thing, channel, duty, role,
    criterion), the words as typed, where they start (word position),
    whether a negator comes just before, the part (clause) of the text it
    is in (from 1), and the relation its marker word gives it (with, to, for,
    from, of, by, at; none)."
   (slot task (type SYMBOL))
   (slot means (type SYMBOL))
   (slot kind (type SYMBOL))
   (slot phrase (type STRING))
   (slot words (type STRING))
   (slot at (type INTEGER))
   (slot negated (type SYMBOL) (allowed-symbols no yes) (default no))
   (slot clause (type INTEGER) (default 1))
   (slot mark (type SYMBOL) (default none)))

(deftemplate position
   "A position to fill; it covers sides, roles, duties and task ids (position-item)."
   (slot id (type SYMBOL))
   (slot rev (type INTEGER) (default 0)))

(deftemplate position-item
   (slot position (type SYMBOL))
   (slot item (type SYMBOL)))

(deftemplate candidate
   (slot id (type SYMBOL)))

(deftemplate candidate-skill
   (slot candidate (type SYMBOL))
   (slot skill (type SYMBOL)))

(deftemplate cv-words
   "What a candidate's CV (candidate NAME --from FILE) says that gave a
    skill: the part of the text (words) and its line, and what it names
    (via): the skill itself, or a duty or job that needs it."
   (slot candidate (type SYMBOL))
   (slot skill (type SYMBOL))
   (slot via (type SYMBOL))
   (slot words (type STRING))
   (slot file (type STRING) (default ""))
   (slot line (type INTEGER) (default 0)))

(deftemplate cv-read
   "The passing text is a part of a CV: the rules of rules/cv.clp read it
    for the skills its duties and jobs show."
   (slot task (type SYMBOL)))

(deftemplate fit-request
   "Asks the rules for the fit of a candidate for a position."
   (slot candidate (type SYMBOL))
   (slot position (type SYMBOL))
   (slot rev (type INTEGER)))

;;; The interview: oficio asserts (interview) while `ask` runs and an
;;; answer for each reply; the rules assert (ask) for the question to put.

(deftemplate interview
   "An interview about this task is under way."
   (slot task (type SYMBOL)))

(deftemplate answer
   "The user's answer to a question about a task: a choice id, unknown,
    or for a text question given (the description is the task's text)."
   (slot task (type SYMBOL))
   (slot question (type SYMBOL))
   (slot value (type SYMBOL)))

;;; --------------------------------------------------------- conclusions

(deftemplate open
   "The side of a task under interview is not settled yet."
   (slot task (type SYMBOL))
   (slot side (type SYMBOL))
   (slot confidence (type NUMBER)))

(deftemplate can-ask
   "A question that could change an open conclusion, and the rule that
    found it."
   (slot task (type SYMBOL))
   (slot question (type SYMBOL))
   (slot order (type INTEGER))
   (slot rule (type SYMBOL)))

(deftemplate ask
   "The question to put next about a task."
   (slot task (type SYMBOL))
   (slot question (type SYMBOL))
   (slot rule (type SYMBOL)))

(deftemplate stance
   "How a clause of a task bears on its side, by its actions: work (only
    actions of office work), customer (an action done with customers, or
    with nobody named), inside (an action done only with staff, suppliers
    or outsiders)."
   (slot task (type SYMBOL))
   (slot clause (type INTEGER))
   (slot kind (type SYMBOL) (allowed-symbols work customer inside)))

(deftemplate stated
   "The user stated an attribute that speaks to this criterion (or to its
    opposite): what the text suggests about it does not count."
   (slot task (type SYMBOL))
   (slot criterion (type SYMBOL)))

(deftemplate task-duty
   "The task covers this duty (from its text or its attributes), named in
    this part (clause) of its text (0: not from the text)."
   (slot task (type SYMBOL))
   (slot duty (type SYMBOL))
   (slot basis (type SYMBOL))          ; text or attribute
   (slot detail (type STRING))
   (slot clause (type INTEGER) (default 0)))

(deftemplate cv-skill
   "A part of a CV (cv-read) shows a skill: it names a duty or a job
    (via) that needs it."
   (slot task (type SYMBOL))
   (slot skill (type SYMBOL))
   (slot via (type SYMBOL))
   (slot words (type STRING)))

(deftemplate task-role
   "The task's text names this role, in this clause."
   (slot task (type SYMBOL))
   (slot role (type SYMBOL))
   (slot detail (type STRING))
   (slot clause (type INTEGER) (default 0)))

(deftemplate evidence
   "One reason for (positive weight) or against (negative) a side."
   (slot task (type SYMBOL))
   (slot side (type SYMBOL))
   (slot weight (type NUMBER))
   (slot about (type SYMBOL))          ; the criterion, duty or role
   (slot basis (type SYMBOL))          ; text, attribute
   (slot detail (type STRING))         ; the words or name=value
   (slot source (type SYMBOL))
   (slot rule (type SYMBOL))
   (slot clause (type INTEGER) (default 0))) ; the part of the text (0: not from the text)

(deftemplate split
   "One part of the task's text is plainly front office and another plainly
    back office."
   (slot task (type SYMBOL)))

(deftemplate verdict
   "The side of a task, how sure, and the score of each side."
   (slot task (type SYMBOL))
   (slot side (type SYMBOL))           ; front-office back-office mixed unknown
   (slot confidence (type NUMBER))
   (slot front (type NUMBER))
   (slot back (type NUMBER))
   (multislot shares)                  ; about share about share...: what each thing adds
   (slot rule (type SYMBOL)))

(deftemplate role-side
   "The side of a role."
   (slot role (type SYMBOL))
   (slot side (type SYMBOL))
   (slot source (type SYMBOL))
   (slot rule (type SYMBOL)))

(deftemplate need
   "One reason a position needs a skill: via what item, from which
    requirement (of), how much."
   (slot position (type SYMBOL))
   (slot skill (type SYMBOL))
   (slot importance (type SYMBOL))
   (slot via (type SYMBOL))            ; the role, duty or task covered
   (slot of (type SYMBOL))             ; the requirement's side, duty or role
   (slot source (type SYMBOL))
   (slot rule (type SYMBOL)))

(deftemplate position-skill
   "A skill the position needs, at the highest importance any reason gives."
   (slot position (type SYMBOL))
   (slot skill (type SYMBOL))
   (slot importance (type SYMBOL)))

(deftemplate has-skill
   (slot candidate (type SYMBOL))
   (slot position (type SYMBOL))
   (slot skill (type SYMBOL))
   (slot importance (type SYMBOL)))

(deftemplate lacks-skill
   (slot candidate (type SYMBOL))
   (slot position (type SYMBOL))
   (slot skill (type SYMBOL))
   (slot importance (type SYMBOL)))

(deftemplate fit
   "How well a candidate fits a position, 0 to 1, weighted by importance."
   (slot candidate (type SYMBOL))
   (slot position (type SYMBOL))
   (slot value (type NUMBER))
   (slot rule (type SYMBOL)))

;;; -------------------------------------------------------------- checks
;;; What `oficio check` verifies beyond syntax (read by engine/check.c):
;;; which slots name ids of which kinds, and which kinds must be used.
;;; Built in: ids defined twice, labels missing in either language, rules
;;; with no rule-doc in both languages, lexicon phrases that normalise to
;;; nothing or point to both sides.

(deftemplate check-ref
   "Slot `slot` of template `template` (of every template that has the slot,
    when template is *) must name an id of one of `kinds` (or, for a kind
    written template.slot, a value of that slot), or be one of `also`; each
    value of a multislot is checked. An empty value passes when `required`
    is no."
   (slot template (type SYMBOL))
   (slot slot (type SYMBOL))
   (multislot kinds (type SYMBOL))
   (multislot also (type SYMBOL))
   (slot required (type SYMBOL) (allowed-symbols yes no) (default yes)))

(deftemplate check-use
   "Every id of `kind` must be named somewhere: by one of the template.slot
    pairs in `by`. Knowledge nobody uses is a warning."
   (slot kind (type SYMBOL))
   (multislot by (type SYMBOL)))
