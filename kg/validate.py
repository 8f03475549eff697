"""Validate a graph against the SHACL shapes of ``ontology/shapes.ttl`` with pyshacl."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Graph, Namespace

from kg.ontology import ontology_graph, shapes_graph
from kg.rdf import ontology_graph_iri
from kg.resolve import DEFAULT_BASE

SH = Namespace("http://www.w3.org/ns/shacl#")
#: Violations named one by one in a Validation; the report holds them all.
FIRST_VIOLATIONS = 10


@dataclass(frozen=True, slots=True)
class Validation:
    """The outcome of a SHACL validation: conforms, how many violations, the report and the first ones."""

    conforms: bool
    violations: int
    report: str
    first: tuple[str, ...] = ()


def validate_graph(data: Graph, *, base: str = DEFAULT_BASE) -> Validation:
    """Check ``data`` (all named graphs merged) against the shapes, with the ontology's class hierarchy.

    The store's copy of the ontology (its own named graph) is left out of the data: the
    ontology is given to pyshacl as the ontology graph instead, so that its axioms are
    used for inference but are not themselves validated as data.
    """
    import pyshacl

    conforms, results, text = pyshacl.validate(data_graph(data, base=base), shacl_graph=shapes_graph(),
                                               ont_graph=ontology_graph(), inference="rdfs", allow_warnings=True,
                                               advanced=True)
    return Validation(bool(conforms), text.count("Constraint Violation"), text, tuple(violations(results)))


def violations(results: Graph, *, limit: int = FIRST_VIOLATIONS) -> list[str]:
    """The first violations of a pyshacl results graph, one line each: focus node, path, message."""
    lines = []
    for result in sorted(results.subjects(SH.resultSeverity, SH.Violation), key=str)[:limit]:
        focus, path = results.value(result, SH.focusNode), results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        where = f"{focus}" + (f" {results.namespace_manager.normalizeUri(path)}" if path is not None else "")
        lines.append(f"{where}: {message}" if message is not None else where)
    return sorted(lines)


def validate_parts(parts: Iterable[Graph], *, total: int | None = None,
                   on_progress: Callable[[int, int | None], None] | None = None) -> Validation:
    """Validate graphs one after the other (the parts of a build, say) and add up what they give.

    ``on_progress(done, total)`` is called after each part.
    """
    conforms, count, reports, first = True, 0, [], []
    for done, part in enumerate(parts, start=1):
        result = validate_graph(part)
        conforms &= result.conforms
        count += result.violations
        if not result.conforms:
            reports.append(result.report)
            first.extend(result.first[:FIRST_VIOLATIONS - len(first)])
        if on_progress:
            on_progress(done, total)
    return Validation(conforms, count, "\n".join(reports) or "Conforms: True", tuple(first))


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
