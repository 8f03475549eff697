"""One label per entity, chosen by a documented rule; the other spellings become ``skos:altLabel``.

The same entity (one IRI) can be written several ways across articles, and even within
one: "COMPAQ" in a headline and "Compaq" in the body, "Erdogan" and "Erdoğan",
"Du Plessis" opening a sentence and "du Plessis" within one. SHACL wants exactly one
``rdfs:label``; the canonical one is the first by :func:`label_rank`:

1. more words: the fullest name ("Recep Tayyip Erdoğan" over "Erdogan", DESIGN.md);
2. a one-word name of at most four letters in capitals, as acronyms are ("NATO" over "Nato");
3. more lower-case letters: capitals are a headline's or a sentence start's ("Compaq"
   over "COMPAQ", "du Plessis" over "Du Plessis");
4. more letters outside ASCII: diacritics kept ("Erdoğan" over "Erdogan");
5. the longer, then the first in alphabetical order (so that the choice never depends
   on the order the articles came in).

>>> canonical_label(["COMPAQ", "Compaq"]), canonical_label(["Erdogan", "Erdoğan"]), canonical_label(["Nato", "NATO"])
('Compaq', 'Erdoğan', 'NATO')
>>> canonical_label(["Du Plessis", "du Plessis"]), canonical_label(["Deng", "Deng Xiaoping"])
('du Plessis', 'Deng Xiaoping')

Reuters marks companies with their ticker, ``Sears, Roebuck and Co <S>``, and unlisted
ones with angle brackets, ``<Condere Corp>``; :func:`strip_ticker_markers` removes the
first and unwraps the second at ingest, so that no label carries a ``<`` or ``>``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS


def label_rank(label: str) -> tuple:
    """The sort key of :func:`canonical_label`: smaller is better."""
    words = label.split()
    letters = [c for c in label if c.isalpha()]
    acronym = len(words) == 1 and len(letters) <= 4 and label.isupper()
    return (-len(words), not acronym, -sum(c.islower() for c in letters), -sum(not c.isascii() for c in letters),
            -len(label), label)


def canonical_label(labels: Iterable[str]) -> str:
    """The canonical one of an entity's spellings, by :func:`label_rank`."""
    return min(labels, key=label_rank)


def one_label_per_entity(entities: Graph, stored: dict[str, str] | None = None) -> Graph:
    """``entities`` with one ``rdfs:label`` per subject, the others (and ``stored``'s label, when it loses) as
    ``skos:altLabel``.

    ``stored`` maps an entity IRI to the label the store already holds for it, so that the
    choice is the same whatever the order of the articles.
    """
    stored = stored or {}
    for subject in set(entities.subjects(RDFS.label)):
        labels = {str(o) for o in entities.objects(subject, RDFS.label)}
        if str(subject) in stored:
            labels.add(stored[str(subject)])
        best = canonical_label(labels)
        entities.remove((subject, RDFS.label, None))
        entities.add((subject, RDFS.label, Literal(best)))
        for other in labels - {best}:
            entities.add((subject, SKOS.altLabel, Literal(other)))
    return entities


def stored_labels_query(subjects: Iterable[str], graph_iri: str) -> str:
    """A SELECT of the labels ``graph_iri`` holds for ``subjects``: (entity, label) rows."""
    values = " ".join(URIRef(s).n3() for s in subjects)
    return f"SELECT ?e ?l WHERE {{ VALUES ?e {{ {values} }} GRAPH <{graph_iri}> {{ ?e rdfs:label ?l }} }}"


# A ticker right after a name: "<S>", "<CBS>", "<T.N>", "<BRT.TO>"; an unlisted company: "<Condere Corp>".
_TICKER = re.compile(r"(\b[A-Z][\w.&'-]*[.,)]?)[ \t]*<[A-Z0-9][A-Z0-9.&/-]{0,9}>")
_BRACKETED = re.compile(r"<([A-Z0-9][^<>\n]{0,80}?)\s*>")
# What is left of a marker the wire garbled: "(SKFR ST>", "<Chemical Bank of New York,".
_STRAY = re.compile(r"<(?=[A-Z])|(?<=[A-Z0-9.])>")


def strip_ticker_markers(text: str) -> str:
    """Reuters' company markers out of a text: tickers after a name removed, bracketed names unwrapped.

    >>> strip_ticker_markers("Sears, Roebuck and Co <S> said <Condere Corp> and <UAW> union")
    'Sears, Roebuck and Co said Condere Corp and UAW union'
    >>> strip_ticker_markers("if x <y> then <script>"), strip_ticker_markers("in SKF (SKFR ST> by <Chemical Bank,")
    ('if x <y> then <script>', 'in SKF (SKFR ST by Chemical Bank,')
    """
    return _STRAY.sub("", _BRACKETED.sub(r"\1", _TICKER.sub(r"\1", text)))
