"""Validate a graph against the SHACL shapes of ``ontology/shapes.ttl`` with pyshacl."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from kg.ontology import ontology_graph, shapes_graph


@dataclass(frozen=True, slots=True)
class Validation:
    conforms: bool
    violations: int
    report: str


def validate_graph(data: Graph) -> Validation:
    """Check ``data`` (all named graphs merged) against the shapes, with the ontology's class hierarchy."""
    import pyshacl

    merged = Graph()
    for triple in (data.triples((None, None, None)) if not hasattr(data, "quads") else
                   ((s, p, o) for s, p, o, _ in data.quads((None, None, None, None)))):
        merged.add(triple)
    conforms, results, text = pyshacl.validate(merged, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                               inference="rdfs", allow_warnings=True, advanced=True)
    violations = text.count("Constraint Violation")
    return Validation(bool(conforms), violations, text)
