"""The titles family (kg.extract.titles) on hand-built parses: title words, and bare titles as mentions.

:func:`title_words` reads the title phrase a noun heads, whichever way the parser hung its
words; a bare title ("the French leader") or a plural one ("Chinese officials") becomes a
reference mention with its title and, when a modifier names one, its country. Mention
cases list every mention of the sentence (text, type, kind, fields), so a case where no
title mention is made still says what is.
"""
from __future__ import annotations

import pytest

from kg.extract.titles import title_words

WORDS = [
    ("Sergei Lavrov, Russia's foreign minister, criticized Japan.", """
        0   Sergei      Sergei     PROPN  NNP  compound  1  PERSON
        1   Lavrov      Lavrov     PROPN  NNP  nsubj     8  PERSON
        2   ,           ,          PUNCT  ,    punct     1
        3   Russia      Russia     PROPN  NNP  poss      6  GPE
        4   's          's         PART   POS  case      3
        5   foreign     foreign    ADJ    JJ   amod      6
        6   minister    minister   NOUN   NN   appos     1
        7   ,           ,          PUNCT  ,    punct     1
        8   criticized  criticize  VERB   VBD  ROOT      8
        9   Japan       Japan      PROPN  NNP  dobj      8  GPE
        10  .           .          PUNCT  .    punct     8
    """, "minister", "foreign minister"),
    ("Russian President Vladimir Putin met Emomali Rahmon.", """
        0  Russian    russian    ADJ    JJ   amod      1  NORP
        1  President  President  PROPN  NNP  compound  3
        2  Vladimir   Vladimir   PROPN  NNP  compound  3  PERSON
        3  Putin      Putin      PROPN  NNP  nsubj     4  PERSON
        4  met        meet       VERB   VBD  ROOT      4
        5  Emomali    Emomali    PROPN  NNP  compound  6  PERSON
        6  Rahmon     Rahmon     PROPN  NNP  dobj      4  PERSON
        7  .          .          PUNCT  .    punct     4
    """, "President", "president"),
    ("Former Prime Minister Tony Blair visited Iraq.", """
        0  Former    former    ADJ    JJ   amod      2
        1  Prime     Prime     PROPN  NNP  compound  2
        2  Minister  Minister  PROPN  NNP  compound  4
        3  Tony      Tony      PROPN  NNP  compound  4  PERSON
        4  Blair     Blair     PROPN  NNP  nsubj     5  PERSON
        5  visited   visit     VERB   VBD  ROOT      5
        6  Iraq      Iraq      PROPN  NNP  dobj      5  GPE
        7  .         .         PUNCT  .    punct     5
    """, "Minister", "prime minister"),
    # The parser hangs "national" on "security": the words still make one title.
    ("US President Donald Trump fired national security advisor John Bolton.", """
        0   US         US         PROPN  NNP  compound  1  GPE
        1   President  President  PROPN  NNP  compound  3
        2   Donald     Donald     PROPN  NNP  compound  3  PERSON
        3   Trump      Trump      PROPN  NNP  nsubj     4  PERSON
        4   fired      fire       VERB   VBD  ROOT      4
        5   national   national   ADJ    JJ   amod      6
        6   security   security   NOUN   NN   compound  7
        7   advisor    advisor    NOUN   NN   compound  9
        8   John       John       PROPN  NNP  compound  9  PERSON
        9   Bolton     Bolton     PROPN  NNP  dobj      4  PERSON
        10  .          .          PUNCT  .    punct     4
    """, "advisor",
     "national security advisor"),
    # "Secretary-General" is tokenised "Secretary - General".
    ("NATO Secretary-General Jens Stoltenberg urged Turkey to act.", """
        0   NATO         NATO         PROPN  NNP   compound  5  ORG
        1   Secretary    Secretary    PROPN  NNP   compound  3
        2   -            -            PUNCT  HYPH  punct     3
        3   General      General      PROPN  NNP   compound  5
        4   Jens         Jens         PROPN  NNP   compound  5  PERSON
        5   Stoltenberg  Stoltenberg  PROPN  NNP   nsubj     6  PERSON
        6   urged        urge         VERB   VBD   ROOT      6
        7   Turkey       Turkey       PROPN  NNP   dobj      6  GPE
        8   to           to           PART   TO    aux       9
        9   act          act          VERB   VB    xcomp     6
        10  .            .            PUNCT  .     punct     6
    """, "General", "secretary general"),
    # A portfolio word before a title is part of it.
    ("U.S. Treasury Secretary James Baker met Japanese officials.", """
        0  U.S.       U.S.       PROPN  NNP  compound  2  ORG
        1  Treasury   Treasury   PROPN  NNP  compound  2  ORG
        2  Secretary  Secretary  PROPN  NNP  compound  4
        3  James      James      PROPN  NNP  compound  4  PERSON
        4  Baker      Baker      PROPN  NNP  nsubj     5  PERSON
        5  met        meet       VERB   VBD  ROOT      5
        6  Japanese   japanese   ADJ    JJ   amod      7  NORP
        7  officials  official   NOUN   NNS  dobj      5
        8  .          .          PUNCT  .    punct     5
    """, "Secretary", "treasury secretary"),
    # A plural title is read in the singular.
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
    """, "diplomats", "diplomat"),
    # A noun that names no office is no title.
    ("The Nigerian team, headed by Finance Minister Che Okongwu, will visit France.", """
        0   The       the       DET    DT   det       2
        1   Nigerian  nigerian  ADJ    JJ   amod      2   NORP
        2   team      team      NOUN   NN   nsubj     12
        3   ,         ,         PUNCT  ,    punct     2
        4   headed    head      VERB   VBN  acl       2
        5   by        by        ADP    IN   agent     4
        6   Finance   Finance   PROPN  NNP  compound  7   ORG
        7   Minister  Minister  PROPN  NNP  compound  9
        8   Che       Che       PROPN  NNP  compound  9   PERSON
        9   Okongwu   Okongwu   PROPN  NNP  pobj      5   PERSON
        10  ,         ,         PUNCT  ,    punct     2
        11  will      will      AUX    MD   aux       12
        12  visit     visit     VERB   VB   ROOT      12
        13  France    France    PROPN  NNP  dobj      12  GPE
        14  .         .         PUNCT  .    punct     12
    """, "team", None),
]


@pytest.mark.parametrize("text, table, head, expected", WORDS, ids=[f"{c[0][:30]}-{c[2]}" for c in WORDS])
def test_title_words(parse, word, text, table, head, expected):
    assert title_words(word(parse(text, table), head)) == expected


MENTIONS = [
    # A bare title refers to its holder; its demonym names the country.
    ("French President Emmanuel Macron criticized Russia. The French leader also praised Ukraine.", """
        0   French      french     ADJ    JJ   amod      1   NORP
        1   President   President  PROPN  NNP  compound  3
        2   Emmanuel    Emmanuel   PROPN  NNP  compound  3   PERSON
        3   Macron      Macron     PROPN  NNP  nsubj     4   PERSON
        4   criticized  criticize  VERB   VBD  ROOT      4
        5   Russia      Russia     PROPN  NNP  dobj      4   GPE
        6   .           .          PUNCT  .    punct     4
        7   The         the        DET    DT   det       9
        8   French      french     ADJ    JJ   amod      9   NORP
        9   leader      leader     NOUN   NN   nsubj     11
        10  also        also       ADV    RB   advmod    11
        11  praised     praise     VERB   VBD  ROOT      11
        12  Ukraine     Ukraine    PROPN  NNP  dobj      11  GPE
        13  .           .          PUNCT  .    punct     11
    """,
     [("French", "Country", "demonym", {"name": "France", "code": "FRA"}),
      ("Emmanuel Macron", "Person", "name", {"name": "Emmanuel Macron"}),
      ("Russia", "Country", "name", {"name": "Russia", "code": "RUS"}),
      ("French", "Country", "demonym", {"name": "France", "code": "FRA"}),
      ("French leader", "Person", "title", {"code": "FRA", "title": "Leader"}),
      ("Ukraine", "Country", "name", {"name": "Ukraine", "code": "UKR"})], None),
    # A possessive names the country; the title in apposition is a mention of its own.
    ("Russia's foreign minister, Sergei Lavrov, criticized Japan.", """
        0   Russia      Russia     PROPN  NNP  poss      3  GPE
        1   's          's         PART   POS  case      0
        2   foreign     foreign    ADJ    JJ   amod      3
        3   minister    minister   NOUN   NN   nsubj     8
        4   ,           ,          PUNCT  ,    punct     3
        5   Sergei      Sergei     PROPN  NNP  compound  6  PERSON
        6   Lavrov      Lavrov     PROPN  NNP  appos     3  PERSON
        7   ,           ,          PUNCT  ,    punct     3
        8   criticized  criticize  VERB   VBD  ROOT      8
        9   Japan       Japan      PROPN  NNP  dobj      8  GPE
        10  .           .          PUNCT  .    punct     8
    """,
     [("Russia", "Country", "name", {"name": "Russia", "code": "RUS"}),
      ("foreign minister", "Person", "title", {"code": "RUS", "title": "Foreign Minister"}),
      ("Sergei Lavrov", "Person", "name", {"name": "Sergei Lavrov"}),
      ("Japan", "Country", "name", {"name": "Japan", "code": "JPN"})], None),
    # A plural title is a group.
    ("Chinese officials rebuked Japan on Thursday.", """
        0  Chinese    chinese   ADJ    JJ   amod   1  NORP
        1  officials  official  NOUN   NNS  nsubj  2
        2  rebuked    rebuke    VERB   VBD  ROOT   2
        3  Japan      Japan     PROPN  NNP  dobj   2  GPE
        4  on         on        ADP    IN   prep   2
        5  Thursday   Thursday  PROPN  NNP  pobj   4  DATE
        6  .          .         PUNCT  .    punct  2
    """,
     [("Chinese", "Country", "demonym", {"name": "China", "code": "CHN"}),
      ("Chinese officials", "Person", "group", {"code": "CHN", "title": "Official"}),
      ("Japan", "Country", "name", {"name": "Japan", "code": "JPN"})], None),
    # "of Russia" names the country too.
    ("Tajikistan's president met the president of Russia.", """
        0  Tajikistan  Tajikistan  PROPN  NNP  poss   2  NORP
        1  's          's          PART   POS  case   0
        2  president   president   NOUN   NN   nsubj  3
        3  met         meet        VERB   VBD  ROOT   3
        4  the         the         DET    DT   det    5
        5  president   president   NOUN   NN   dobj   3
        6  of          of          ADP    IN   prep   5
        7  Russia      Russia      PROPN  NNP  pobj   6  GPE
        8  .           .           PUNCT  .    punct  3
    """,
     [("Tajikistan", "Country", "name", {"name": "Tajikistan", "code": "TJK"}),
      ("president", "Person", "title", {"code": "TJK", "title": "President"}),
      ("president", "Person", "title", {"code": "RUS", "title": "President"}),
      ("Russia", "Country", "name", {"name": "Russia", "code": "RUS"})], None),
    # A title before a name NER tagged is part of the name's phrase, not a mention.
    ("Russian President Vladimir Putin met Emomali Rahmon.", """
        0  Russian    russian    ADJ    JJ   amod      1  NORP
        1  President  President  PROPN  NNP  compound  3
        2  Vladimir   Vladimir   PROPN  NNP  compound  3  PERSON
        3  Putin      Putin      PROPN  NNP  nsubj     4  PERSON
        4  met        meet       VERB   VBD  ROOT      4
        5  Emomali    Emomali    PROPN  NNP  compound  6  PERSON
        6  Rahmon     Rahmon     PROPN  NNP  dobj      4  PERSON
        7  .          .          PUNCT  .    punct     4
    """,
     [("Russian", "Country", "demonym", {"name": "Russia", "code": "RUS"}),
      ("Vladimir Putin", "Person", "name", {"name": "Vladimir Putin"}),
      ("Emomali Rahmon", "Person", "name", {"name": "Emomali Rahmon"})], "President"),
    # A former office holder is nobody's current title.
    ("The former president criticized Russia.", """
        0  The         the        DET    DT   det    2
        1  former      former     ADJ    JJ   amod   2
        2  president   president  NOUN   NN   nsubj  3
        3  criticized  criticize  VERB   VBD  ROOT   3
        4  Russia      Russia     PROPN  NNP  dobj   3  GPE
        5  .           .          PUNCT  .    punct  3
    """,
     [("Russia", "Country", "name", {"name": "Russia", "code": "RUS"})], "president"),
]


@pytest.mark.parametrize("text, table, expected, absent", MENTIONS, ids=[c[0][:40] for c in MENTIONS])
def test_title_mentions(described, text, table, expected, absent):
    found = described(text, table)
    assert found == expected
    assert absent is None or absent not in [m[0] for m in found]
