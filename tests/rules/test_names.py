"""The names family (kg.extract.names) on hand-built parses: which name mentions a text has.

Each case is a parse as the model gave it once, the article date, and every mention the
family adds, in text order: (text, type, kind, fields). A case with ``absent`` names a
mention that must not be made; the mentions it lists are what the family does make there.
"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.mentions import MentionIndex
from kg.extract.names import name_mentions

TUESDAY = dt.date(2022, 5, 17)

CASES = [
    # A demonym is the country (kind demonym); a capital stands for its country's government.
    ("Russian President Vladimir Putin met Emomali Rahmon in Moscow on Monday.", """
        0   Russian    russian    ADJ    JJ   amod      1  NORP
        1   President  President  PROPN  NNP  compound  3
        2   Vladimir   Vladimir   PROPN  NNP  compound  3  PERSON
        3   Putin      Putin      PROPN  NNP  nsubj     4  PERSON
        4   met        meet       VERB   VBD  ROOT      4
        5   Emomali    Emomali    PROPN  NNP  compound  6  PERSON
        6   Rahmon     Rahmon     PROPN  NNP  dobj      4  PERSON
        7   in         in         ADP    IN   prep      4
        8   Moscow     Moscow     PROPN  NNP  pobj      7  GPE
        9   on         on         ADP    IN   prep      4
        10  Monday     Monday     PROPN  NNP  pobj      9  DATE
        11  .          .          PUNCT  .    punct     4
    """, TUESDAY,
     [("Russian", "Country", "demonym", {"name": "Russia", "code": "RUS"}),
      ("Vladimir Putin", "Person", "name", {"name": "Vladimir Putin"}),
      ("Emomali Rahmon", "Person", "name", {"name": "Emomali Rahmon"}),
      ("Moscow", "Place", "name", {"name": "Moscow", "code": "RUS"})], None),
    # A known organisation is named by its gazetteer label; a country NER took for a person is a country.
    ("The United Nations Educational, Scientific and Cultural Organization praised Mali.", """
        0   The           the           DET    DT   det       3  ORG
        1   United        United        PROPN  NNP  compound  2  ORG
        2   Nations       Nations       PROPN  NNP  compound  3  ORG
        3   Educational   Educational   PROPN  NNP  nsubj     9  ORG
        4   ,             ,             PUNCT  ,    punct     3  ORG
        5   Scientific    Scientific    PROPN  NNP  amod      8  ORG
        6   and           and           CCONJ  CC   cc        5  ORG
        7   Cultural      Cultural      PROPN  NNP  conj      5  ORG
        8   Organization  Organization  PROPN  NNP  appos     3  ORG
        9   praised       praise        VERB   VBD  ROOT      9
        10  Mali          Mali          PROPN  NNP  dobj      9  PERSON
        11  .             .             PUNCT  .    punct     9
    """, TUESDAY,
     [("United Nations Educational, Scientific and Cultural Organization", "Organization", "name",
       {"name": "UNESCO", "org_type": "InternationalOrganization"}),
      ("Mali", "Country", "name", {"name": "Mali", "code": "MLI"})], None),
    # A country's collective noun is the country; a known company keeps its type.
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
    """, TUESDAY,
     [("Hungarian Government", "Country", "name", {"name": "Hungary", "code": "HUN"}),
      ("Airbus", "Organization", "name", {"name": "Airbus", "org_type": "Company"})], None),
    # A name NER took for an organisation is a person when a title introduces it.
    ("Russia's ambassador to the United Nations, Vassily Nebenzia, criticized Britain.", """
        0   Russia      Russia      PROPN  NNP  poss      2   GPE
        1   's          's          PART   POS  case      0
        2   ambassador  ambassador  NOUN   NN   nsubj     11
        3   to          to          ADP    IN   prep      2
        4   the         the         DET    DT   det       6   ORG
        5   United      United      PROPN  NNP  compound  6   ORG
        6   Nations     Nations     PROPN  NNP  pobj      3   ORG
        7   ,           ,           PUNCT  ,    punct     2
        8   Vassily     Vassily     PROPN  NNP  compound  9   ORG
        9   Nebenzia    Nebenzia    PROPN  NNP  appos     2   ORG
        10  ,           ,           PUNCT  ,    punct     2
        11  criticized  criticize   VERB   VBD  ROOT      11
        12  Britain     Britain     PROPN  NNP  dobj      11  GPE
        13  .           .           PUNCT  .    punct     11
    """, TUESDAY,
     [("Russia", "Country", "name", {"name": "Russia", "code": "RUS"}),
      ("United Nations", "Organization", "name", {"name": "United Nations", "org_type": "InternationalOrganization"}),
      ("Vassily Nebenzia", "Person", "name", {"name": "Vassily Nebenzia"}),
      ("Britain", "Country", "name", {"name": "United Kingdom", "code": "GBR"})], None),
    # A name NER took for a place is a person who held an office at the article's date.
    ("Scholz spoke by phone with Macron on Sunday.", """
        0  Scholz  Scholz  PROPN  NNP  nsubj  1  GPE
        1  spoke   speak   VERB   VBD  ROOT   1
        2  by      by      ADP    IN   prep   1
        3  phone   phone   NOUN   NN   pobj   2
        4  with    with    ADP    IN   prep   1
        5  Macron  Macron  PROPN  NNP  pobj   4  PERSON
        6  on      on      ADP    IN   prep   1
        7  Sunday  Sunday  PROPN  NNP  pobj   6  DATE
        8  .       .       PUNCT  .    punct  1
    """, TUESDAY,
     [("Scholz", "Person", "name", {"name": "Scholz"}), ("Macron", "Person", "name", {"name": "Macron"})], None),
    # A capitalised word NER missed is the office holder of that surname at the article's date ...
    ("Merkel will meet Macron in Paris.", """
        0  Merkel  Merkel  PROPN  NNP  nsubj  2
        1  will    will    AUX    MD   aux    2
        2  meet    meet    VERB   VB   ROOT   2
        3  Macron  Macron  PROPN  NNP  dobj   2  PERSON
        4  in      in      ADP    IN   prep   2
        5  Paris   Paris   PROPN  NNP  pobj   4  GPE
        6  .       .       PUNCT  .    punct  2
    """, dt.date(2019, 5, 17),
     [("Merkel", "Person", "name", {"name": "Merkel"}), ("Macron", "Person", "name", {"name": "Macron"}),
      ("Paris", "Place", "name", {"name": "Paris", "code": "FRA"})], None),
    # ... and nobody when she held none then.
    ("Merkel will meet Macron in Paris.", """
        0  Merkel  Merkel  PROPN  NNP  nsubj  2
        1  will    will    AUX    MD   aux    2
        2  meet    meet    VERB   VB   ROOT   2
        3  Macron  Macron  PROPN  NNP  dobj   2  PERSON
        4  in      in      ADP    IN   prep   2
        5  Paris   Paris   PROPN  NNP  pobj   4  GPE
        6  .       .       PUNCT  .    punct  2
    """, TUESDAY,
     [("Macron", "Person", "name", {"name": "Macron"}), ("Paris", "Place", "name", {"name": "Paris", "code": "FRA"})],
     "Merkel"),
    # A king keeps his title in his name.
    ("King Fahd met Margaret Thatcher in Riyadh.", """
        0  King      King      PROPN  NNP  compound  1  PERSON
        1  Fahd      Fahd      PROPN  NNP  nsubj     2  PERSON
        2  met       meet      VERB   VBD  ROOT      2
        3  Margaret  Margaret  PROPN  NNP  compound  4  PERSON
        4  Thatcher  Thatcher  PROPN  NNP  dobj      2  PERSON
        5  in        in        ADP    IN   prep      4
        6  Riyadh    Riyadh    PROPN  NNP  pobj      5  GPE
        7  .         .         PUNCT  .    punct     2
    """, TUESDAY,
     [("Fahd", "Person", "name", {"name": "King Fahd"}),
      ("Margaret Thatcher", "Person", "name", {"name": "Margaret Thatcher"}),
      ("Riyadh", "Place", "name", {"name": "Riyadh", "code": "SAU"})], None),
    # "CBN" glued into "ABS-CBN" is not the gazetteer's CBN.
    ("ABS-CBN reported that Duterte visited Beijing.", """
        0  ABS       ABS      PROPN  NNP   compound  2
        1  -         -        PUNCT  HYPH  punct     2
        2  CBN       CBN      PROPN  NNP   nsubj     3
        3  reported  report   VERB   VBD   ROOT      3
        4  that      that     SCONJ  IN    mark      6
        5  Duterte   Duterte  PROPN  NNP   nsubj     6  ORG
        6  visited   visit    VERB   VBD   ccomp     3
        7  Beijing   Beijing  PROPN  NNP   dobj      6  GPE
        8  .         .        PUNCT  .     punct     3
    """, TUESDAY,
     [("Duterte", "Person", "name", {"name": "Duterte"}),
      ("Beijing", "Place", "name", {"name": "Beijing", "code": "CHN"})], "CBN"),
    # "the Community" refers back to an organisation named before: no name.
    ("The European Community held talks with Japan. The Community also criticized the United States.", """
        0   The         the        DET    DT   det       2   ORG
        1   European    European   PROPN  NNP  compound  2   ORG
        2   Community   Community  PROPN  NNP  nsubj     3   ORG
        3   held        hold       VERB   VBD  ROOT      3
        4   talks       talk       NOUN   NNS  dobj      3
        5   with        with       ADP    IN   prep      4
        6   Japan       Japan      PROPN  NNP  pobj      5   GPE
        7   .           .          PUNCT  .    punct     3
        8   The         the        DET    DT   det       9
        9   Community   Community  PROPN  NNP  nsubj     11  ORG
        10  also        also       ADV    RB   advmod    11
        11  criticized  criticize  VERB   VBD  ROOT      11
        12  the         the        DET    DT   det       14  GPE
        13  United      United     PROPN  NNP  compound  14  GPE
        14  States      States     PROPN  NNP  dobj      11  GPE
        15  .           .          PUNCT  .    punct     11
    """, TUESDAY,
     [("European Community", "Organization", "name",
       {"name": "European Community", "org_type": "InternationalOrganization"}),
      ("Japan", "Country", "name", {"name": "Japan", "code": "JPN"}),
      ("United States", "Country", "name", {"name": "United States", "code": "USA"})], "Community"),
    # A named event or document is classed by its head noun.
    ("The Paris Agreement was signed by 196 parties.", """
        0  The        the        DET    DT   det        2  EVENT
        1  Paris      Paris      PROPN  NNP  compound   2  EVENT
        2  Agreement  Agreement  PROPN  NNP  nsubjpass  4  EVENT
        3  was        be         AUX    VBD  auxpass    4
        4  signed     sign       VERB   VBN  ROOT       4
        5  by         by         ADP    IN   agent      4
        6  196        196        NUM    CD   nummod     7  CARDINAL
        7  parties    party      NOUN   NNS  pobj       5
        8  .          .          PUNCT  .    punct      4
    """, TUESDAY,
     [("Paris Agreement", "Document", "name", {"name": "Paris Agreement", "event_class": "Agreement"})], None),
    # A known body at the start of a name whose other words name a portfolio is that body.
    ("EC External Trade Commissioner Willy De Clercq met Japanese officials.", """
        0   EC            EC            PROPN  NNP  compound  3  ORG
        1   External      External      PROPN  NNP  compound  2  ORG
        2   Trade         Trade         PROPN  NNP  compound  3  ORG
        3   Commissioner  Commissioner  PROPN  NNP  compound  6
        4   Willy         Willy         PROPN  NNP  compound  6  PERSON
        5   De            De            PROPN  NNP  compound  6  PERSON
        6   Clercq        Clercq        PROPN  NNP  nsubj     7  PERSON
        7   met           meet          VERB   VBD  ROOT      7
        8   Japanese      japanese      ADJ    JJ   amod      9  NORP
        9   officials     official      NOUN   NNS  dobj      7
        10  .             .             PUNCT  .    punct     7
    """, TUESDAY,
     [("EC", "Organization", "name", {"name": "European Community", "org_type": "InternationalOrganization"}),
      ("Willy De Clercq", "Person", "name", {"name": "Willy De Clercq"}),
      ("Japanese", "Country", "demonym", {"name": "Japan", "code": "JPN"})], None),
    # Two capitalised words NER called a location are a person's name, unless a word says a region.
    ("The offer was made during a Middle East visit.", """
        0  The     the     DET    DT   det        1
        1  offer   offer   NOUN   NN   nsubjpass  3
        2  was     be      AUX    VBD  auxpass    3
        3  made    make    VERB   VBN  ROOT       3
        4  during  during  ADP    IN   prep       3
        5  a       a       DET    DT   det        8
        6  Middle  Middle  PROPN  NNP  compound   7  LOC
        7  East    East    PROPN  NNP  compound   8  LOC
        8  visit   visit   NOUN   NN   pobj       4
        9  .       .       PUNCT  .    punct      3
    """, TUESDAY, [("Middle East", "Place", "name", {"name": "Middle East"})], None),
]


@pytest.mark.parametrize("text, table, date, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_name_mentions(parse, describe, text, table, date, expected, absent):
    index = MentionIndex()
    name_mentions(parse(text, table), index, date)
    found = [describe(m) for m in index.sorted()]
    assert found == expected
    assert absent is None or absent not in [m[0] for m in found]
