"""Analytics on hand-built graphs (tables of cases), and the issue's bar on the seed build."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg import analytics
from kg.analytics import graph_from_records
from kg.cli import app
from kg.report import build_report


def rel(s: str, p: str, o: str, date: str | None = None, *, st: str = "Country", ot: str = "Country") -> dict:
    """One row of kg/queries/relations.rq, with the label as id."""
    return {"s": s, "sl": s, "st": st, "p": p, "o": o, "ol": o, "ot": ot, "date": date, "evidence": f"{s} {p} {o}.",
            "article": "a.txt"}


def person(name: str, p: str, o: str, date: str | None = None, *, ot: str = "Person") -> dict:
    return rel(name, p, o, date, st="Person", ot=ot)


# A star around a hub, a chain, and two blocs joined only by a sanction.
STAR = [rel("Hub", "met", leaf, "2022-01-01") for leaf in ("A", "B", "C", "D")]
CHAIN = [rel("A", "met", "B"), rel("B", "met", "C"), rel("C", "met", "D")]
BLOCS = [rel("A", "cooperatedWith", "B"), rel("B", "supported", "C"), rel("A", "met", "C"),
         rel("X", "cooperatedWith", "Y"), rel("Y", "aided", "Z"), rel("X", "met", "Z"),
         rel("A", "sanctioned", "X"), rel("A", "threatened", "X"), rel("C", "sanctioned", "Z")]


@pytest.mark.parametrize("records, first", [
    (STAR, "Hub"),
    (CHAIN, "B"),  # B and C tie; the label breaks it
    # a leader who meets the hub and all its partners outranks the hub
    ([person("Vladimir Putin", "leaderOf", "Russia", ot="Country"), *STAR,
      *[person("Vladimir Putin", "met", x, ot="Country") for x in ("Hub", "A", "B", "C", "D")]],
     "Vladimir Putin"),
])
def test_most_central_actor(records, first):
    rows = analytics.centrality(graph_from_records(records))
    assert rows[0]["label"] == first
    assert set(rows[0]) >= {"degree", "betweenness", "pagerank"}
    assert rows == sorted(rows, key=lambda r: (-r["pagerank"], -r["degree"], r["label"]))


@pytest.mark.parametrize("records, label, degree, betweenness", [
    (STAR, "Hub", 1.0, 1.0),
    (STAR, "A", 0.25, 0.0),
    (CHAIN, "B", 0.667, 0.667),
    (CHAIN, "A", 0.333, 0.0),
])
def test_centrality_values(records, label, degree, betweenness):
    row = next(r for r in analytics.centrality(graph_from_records(records)) if r["label"] == label)
    assert (row["degree"], row["betweenness"]) == (degree, betweenness)


def test_events_tie_their_participants_but_are_not_actors():
    G = graph_from_records([rel("A", "attended", "Summit", ot="Event"), rel("B", "attended", "Summit", ot="Event")])
    assert [r["label"] for r in analytics.centrality(G)] == ["A", "B"]
    assert analytics.actor_projection(G)["A"]["B"]["weight"] == 0.5


@pytest.mark.parametrize("records, blocs", [
    (BLOCS, [["A", "B", "C"], ["X", "Y", "Z"]]),
    (CHAIN[:1], [["A", "B"]]),
    ([rel("A", "sanctioned", "B")], []),  # conflict alone makes no bloc
    ([], []),
])
def test_communities(records, blocs):
    assert analytics.communities(graph_from_records(records)) == blocs


def test_communities_are_repeatable():
    G = graph_from_records(BLOCS)
    assert analytics.communities(G, seed=1) == analytics.communities(G, seed=1)


@pytest.mark.parametrize("records, expected", [
    # persons count for the country they lead; structural relations are not dyad events
    ([person("Putin", "leaderOf", "Russia", ot="Country"), person("Rahmon", "leaderOf", "Tajikistan", ot="Country"),
      person("Putin", "met", "Rahmon", "2022-05-16"), person("Putin", "spokeWith", "Rahmon", "2022-05-13"),
      rel("Russia", "tradePartnerOf", "Tajikistan")],
     [{"a": "Russia", "b": "Tajikistan", "relations": 3, "CONSULT": 2, "OTHER": 1, "net_tone": 4.0,
       "predicates": "met 1, spokeWith 1, tradePartnerOf 1"}]),
    # the pair is unordered; tones add up, conflict negative
    ([rel("B", "sanctioned", "A"), rel("A", "threatened", "B"), rel("A", "met", "B")],
     [{"a": "A", "b": "B", "relations": 3, "CONSULT": 1, "SANCTION": 1, "THREATEN": 1, "net_tone": -13.0,
       "predicates": "met 1, sanctioned 1, threatened 1"}]),
    # an actor with no country, or a relation within one country, makes no dyad
    ([person("Nobody", "met", "A", ot="Country"), person("P", "leaderOf", "A", ot="Country"),
      person("P", "criticized", "A", ot="Country")], []),
    # organisations belong to the country they are part of
    ([rel("Kremlin", "partOf", "Russia", st="Organization"), rel("Kremlin", "criticized", "Georgia",
                                                                   st="Organization")],
     [{"a": "Georgia", "b": "Russia", "relations": 1, "ACCUSE": 1, "net_tone": -2.0, "predicates": "criticized 1"}]),
])
def test_dyads(records, expected):
    assert analytics.dyads(graph_from_records(records)) == expected


def test_dyads_by_month_split_the_pair_and_fill_every_plover_column():
    G = graph_from_records([rel("A", "met", "B", "2022-05-16"), rel("A", "met", "B", "2022-05-20"),
                            rel("A", "sanctioned", "B", "2022-06"), rel("A", "signed", "B")])
    rows = analytics.dyads(G, by_month=True)
    assert [(r["month"], r["relations"], r["CONSULT"], r["SANCTION"], r["SUPPORT"], r["net_tone"]) for r in rows] == [
        ("2022-05", 2, 2, 0, 0, 2.0), ("2022-06", 1, 0, 1, 0, -8.0), ("undated", 1, 0, 0, 1, 8.0)]
    assert len({tuple(r) for r in rows}) == 1  # the same columns in every row


@pytest.mark.parametrize("actor, radius, labels", [
    ("Hub", 1, ["A", "B", "C", "D", "Hub"]),
    ("A", 1, ["A", "Hub"]),
    ("A", 2, ["A", "B", "C", "D", "Hub"]),
    ("a", 1, ["A", "Hub"]),  # case-insensitive label
])
def test_ego_network(actor, radius, labels):
    ego = analytics.ego_network(graph_from_records(STAR), actor, radius=radius)
    assert sorted(d["label"] for _, d in ego.nodes(data=True)) == labels


@pytest.mark.parametrize("a, b, expected", [
    ("A", "D", [["A", "B", "C", "D"]]),
    ("D", "A", [["D", "C", "B", "A"]]),  # direction does not matter
    ("B", "B", [["B"]]),
])
def test_paths_between(a, b, expected):
    paths = analytics.paths_between(graph_from_records(CHAIN), a, b)
    assert [[path[0]["from"]] + [s["to"] for s in path] if path else [a] for path in paths] == expected


def test_paths_name_the_relations_and_may_be_missing():
    G = graph_from_records(STAR + [rel("A", "sanctioned", "Hub"), rel("Y", "met", "Z")])
    [path] = analytics.paths_between(G, "A", "B")
    assert path == [{"from": "A", "to": "Hub", "predicates": ["met", "sanctioned"]},
                    {"from": "Hub", "to": "B", "predicates": ["met"]}]
    assert analytics.paths_between(G, "A", "Z") == []
    with pytest.raises(KeyError, match="no single actor"):
        analytics.paths_between(G, "A", "Atlantis")


@pytest.mark.parametrize("name, found", [("Hub", "Hub"), ("hub", "Hub"), ("u", "Hub")])
def test_find_node(name, found):
    assert analytics.find_node(graph_from_records(STAR), name) == found


def test_find_node_refuses_ambiguous_names():
    with pytest.raises(KeyError, match="candidates: 2"):
        analytics.find_node(graph_from_records([rel("Alpha", "met", "Alpine")]), "alp")


def test_timeline_orders_dated_relations_of_any_precision():
    G = graph_from_records([rel("A", "met", "B", "2022-05-16"), rel("A", "met", "C", "2022-05"),
                            rel("A", "met", "D"), rel("B", "met", "C", "2021")])
    assert [r["date"] for r in analytics.timeline(G)] == ["2021", "2022-05", "2022-05-16"]


def test_tone_and_plover_come_from_the_ontology():
    from kg.ontology import predicates

    G = graph_from_records([rel("A", name, "B") for name in ("met", "sanctioned", "signed", "leaderOf")])
    for _, _, d in G.edges(data=True):
        info = predicates()[d["predicate"]]
        assert (d["plover"], d["tone"]) == (info.plover, info.score)


def test_simple_digraph_suits_graphml_and_gexf(tmp_path):
    D = analytics.to_simple_digraph(graph_from_records(BLOCS + [rel("A", "met", "B")]))
    assert D["A"]["B"] == {"weight": 2, "predicates": "cooperatedWith,met", "tone": 7.0}
    nx.write_graphml(D, tmp_path / "g.graphml")
    nx.write_gexf(D, tmp_path / "g.gexf")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_edges() == D.number_of_edges()


def test_an_empty_graph_has_empty_answers():
    G = graph_from_records([])
    assert analytics.centrality(G) == analytics.dyads(G) == analytics.timeline(G) == analytics.communities(G) == []
    assert "_none_" in build_report(G, articles=0, skipped=[])


def test_report_escapes_article_text():
    G = graph_from_records([rel("<script>alert(1)</script>", "met", "B|C", "2022-01-01")])
    text = build_report(G, articles=1, skipped=["<img src=x onerror=alert(1)>"])
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in text and "B\\|C" in text


# The bar, on the real seed build.

def test_seed_stats_name_putin_and_the_russia_tajikistan_dyad(seed_build):
    out, _ = seed_build
    result = CliRunner().invoke(app, ["stats", "--out", str(out), "--json", "--by-month", "--actor",
                                      "Vladimir Putin", "--to", "Tajikistan"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout)
    assert "Vladimir Putin" in [r["label"] for r in facts["central"][:3]]
    pair = [d for d in facts["dyads"] if (d["a"], d["b"]) == ("Russia", "Tajikistan")]
    assert pair and "met" in " ".join(d["predicates"] for d in pair)
    assert all(d["month"] for d in pair)
    assert any(r["predicate"] == "met" and r["object"] == "Emomali Rahmon" for r in facts["ego"])
    assert facts["paths"] and all(p[-1]["to"] == "Tajikistan" for p in facts["paths"])


def test_seed_stats_table_and_report_list_the_dyad(seed_build):
    out, _ = seed_build
    result = CliRunner().invoke(app, ["stats", "--out", str(out), "--timeline"])
    assert result.exit_code == 0, result.output
    assert "Vladimir Putin" in result.stdout and "Tajikistan" in result.stdout and "Timeline" in result.stdout
    report = (out / "report.md").read_text(encoding="utf-8")
    dyad = [line for line in report.splitlines() if line.startswith("| Russia | Tajikistan |")]
    assert dyad and "met" in dyad[0]


def test_stats_names_an_unknown_actor(seed_build):
    out, _ = seed_build
    result = CliRunner().invoke(app, ["stats", "--out", str(out), "--actor", "Atlantis"])
    assert result.exit_code == 2 and "no single actor" in result.stderr
