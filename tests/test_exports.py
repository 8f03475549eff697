"""`kg export`: every format parses back, and the RDF ones hold exactly what the store holds."""
from __future__ import annotations

import csv

import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.store import open_store

runner = CliRunner()
PUTIN = "https://w3id.org/dipkg/id/person/vladimir-putin"
RAHMON = "https://w3id.org/dipkg/id/person/emomali-rahmon"


@pytest.fixture(scope="module")
def stored(seed_build):
    """The seed build's store as an rdflib Dataset, its quad count and its distinct-triple count."""
    out, _ = seed_build
    store = open_store(out / "store", read_only=True)
    distinct = store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    facts = store.to_rdflib(), store.count(), int(distinct.rows[0][0])
    store.close()
    return facts


def export(out, format: str, target):
    result = runner.invoke(app, ["export", "--out", str(out), "--format", format, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0
    return target


@pytest.mark.parametrize("format, rdflib_format", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_dataset_exports_round_trip_quad_for_quad(seed_build, stored, tmp_path, format, rdflib_format):
    out, _ = seed_build
    dataset, quads, _ = stored
    parsed = Dataset().parse(export(out, format, tmp_path / f"graph.{format}"), format=rdflib_format)
    assert sum(1 for _ in parsed.quads()) == quads
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert {g.identifier for g in parsed.graphs() if len(g)} == names
    for name in names:  # blank nodes (the ontology's unions) make isomorphism, not equality, the test
        assert isomorphic(parsed.graph(name), dataset.graph(name)), name


def test_turtle_export_is_the_union_of_the_graphs(seed_build, stored, tmp_path):
    out, _ = seed_build
    _, _, distinct = stored
    graph = Graph().parse(export(out, "turtle", tmp_path / "graph.ttl"), format="turtle")
    assert len(graph) == distinct
    assert (URIRef(PUTIN), URIRef("https://w3id.org/dipkg/ontology#met"), URIRef(RAHMON)) in graph


@pytest.mark.parametrize("format, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_keep_actors_and_relations(seed_build, tmp_path, format, read):
    out, _ = seed_build
    D = read(export(out, format, tmp_path / f"graph.{format}"))
    assert D.nodes[PUTIN]["label"] == "Vladimir Putin"
    assert "met" in D[PUTIN][RAHMON]["predicates"].split(",")


def test_csv_export_has_one_row_per_relation_with_evidence(seed_build, stored, tmp_path):
    out, _ = seed_build
    dataset, _, _ = stored
    with open(export(out, "csv", tmp_path / "edges.csv"), newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    statements = {s for s, *_ in dataset.quads((None, URIRef("https://w3id.org/dipkg/ontology#evidence"), None, None))}
    assert len(rows) == len(statements)
    met = [r for r in rows if (r["source_label"], r["predicate"], r["target_label"])
           == ("Vladimir Putin", "met", "Emomali Rahmon")]
    assert met and met[0]["date"] == "2022-05-16" and met[0]["plover"] == "CONSULT" and met[0]["evidence"]


def test_unknown_format_is_a_clear_error(seed_build, tmp_path):
    out, _ = seed_build
    result = runner.invoke(app, ["export", "--out", str(out), "--format", "xlsx", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "unknown format" in result.stderr


def test_export_writes_to_standard_output_without_a_file(seed_build, stored, tmp_path):
    out, _ = seed_build
    result = runner.invoke(app, ["export", "--out", str(out), "--format", "nquads"])
    assert result.exit_code == 0, result.output
    parsed = Dataset().parse(data=result.stdout, format="nquads")
    assert len(parsed) and not any(p.name.startswith("graph.") for p in out.iterdir() if p.suffix == ".nq")
