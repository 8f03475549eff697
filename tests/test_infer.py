"""Inference rules (kg/lexicon/inference.toml): derived relations say they are, and from what."""
from __future__ import annotations

import datetime as dt

from rdflib import Literal, URIRef

from kg.model import Article
from kg.pipeline import analyse
from kg.rdf import to_rdf
from kg.vocab import DIP

TEXT = "Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing on Monday."


def test_hosting_a_visitor_entails_meeting_them(nlp):
    result = analyse(Article("a.txt", TEXT, dt.date(2023, 3, 22)), nlp)
    hosted = next(r for r in result.relations if r.predicate == "hosted")
    met = next(r for r in result.relations if r.predicate == "met")
    assert (met.subject.label, met.object.label) == ("Xi Jinping", "Vladimir Putin")
    assert met.provenance.rule == "infer.host-meets.v1" and met.inferred and not hosted.inferred
    assert met.provenance.derived_from == (hosted.key,)
    assert met.date == hosted.date == "2023-03-20" and met.provenance.confidence < hosted.provenance.confidence
    assert met.to_json()["inferred_from"] == [hosted.key]


def test_a_stated_relation_is_not_derived_again(nlp):
    result = analyse(Article("a.txt", TEXT + " Xi met Putin for three hours.", dt.date(2023, 3, 22)), nlp)
    assert not [r for r in result.relations if r.inferred]


def test_inferred_statements_are_marked_and_linked_in_rdf(nlp):
    from kg.validate import validate_graph

    result = analyse(Article("a.txt", TEXT, dt.date(2023, 3, 22)), nlp)
    graphs = to_rdf(result)
    hosted = next(r for r in result.relations if r.predicate == "hosted")
    inferred = list(graphs.article.subjects(DIP.inferred, Literal(True)))
    assert len(inferred) == 1
    source = graphs.article.value(inferred[0], DIP.inferredFrom)
    assert source == URIRef(f"https://w3id.org/dipkg/id/statement/{hosted.key}")
    assert (source, DIP.rule, Literal(hosted.provenance.rule)) in graphs.article
    whole = graphs.article + graphs.entities
    assert validate_graph(whole).conforms
