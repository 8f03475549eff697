"""Which date expression dates a relation (kg.extract.dates) on hand-built parses.

:func:`relation_date` takes the date of the trigger's own clause, or of a clause above it,
and leaves out dates of another clause and dates that modify a noun; :func:`event_dates`
reads the dates attached to event nouns. (``resolve_date`` has tests/test_dates.py.)
"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import event_dates, relation_date

TUESDAY = dt.date(2022, 5, 17)

CASES = [
    ("Putin met Rahmon on Monday.", """
        0  Putin   Putin   PROPN  NNP  nsubj  1  PERSON
        1  met     meet    VERB   VBD  ROOT   1
        2  Rahmon  Rahmon  PROPN  NNP  dobj   1  PERSON
        3  on      on      ADP    IN   prep   1
        4  Monday  Monday  PROPN  NNP  pobj   3  DATE
        5  .       .       PUNCT  .    punct  1
    """, "met", TUESDAY, False, ("2022-05-16", "Monday")),
    ("Putin spoke with Rahmon over the phone on May 13.", """
        0   Putin   Putin   PROPN  NNP  nsubj   1  PERSON
        1   spoke   speak   VERB   VBD  ROOT    1
        2   with    with    ADP    IN   prep    1
        3   Rahmon  Rahmon  PROPN  NNP  pobj    2  PERSON
        4   over    over    ADP    IN   prep    1
        5   the     the     DET    DT   det     6
        6   phone   phone   NOUN   NN   pobj    4
        7   on      on      ADP    IN   prep    1
        8   May     May     PROPN  NNP  pobj    7  DATE
        9   13      13      NUM    CD   nummod  8  DATE
        10  .       .       PUNCT  .    punct   1
    """, "spoke", TUESDAY, False, ("2022-05-13", "May 13")),
    # A planned relation looks ahead.
    ("Biden will visit Japan on Friday.", """
        0  Biden   Biden   PROPN  NNP  nsubj  2  ORG
        1  will    will    AUX    MD   aux    2
        2  visit   visit   VERB   VB   ROOT   2
        3  Japan   Japan   PROPN  NNP  dobj   2  GPE
        4  on      on      ADP    IN   prep   2
        5  Friday  Friday  PROPN  NNP  pobj   4  DATE
        6  .       .       PUNCT  .    punct  2
    """, "visit", TUESDAY, True, ("2022-05-20", "Friday")),
    ("Biden visited Japan on Friday.", """
        0  Biden    Biden   PROPN  NNP  nsubj  1  ORG
        1  visited  visit   VERB   VBD  ROOT   1
        2  Japan    Japan   PROPN  NNP  dobj   1  GPE
        3  on       on      ADP    IN   prep   1
        4  Friday   Friday  PROPN  NNP  pobj   3  DATE
        5  .        .       PUNCT  .    punct  1
    """, "visited", TUESDAY, False, ("2022-05-13", "Friday")),
    # A clause told with a modal of the future looks ahead, whatever the relation's modality.
    ("Biden will visit Japan on Friday.", """
        0  Biden   Biden   PROPN  NNP  nsubj  2  ORG
        1  will    will    AUX    MD   aux    2
        2  visit   visit   VERB   VB   ROOT   2
        3  Japan   Japan   PROPN  NNP  dobj   2  GPE
        4  on      on      ADP    IN   prep   2
        5  Friday  Friday  PROPN  NNP  pobj   4  DATE
        6  .       .       PUNCT  .    punct  2
    """, "visit", TUESDAY, False, ("2022-05-20", "Friday")),
    # The trigger's own clause wins over the reporting clause above it; that clause dates its own verb.
    ("On Tuesday, President Donald Trump said he had asked for Bolton's resignation Monday night.", """
        0   On           on           ADP    IN   prep      6
        1   Tuesday      Tuesday      PROPN  NNP  pobj      0   DATE
        2   ,            ,            PUNCT  ,    punct     6
        3   President    President    PROPN  NNP  compound  5
        4   Donald       Donald       PROPN  NNP  compound  5   PERSON
        5   Trump        Trump        PROPN  NNP  nsubj     6   PERSON
        6   said         say          VERB   VBD  ROOT      6
        7   he           he           PRON   PRP  nsubj     9
        8   had          have         AUX    VBD  aux       9
        9   asked        ask          VERB   VBN  ccomp     6
        10  for          for          ADP    IN   prep      9
        11  Bolton       Bolton       PROPN  NNP  poss      13  PERSON
        12  's           's           PART   POS  case      11
        13  resignation  resignation  NOUN   NN   pobj      10
        14  Monday       Monday       PROPN  NNP  compound  15  TIME
        15  night        night        NOUN   NN   npadvmod  9   TIME
        16  .            .            PUNCT  .    punct     6
    """, "asked",
     TUESDAY, False, ("2022-05-16", "Monday night")),
    ("On Tuesday, President Donald Trump said he had asked for Bolton's resignation Monday night.", """
        0   On           on           ADP    IN   prep      6
        1   Tuesday      Tuesday      PROPN  NNP  pobj      0   DATE
        2   ,            ,            PUNCT  ,    punct     6
        3   President    President    PROPN  NNP  compound  5
        4   Donald       Donald       PROPN  NNP  compound  5   PERSON
        5   Trump        Trump        PROPN  NNP  nsubj     6   PERSON
        6   said         say          VERB   VBD  ROOT      6
        7   he           he           PRON   PRP  nsubj     9
        8   had          have         AUX    VBD  aux       9
        9   asked        ask          VERB   VBN  ccomp     6
        10  for          for          ADP    IN   prep      9
        11  Bolton       Bolton       PROPN  NNP  poss      13  PERSON
        12  's           's           PART   POS  case      11
        13  resignation  resignation  NOUN   NN   pobj      10
        14  Monday       Monday       PROPN  NNP  compound  15  TIME
        15  night        night        NOUN   NN   npadvmod  9   TIME
        16  .            .            PUNCT  .    punct     6
    """, "said",
     TUESDAY, False, ("2022-05-17", "Tuesday")),
    # A date of another clause does not date the relation; it dates its own clause's verb.
    ("King Fahd held talks with Margaret Thatcher, his first visit since he took power in June 1982.", """
        0   King      King      PROPN  NNP   compound  1
        1   Fahd      Fahd      PROPN  NNP   nsubj     2   PERSON
        2   held      hold      VERB   VBD   ROOT      2
        3   talks     talk      NOUN   NNS   dobj      2
        4   with      with      ADP    IN    prep      3
        5   Margaret  Margaret  PROPN  NNP   compound  6   PERSON
        6   Thatcher  Thatcher  PROPN  NNP   pobj      4   PERSON
        7   ,         ,         PUNCT  ,     punct     6
        8   his       his       PRON   PRP$  poss      10
        9   first     first     ADJ    JJ    amod      10  ORDINAL
        10  visit     visit     NOUN   NN    appos     6
        11  since     since     SCONJ  IN    mark      13
        12  he        he        PRON   PRP   nsubj     13
        13  took      take      VERB   VBD   advcl     10
        14  power     power     NOUN   NN    dobj      13
        15  in        in        ADP    IN    prep      13
        16  June      June      PROPN  NNP   pobj      15  DATE
        17  1982      1982      NUM    CD    nummod    16  DATE
        18  .         .         PUNCT  .     punct     2
    """, "held",
     TUESDAY, False, None),
    ("King Fahd held talks with Margaret Thatcher, his first visit since he took power in June 1982.", """
        0   King      King      PROPN  NNP   compound  1
        1   Fahd      Fahd      PROPN  NNP   nsubj     2   PERSON
        2   held      hold      VERB   VBD   ROOT      2
        3   talks     talk      NOUN   NNS   dobj      2
        4   with      with      ADP    IN    prep      3
        5   Margaret  Margaret  PROPN  NNP   compound  6   PERSON
        6   Thatcher  Thatcher  PROPN  NNP   pobj      4   PERSON
        7   ,         ,         PUNCT  ,     punct     6
        8   his       his       PRON   PRP$  poss      10
        9   first     first     ADJ    JJ    amod      10  ORDINAL
        10  visit     visit     NOUN   NN    appos     6
        11  since     since     SCONJ  IN    mark      13
        12  he        he        PRON   PRP   nsubj     13
        13  took      take      VERB   VBD   advcl     10
        14  power     power     NOUN   NN    dobj      13
        15  in        in        ADP    IN    prep      13
        16  June      June      PROPN  NNP   pobj      15  DATE
        17  1982      1982      NUM    CD    nummod    16  DATE
        18  .         .         PUNCT  .     punct     2
    """, "took",
     TUESDAY, False, ("1982-06", "June 1982")),
    # A date that modifies a noun ("the 1972 treaty") dates the noun, not the relation.
    ("Iran criticized the 1972 treaty on Monday.", """
        0  Iran        Iran       PROPN  NNP  nsubj   1  GPE
        1  criticized  criticize  VERB   VBD  ROOT    1
        2  the         the        DET    DT   det     4
        3  1972        1972       NUM    CD   nummod  4  DATE
        4  treaty      treaty     NOUN   NN   dobj    1
        5  on          on         ADP    IN   prep    1
        6  Monday      Monday     PROPN  NNP  pobj    5  DATE
        7  .           .          PUNCT  .    punct   1
    """, "criticized", TUESDAY, False, ("2022-05-16", "Monday")),
    # Without the article's date a weekday dates nothing; a full date still does.
    ("Putin met Rahmon on Monday.", """
        0  Putin   Putin   PROPN  NNP  nsubj  1  PERSON
        1  met     meet    VERB   VBD  ROOT   1
        2  Rahmon  Rahmon  PROPN  NNP  dobj   1  PERSON
        3  on      on      ADP    IN   prep   1
        4  Monday  Monday  PROPN  NNP  pobj   3  DATE
        5  .       .       PUNCT  .    punct  1
    """, "met", None, False, None),
    ("Putin met Rahmon on May 13, 2020.", """
        0  Putin   Putin   PROPN  NNP  nsubj   1  PERSON
        1  met     meet    VERB   VBD  ROOT    1
        2  Rahmon  Rahmon  PROPN  NNP  dobj    1  PERSON
        3  on      on      ADP    IN   prep    1
        4  May     May     PROPN  NNP  pobj    3  DATE
        5  13      13      NUM    CD   nummod  4  DATE
        6  ,       ,       PUNCT  ,    punct   4  DATE
        7  2020    2020    NUM    CD   nummod  4  DATE
        8  .       .       PUNCT  .    punct   1
    """, "met", None, False, ("2020-05-13", "May 13, 2020")),
]


@pytest.mark.parametrize("text, table, trigger, published, future, expected", CASES,
                         ids=[f"{c[0][:30]}-{c[2]}-{c[3]}-{c[4]}" for c in CASES])
def test_relation_date(parse, word, text, table, trigger, published, future, expected):
    doc = parse(text, table)
    found = relation_date(word(doc, trigger), next(doc.sents), published, future=future)
    assert (found and (found.value, found.expression)) == expected


EVENTS = [
    # The date attached to the event noun dates it ...
    ("The summit of the CSTO on Monday ended.", """
        0  The     the     DET    DT   det    1
        1  summit  summit  NOUN   NN   nsubj  7
        2  of      of      ADP    IN   prep   1
        3  the     the     DET    DT   det    4
        4  CSTO    CSTO    NOUN   NNS  pobj   2
        5  on      on      ADP    IN   prep   1
        6  Monday  Monday  PROPN  NNP  pobj   5  DATE
        7  ended   end     VERB   VBD  ROOT   7
        8  .       .       PUNCT  .    punct  7
    """, {"summit": "2022-05-16"}),
    # ... or the one attached to the noun the event is "of".
    ("The opening of the summit on Monday was delayed.", """
        0  The      the      DET    DT   det        1
        1  opening  opening  NOUN   NN   nsubjpass  8
        2  of       of       ADP    IN   prep       1
        3  the      the      DET    DT   det        4
        4  summit   summit   NOUN   NN   pobj       2
        5  on       on       ADP    IN   prep       1
        6  Monday   Monday   PROPN  NNP  pobj       5  DATE
        7  was      be       AUX    VBD  auxpass    8
        8  delayed  delay    VERB   VBN  ROOT       8
        9  .        .        PUNCT  .    punct      8
    """, {"summit": "2022-05-16"}),
]


@pytest.mark.parametrize("text, table, expected", EVENTS, ids=[c[0][:40] for c in EVENTS])
def test_event_dates(parse, mentions, text, table, expected):
    index = mentions(parse(text, table))
    by_key = {m.key: m.text for m in index.mentions}
    assert {by_key[key]: date for key, date in event_dates(index, TUESDAY).items()} == expected


def test_a_date_of_the_verb_dates_the_relation_not_the_event(parse, mentions, word):
    doc = parse("Putin attended the summit on Monday.", """
        0  Putin     Putin   PROPN  NNP  nsubj  1  PERSON
        1  attended  attend  VERB   VBD  ROOT   1
        2  the       the     DET    DT   det    3
        3  summit    summit  NOUN   NN   dobj   1
        4  on        on      ADP    IN   prep   1
        5  Monday    Monday  PROPN  NNP  pobj   4  DATE
        6  .         .       PUNCT  .    punct  1
    """)
    index = mentions(doc)
    assert event_dates(index, TUESDAY) == {}
    found = relation_date(word(doc, "attended"), next(doc.sents), TUESDAY, future=False)
    assert (found.value, found.expression) == ("2022-05-16", "Monday")
