"""The relational-noun family (kg.extract.relational) on hand-built parses.

A relational noun relates its holder (the subject of a copula, the head of an apposition
or of a title) to its owner ("Tajikistan's", "of NATO"). Each case lists every candidate
the family yields in the sentence as (predicate, subject, object, modality, problem).
"""
from __future__ import annotations

import pytest

from kg.extract.extractor import sentence_candidates
from kg.extract.relational import relational_candidates

CASES = [
    # A copula: the holder is the subject, the owner the possessive; coordinated modifiers count.
    ("Tajikistan's key trading partner is Russia.", """
        0  Tajikistan  Tajikistan  PROPN  NNP  poss      4  NORP
        1  's          's          PART   POS  case      0
        2  key         key         ADJ    JJ   amod      4
        3  trading     trading     NOUN   NN   compound  4
        4  partner     partner     NOUN   NN   nsubj     5
        5  is          be          AUX    VBZ  ROOT      5
        6  Russia      Russia      PROPN  NNP  attr      5  GPE
        7  .           .           PUNCT  .    punct     5
    """,
     [("tradePartnerOf", "Russia", "Tajikistan", "asserted", None)]),
    ("China is Russia's key trading and economic partner.", """
        0  China     China     PROPN  NNP  nsubj  1  GPE
        1  is        be        AUX    VBZ  ROOT   1
        2  Russia    Russia    PROPN  NNP  poss   8  GPE
        3  's        's        PART   POS  case   2
        4  key       key       ADJ    JJ   amod   8
        5  trading   trading   NOUN   NN   nmod   8
        6  and       and       CCONJ  CC   cc     5
        7  economic  economic  ADJ    JJ   conj   5
        8  partner   partner   NOUN   NN   attr   1
        9  .         .         PUNCT  .    punct  1
    """,
     [("tradePartnerOf", "China", "Russia", "asserted", None)]),
    # "of" names the owner.
    ("Russia is a member of the CSTO.", """
        0  Russia  Russia  PROPN  NNP  nsubj  1  GPE
        1  is      be      AUX    VBZ  ROOT   1
        2  a       a       DET    DT   det    3
        3  member  member  NOUN   NN   attr   1
        4  of      of      ADP    IN   prep   3
        5  the     the     DET    DT   det    6
        6  CSTO    CSTO    NOUN   NNS  pobj   4  ORG
        7  .       .       PUNCT  .    punct  1
    """,
     [("memberOf", "Russia", "Collective Security Treaty Organization", "asserted", None)]),
    # Apposition, and a title before the name.
    ("Turkey, a NATO member, criticized Sweden.", """
        0  Turkey      Turkey     PROPN  NNP  nsubj     6  GPE
        1  ,           ,          PUNCT  ,    punct     0
        2  a           a          DET    DT   det       4
        3  NATO        NATO       PROPN  NNP  compound  4  ORG
        4  member      member     NOUN   NN   appos     0
        5  ,           ,          PUNCT  ,    punct     0
        6  criticized  criticize  VERB   VBD  ROOT      6
        7  Sweden      Sweden     PROPN  NNP  dobj      6  GPE
        8  .           .          PUNCT  .    punct     6
    """, [("memberOf", "Turkey", "NATO", "asserted", None)]),
    ("NATO member Turkey blocked the bid.", """
        0  NATO     NATO    PROPN  NNP  compound  1  ORG
        1  member   member  NOUN   NN   compound  2
        2  Turkey   Turkey  PROPN  NNP  nsubj     3  GPE
        3  blocked  block   VERB   VBD  ROOT      3
        4  the      the     DET    DT   det       5
        5  bid      bid     NOUN   NN   dobj      3
        6  .        .       PUNCT  .    punct     3
    """, [("memberOf", "Turkey", "NATO", "asserted", None)]),
    # A person who sits in a legislature holds an office there.
    ("Vladimir Zhirinovsky, a member of the Duma, criticized Ukraine.", """
        0   Vladimir     Vladimir     PROPN  NNP  compound  1  PERSON
        1   Zhirinovsky  Zhirinovsky  PROPN  NNP  nsubj     9  PERSON
        2   ,            ,            PUNCT  ,    punct     1
        3   a            a            DET    DT   det       4
        4   member       member       NOUN   NN   appos     1
        5   of           of           ADP    IN   prep      4
        6   the          the          DET    DT   det       7
        7   Duma         Duma         PROPN  NNP  pobj      5  PERSON
        8   ,            ,            PUNCT  ,    punct     1
        9   criticized   criticize    VERB   VBD  ROOT      9
        10  Ukraine      Ukraine      PROPN  NNP  dobj      9  GPE
        11  .            .            PUNCT  .    punct     9
    """,
     [("officialOf", "Vladimir Zhirinovsky", "State Duma", "asserted", None)]),
    # A symmetric relation without an owner relates its holders.
    ("Sweden and Finland are trading partners.", """
        0  Sweden    Sweden   PROPN  NNP  nsubj     3  GPE
        1  and       and      CCONJ  CC   cc        0
        2  Finland   Finland  PROPN  NNP  conj      0  GPE
        3  are       be       AUX    VBP  ROOT      3
        4  trading   trading  NOUN   NN   compound  5
        5  partners  partner  NOUN   NNS  attr      3
        6  .         .        PUNCT  .    punct     3
    """,
     [("tradePartnerOf", "Sweden", "Finland", "asserted", None)]),
    # No owner: tried, nothing read.
    ("Turkey is a member.", """
        0  Turkey  Turkey  PROPN  NNP  nsubj  1  GPE
        1  is      be      AUX    VBZ  ROOT   1
        2  a       a       DET    DT   det    3
        3  member  member  NOUN   NN   attr   1
        4  .       .       PUNCT  .    punct  1
    """, [("memberOf", None, None, "asserted", "no owner")]),
]


@pytest.mark.parametrize("text, table, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_relational_candidates(candidates, text, table, expected):
    assert candidates(relational_candidates, text, table) == expected


def test_a_person_is_a_member_of_a_party(parse, mentions, name):
    """A person in a party is its member (as the annotators code it); the verb is read too."""
    doc = parse("Boris Johnson, a member of the Conservative Party, criticized Russia.", """
        0   Boris         Boris         PROPN  NNP  compound  1   PERSON
        1   Johnson       Johnson       PROPN  NNP  nsubj     10  PERSON
        2   ,             ,             PUNCT  ,    punct     1
        3   a             a             DET    DT   det       4
        4   member        member        NOUN   NN   appos     1
        5   of            of            ADP    IN   prep      4
        6   the           the           DET    DT   det       8   ORG
        7   Conservative  Conservative  PROPN  NNP  compound  8   ORG
        8   Party         Party         PROPN  NNP  pobj      5   ORG
        9   ,             ,             PUNCT  ,    punct     1
        10  criticized    criticize     VERB   VBD  ROOT      10
        11  Russia        Russia        PROPN  NNP  dobj      10  GPE
        12  .             .             PUNCT  .    punct     10
    """)
    sent, index = next(doc.sents), mentions(doc)
    assert [(c.predicate, name(c.subject), name(c.object)) for c in relational_candidates(sent, index)] == [
        ("memberOf", "Boris Johnson", "Conservative Party")]
    assert [(c.predicate, name(c.subject), name(c.object)) for c in sentence_candidates(sent, index)
            if c.problem is None] == [("criticized", "Boris Johnson", "Russia"),
                                      ("memberOf", "Boris Johnson", "Conservative Party")]
