"""Coreference (kg.extract.coref) on hand-built parses: what "he", "the French leader", "it",
"the country", "the Community" and "they" refer to.

Each case runs the whole extraction on a fixed parse and lists every relation found, as
(subject, predicate, object); a reference is shown by what it was resolved to ("Putin & Xi"
for a group). A "must not" case names a relation that must not be found and still lists
what is.
"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import Trace, extract
from kg.model import Article

TUESDAY = dt.date(2022, 5, 17)


def _who(mention) -> str:
    if mention.is_reference:
        return " & ".join(a.name or a.text for a in mention.antecedents)
    return mention.name or mention.text


def _relations(doc, trace=None) -> set[tuple[str, str, str]]:
    found = extract(doc, Article(id="a", text=doc.text, date=TUESDAY), trace=trace)
    return {(_who(x.subject), x.predicate, _who(x.object)) for x in found.relations}


CASES = [
    # "he": the person who was last a subject.
    ("French President Emmanuel Macron arrived in Berlin on Monday. He met German Chancellor Olaf Scholz.", """
        0   French      french      ADJ    JJ   amod      1   NORP
        1   President   President   PROPN  NNP  compound  3
        2   Emmanuel    Emmanuel    PROPN  NNP  compound  3   PERSON
        3   Macron      Macron      PROPN  NNP  nsubj     4   PERSON
        4   arrived     arrive      VERB   VBD  ROOT      4
        5   in          in          ADP    IN   prep      4
        6   Berlin      Berlin      PROPN  NNP  pobj      5   GPE
        7   on          on          ADP    IN   prep      4
        8   Monday      Monday      PROPN  NNP  pobj      7   DATE
        9   .           .           PUNCT  .    punct     4
        10  He          he          PRON   PRP  nsubj     11
        11  met         meet        VERB   VBD  ROOT      11
        12  German      german      ADJ    JJ   amod      13  NORP
        13  Chancellor  Chancellor  PROPN  NNP  compound  15
        14  Olaf        Olaf        PROPN  NNP  compound  15  PERSON
        15  Scholz      Scholz      PROPN  NNP  dobj      11  PERSON
        16  .           .           PUNCT  .    punct     11
    """,
     {("Emmanuel Macron", "leaderOf", "France"), ("Olaf Scholz", "leaderOf", "Germany"),
      ("Emmanuel Macron", "visited", "Berlin"), ("Emmanuel Macron", "met", "Olaf Scholz")}, None),
    # A bare title: the latest person known to hold a matching role ...
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
     {("Emmanuel Macron", "leaderOf", "France"), ("Emmanuel Macron", "criticized", "Russia"),
      ("Emmanuel Macron", "supported", "Ukraine")}, ("France", "supported", "Ukraine")),
    # ... else the country it names.
    ("The Russian leader criticized Ukraine.", """
        0  The         the        DET    DT   det    2
        1  Russian     russian    ADJ    JJ   amod   2  NORP
        2  leader      leader     NOUN   NN   nsubj  3
        3  criticized  criticize  VERB   VBD  ROOT   3
        4  Ukraine     Ukraine    PROPN  NNP  dobj   3  GPE
        5  .           .          PUNCT  .    punct  3
    """, {("Russia", "criticized", "Ukraine")}, None),
    # "it": the country or organisation that was last a subject.
    ("Iran said it had attacked Israel.", """
        0  Iran      Iran    PROPN  NNP  nsubj  1  GPE
        1  said      say     VERB   VBD  ROOT   1
        2  it        it      PRON   PRP  nsubj  4
        3  had       have    AUX    VBD  aux    4
        4  attacked  attack  VERB   VBN  ccomp  1
        5  Israel    Israel  PROPN  NNP  dobj   4  GPE
        6  .         .       PUNCT  .    punct  1
    """, {("Iran", "attacked", "Israel")}, None),
    # "the country": the country named last; "the Community": the organisation named by that noun.
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
     {("Putin", "visited", "Tajikistan"), ("Tajikistan", "signed", "treaty"), ("Russia", "signed", "treaty")},
     None),
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
     {("European Community", "met", "Japan"), ("European Community", "criticized", "United States")}, None),
    # "they" and plural role nouns: the actors that acted together last.
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
     {("Putin", "met", "Xi"), ("Xi", "met", "Putin"), ("Putin & Xi", "signed", "agreement")}, None),
    ("The Indian delegation met Chinese officials. The leaders signed an accord.", """
        0   The         the         DET    DT   det    2
        1   Indian      indian      ADJ    JJ   amod   2   NORP
        2   delegation  delegation  NOUN   NN   nsubj  3
        3   met         meet        VERB   VBD  ROOT   3
        4   Chinese     chinese     ADJ    JJ   amod   5   NORP
        5   officials   official    NOUN   NNS  dobj   3
        6   .           .           PUNCT  .    punct  3
        7   The         the         DET    DT   det    8
        8   leaders     leader      NOUN   NNS  nsubj  9
        9   signed      sign        VERB   VBD  ROOT   9
        10  an          an          DET    DT   det    11
        11  accord      accord      NOUN   NN   dobj   9
        12  .           .           PUNCT  .    punct  9
    """,
     {("India", "met", "China"), ("India & China", "signed", "accord")}, None),
    # A pronoun with nobody before it is not resolved, and its relation is dropped.
    ("He met Chinese President Xi Jinping.", """
        0  He         he         PRON   PRP  nsubj     1
        1  met        meet       VERB   VBD  ROOT      1
        2  Chinese    chinese    ADJ    JJ   amod      3  NORP
        3  President  President  PROPN  NNP  compound  5
        4  Xi         Xi         PROPN  NNP  compound  5  PERSON
        5  Jinping    Jinping    PROPN  NNP  dobj      1  PERSON
        6  .          .          PUNCT  .    punct     1
    """, {("Xi Jinping", "leaderOf", "China")}, ("", "met", "Xi Jinping")),
    # "he" looks back two sentences, no further.
    ("Lavrov visited Oslo. Norway protested. Sweden protested. Denmark protested. He criticized Norway.", """
        0   Lavrov      Lavrov     PROPN  NNP  nsubj  1   ORG
        1   visited     visit      VERB   VBD  ROOT   1
        2   Oslo        Oslo       PROPN  NNP  dobj   1   GPE
        3   .           .          PUNCT  .    punct  1
        4   Norway      Norway     PROPN  NNP  nsubj  5   GPE
        5   protested   protest    VERB   VBD  ROOT   5
        6   .           .          PUNCT  .    punct  5
        7   Sweden      Sweden     PROPN  NNP  nsubj  8   GPE
        8   protested   protest    VERB   VBD  ROOT   8
        9   .           .          PUNCT  .    punct  8
        10  Denmark     Denmark    PROPN  NNP  nsubj  11  GPE
        11  protested   protest    VERB   VBD  ROOT   11
        12  .           .          PUNCT  .    punct  11
        13  He          he         PRON   PRP  nsubj  14
        14  criticized  criticize  VERB   VBD  ROOT   14
        15  Norway      Norway     PROPN  NNP  dobj   14  GPE
        16  .           .          PUNCT  .    punct  14
    """,
     {("Lavrov", "visited", "Oslo")}, ("Lavrov", "criticized", "Norway")),
]


@pytest.mark.parametrize("text, table, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_references(parse, text, table, expected, absent):
    found = _relations(parse(text, table))
    assert found == expected
    assert absent not in found


def test_an_unresolved_reference_is_the_reason_a_relation_is_dropped(parse):
    trace = Trace()
    _relations(parse("He met Chinese President Xi Jinping.", """
        0  He         he         PRON   PRP  nsubj     1
        1  met        meet       VERB   VBD  ROOT      1
        2  Chinese    chinese    ADJ    JJ   amod      3  NORP
        3  President  President  PROPN  NNP  compound  5
        4  Xi         Xi         PROPN  NNP  compound  5  PERSON
        5  Jinping    Jinping    PROPN  NNP  dobj      1  PERSON
        6  .          .          PUNCT  .    punct     1
    """), trace)
    reasons = {d.candidate.predicate: d.reason for d in trace.sentences[0].decisions}
    assert reasons == {"leaderOf": "kept", "met": "unresolved reference 'He' (subject)"}
