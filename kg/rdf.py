"""Map resolved relations to RDF (DESIGN.md, RDF).

Each relation is stored twice in its article's named graph: as the direct triple
(``:putin dip:met :rahmon``) and as a ``dip:RelationStatement`` node that carries the
details and provenance. Actors are described in the shared entities graph; events and
documents, which belong to one article, in the article's graph.

>>> from kg.model import Article, ArticleResult
>>> article_graph_iri(Article(id="000_x.txt", text="..."))
'https://w3id.org/dipkg/id/graph/article/000_x.txt'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.events import Event, Layer, Node, Report
from kg.model import Article, ArticleResult, Entity, Relation
from kg.resolve import DEFAULT_BASE
from kg.vocab import DIP, SCHEMA

_MODALITY = {"asserted": DIP.Asserted, "planned": DIP.Planned, "reported": DIP.Reported}
_ARTICLE_SCOPED = ("Event", "Document")


@dataclass(frozen=True, slots=True)
class ArticleGraphs:
    """The RDF of one article: its named graph and the entity descriptions it contributes."""

    graph_iri: str
    article: Graph
    entities: Graph


def article_graph_iri(article: Article, *, base: str = DEFAULT_BASE) -> str:
    """The IRI of an article's named graph."""
    return f"{base}graph/article/{quote(article.id, safe='')}"


def entities_graph_iri(*, base: str = DEFAULT_BASE) -> str:
    """The IRI of the named graph that describes the entities."""
    return f"{base}graph/entities"


def events_graph_iri(*, base: str = DEFAULT_BASE) -> str:
    """The named graph of the event layer (:mod:`kg.events`), recomputed from the article graphs."""
    return f"{base}graph/events"


def event_layer_iri(*, base: str = DEFAULT_BASE) -> URIRef:
    """The node that describes the event layer (its merge window, the articles it was computed from)."""
    return URIRef(f"{base}event-layer")


def ontology_graph_iri(*, base: str = DEFAULT_BASE) -> str:
    """The named graph holding ``ontology/dipkg.ttl`` in the store.

    Why: with the ontology beside the data, SPARQL can join a relation's predicate to its
    ``dip:ploverType`` and ``dip:cooperationScore`` (``kg query events_per_month``).
    """
    return f"{base}graph/ontology"


def is_data_graph(graph_iri: str, *, base: str = DEFAULT_BASE) -> bool:
    """True for the graphs that hold extracted data (articles, entities), not the ontology.

    >>> is_data_graph("https://w3id.org/dipkg/id/graph/ontology")
    False
    """
    return graph_iri.startswith(f"{base}graph/") and graph_iri != ontology_graph_iri(base=base)


def article_iri(article_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an article (the source of its statements)."""
    return URIRef(f"{base}article/{quote(article_id, safe='')}")


def to_rdf(result: ArticleResult, *, base: str = DEFAULT_BASE) -> ArticleGraphs:
    """The graphs of one article's result."""
    article_graph, entity_graph = _graph(), _graph()
    source = article_iri(result.article.id, base=base)
    _describe_article(article_graph, source, result.article)
    for entity in result.entities:
        _describe_entity(article_graph if entity.type in _ARTICLE_SCOPED else entity_graph, entity)
    for relation in result.relations:
        _add_relation(article_graph, relation, source, base=base)
    return ArticleGraphs(article_graph_iri(result.article, base=base), article_graph, entity_graph)


def _graph() -> Graph:
    graph = Graph()
    for prefix, namespace in (("dip", DIP._NS), ("prov", PROV), ("skos", SKOS), ("dcterms", DCTERMS),
                              ("schema", SCHEMA)):
        graph.bind(prefix, namespace)
    return graph


def _describe_article(graph: Graph, iri: URIRef, article: Article) -> None:
    graph.add((iri, RDF.type, DIP.Article))
    graph.add((iri, DIP.articleId, Literal(article.id)))
    graph.add((iri, DIP.contentHash, Literal(article.content_hash)))
    if article.date:
        graph.add((iri, DCTERMS.date, Literal(article.date.isoformat(), datatype=XSD.date)))
    if article.title:
        graph.add((iri, DCTERMS.title, Literal(article.title)))
    if article.url:
        graph.add((iri, SCHEMA.url, Literal(article.url)))


def _describe_entity(graph: Graph, entity: Entity) -> None:
    iri = URIRef(entity.id)
    graph.add((iri, RDF.type, DIP[entity.type]))
    if entity.subtype and entity.subtype in DIP.__annotations__:
        graph.add((iri, RDF.type, DIP[entity.subtype]))
    graph.add((iri, RDFS.label, Literal(entity.label)))
    for alias in entity.aliases:
        graph.add((iri, SKOS.altLabel, Literal(alias)))
    if entity.code:
        graph.add((iri, DIP.isoAlpha3, Literal(entity.code)))
    if entity.date:
        graph.add((iri, DIP.eventDate, date_literal(entity.date)))


def _add_relation(graph: Graph, relation: Relation, source: URIRef, *, base: str) -> None:
    subject, obj, predicate = URIRef(relation.subject.id), URIRef(relation.object.id), DIP[relation.predicate]
    provenance = relation.provenance
    graph.add((subject, predicate, obj))
    node = URIRef(f"{base}statement/{statement_key(relation)}")
    for p, o in (
        (RDF.type, DIP.RelationStatement), (RDF.subject, subject), (RDF.predicate, predicate), (RDF.object, obj),
        (PROV.wasDerivedFrom, source), (DIP.evidence, Literal(provenance.sentence)),
        (DIP.confidence, Literal(f"{provenance.confidence:.3f}", datatype=XSD.decimal)),
        (DIP.spanStart, Literal(provenance.span[0])), (DIP.spanEnd, Literal(provenance.span[1])),
        (DIP.rule, Literal(provenance.rule)), (DIP.modality, _MODALITY.get(relation.modality, DIP.Asserted)),
    ):
        graph.add((node, p, o))
    if relation.date:
        graph.add((node, DIP.date, date_literal(relation.date)))
        if relation.date_source:
            graph.add((node, DIP.dateSource, Literal(relation.date_source)))
    if relation.role:
        graph.add((node, DIP.role, Literal(relation.role)))
    if provenance.derived_from:
        graph.add((node, DIP.inferred, Literal(True)))
        for key in provenance.derived_from:
            graph.add((node, DIP.inferredFrom, URIRef(f"{base}statement/{key}")))
    if provenance.attribution:
        graph.add((node, DIP.attribution, Literal(provenance.attribution)))


def statement_key(relation: Relation) -> str:
    """A stable identifier for a relation's statement node (:attr:`kg.model.Relation.key`)."""
    return relation.key


def date_literal(value: str) -> Literal:
    """An xsd:date, xsd:gYearMonth or xsd:gYear literal for an ISO date at any precision.

    >>> date_literal("2022-05").datatype == XSD.gYearMonth
    True
    """
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.gYear)


def layer_to_rdf(layer: Layer, *, digest: str, base: str = DEFAULT_BASE) -> Graph:
    """The event layer as RDF: one node per event or state, linked to its reports' statement nodes.

    ``digest`` identifies the articles the layer was computed from (see ``kg.store``).

    >>> from kg.events import Report, build_layer
    >>> reports = [Report(f"{DEFAULT_BASE}statement/{i}", "id:a", "met", "id:b", f"a{i}", "2023-03-08", "2023-03-07")
    ...            for i in (1, 2)]
    >>> graph = layer_to_rdf(build_layer(reports), digest="x")
    >>> sorted(int(n) for n in graph.objects(None, DIP.reportCount))
    [2]
    """
    graph = _graph()
    layer_node = event_layer_iri(base=base)
    graph.add((layer_node, RDF.type, DIP.EventLayer))
    graph.add((layer_node, DIP.mergeWindowDays, Literal(layer.window_days)))
    graph.add((layer_node, DIP.sourceDigest, Literal(digest)))
    for event in layer.events:
        _add_event(graph, event, base=base)
    for node, kept in layer.merged.items():
        graph.add((URIRef(node), DIP.mergedInto, URIRef(kept)))
    return graph


def event_iri(event: Event, *, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an event or state of the event layer."""
    kind = "relation-state" if event.is_state else "relation-event"
    return URIRef(f"{base}{kind}/{event.id}")


def _add_event(graph: Graph, event: Event, *, base: str) -> None:
    node = event_iri(event, base=base)
    for p, o in (
        (RDF.type, DIP.RelationState if event.is_state else DIP.RelationEvent),
        (RDF.subject, URIRef(event.subject)), (RDF.predicate, DIP[event.predicate]), (RDF.object, URIRef(event.object)),
        (DIP.reportCount, Literal(event.report_count)), (DIP.articleCount, Literal(event.article_count)),
        (DIP.confidence, Literal(f"{event.confidence:.3f}", datatype=XSD.decimal)),
        (DIP.modality, _MODALITY.get(event.modality, DIP.Asserted)),
        (DIP.exemplar, URIRef(event.exemplar.statement)),
    ):
        graph.add((node, p, o))
    for report in event.reports:
        graph.add((node, DIP.report, URIRef(report.statement)))
    if event.date:
        graph.add((node, DIP.date, date_literal(event.date)))
    if event.date_source:
        graph.add((node, DIP.dateSource, Literal(event.date_source)))
    if event.role:
        graph.add((node, DIP.role, Literal(event.role)))
    if event.first_reported:
        graph.add((node, DIP.firstReported, Literal(event.first_reported, datatype=XSD.date)))
        graph.add((node, DIP.lastReported, Literal(event.last_reported, datatype=XSD.date)))


def reports_of(result: ArticleResult, *, base: str = DEFAULT_BASE) -> tuple[list[Report], list[Node]]:
    """The reports and per-article event and document nodes of one article's result, as the store holds them.

    Why here: the reports name their statement nodes, whose IRIs this module makes.
    """
    published = result.article.date.isoformat() if result.article.date else None
    reports = [Report(f"{base}statement/{statement_key(r)}", r.subject.id, r.predicate, r.object.id,
                      result.article.id, published=published, date=r.date, modality=r.modality,
                      confidence=round(r.provenance.confidence, 3), role=r.role,
                      source=getattr(r, "date_source", None)) for r in result.relations]
    nodes = [Node(e.id, e.type, e.label, result.article.id, e.date if e.date and len(e.date) == 10 else published)
             for e in result.entities if e.type in _ARTICLE_SCOPED]
    return reports, nodes
