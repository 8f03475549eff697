"""The roles family (kg.extract.roles) on hand-built parses: leaderOf and officialOf from titles.

Each case lists every role stated in the text as (person, title, category, of, rule,
current); ``of`` is the country or organisation the office belongs to (None when the text
and the gazetteers give none). A "must not" case names a role that must not be stated
and still lists the roles that are.
"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.roles import find_roles

TUESDAY = dt.date(2022, 5, 17)

CASES = [
    # A title before the name, its country a demonym ...
    ("Russian President Vladimir Putin met Emomali Rahmon.", """
        0  Russian    russian    ADJ    JJ   amod      1  NORP
        1  President  President  PROPN  NNP  compound  3
        2  Vladimir   Vladimir   PROPN  NNP  compound  3  PERSON
        3  Putin      Putin      PROPN  NNP  nsubj     4  PERSON
        4  met        meet       VERB   VBD  ROOT      4
        5  Emomali    Emomali    PROPN  NNP  compound  6  PERSON
        6  Rahmon     Rahmon     PROPN  NNP  dobj      4  PERSON
        7  .          .          PUNCT  .    punct     4
    """, TUESDAY,
     [("Vladimir Putin", "President", "leader", "Russia", "role.title.v1", True)], None),
    # ... or a possessive.
    ("Tajikistan's President Emomali Rahmon received Putin.", """
        0  Tajikistan  Tajikistan  PROPN  NNP  poss      2  NORP
        1  's          's          PART   POS  case      0
        2  President   President   PROPN  NNP  compound  4
        3  Emomali     Emomali     PROPN  NNP  compound  4  PERSON
        4  Rahmon      Rahmon      PROPN  NNP  nsubj     5  PERSON
        5  received    receive     VERB   VBD  ROOT      5
        6  Putin       Putin       PROPN  NNP  dobj      5  PERSON
        7  .           .           PUNCT  .    punct     5
    """, TUESDAY,
     [("Emomali Rahmon", "President", "leader", "Tajikistan", "role.title.v1", True)], None),
    # A title in apposition, after the name or before it.
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
    """, TUESDAY,
     [("Sergei Lavrov", "Foreign minister", "official", "Russia", "role.appos.v1", True)], None),
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
    """, TUESDAY,
     [("Sergei Lavrov", "Foreign minister", "official", "Russia", "role.appos.v1", True)], None),
    # A copula.
    ("Lavrov is Russia's foreign minister.", """
        0  Lavrov    Lavrov    PROPN  NNP  nsubj  1  ORG
        1  is        be        AUX    VBZ  ROOT   1
        2  Russia    Russia    PROPN  NNP  poss   5  GPE
        3  's        's        PART   POS  case   2
        4  foreign   foreign   ADJ    JJ   amod   5
        5  minister  minister  NOUN   NN   attr   1
        6  .         .         PUNCT  .    punct  1
    """, TUESDAY,
     [("Lavrov", "Foreign minister", "official", "Russia", "role.copula.v1", True)], None),
    # "of" names the country; a king keeps his title in his name.
    ("King Fahd of Saudi Arabia met Margaret Thatcher.", """
        0  King      King      PROPN  NNP  compound  1
        1  Fahd      Fahd      PROPN  NNP  nsubj     5
        2  of        of        ADP    IN   prep      1
        3  Saudi     Saudi     PROPN  NNP  compound  4  GPE
        4  Arabia    Arabia    PROPN  NNP  pobj      2  GPE
        5  met       meet      VERB   VBD  ROOT      5
        6  Margaret  Margaret  PROPN  NNP  compound  7  PERSON
        7  Thatcher  Thatcher  PROPN  NNP  dobj      5  PERSON
        8  .         .         PUNCT  .    punct     5
    """, TUESDAY,
     [("King Fahd", "King", "leader", "Saudi Arabia", "role.title.v1", True)], None),
    # A government body's official is the country's.
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
    """, TUESDAY,
     [("James Baker", "Treasury Secretary", "official", "United States", "role.title.v1", True)], None),
    # A title that names its country by itself.
    ("Taoiseach Leo Varadkar met Boris Johnson.", """
        0  Taoiseach  Taoiseach  PROPN  NNP  compound  2  PERSON
        1  Leo        Leo        PROPN  NNP  compound  2  PERSON
        2  Varadkar   Varadkar   PROPN  NNP  nsubj     3  PERSON
        3  met        meet       VERB   VBD  ROOT      3
        4  Boris      Boris      PROPN  NNP  compound  5  PERSON
        5  Johnson    Johnson    PROPN  NNP  dobj      3  PERSON
        6  .          .          PUNCT  .    punct     3
    """, TUESDAY,
     [("Leo Varadkar", "Taoiseach", "leader", "Ireland", "role.title.v1", True)], None),
    # An organisation's head leads the organisation.
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
    """, TUESDAY,
     [("Jens Stoltenberg", "Secretary General", "leader", "NATO", "role.title.v1", True)], None),
    # A national office with no country named belongs to the country the sentence spoke of.
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
    """, TUESDAY,
     [("Che Okongwu", "Finance Minister", "official", "Nigeria", "role.context.v1", True)], None),
    # An opposition leader leads no country.
    ("Venezuelan opposition leader Juan Guaido met US Vice President Mike Pence.", """
        0   Venezuelan  venezuelan  ADJ    JJ   amod      2   NORP
        1   opposition  opposition  NOUN   NN   compound  2
        2   leader      leader      NOUN   NN   compound  4
        3   Juan        Juan        PROPN  NNP  compound  4   PERSON
        4   Guaido      Guaido      PROPN  NNP  nsubj     5   PERSON
        5   met         meet        VERB   VBD  ROOT      5
        6   US          US          PROPN  NNP  compound  8   GPE
        7   Vice        Vice        PROPN  NNP  compound  8
        8   President   President   PROPN  NNP  compound  10
        9   Mike        Mike        PROPN  NNP  compound  10  PERSON
        10  Pence       Pence       PROPN  NNP  dobj      5   PERSON
        11  .           .           PUNCT  .    punct     5
    """, TUESDAY,
     [("Mike Pence", "Vice President", "official", "United States", "role.title.v1", True)], "Juan Guaido"),
    # A former office is not current, and is not placed by the context.
    ("Former Prime Minister Tony Blair visited Iraq.", """
        0  Former    former    ADJ    JJ   amod      2
        1  Prime     Prime     PROPN  NNP  compound  2
        2  Minister  Minister  PROPN  NNP  compound  4
        3  Tony      Tony      PROPN  NNP  compound  4  PERSON
        4  Blair     Blair     PROPN  NNP  nsubj     5  PERSON
        5  visited   visit     VERB   VBD  ROOT      5
        6  Iraq      Iraq      PROPN  NNP  dobj      5  GPE
        7  .         .         PUNCT  .    punct     5
    """, TUESDAY,
     [("Tony Blair", "Prime Minister", "leader", None, "role.title.v1", False)], None),
    # "ex-" hyphened onto the front of the title makes it past too, however the parser hangs it.
    ("Guests include ex-UK Prime Minister Neville Chamberlain.", """
        0  Guests       guest        NOUN   NNS  nsubj     1
        1  include      include      VERB   VBP  ROOT      1
        2  ex           ex           NOUN   NN   dobj      1
        3  -            -            ADJ    JJ   amod      6
        4  UK           UK           PROPN  NNP  amod      6  GPE
        5  Prime        Prime        PROPN  NNP  compound  6
        6  Minister     Minister     PROPN  NNP  compound  8
        7  Neville      Neville      PROPN  NNP  compound  8  PERSON
        8  Chamberlain  Chamberlain  PROPN  NNP  dobj      1  PERSON
        9  .            .            PUNCT  .    punct     1
    """, TUESDAY,
     [("Neville Chamberlain", "Prime Minister", "leader", "United Kingdom", "role.title.v1", False)], None),
]


@pytest.mark.parametrize("text, table, date, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_roles(parse, mentions, name, text, table, date, expected, absent):
    roles = find_roles(mentions(parse(text, table), date), date)
    found = [(name(r.person), r.title, r.category, name(r.of), r.rule, r.current) for r in roles]
    assert found == expected
    assert absent is None or absent not in [r[0] for r in found]


def test_a_role_names_its_predicate_and_country(parse, mentions):
    doc = parse("Russian President Vladimir Putin met Emomali Rahmon.", """
        0  Russian    russian    ADJ    JJ   amod      1  NORP
        1  President  President  PROPN  NNP  compound  3
        2  Vladimir   Vladimir   PROPN  NNP  compound  3  PERSON
        3  Putin      Putin      PROPN  NNP  nsubj     4  PERSON
        4  met        meet       VERB   VBD  ROOT      4
        5  Emomali    Emomali    PROPN  NNP  compound  6  PERSON
        6  Rahmon     Rahmon     PROPN  NNP  dobj      4  PERSON
        7  .          .          PUNCT  .    punct     4
    """)
    (role,) = find_roles(mentions(doc, TUESDAY), TUESDAY)
    assert (role.predicate, role.code) == ("leaderOf", "RUS")
    assert doc.text[slice(*role.evidence)] == "Russian President Vladimir Putin"
