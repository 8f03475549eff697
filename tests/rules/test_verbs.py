"""The verb-trigger family (kg.extract.verbs) on hand-built parses: the candidates a trigger verb yields.

Each case lists every candidate of the sentence, in order, as (predicate, subject, object,
modality, problem); a trigger that matched without arguments it accepts yields one with
no subject or object and the problem. A "must not" case names a relation that must not
be read and still lists what is.
"""
from __future__ import annotations

import pytest

from kg.extract.verbs import joint_meetings, verb_candidates

CASES = [
    # A trigger verb and its direct object.
    ("France condemned Italy.", """
        0  France     France   PROPN  NNP  nsubj  1  GPE
        1  condemned  condemn  VERB   VBD  ROOT   1
        2  Italy      Italy    PROPN  NNP  dobj   1  GPE
        3  .          .        PUNCT  .    punct  1
    """, [("criticized", "France", "Italy", "asserted", None)], None),
    # Passive: the agent acts.
    ("Iran was condemned by the United Nations on Tuesday.", """
        0  Iran       Iran     PROPN  NNP  nsubjpass  2  GPE
        1  was        be       AUX    VBD  auxpass    2
        2  condemned  condemn  VERB   VBN  ROOT       2
        3  by         by       ADP    IN   agent      2
        4  the        the      DET    DT   det        6  ORG
        5  United     United   PROPN  NNP  compound   6  ORG
        6  Nations    Nations  PROPN  NNP  pobj       3  ORG
        7  on         on       ADP    IN   prep       2
        8  Tuesday    Tuesday  PROPN  NNP  pobj       7  DATE
        9  .          .        PUNCT  .    punct      2
    """,
     [("criticized", "United Nations", "Iran", "asserted", None)], None),
    # A light verb and its noun: "imposed sanctions on".
    ("The United States imposed sanctions on North Korea.", """
        0  The        the       DET    DT   det       2  GPE
        1  United     United    PROPN  NNP  compound  2  GPE
        2  States     States    PROPN  NNP  nsubj     3  GPE
        3  imposed    impose    VERB   VBD  ROOT      3
        4  sanctions  sanction  NOUN   NNS  dobj      3
        5  on         on        ADP    IN   prep      4
        6  North      North     PROPN  NNP  compound  7  GPE
        7  Korea      Korea     PROPN  NNP  pobj      5  GPE
        8  .          .         PUNCT  .    punct     3
    """,
     [("sanctioned", "United States", "North Korea", "asserted", None)], None),
    # "speak with" is a phone call only when the sentence says so.
    ("Sergei Lavrov, Russia's foreign minister, spoke with Antony Blinken by phone on Friday.", """
        0   Sergei    Sergei    PROPN  NNP  compound  1   PERSON
        1   Lavrov    Lavrov    PROPN  NNP  nsubj     8   PERSON
        2   ,         ,         PUNCT  ,    punct     1
        3   Russia    Russia    PROPN  NNP  poss      6   GPE
        4   's        's        PART   POS  case      3
        5   foreign   foreign   ADJ    JJ   amod      6
        6   minister  minister  NOUN   NN   appos     1
        7   ,         ,         PUNCT  ,    punct     1
        8   spoke     speak     VERB   VBD  ROOT      8
        9   with      with      ADP    IN   prep      8
        10  Antony    Antony    PROPN  NNP  compound  11  FAC
        11  Blinken   Blinken   PROPN  NNP  pobj      9   FAC
        12  by        by        ADP    IN   prep      8
        13  phone     phone     NOUN   NN   pobj      12
        14  on        on        ADP    IN   prep      8
        15  Friday    Friday    PROPN  NNP  pobj      14  DATE
        16  .         .         PUNCT  .    punct     8
    """,
     [("spokeWith", "Sergei Lavrov", "Antony Blinken", "asserted", None)], None),
    # "called on China to release": China is asked.
    ("Japan called on China to release the detained diplomats.", """
        0  Japan      Japan     PROPN  NNP  nsubj  1  GPE
        1  called     call      VERB   VBD  ROOT   1
        2  on         on        ADP    IN   prep   1
        3  China      China     PROPN  NNP  pobj   2  GPE
        4  to         to        PART   TO   aux    5
        5  release    release   VERB   VB   xcomp  1
        6  the        the       DET    DT   det    8
        7  detained   detain    VERB   VBN  amod   8
        8  diplomats  diplomat  NOUN   NNS  dobj   5
        9  .          .         PUNCT  .    punct  1
    """,
     [("requested", "Japan", "China", "asserted", None)], None),
    # Coordinated subjects of a reciprocal verb relate to each other as well.
    ("Israel and Hamas agreed to a four-day truce.", """
        0   Israel  Israel  PROPN  NNP   nsubj     3  GPE
        1   and     and     CCONJ  CC    cc        0
        2   Hamas   Hamas   PROPN  NNP   conj      0  ORG
        3   agreed  agree   VERB   VBD   ROOT      3
        4   to      to      ADP    IN    prep      3
        5   a       a       DET    DT    det       9
        6   four    four    NUM    CD    nummod    8  DATE
        7   -       -       PUNCT  HYPH  punct     8  DATE
        8   day     day     NOUN   NN    compound  9  DATE
        9   truce   truce   NOUN   NN    pobj      4
        10  .       .       PUNCT  .     punct     3
    """,
     [("agreedTo", "Israel", "truce", "asserted", None), ("agreedTo", "Hamas", "truce", "asserted", None),
      ("agreedTo", "Israel", "Hamas", "asserted", None), ("agreedTo", "Hamas", "Israel", "asserted", None)], None),
    # "signed a contract with Airbus": Airbus signed too.
    ("The Hungarian Government signed a contract with Airbus.", """
        0  The         the         DET    DT   det       2  ORG
        1  Hungarian   Hungarian   PROPN  NNP  compound  2  ORG
        2  Government  Government  PROPN  NNP  nsubj     3  ORG
        3  signed      sign        VERB   VBD  ROOT      3
        4  a           a           DET    DT   det       5
        5  contract    contract    NOUN   NN   dobj      3
        6  with        with        ADP    IN   prep      3
        7  Airbus      Airbus      PROPN  NNP  pobj      6  ORG
        8  .           .           PUNCT  .    punct     3
    """,
     [("signed", "Hungary", "contract", "asserted", None), ("signed", "Airbus", "contract", "asserted", None)], None),
    # An object of a kind the predicate does not accept: the trigger is tried, nothing read.
    ("Putin visited the exhibition.", """
        0  Putin       Putin       PROPN  NNP  nsubj  1  PERSON
        1  visited     visit       VERB   VBD  ROOT   1
        2  the         the         DET    DT   det    3
        3  exhibition  exhibition  NOUN   NN   dobj   1
        4  .           .           PUNCT  .    punct  1
    """,
     [("visited", None, None, "asserted", "no object of an accepted kind (actor, place)")],
     ("visited", "Putin", "exhibition")),
    # "welcomed Reagan's offer" is support, not hosting: the object decides between patterns.
    ("Gorbachev welcomed Reagan's offer.", """
        0  Gorbachev  Gorbachev  PROPN  NNP  nsubj  1  PERSON
        1  welcomed   welcome    VERB   VBD  ROOT   1
        2  Reagan     Reagan     PROPN  NNP  poss   4  PERSON
        3  's         's         PART   POS  case   2
        4  offer      offer      NOUN   NN   dobj   1
        5  .          .          PUNCT  .    punct  1
    """,
     [("hosted", None, None, "asserted", "no object of an accepted kind (actor, event)"),
      ("supported", "Gorbachev", "Reagan", "asserted", None)], ("hosted", "Gorbachev", "Reagan")),
    # A negated verb is read with its modality (extraction then drops it).
    ("China did not condemn Russia.", """
        0  China    China    PROPN  NNP  nsubj  3  GPE
        1  did      do       AUX    VBD  aux    3
        2  not      not      PART   RB   neg    3
        3  condemn  condemn  VERB   VB   ROOT   3
        4  Russia   Russia   PROPN  NNP  dobj   3  GPE
        5  .        .        PUNCT  .    punct  3
    """, [("criticized", "China", "Russia", "negated", None)], None),
    # The subject of a relative clause is its head; coordinated verbs share their subject.
    ("Putin, who met Xi in Moscow, criticized NATO.", """
        0   Putin       Putin      PROPN  NNP  nsubj  8  PERSON
        1   ,           ,          PUNCT  ,    punct  0
        2   who         who        PRON   WP   nsubj  3
        3   met         meet       VERB   VBD  relcl  0
        4   Xi          Xi         PROPN  NNP  dobj   3  PERSON
        5   in          in         ADP    IN   prep   3
        6   Moscow      Moscow     PROPN  NNP  pobj   5  GPE
        7   ,           ,          PUNCT  ,    punct  0
        8   criticized  criticize  VERB   VBD  ROOT   8
        9   NATO        NATO       PROPN  NNP  dobj   8  ORG
        10  .           .          PUNCT  .    punct  8
    """,
     [("met", "Putin", "Xi", "asserted", None), ("criticized", "Putin", "NATO", "asserted", None)], None),
    ("Putin arrived in Beijing and met Xi.", """
        0  Putin    Putin    PROPN  NNP  nsubj  1  PERSON
        1  arrived  arrive   VERB   VBD  ROOT   1
        2  in       in       ADP    IN   prep   1
        3  Beijing  Beijing  PROPN  NNP  pobj   2  GPE
        4  and      and      CCONJ  CC   cc     1
        5  met      meet     VERB   VBD  conj   1
        6  Xi       Xi       PROPN  NNP  dobj   5  PERSON
        7  .        .        PUNCT  .    punct  1
    """,
     [("visited", "Putin", "Beijing", "asserted", None), ("met", "Putin", "Xi", "asserted", None)], None),
]


@pytest.mark.parametrize("text, table, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_verb_candidates(candidates, text, table, expected, absent):
    found = candidates(verb_candidates, text, table)
    assert found == expected
    assert absent is None or absent not in [c[:3] for c in found]


def test_actors_who_held_talks_together_met(parse, mentions, name):
    doc = parse("Washington and Tehran held indirect talks.", """
        0  Washington  Washington  PROPN  NNP  nsubj  3  GPE
        1  and         and         CCONJ  CC   cc     0
        2  Tehran      Tehran      PROPN  NNP  conj   0  GPE
        3  held        hold        VERB   VBD  ROOT   3
        4  indirect    indirect    ADJ    JJ   amod   5
        5  talks       talk        NOUN   NNS  dobj   3
        6  .           .           PUNCT  .    punct  3
    """)
    found = list(verb_candidates(next(doc.sents), mentions(doc)))
    assert [(c.predicate, name(c.subject), name(c.object)) for c in found] == [
        ("held", "Washington", "indirect talks"), ("held", "Tehran", "indirect talks")]
    (meeting,) = joint_meetings(found)
    assert (meeting.predicate, name(meeting.subject), name(meeting.object), meeting.symmetric) == (
        "met", "Washington", "Tehran", True)
