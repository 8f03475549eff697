"""Read the ontology (``ontology/dipkg.ttl``): the one source of truth for predicates.

>>> info = predicates()["met"]
>>> info.plover, info.quad, info.symmetric, info.core
('CONSULT', 'verbal cooperation', True, True)
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from kg.vocab import DIP

_PACKAGE = Path(__file__).parent


def ontology_dir() -> Path:
    """The folder holding ``dipkg.ttl`` and ``shapes.ttl``: in the wheel, or in a source checkout."""
    for candidate in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (candidate / "dipkg.ttl").exists():
            return candidate
    raise FileNotFoundError("ontology/dipkg.ttl not found next to the kg package")


@functools.cache
def ontology_graph() -> Graph:
    """The ontology (``dipkg.ttl``), parsed once."""
    graph = Graph()
    graph.parse(ontology_dir() / "dipkg.ttl", format="turtle")
    return graph


@functools.cache
def shapes_graph() -> Graph:
    """The SHACL shapes (``shapes.ttl``), parsed once."""
    graph = Graph()
    graph.parse(ontology_dir() / "shapes.ttl", format="turtle")
    return graph


@dataclass(frozen=True, slots=True)
class PredicateInfo:
    """What the ontology says of one relation predicate."""

    name: str
    label: str
    definition: str
    plover: str | None
    score: float
    quad: str | None
    symmetric: bool
    core: bool
    state: bool = False


@functools.cache
def predicates() -> dict[str, PredicateInfo]:
    """Every relation predicate the ontology defines, by local name."""
    graph = ontology_graph()
    table = {}
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        if not str(prop).startswith(str(DIP._NS)):
            continue
        name = str(prop)[len(str(DIP._NS)):]
        plover = graph.value(prop, DIP.ploverType)
        if plover is None and graph.value(prop, DIP.cooperationScore) is None:
            continue  # structural properties such as dip:modality
        score = graph.value(prop, DIP.cooperationScore)
        table[name] = PredicateInfo(
            name=name,
            label=str(graph.value(prop, RDFS.label) or name),
            definition=str(graph.value(prop, SKOS.definition) or ""),
            plover=str(plover) if plover is not None else None,
            score=float(score) if score is not None else 0.0,
            quad=str(graph.value(prop, DIP.quadClass)) if graph.value(prop, DIP.quadClass) is not None else None,
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            core=graph.value(prop, DIP.coreVocabulary) == Literal(True),
            state=graph.value(prop, DIP.statePredicate) == Literal(True),
        )
    return table


def symmetric_predicates() -> frozenset[str]:
    """Predicates declared ``owl:SymmetricProperty``: "A met B" is "B met A".

    >>> sorted(symmetric_predicates())
    ['cooperatedWith', 'met', 'spokeWith', 'tradePartnerOf']
    """
    return frozenset(name for name, info in predicates().items() if info.symmetric)


def state_predicates() -> frozenset[str]:
    """Predicates of a standing state of affairs (``dip:statePredicate``), not of a dated event.

    >>> sorted(state_predicates())
    ['leaderOf', 'memberOf', 'officialOf', 'tradePartnerOf']
    """
    return frozenset(name for name, info in predicates().items() if info.state)


@functools.cache
def classes() -> frozenset[str]:
    """The local names of the ontology's classes ("Summit", "Treaty", "Country" ...)."""
    graph = ontology_graph()
    return frozenset(str(c)[len(str(DIP._NS)):] for c in graph.subjects(RDF.type, OWL.Class)
                     if str(c).startswith(str(DIP._NS)))
