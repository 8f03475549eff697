"""SHACL validation: the build conforms (checked with pyshacl directly too), the ontology is complete,
and `kg validate` tells a good store from a corrupted one."""
from __future__ import annotations

import re
import shutil

import pytest
from rdflib import OWL, RDF, Dataset, Graph, Literal
from typer.testing import CliRunner

from kg.cli import app
from kg.store import open_store
from kg.validate import validate_graph
from kg.vocab import DIP

from conftest import ROOT, SHARED

runner = CliRunner()

# The core vocabulary of DESIGN.md: predicate -> (PLOVER type, PLOVER mode), None where it gives none.
CORE = {
    "leaderOf": None, "officialOf": None, "memberOf": None, "tradePartnerOf": None,
    "met": ("CONSULT", None), "spokeWith": ("CONSULT", "phone"), "visited": ("CONSULT", "visit"),
    "hosted": ("CONSULT", None), "held": ("CONSULT", None), "attended": ("CONSULT", None),
    "discussed": ("CONSULT", None), "signed": ("SUPPORT", None), "approved": ("SUPPORT", None),
    "adopted": ("SUPPORT", None), "agreedTo": ("AGREE", None), "cooperatedWith": ("COOPERATE", None),
    "supported": ("SUPPORT", None), "aided": ("AID", None), "requested": ("REQUEST", None),
    "rejected": ("REJECT", None), "criticized": ("ACCUSE", None), "accused": ("ACCUSE", None),
    "threatened": ("THREATEN", None), "sanctioned": ("SANCTION", None), "attacked": ("ASSAULT", None),
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "dipkg.ttl", format="turtle")


def test_the_built_graph_conforms_checked_with_pyshacl_directly(seed_build):
    """Outside the project's code path: pyshacl on out/graph.trig, as ontology/README.md shows."""
    import pyshacl

    out, _ = seed_build
    data = Dataset().parse(out / "graph.trig", format="trig")
    assert len(data) > 0
    conforms, _, text = pyshacl.validate(
        data, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle"),
        ont_graph=Graph().parse(ROOT / "ontology" / "dipkg.ttl", format="turtle"),
        inference="rdfs", allow_warnings=True, advanced=True)
    assert conforms, text


def test_the_build_reports_conformance(seed_build):
    _, summary = seed_build
    assert summary.validation.conforms and summary.validation.violations == 0


def test_the_core_table_is_the_one_of_design_md():
    design = SHARED / "DESIGN.md"
    if not design.exists():
        pytest.skip(f"{design} is not beside the repository")
    rows = re.findall(r"^\| (\w+(?: / \w+)?) \| [^|]+ \| ([^|]+) \|$", design.read_text(), re.MULTILINE)
    table = {}
    for names, plover in rows:
        for name in names.split(" / "):
            kind, _, mode = plover.strip().partition(" (")
            table[name] = None if kind == "–" else (kind, mode.rstrip(")") or None)
    table.pop("predicate", None)
    assert table == CORE


@pytest.mark.parametrize("name", sorted(CORE))
def test_the_ontology_defines_every_core_predicate(ontology, name):
    prop = DIP[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert ontology.value(prop, DIP.coreVocabulary) == Literal(True)
    expected = CORE[name]
    plover, mode = ontology.value(prop, DIP.ploverType), ontology.value(prop, DIP.ploverMode)
    if expected is None:
        assert plover is None
    else:
        assert (str(plover), str(mode) if mode else None) == expected
    assert ontology.value(prop, DIP.cooperationScore) is not None


def test_there_are_25_core_predicates(ontology):
    core = {s for s in ontology.subjects(DIP.coreVocabulary, Literal(True))}
    assert len(core) == len(CORE) == 25


def test_the_shape_examples_behave():
    """ontology/examples: the valid graph conforms, the invalid one breaks its eight constraints."""
    examples = ROOT / "ontology" / "examples"
    assert validate_graph(Dataset().parse(examples / "valid.trig", format="trig")).conforms
    invalid = validate_graph(Dataset().parse(examples / "invalid.trig", format="trig"))
    assert not invalid.conforms and invalid.violations == 8


def test_kg_validate_passes_a_good_build(seed_build):
    out, _ = seed_build
    result = runner.invoke(app, ["validate", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


ATLANTIS = ("INSERT DATA { GRAPH <https://w3id.org/dipkg/id/graph/entities> { "
            "<https://w3id.org/dipkg/id/country/ATL> a dip:Country ; rdfs:label \"Atlantis\" } }",
            ["isoAlpha3", "country/ATL"])
OVERCONFIDENT = ("INSERT { GRAPH ?g { ?n dip:confidence 1.5 } } WHERE { GRAPH ?g { ?n a dip:RelationStatement ; "
                 "rdf:predicate dip:met } }", ["confidence", "MaxInclusive"])


@pytest.mark.parametrize("update, named", [ATLANTIS, OVERCONFIDENT], ids=["country-without-code", "confidence-1.5"])
def test_kg_validate_names_the_violation_of_a_corrupted_store(seed_build, tmp_path, update, named):
    out, _ = seed_build
    shutil.copytree(out / "store", tmp_path / "store")
    store = open_store(tmp_path / "store")
    store.update(update)
    store.close()
    result = runner.invoke(app, ["validate", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "Constraint Violation" in result.stdout
    for word in named:
        assert word in result.stdout


def test_a_build_validates_what_it_wrote_with_progress_and_kg_validate_the_whole_store(seed_build, tmp_path):
    from kg.pipeline import build

    out, _ = seed_build
    shutil.copytree(out / "store", tmp_path / "store")
    store = open_store(tmp_path / "store")
    store.update(ATLANTIS[0])  # a violation in an entity that no new article mentions
    store.close()
    article = tmp_path / "new.txt"
    article.write_text("date 2022-05-18 French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris.")
    calls = []
    summary = build([article], tmp_path, html=False, on_validate=lambda done, total: calls.append((done, total)))
    assert summary.articles == 1 and summary.validation.conforms  # ATLANTIS was not written by this build
    assert calls == [(1, 2), (2, 2)]  # the article's graph, then the event layer it changed
    whole = runner.invoke(app, ["validate", "--out", str(tmp_path)])
    assert whole.exit_code == 1 and "country/ATL" in whole.stderr and "1 violation(s); the first:" in whole.stderr


def test_the_violations_of_written_graphs_are_named_first(seed_build, tmp_path):
    from kg.validate import validate_parts

    out, _ = seed_build
    shutil.copytree(out / "store", tmp_path / "store")
    store = open_store(tmp_path / "store")
    store.update(OVERCONFIDENT[0])
    graphs = [row[0] for row in store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a dip:Article } }").rows]
    result = validate_parts([store.written_graph(graphs)], total=1)
    store.close()
    assert not result.conforms and result.violations >= 1
    assert result.first and all("dip:confidence" in line for line in result.first), result.first
