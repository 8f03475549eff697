"""The noun-trigger family (kg.extract.nouns) on hand-built parses: relations a noun and its preposition state.

Each case lists every candidate of the sentence as (predicate, subject, object, modality,
problem). ``taken`` are the words a verb already took as its object (then the noun adds
only its "between" pairs). A "must not" case names a relation that must not be read and
still lists what is.
"""
from __future__ import annotations

import pytest

from kg.extract.nouns import noun_candidates
from kg.extract.verbs import verb_candidates

CASES = [
    # The owner performs the event.
    ("Putin's meeting with Xi lasted three hours.", """
        0  Putin    Putin    PROPN  NNP  poss      2  PERSON
        1  's       's       PART   POS  case      0
        2  meeting  meeting  NOUN   NN   nsubj     5
        3  with     with     ADP    IN   prep      2
        4  Xi       Xi       PROPN  NNP  pobj      3  PERSON
        5  lasted   last     VERB   VBD  ROOT      5
        6  three    three    NUM    CD   nummod    7  TIME
        7  hours    hour     NOUN   NNS  npadvmod  5  TIME
        8  .        .        PUNCT  .    punct     5
    """, [("met", "Putin", "Xi", "asserted", None)], None),
    # "by" names the agent.
    ("A visit by Putin to China was announced.", """
        0  A          a         DET    DT   det        1
        1  visit      visit     NOUN   NN   nsubjpass  7
        2  by         by        ADP    IN   prep       1
        3  Putin      Putin     PROPN  NNP  pobj       2  PERSON
        4  to         to        ADP    IN   prep       1
        5  China      China     PROPN  NNP  pobj       4  GPE
        6  was        be        AUX    VBD  auxpass    7
        7  announced  announce  VERB   VBN  ROOT       7
        8  .          .         PUNCT  .    punct      7
    """, [("visited", "Putin", "China", "asserted", None)], None),
    # "between" pairs every two of its objects.
    ("Talks between Russia, Ukraine and Turkey began.", """
        0  Talks    talk     NOUN   NNS  nsubj  7
        1  between  between  ADP    IN   prep   0
        2  Russia   Russia   PROPN  NNP  pobj   1  GPE
        3  ,        ,        PUNCT  ,    punct  2
        4  Ukraine  Ukraine  PROPN  NNP  conj   2  GPE
        5  and      and      CCONJ  CC   cc     4
        6  Turkey   Turkey   PROPN  NNP  conj   4  GPE
        7  began    begin    VERB   VBD  ROOT   7
        8  .        .        PUNCT  .    punct  7
    """,
     [("met", "Russia", "Ukraine", "asserted", None), ("met", "Russia", "Turkey", "asserted", None),
      ("met", "Ukraine", "Turkey", "asserted", None)], None),
    # An actor modifier performs it.
    ("US sanctions on Iran hurt its economy.", """
        0  US         US        PROPN  NNP   compound  1  GPE
        1  sanctions  sanction  NOUN   NNS   nsubj     4
        2  on         on        ADP    IN    prep      1
        3  Iran       Iran      PROPN  NNP   pobj      2  GPE
        4  hurt       hurt      VERB   VBD   ROOT      4
        5  its        its       PRON   PRP$  poss      6
        6  economy    economy   NOUN   NN    dobj      4
        7  .          .         PUNCT  .     punct     4
    """,
     [("sanctioned", "United States", "Iran", "asserted", None)], None),
    # The subject of the clause the noun is in.
    ("After a day of meetings with Rahmon, Putin told reporters that talks went well.", """
        0   After      after     ADP    IN   prep    9
        1   a          a         DET    DT   det     2
        2   day        day       NOUN   NN   pobj    0
        3   of         of        ADP    IN   prep    2
        4   meetings   meeting   NOUN   NNS  pobj    3
        5   with       with      ADP    IN   prep    4
        6   Rahmon     Rahmon    PROPN  NNP  pobj    5   PERSON
        7   ,          ,         PUNCT  ,    punct   9
        8   Putin      Putin     PROPN  NNP  nsubj   9   PERSON
        9   told       tell      VERB   VBD  ROOT    9
        10  reporters  reporter  NOUN   NNS  dobj    9
        11  that       that      SCONJ  IN   mark    13
        12  talks      talk      NOUN   NNS  nsubj   13
        13  went       go        VERB   VBD  ccomp   9
        14  well       well      ADV    RB   advmod  13
        15  .          .         PUNCT  .    punct   9
    """,
     [("met", "Putin", "Rahmon", "asserted", None)], None),
    # "no meeting" negates it.
    ("Putin had no meeting with Xi.", """
        0  Putin    Putin    PROPN  NNP  nsubj  1  PERSON
        1  had      have     VERB   VBD  ROOT   1
        2  no       no       DET    DT   det    3
        3  meeting  meeting  NOUN   NN   dobj   1
        4  with     with     ADP    IN   prep   3
        5  Xi       Xi       PROPN  NNP  pobj   4  PERSON
        6  .        .        PUNCT  .    punct  1
    """, [("met", "Putin", "Xi", "negated", None)], None),
    # A noun inside the subject has no subject from its clause.
    ("The talks with Iran were useful.", """
        0  The     the     DET    DT   det    1
        1  talks   talk    NOUN   NNS  nsubj  4
        2  with    with    ADP    IN   prep   1
        3  Iran    Iran    PROPN  NNP  pobj   2  GPE
        4  were    be      AUX    VBD  ROOT   4
        5  useful  useful  ADJ    JJ   acomp  4
        6  .       .       PUNCT  .    punct  4
    """, [("met", None, None, "asserted", "no subject")], None),
    # An object of a kind the predicate does not accept.
    ("Putin's visit to the exhibition was short.", """
        0  Putin       Putin       PROPN  NNP  poss   2  PERSON
        1  's          's          PART   POS  case   0
        2  visit       visit       NOUN   NN   nsubj  6
        3  to          to          ADP    IN   prep   2
        4  the         the         DET    DT   det    5
        5  exhibition  exhibition  NOUN   NN   pobj   3
        6  was         be          AUX    VBD  ROOT   6
        7  short       short       ADJ    JJ   acomp  6
        8  .           .           PUNCT  .    punct  6
    """,
     [("visited", None, None, "asserted", "no object of an accepted kind (actor, place)")],
     ("visited", "Putin", "exhibition")),
    ("The European Community held talks with Japan.", """
        0  The        the        DET    DT   det       2  ORG
        1  European   European   PROPN  NNP  compound  2  ORG
        2  Community  Community  PROPN  NNP  nsubj     3  ORG
        3  held       hold       VERB   VBD  ROOT      3
        4  talks      talk       NOUN   NNS  dobj      3
        5  with       with       ADP    IN   prep      4
        6  Japan      Japan      PROPN  NNP  pobj      5  GPE
        7  .          .          PUNCT  .    punct     3
    """,
     [("met", "European Community", "Japan", "asserted", None)], None),
]


@pytest.mark.parametrize("text, table, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_noun_candidates(candidates, text, table, expected, absent):
    found = candidates(noun_candidates, text, table)
    assert found == expected
    assert absent is None or absent not in [c[:3] for c in found]


def test_a_noun_a_verb_took_adds_only_its_between_pairs(parse, mentions, name, word):
    """ "held talks with Japan": the verb reads the meeting, the noun it took adds none ..."""
    doc = parse("The European Community held talks with Japan.", """
        0  The        the        DET    DT   det       2  ORG
        1  European   European   PROPN  NNP  compound  2  ORG
        2  Community  Community  PROPN  NNP  nsubj     3  ORG
        3  held       hold       VERB   VBD  ROOT      3
        4  talks      talk       NOUN   NNS  dobj      3
        5  with       with       ADP    IN   prep      4
        6  Japan      Japan      PROPN  NNP  pobj      5  GPE
        7  .          .          PUNCT  .    punct     3
    """)
    sent, index = next(doc.sents), mentions(doc)
    assert [(c.predicate, name(c.subject), name(c.object)) for c in verb_candidates(sent, index)] == [
        ("met", "European Community", "Japan")]
    assert list(noun_candidates(sent, index, taken={word(doc, "talks").i})) == []
    # ... but the pairs "between" relates are still the noun's.
    doc = parse("Washington and Tehran held talks between Iran and the United States.", """
        0   Washington  Washington  PROPN  NNP  nsubj     3   GPE
        1   and         and         CCONJ  CC   cc        0
        2   Tehran      Tehran      PROPN  NNP  conj      0   GPE
        3   held        hold        VERB   VBD  ROOT      3
        4   talks       talk        NOUN   NNS  dobj      3
        5   between     between     ADP    IN   prep      4
        6   Iran        Iran        PROPN  NNP  pobj      5   GPE
        7   and         and         CCONJ  CC   cc        6
        8   the         the         DET    DT   det       10  GPE
        9   United      United      PROPN  NNP  compound  10  GPE
        10  States      States      PROPN  NNP  conj      6   GPE
        11  .           .           PUNCT  .    punct     3
    """)
    found = noun_candidates(next(doc.sents), mentions(doc), taken={word(doc, "talks").i})
    assert [(c.predicate, name(c.subject), name(c.object)) for c in found] == [("met", "Iran", "United States")]
