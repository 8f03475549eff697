"""Event and document nouns, groups and pronouns (kg.extract.mentions) on hand-built parses.

Each case lists every mention of the text in order, as (text, type, kind, fields); a case
with ``absent`` names a word that must not become a mention.
"""
from __future__ import annotations

import pytest

from kg.extract.mentions import MentionIndex
from kg.model import Mention

CASES = [
    # An event noun, with its modifiers; the modifier keeps its own mention.
    ("Putin attended the CSTO summit in Minsk.", """
        0  Putin     Putin   PROPN  NNP  nsubj     1  PERSON
        1  attended  attend  VERB   VBD  ROOT      1
        2  the       the     DET    DT   det       4
        3  CSTO      CSTO    PROPN  NNP  compound  4
        4  summit    summit  NOUN   NN   dobj      1
        5  in        in      ADP    IN   prep      4
        6  Minsk     Minsk   PROPN  NNP  pobj      5  GPE
        7  .         .       PUNCT  .    punct     1
    """,
     [("Putin", "Person", "name", {"name": "Putin"}),
      ("CSTO", "Organization", "name", {"name": "Collective Security Treaty Organization",
                                        "org_type": "InternationalOrganization"}),
      ("CSTO summit", "Event", "nominal", {"name": "CSTO summit", "event_class": "Summit"}),
      ("Minsk", "Place", "name", {"name": "Minsk", "code": "BLR"})], None),
    # Two words make the event class: "video conference".
    ("Putin held a video conference with Xi.", """
        0  Putin       Putin       PROPN  NNP  nsubj     1  PERSON
        1  held        hold        VERB   VBD  ROOT      1
        2  a           a           DET    DT   det       4
        3  video       video       NOUN   NN   compound  4
        4  conference  conference  NOUN   NN   dobj      1
        5  with        with        ADP    IN   prep      4
        6  Xi          Xi          PROPN  NNP  pobj      5  PERSON
        7  .           .           PUNCT  .    punct     1
    """,
     [("Putin", "Person", "name", {"name": "Putin"}),
      ("video conference", "Event", "nominal", {"name": "video conference", "event_class": "VideoConference"}),
      ("Xi", "Person", "name", {"name": "Xi"})], None),
    # A document noun.
    ("Germany and France signed an agreement on energy cooperation.", """
        0  Germany      Germany      PROPN  NNP  nsubj     3  GPE
        1  and          and          CCONJ  CC   cc        0
        2  France       France       PROPN  NNP  conj      0  GPE
        3  signed       sign         VERB   VBD  ROOT      3
        4  an           an           DET    DT   det       5
        5  agreement    agreement    NOUN   NN   dobj      3
        6  on           on           ADP    IN   prep      5
        7  energy       energy       NOUN   NN   compound  8
        8  cooperation  cooperation  NOUN   NN   pobj      6
        9  .            .            PUNCT  .    punct     3
    """,
     [("Germany", "Country", "name", {"name": "Germany", "code": "DEU"}),
      ("France", "Country", "name", {"name": "France", "code": "FRA"}),
      ("agreement", "Document", "nominal", {"name": "agreement", "event_class": "Agreement"})], None),
    # "they" is a group that refers back; so are plural role nouns.
    ("Putin and Xi met in Moscow. They signed an agreement.", """
        0   Putin      Putin      PROPN  NNP  nsubj  3   PERSON
        1   and        and        CCONJ  CC   cc     0
        2   Xi         Xi         PROPN  NNP  conj   0   PERSON
        3   met        meet       VERB   VBD  ROOT   3
        4   in         in         ADP    IN   prep   3
        5   Moscow     Moscow     PROPN  NNP  pobj   4   GPE
        6   .          .          PUNCT  .    punct  3
        7   They       they       PRON   PRP  nsubj  8
        8   signed     sign       VERB   VBD  ROOT   8
        9   an         an         DET    DT   det    10
        10  agreement  agreement  NOUN   NN   dobj   8
        11  .          .          PUNCT  .    punct  8
    """,
     [("Putin", "Person", "name", {"name": "Putin"}), ("Xi", "Person", "name", {"name": "Xi"}),
      ("Moscow", "Place", "name", {"name": "Moscow", "code": "RUS"}),
      ("They", "Person", "group", {"reference": "person"}),
      ("agreement", "Document", "nominal", {"name": "agreement", "event_class": "Agreement"})], None),
    ("The two sides signed an accord.", """
        0  The     the     DET    DT   det     2
        1  two     two     NUM    CD   nummod  2  CARDINAL
        2  sides   side    NOUN   NNS  nsubj   3
        3  signed  sign    VERB   VBD  ROOT    3
        4  an      an      DET    DT   det     5
        5  accord  accord  NOUN   NN   dobj    3
        6  .       .       PUNCT  .    punct   3
    """,
     [("two sides", "Person", "group", {}),  # the count is the group's: coreference wants two
      ("accord", "Document", "nominal", {"name": "accord", "event_class": "Agreement"})], None),
    # A group noun with an owner is not a back-reference.
    ("Russia criticized its allies.", """
        0  Russia      Russia     PROPN  NNP   nsubj  1  GPE
        1  criticized  criticize  VERB   VBD   ROOT   1
        2  its         its        PRON   PRP$  poss   3
        3  allies      ally       NOUN   NNS   dobj   1
        4  .           .          PUNCT  .     punct  1
    """,
     [("Russia", "Country", "name", {"name": "Russia", "code": "RUS"}),
      ("its", "Organization", "pronoun", {"reference": "it"})], "allies"),
    # "it" as a subject may stand for a country or organisation ...
    ("Iran said it had attacked Israel.", """
        0  Iran      Iran    PROPN  NNP  nsubj  1  GPE
        1  said      say     VERB   VBD  ROOT   1
        2  it        it      PRON   PRP  nsubj  4
        3  had       have    AUX    VBD  aux    4
        4  attacked  attack  VERB   VBN  ccomp  1
        5  Israel    Israel  PROPN  NNP  dobj   4  GPE
        6  .         .       PUNCT  .    punct  1
    """,
     [("Iran", "Country", "name", {"name": "Iran", "code": "IRN"}),
      ("it", "Organization", "pronoun", {"reference": "it"}),
      ("Israel", "Country", "name", {"name": "Israel", "code": "ISR"})], None),
    # ... as an object it is not taken for one.
    ("Israel condemned it.", """
        0  Israel     Israel   PROPN  NNP  nsubj  1  GPE
        1  condemned  condemn  VERB   VBD  ROOT   1
        2  it         it       PRON   PRP  dobj   1
        3  .          .        PUNCT  .    punct  1
    """, [("Israel", "Country", "name", {"name": "Israel", "code": "ISR"})], "it"),
    # "the country" and "the Community" refer to the country or organisation named before.
    ("Putin visited Tajikistan. The country signed a treaty with Russia.", """
        0   Putin       Putin       PROPN  NNP  nsubj  1  PERSON
        1   visited     visit       VERB   VBD  ROOT   1
        2   Tajikistan  Tajikistan  PROPN  NNP  dobj   1  NORP
        3   .           .           PUNCT  .    punct  1
        4   The         the         DET    DT   det    5
        5   country     country     NOUN   NN   nsubj  6
        6   signed      sign        VERB   VBD  ROOT   6
        7   a           a           DET    DT   det    8
        8   treaty      treaty      NOUN   NN   dobj   6
        9   with        with        ADP    IN   prep   8
        10  Russia      Russia      PROPN  NNP  pobj   9  GPE
        11  .           .           PUNCT  .    punct  6
    """,
     [("Putin", "Person", "name", {"name": "Putin"}),
      ("Tajikistan", "Country", "name", {"name": "Tajikistan", "code": "TJK"}),
      ("country", "Country", "pronoun", {"reference": "country"}),
      ("treaty", "Document", "nominal", {"name": "treaty", "event_class": "Treaty"}),
      ("Russia", "Country", "name", {"name": "Russia", "code": "RUS"})], None),
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
    """,
     [("European Community", "Organization", "name",
       {"name": "European Community", "org_type": "InternationalOrganization"}),
      ("talks", "Event", "nominal", {"name": "talks", "event_class": "Talks"}),
      ("Japan", "Country", "name", {"name": "Japan", "code": "JPN"}),
      ("Community", "Organization", "pronoun", {"reference": "organization"}),
      ("United States", "Country", "name", {"name": "United States", "code": "USA"})], None),
    # A commission with a modifier is not a back-reference.
    ("The trade commission criticized Japan.", """
        0  The         the         DET    DT   det       2
        1  trade       trade       NOUN   NN   compound  2
        2  commission  commission  NOUN   NN   nsubj     3
        3  criticized  criticize   VERB   VBD  ROOT      3
        4  Japan       Japan       PROPN  NNP  dobj      3  GPE
        5  .           .           PUNCT  .    punct     3
    """,
     [("Japan", "Country", "name", {"name": "Japan", "code": "JPN"})], "commission"),
    # A modifier of a modifier stays in the phrase: "South" hangs on "African", not on "law".
    ("Congress passed the South African sanctions law.", """
        0  Congress   Congress   PROPN  NNP  nsubj     1  ORG
        1  passed     pass       VERB   VBD  ROOT      1
        2  the        the        DET    DT   det       6
        3  South      south      ADJ    JJ   amod      4  NORP
        4  African    african    ADJ    JJ   amod      6  NORP
        5  sanctions  sanction   NOUN   NNS  compound  6
        6  law        law        NOUN   NN   dobj      1
        7  .          .          PUNCT  .    punct     1
    """,
     [("Congress", "Organization", "name", {"name": "United States Congress", "code": "USA",
                                           "org_type": "GovernmentBody"}),
      ("South African", "Country", "demonym", {"name": "South Africa", "code": "ZAF"}),
      ("South African sanctions law", "Document", "nominal",
       {"name": "South African sanctions law", "event_class": "Law"})], None),
]


@pytest.mark.parametrize("text, table, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_mentions(described, text, table, expected, absent):
    found = described(text, table)
    assert found == expected
    assert absent is None or absent not in [m[0] for m in found]


def test_the_index_keeps_one_mention_per_token(parse, word):
    doc = parse("Putin met Xi.", """
        0  Putin  Putin  PROPN  NNP  nsubj  1  PERSON
        1  met    meet   VERB   VBD  ROOT   1
        2  Xi     Xi     PROPN  NNP  dobj   1  PERSON
        3  .      .      PUNCT  .    punct  1
    """)
    index = MentionIndex()
    putin = Mention("Putin", 0, 5, "Person", name="Putin")
    index.add(putin, doc[0:1])
    index.add(Mention("Putin met", 0, 9, "Event"), doc[0:2])  # overlaps Putin: refused
    assert index.mentions == [putin] and index.at(word(doc, "met")) is None
    retyped = Mention("Putin", 0, 5, "Organization", name="Putin")
    index.replace(putin, retyped)
    assert index.at(doc[0]) is retyped and index.span(retyped).text == "Putin"
