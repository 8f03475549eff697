"""RDF mapping and the embedded store: idempotent, transactional, queryable."""
from __future__ import annotations

from rdflib import Dataset

from kg.model import Article, ArticleResult, Entity, Provenance, Relation
from kg.rdf import to_rdf
from kg.store import open_store
from kg.vocab import DIP

BASE = "https://w3id.org/dipkg/id/"
PUTIN = Entity(f"{BASE}person/vladimir-putin", "Vladimir Putin", "Person", aliases=("Putin",))
RAHMON = Entity(f"{BASE}person/emomali-rahmon", "Emomali Rahmon", "Person")
RUSSIA = Entity(f"{BASE}country/RUS", "Russia", "Country", code="RUS")


def result(article_id="a.txt", evidence="Putin met Rahmon on Monday."):
    article = Article(id=article_id, text=evidence)
    prov = Provenance(article=article_id, sentence=evidence, span=(0, 16), rule="verb.meet.v1", confidence=0.85)
    relations = [Relation(PUTIN, "met", RAHMON, prov, date="2022-05-16"),
                 Relation(PUTIN, "leaderOf", RUSSIA, prov, role="President")]
    return ArticleResult(article, relations, [PUTIN, RAHMON, RUSSIA])


def test_direct_triple_and_statement_node():
    graphs = to_rdf(result())
    g = graphs.article
    assert (None, DIP.met, None) in g
    statements = list(g.subjects(DIP.evidence, None))
    assert len(statements) == 2
    assert graphs.graph_iri.endswith("/graph/article/a.txt")
    assert any(str(o) == "RUS" for o in graphs.entities.objects(None, DIP.isoAlpha3))


def test_store_replaces_an_article_graph_and_is_idempotent(tmp_path):
    store = open_store(tmp_path / "store")
    store.replace_article(to_rdf(result()))
    once = store.count()
    store.replace_article(to_rdf(result()))
    assert store.count() == once
    store.replace_article(to_rdf(result(evidence="Putin met Rahmon in Moscow on Monday.")))
    evidence = store.select("SELECT ?e WHERE { ?s dip:evidence ?e }")
    assert {row[0] for row in evidence.rows} == {"Putin met Rahmon in Moscow on Monday."}
    store.close()


def test_store_survives_reopening_and_dumps_trig(tmp_path):
    store = open_store(tmp_path / "store")
    store.replace_article(to_rdf(result()))
    store.replace_article(to_rdf(result("b.txt")))
    count = store.count()
    store.dump(tmp_path / "g.trig", format="trig")
    store.close()
    reopened = open_store(tmp_path / "store")
    assert reopened.count() == count
    assert reopened.article_hashes() == {result().article.content_hash, result("b.txt").article.content_hash}
    dumped = Dataset()
    dumped.parse(tmp_path / "g.trig", format="trig")
    assert set(dumped.quads()) == set(reopened.to_rdflib().quads())
    reopened.close()


def test_select_binds_parameters_as_values_not_text(tmp_path):
    store = open_store(None)
    store.replace_article(to_rdf(result()))
    query = "SELECT ?p WHERE { ?p rdfs:label ?name }"
    assert store.select(query, {"name": "Vladimir Putin"}).rows == [[PUTIN.id]]
    injected = 'x" } UNION { ?p ?q ?r } #'
    assert store.select(query, {"name": injected}).rows == []


def test_the_ontology_graph_is_replaced_not_duplicated():
    """Blank nodes (owl:unionOf lists) included: writing it twice leaves one copy."""
    from kg.ontology import ontology_graph
    from kg.rdf import ontology_graph_iri

    store = open_store(None)
    for _ in range(2):
        store.replace_graph(ontology_graph_iri(), ontology_graph())
    assert store.count() == len(ontology_graph())
    assert store.select("SELECT ?t WHERE { dip:spokeWith dip:ploverType ?t }").rows == [["CONSULT"]]


def test_validation_leaves_the_ontology_graph_out_of_the_data():
    from kg.ontology import ontology_graph
    from kg.rdf import ontology_graph_iri
    from kg.validate import data_graph, validate_graph

    store = open_store(None)
    store.replace_graph(ontology_graph_iri(), ontology_graph())
    store.replace_article(to_rdf(result()))
    dataset = store.to_rdflib()
    assert len(data_graph(dataset)) == store.count() - len(ontology_graph())
    assert validate_graph(dataset).conforms


def test_the_store_benchmark_data_has_the_shape_of_a_build(tmp_path):
    """bench/store_bench.py's synthetic graph conforms to the shapes and answers every named query."""
    import importlib.util
    import sys

    from conftest import ROOT
    from kg.validate import validate_graph

    spec = importlib.util.spec_from_file_location("store_bench", ROOT / "bench" / "store_bench.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["store_bench"] = bench  # its dataclasses look their module up there
    spec.loader.exec_module(bench)
    meta = bench.generate(tmp_path / "small.nq", triples=8000)
    dataset = Dataset()
    dataset.parse(tmp_path / "small.nq", format="nquads")
    assert validate_graph(dataset).conforms
    run = bench.load_engine("oxigraph-memory", tmp_path / "small.nq", tmp_path)
    counts = {name: run(text) for name, (_, text) in bench.benchmark_queries(meta["probes"]).items()}
    assert all(counts.values()), counts
