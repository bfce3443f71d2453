# about: a rule that runs away during an interview is stopped by the firing limit; the interview ends, its answers are kept, and the session goes on
# args: --add-kb fixtures/interview-loop.clp --max-firings 200
# exit: 1
oficio> task t1 keeps the books
t1: back office (confidence 0.67; front 0.0, back 2.0)
  + bookkeeping, from "keeps the books": back office +2.0 [back-duties]
oficio> ask t1
error: run stopped: it reached the limit of 200 rule firings (--max-firings)
oficio> tasks
  t1  back office  0.67  keeps the books
oficio> how t1
task t1 is back office (confidence 0.67; front office 0.0, back office 2.0)  [intro]
  by rule verdict: Sums the evidence for each side, each thing once, the strongest in full and each next one halved again (param repeat-decay): the stronger side wins; if both weigh alike, if one part of the text is on one side and another part on the other, or if the dealings with the customer serve a back-office process, the task is mixed; if neither reaches the minimum, unknown.
  - task t1 was described as "keeps the books"  [user]
  - 2.0 for back office: bookkeeping  [back-duties]
      by rule evidence-from-duty: Each duty belongs to one side (front or back office): covering it is evidence for that side.
    - task t1 covers the duty "bookkeeping"  [lexicon]
        by rule duty-from-text: The task covers a duty because its text names it, and not only as what the work is about or as the place or means ("on social media").
      - the text says "keeps the books": bookkeeping (duty, lexicon phrase "keep the books", part 1 of the text, relation none, negated: no)  [user]
      - the duty "bookkeeping" is back office  [back-duties]
