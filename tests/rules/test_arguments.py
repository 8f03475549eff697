"""The argument-reading API (kg.extract.arguments) on hand-built parses.

Given a token in an argument position, :func:`mentions_for` finds the mentions it stands for
(through coordination, titles, collective nouns, appositives and location nouns);
:func:`subject_tokens` finds who performs a verb; :func:`objects_for` keeps what a trigger
accepts as its object, or the actors behind it.
"""
from __future__ import annotations

import pytest

from kg import lexicon
from kg.extract.arguments import mentions_for, objects_for, subject_tokens


def _trigger(predicate: str):
    return next(t for t in lexicon.triggers() if t.predicate == predicate)


def _shown(mention) -> str:
    """A mention by its name; a title that stands for whoever holds it there, by title and country."""
    return f"{mention.title} of {mention.code}" if mention.kind == "title" else (mention.name or mention.text)


MENTIONS = [
    # Coordination.
    ("Russia, Armenia and Belarus signed the declaration.", """
        0  Russia       Russia       PROPN  NNP  nsubj  5  GPE
        1  ,            ,            PUNCT  ,    punct  0
        2  Armenia      Armenia      PROPN  NNP  conj   0  GPE
        3  and          and          CCONJ  CC   cc     2
        4  Belarus      Belarus      PROPN  NNP  conj   2  GPE
        5  signed       sign         VERB   VBD  ROOT   5
        6  the          the          DET    DT   det    7
        7  declaration  declaration  NOUN   NN   dobj   5
        8  .            .            PUNCT  .    punct  5
    """, "Russia", ["Russia", "Armenia", "Belarus"]),
    # A title with "of": whoever holds it in each country.
    ("The Presidents of Russia and Armenia met in Yerevan.", """
        0  The         the        DET    DT   det    1
        1  Presidents  president  NOUN   NNS  nsubj  6
        2  of          of         ADP    IN   prep   1
        3  Russia      Russia     PROPN  NNP  pobj   2  GPE
        4  and         and        CCONJ  CC   cc     3
        5  Armenia     Armenia    PROPN  NNP  conj   3  GPE
        6  met         meet       VERB   VBD  ROOT   6
        7  in          in         ADP    IN   prep   6
        8  Yerevan     Yerevan    PROPN  NNP  pobj   7  GPE
        9  .           .          PUNCT  .    punct  6
    """, "Presidents", ["President of RUS", "President of ARM"]),
    # A collective noun stands for the country its modifier names, or the body "of" or "from" names.
    ("Chinese officials rebuked Japan on Thursday.", """
        0  Chinese    chinese   ADJ    JJ   amod   1  NORP
        1  officials  official  NOUN   NNS  nsubj  2
        2  rebuked    rebuke    VERB   VBD  ROOT   2
        3  Japan      Japan     PROPN  NNP  dobj   2  GPE
        4  on         on        ADP    IN   prep   2
        5  Thursday   Thursday  PROPN  NNP  pobj   4  DATE
        6  .          .         PUNCT  .    punct  2
    """, "officials", ["China"]),
    ("Representatives from Nigeria met officials of the European Commission in Brussels.", """
        0   Representatives  representative  NOUN   NNS  nsubj     3
        1   from             from            ADP    IN   prep      0
        2   Nigeria          Nigeria         PROPN  NNP  pobj      1  GPE
        3   met              meet            VERB   VBD  ROOT      3
        4   officials        official        NOUN   NNS  dobj      3
        5   of               of              ADP    IN   prep      4
        6   the              the             DET    DT   det       8  ORG
        7   European         European        PROPN  NNP  compound  8  ORG
        8   Commission       Commission      PROPN  NNP  pobj      5  ORG
        9   in               in              ADP    IN   prep      8
        10  Brussels         Brussels        PROPN  NNP  pobj      9  GPE
        11  .                .               PUNCT  .    punct     3
    """, "Representatives",
     ["Nigeria"]),
    ("Representatives from Nigeria met officials of the European Commission in Brussels.", """
        0   Representatives  representative  NOUN   NNS  nsubj     3
        1   from             from            ADP    IN   prep      0
        2   Nigeria          Nigeria         PROPN  NNP  pobj      1  GPE
        3   met              meet            VERB   VBD  ROOT      3
        4   officials        official        NOUN   NNS  dobj      3
        5   of               of              ADP    IN   prep      4
        6   the              the             DET    DT   det       8  ORG
        7   European         European        PROPN  NNP  compound  8  ORG
        8   Commission       Commission      PROPN  NNP  pobj      5  ORG
        9   in               in              ADP    IN   prep      8
        10  Brussels         Brussels        PROPN  NNP  pobj      9  GPE
        11  .                .               PUNCT  .    punct     3
    """, "officials",
     ["European Commission"]),
    # A non-state group stands for the organisation that names it.
    ("Boko Haram militants attacked a military base in Nigeria.", """
        0  Boko       Boko      PROPN  NNP  compound  1  PERSON
        1  Haram      Haram     PROPN  NNP  compound  2  PERSON
        2  militants  militant  NOUN   NNS  nsubj     3
        3  attacked   attack    VERB   VBD  ROOT      3
        4  a          a         DET    DT   det       6
        5  military   military  ADJ    JJ   amod      6
        6  base       base      NOUN   NN   dobj      3
        7  in         in        ADP    IN   prep      6
        8  Nigeria    Nigeria   PROPN  NNP  pobj      7  GPE
        9  .          .         PUNCT  .    punct     3
    """, "militants", ["Boko Haram"]),
    # A location noun stands for the place "in" names.
    ("Boko Haram militants attacked a military base in Nigeria.", """
        0  Boko       Boko      PROPN  NNP  compound  1  PERSON
        1  Haram      Haram     PROPN  NNP  compound  2  PERSON
        2  militants  militant  NOUN   NNS  nsubj     3
        3  attacked   attack    VERB   VBD  ROOT      3
        4  a          a         DET    DT   det       6
        5  military   military  ADJ    JJ   amod      6
        6  base       base      NOUN   NN   dobj      3
        7  in         in        ADP    IN   prep      6
        8  Nigeria    Nigeria   PROPN  NNP  pobj      7  GPE
        9  .          .         PUNCT  .    punct     3
    """, "base", ["Nigeria"]),
    # A title with the person in apposition: the person.
    ("Mexico's president, Andres Manuel Lopez Obrador, rejected the plan.", """
        0   Mexico     Mexico     PROPN  NNP  poss      2   GPE
        1   's         's         PART   POS  case      0
        2   president  president  NOUN   NN   nsubj     9
        3   ,          ,          PUNCT  ,    punct     2
        4   Andres     Andres     PROPN  NNP  compound  7   PERSON
        5   Manuel     Manuel     PROPN  NNP  compound  7   PERSON
        6   Lopez      Lopez      PROPN  NNP  compound  7   PERSON
        7   Obrador    Obrador    PROPN  NNP  appos     2   PERSON
        8   ,          ,          PUNCT  ,    punct     2
        9   rejected   reject     VERB   VBD  ROOT      9
        10  the        the        DET    DT   det       11
        11  plan       plan       NOUN   NN   dobj      9
        12  .          .          PUNCT  .    punct     9
    """, "president",
     ["Andres Manuel Lopez Obrador"]),
    # The nearest modifier names the group: the Houthis, not Yemen.
    ("Yemen's Houthi rebels attacked Saudi Arabia.", """
        0  Yemen     Yemen   PROPN  NNP  poss      3  GPE
        1  's        's      PART   POS  case      0
        2  Houthi    Houthi  PROPN  NNP  compound  3  ORG
        3  rebels    rebel   NOUN   NNS  nsubj     4
        4  attacked  attack  VERB   VBD  ROOT      4
        5  Saudi     Saudi   PROPN  NNP  compound  6  GPE
        6  Arabia    Arabia  PROPN  NNP  dobj      4  GPE
        7  .         .       PUNCT  .    punct     4
    """, "rebels", ["Houthis"]),
]


@pytest.mark.parametrize("text, table, token, expected", MENTIONS, ids=[f"{c[0][:30]}-{c[2]}" for c in MENTIONS])
def test_mentions_for(parse, mentions, word, text, table, token, expected):
    doc = parse(text, table)
    assert [_shown(m) for m in mentions_for(word(doc, token), mentions(doc))] == expected


SUBJECTS = [
    # The agent of a passive.
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
    """, "condemned", ["Nations"]),
    # A relative clause: its head; coordinated verbs: the first verb's subject.
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
    """, "met", ["Putin"]),
    ("Putin arrived in Beijing and met Xi.", """
        0  Putin    Putin    PROPN  NNP  nsubj  1  PERSON
        1  arrived  arrive   VERB   VBD  ROOT   1
        2  in       in       ADP    IN   prep   1
        3  Beijing  Beijing  PROPN  NNP  pobj   2  GPE
        4  and      and      CCONJ  CC   cc     1
        5  met      meet     VERB   VBD  conj   1
        6  Xi       Xi       PROPN  NNP  dobj   5  PERSON
        7  .        .        PUNCT  .    punct  1
    """, "met", ["Putin"]),
    # Control: "urged China to open": China; "plans to meet": the planner.
    ("Japan urged China to open its markets.", """
        0  Japan    Japan   PROPN  NNP   nsubj  1  GPE
        1  urged    urge    VERB   VBD   ROOT   1
        2  China    China   PROPN  NNP   dobj   1  GPE
        3  to       to      PART   TO    aux    4
        4  open     open    VERB   VB    xcomp  1
        5  its      its     PRON   PRP$  poss   6
        6  markets  market  NOUN   NNS   dobj   4
        7  .        .       PUNCT  .     punct  1
    """, "open", ["China"]),
    ("Putin plans to meet Xi in June.", """
        0  Putin  Putin  PROPN  NNP  nsubj  1  PERSON
        1  plans  plan   VERB   VBZ  ROOT   1
        2  to     to     PART   TO   aux    3
        3  meet   meet   VERB   VB   xcomp  1
        4  Xi     Xi     PROPN  NNP  dobj   3  PERSON
        5  in     in     ADP    IN   prep   3
        6  June   June   PROPN  NNP  pobj   5  DATE
        7  .      .      PUNCT  .    punct  1
    """, "meet", ["Putin"]),
    # An infinitive after a noun: the noun's owner.
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
    """, "join", ["Sweden"]),
    # A verb whose subject was not named.
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
    """, "blocked", []),
]


@pytest.mark.parametrize("text, table, verb, expected", SUBJECTS, ids=[f"{c[0][:30]}-{c[2]}" for c in SUBJECTS])
def test_subject_tokens(parse, word, text, table, verb, expected):
    assert [t.text for t in subject_tokens(word(parse(text, table), verb))] == expected


OBJECTS = [
    # An accepted kind is taken as it is.
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
    """, "truce", "agreedTo", ["truce"]),
    # A non-actor object stands for the actor behind it ("owner") ...
    ("Iran criticized the US decision.", """
        0  Iran        Iran       PROPN  NNP  nsubj     1  GPE
        1  criticized  criticize  VERB   VBD  ROOT      1
        2  the         the        DET    DT   det       4
        3  US          US         PROPN  NNP  compound  4  GPE
        4  decision    decision   NOUN   NN   dobj      1
        5  .           .          PUNCT  .    punct     1
    """, "decision", "criticized", ["United States"]),
    ("Gorbachev welcomed Reagan's offer.", """
        0  Gorbachev  Gorbachev  PROPN  NNP  nsubj  1  PERSON
        1  welcomed   welcome    VERB   VBD  ROOT   1
        2  Reagan     Reagan     PROPN  NNP  poss   4  PERSON
        3  's         's         PART   POS  case   2
        4  offer      offer      NOUN   NN   dobj   1
        5  .          .          PUNCT  .    punct  1
    """, "offer", "supported", ["Reagan"]),
    # ... only for a trigger that accepts owners.
    ("Gorbachev welcomed Reagan's offer.", """
        0  Gorbachev  Gorbachev  PROPN  NNP  nsubj  1  PERSON
        1  welcomed   welcome    VERB   VBD  ROOT   1
        2  Reagan     Reagan     PROPN  NNP  poss   4  PERSON
        3  's         's         PART   POS  case   2
        4  offer      offer      NOUN   NN   dobj   1
        5  .          .          PUNCT  .    punct  1
    """, "offer", "hosted", []),
    # A topic: what the phrase is about.
    ("Putin and Biden discussed the situation in Afghanistan.", """
        0  Putin        Putin        PROPN  NNP  nsubj  3  PERSON
        1  and          and          CCONJ  CC   cc     0
        2  Biden        Biden        PROPN  NNP  conj   0  PERSON
        3  discussed    discuss      VERB   VBD  ROOT   3
        4  the          the          DET    DT   det    5
        5  situation    situation    NOUN   NN   dobj   3
        6  in           in           ADP    IN   prep   5
        7  Afghanistan  Afghanistan  PROPN  NNP  pobj   6  GPE
        8  .            .            PUNCT  .    punct  3
    """, "situation", "discussed", ["Afghanistan"]),
]


@pytest.mark.parametrize("text, table, token, predicate, expected", OBJECTS,
                         ids=[f"{c[0][:30]}-{c[3]}" for c in OBJECTS])
def test_objects_for(parse, mentions, word, text, table, token, predicate, expected):
    doc = parse(text, table)
    found = objects_for(word(doc, token), _trigger(predicate), mentions(doc))
    assert [_shown(m) for m in found] == expected
