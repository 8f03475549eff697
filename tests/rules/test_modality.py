"""Modality and attribution (kg.extract.modality) on hand-built parses.

:func:`modality_of` says whether the clause of a trigger asserts, plans, supposes or
denies it, and names the word that decided; :func:`attribution` says who reports it.
"""
from __future__ import annotations

import pytest

from kg.extract.modality import attribution, modality_of

CASES = [
    ("France condemned Italy.", """
        0  France     France   PROPN  NNP  nsubj  1  GPE
        1  condemned  condemn  VERB   VBD  ROOT   1
        2  Italy      Italy    PROPN  NNP  dobj   1  GPE
        3  .          .        PUNCT  .    punct  1
    """, "condemned", False, ("asserted", None)),
    # A governing verb that denies, a negation, "never".
    ("Putin refused to meet Rahmon.", """
        0  Putin    Putin   PROPN  NNP  nsubj  1  PERSON
        1  refused  refuse  VERB   VBD  ROOT   1
        2  to       to      PART   TO   aux    3
        3  meet     meet    VERB   VB   xcomp  1
        4  Rahmon   Rahmon  PROPN  NNP  dobj   3  LOC
        5  .        .       PUNCT  .    punct  1
    """, "meet", False, ("negated", "refused")),
    ("China did not condemn Russia.", """
        0  China    China    PROPN  NNP  nsubj  3  GPE
        1  did      do       AUX    VBD  aux    3
        2  not      not      PART   RB   neg    3
        3  condemn  condemn  VERB   VB   ROOT   3
        4  Russia   Russia   PROPN  NNP  dobj   3  GPE
        5  .        .        PUNCT  .    punct  3
    """, "condemn", False, ("negated", "not")),
    ("The United States never recognized Taiwan.", """
        0  The         the        DET    DT   det       2  GPE
        1  United      United     PROPN  NNP  compound  2  GPE
        2  States      States     PROPN  NNP  nsubj     4  GPE
        3  never       never      ADV    RB   neg       4
        4  recognized  recognize  VERB   VBD  ROOT      4
        5  Taiwan      Taiwan     PROPN  NNP  dobj      4  GPE
        6  .           .          PUNCT  .    punct     4
    """, "recognized", False, ("negated", "never")),
    # A modal or a governing verb of intent: planned.
    ("Biden will visit Japan next week.", """
        0  Biden  Biden  PROPN  NNP  nsubj     2  ORG
        1  will   will   AUX    MD   aux       2
        2  visit  visit  VERB   VB   ROOT      2
        3  Japan  Japan  PROPN  NNP  dobj      2  GPE
        4  next   next   ADJ    JJ   amod      5  DATE
        5  week   week   NOUN   NN   npadvmod  2  DATE
        6  .      .      PUNCT  .    punct     2
    """, "visit", False, ("planned", "will")),
    ("Putin plans to meet Xi in June.", """
        0  Putin  Putin  PROPN  NNP  nsubj  1  PERSON
        1  plans  plan   VERB   VBZ  ROOT   1
        2  to     to     PART   TO   aux    3
        3  meet   meet   VERB   VB   xcomp  1
        4  Xi     Xi     PROPN  NNP  dobj   3  PERSON
        5  in     in     ADP    IN   prep   3
        6  June   June   PROPN  NNP  pobj   5  DATE
        7  .      .      PUNCT  .    punct  1
    """, "meet", False, ("planned", "plans")),
    # A modal of possibility, or a noun of intent whose complement the trigger is: hypothetical.
    ("Iran could impose sanctions on Britain if the talks fail.", """
        0   Iran       Iran      PROPN  NNP  nsubj  2  GPE
        1   could      could     AUX    MD   aux    2
        2   impose     impose    VERB   VB   ROOT   2
        3   sanctions  sanction  NOUN   NNS  dobj   2
        4   on         on        ADP    IN   prep   2
        5   Britain    Britain   PROPN  NNP  pobj   4  GPE
        6   if         if        SCONJ  IN   mark   9
        7   the        the       DET    DT   det    8
        8   talks      talk      NOUN   NNS  nsubj  9
        9   fail       fail      VERB   VBP  advcl  2
        10  .          .         PUNCT  .    punct  2
    """, "impose", False, ("hypothetical", "could")),
    ("Sweden's bid to join NATO was blocked.", """
        0  Sweden   Sweden  PROPN  NNP  poss       2  GPE
        1  's       's      PART   POS  case       0
        2  bid      bid     NOUN   NN   nsubjpass  7
        3  to       to      PART   TO   aux        4
        4  join     join    VERB   VB   acl        2
        5  NATO     NATO    PROPN  NNP  dobj       4  ORG
        6  was      be      AUX    VBD  auxpass    7
        7  blocked  block   VERB   VBN  ROOT       7
        8  .        .       PUNCT  .    punct      7
    """, "join", False, ("hypothetical", "bid")),
    # A trigger merely attached to a clause is not governed by it.
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
    """, "meetings", False,
     ("asserted", None)),
    # A threat is about intent already: "vowed to" does not make it hypothetical ...
    ("Iran vowed to retaliate against Israel.", """
        0  Iran       Iran       PROPN  NNP  nsubj  1  GPE
        1  vowed      vow        VERB   VBD  ROOT   1
        2  to         to         PART   TO   aux    3
        3  retaliate  retaliate  VERB   VB   xcomp  1
        4  against    against    ADP    IN   prep   3
        5  Israel     Israel     PROPN  NNP  pobj   4  GPE
        6  .          .          PUNCT  .    punct  1
    """, "retaliate", True, ("asserted", None)),
    # ... as it does another relation.
    ("Iran vowed to retaliate against Israel.", """
        0  Iran       Iran       PROPN  NNP  nsubj  1  GPE
        1  vowed      vow        VERB   VBD  ROOT   1
        2  to         to         PART   TO   aux    3
        3  retaliate  retaliate  VERB   VB   xcomp  1
        4  against    against    ADP    IN   prep   3
        5  Israel     Israel     PROPN  NNP  pobj   4  GPE
        6  .          .          PUNCT  .    punct  1
    """, "retaliate", False, ("hypothetical", "vowed")),
]


@pytest.mark.parametrize("text, table, trigger, irrealis, expected", CASES,
                         ids=[f"{c[0][:30]}-{c[2]}-{c[3]}" for c in CASES])
def test_modality(parse, word, text, table, trigger, irrealis, expected):
    reading = modality_of(word(parse(text, table), trigger), irrealis=irrealis)
    assert (reading.modality, reading.cue) == expected


ATTRIBUTIONS = [
    ("TASS reported that Putin met Xi.", """
        0  TASS      TASS    PROPN  NNP  nsubj  1  ORG
        1  reported  report  VERB   VBD  ROOT   1
        2  that      that    SCONJ  IN   mark   4
        3  Putin     Putin   PROPN  NNP  nsubj  4  PERSON
        4  met       meet    VERB   VBD  ccomp  1
        5  Xi        Xi      PROPN  NNP  dobj   4  PERSON
        6  .         .       PUNCT  .    punct  1
    """, "met", "TASS"),
    ("According to the Kremlin, Putin spoke with Macron.", """
        0  According  accord   VERB   VBG  prep   6
        1  to         to       ADP    IN   prep   0
        2  the        the      DET    DT   det    3
        3  Kremlin    Kremlin  PROPN  NNP  pobj   1  ORG
        4  ,          ,        PUNCT  ,    punct  6
        5  Putin      Putin    PROPN  NNP  nsubj  6  PERSON
        6  spoke      speak    VERB   VBD  ROOT   6
        7  with       with     ADP    IN   prep   6
        8  Macron     Macron   PROPN  NNP  pobj   7  PERSON
        9  .          .        PUNCT  .    punct  6
    """, "spoke", "Kremlin"),
    ("Putin met Xi, TASS reported.", """
        0  Putin     Putin   PROPN  NNP  nsubj  1  PERSON
        1  met       meet    VERB   VBD  ccomp  5
        2  Xi        Xi      PROPN  NNP  dobj   1  PERSON
        3  ,         ,       PUNCT  ,    punct  5
        4  TASS      TASS    PROPN  NNP  nsubj  5  ORG
        5  reported  report  VERB   VBD  ROOT   5
        6  .         .       PUNCT  .    punct  5
    """, "met", "TASS"),
    ("France condemned Italy.", """
        0  France     France   PROPN  NNP  nsubj  1  GPE
        1  condemned  condemn  VERB   VBD  ROOT   1
        2  Italy      Italy    PROPN  NNP  dobj   1  GPE
        3  .          .        PUNCT  .    punct  1
    """, "condemned", None),
]


@pytest.mark.parametrize("text, table, trigger, expected", ATTRIBUTIONS, ids=[c[0][:40] for c in ATTRIBUTIONS])
def test_attribution(parse, mentions, word, text, table, trigger, expected):
    doc = parse(text, table)
    assert attribution(word(doc, trigger), mentions(doc)) == expected
