"""Validate a graph against the SHACL shapes of ``ontology/shapes.ttl`` with pyshacl."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from kg.ontology import ontology_graph, shapes_graph
from kg.rdf import ontology_graph_iri
from kg.resolve import DEFAULT_BASE


@dataclass(frozen=True, slots=True)
class Validation:
    conforms: bool
    violations: int
    report: str


def validate_graph(data: Graph, *, base: str = DEFAULT_BASE) -> Validation:
    """Check ``data`` (all named graphs merged) against the shapes, with the ontology's class hierarchy.

    The store's copy of the ontology (its own named graph) is left out of the data: the
    ontology is given to pyshacl as the ontology graph instead, so that its axioms are
    used for inference but are not themselves validated as data.
    """
    import pyshacl

    conforms, _, text = pyshacl.validate(data_graph(data, base=base), shacl_graph=shapes_graph(),
                                         ont_graph=ontology_graph(), inference="rdfs", allow_warnings=True,
                                         advanced=True)
    return Validation(bool(conforms), text.count("Constraint Violation"), text)


def data_graph(data: Graph, *, base: str = DEFAULT_BASE) -> Graph:
    """The union of ``data``'s graphs (a Dataset's named graphs merged) without the ontology graph."""
    if not hasattr(data, "quads"):
        return data
    ontology = ontology_graph_iri(base=base)
    merged = Graph()
    for s, p, o, g in data.quads((None, None, None, None)):
        if g is None or str(getattr(g, "identifier", g)) != ontology:
            merged.add((s, p, o))
    return merged
