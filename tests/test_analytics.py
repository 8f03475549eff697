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
    (CHAIN[:1], []),  # a pair is no bloc
    ([rel("A", "met", "B"), rel("B", "met", "C"), rel("A", "met", "C")], [["A", "B", "C"]]),
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
    with pytest.raises(KeyError, match="no actor is called 'Atlantis'"):
        analytics.paths_between(G, "A", "Atlantis")


@pytest.mark.parametrize("name, found", [("Hub", "Hub"), ("hub", "Hub"), ("u", "Hub")])
def test_find_node(name, found):
    assert analytics.find_node(graph_from_records(STAR), name) == found


def test_find_node_refuses_ambiguous_names():
    with pytest.raises(KeyError, match="'alp' matches 2 names: Alpha, Alpine"):
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
    pair = [d for d in facts["dyads"] if (d["source"], d["target"]) == ("Russia", "Tajikistan")]
    assert pair and all(d["period"] for d in pair) and sum(d["verbal_coop"] for d in pair) >= 2
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
    assert result.exit_code == 2 and "no actor is called 'Atlantis'" in result.stderr


# -- events, state actors, directed dyads ------------------------------------------------


def event(s, p, o, date=None, *, reports=1, st="Country", ot="Country", **extra):
    """One row of kg/queries/events.rq."""
    return {**rel(s, p, o, date, st=st, ot=ot), "reports": str(reports), "articles": str(reports), **extra}


def test_an_event_of_many_reports_counts_once_unless_reports_are_the_weight():
    G = graph_from_records([event("A", "met", "B", reports=20), event("A", "met", "C"), event("C", "met", "B")])
    H = analytics.actor_projection(G)
    assert (H["A"]["B"]["weight"], H["A"]["C"]["weight"]) == (1.0, 1.0)
    assert analytics.actor_projection(G, weight="reports")["A"]["B"]["weight"] == 20.0
    assert analytics.summary(G)["reports"] == 22


def test_state_actors_are_countries_state_bodies_and_their_office_holders():
    G = graph_from_records([
        person("Joe Biden", "leaderOf", "United States", ot="Country"),
        person("Tim Cook", "leaderOf", "Apple", ot="Organization"),
        person("Antonio Guterres", "leaderOf", "United Nations", ot="Organization"),
        event("Apple", "met", "United States", st="Organization"),
        person("Tim Cook", "met", "Joe Biden"),
        person("Antonio Guterres", "met", "Joe Biden"),
    ])
    kept = analytics.keep_actors(G, "states")
    assert sorted(d["label"] for _, d in kept.nodes(data=True)) == [
        "Antonio Guterres", "Joe Biden", "United Nations", "United States"]
    assert analytics.keep_actors(G, "all").number_of_nodes() == 6
    with pytest.raises(ValueError, match="states or all"):
        analytics.keep_actors(G, "companies")


DYADS = [
    person("Joe Biden", "leaderOf", "United States", ot="Country"),
    person("Fumio Kishida", "leaderOf", "Japan", ot="Country"),
    person("Joe Biden", "met", "Fumio Kishida", "2023-01-13"),
    event("United States", "sanctioned", "Japan", "2023-01-20", reports=5),
    event("Japan", "criticized", "United States", "2023-02-02"),
    event("United States", "aided", "Japan", "2023-02"),
    event("United States", "criticized", "China", "2023-02-01"),
    rel("Congress", "criticized", "Japan", "2023-03-01", st="Organization"),
]
CODES = {"United States": "USA", "Japan": "JPN", "China": "CHN"}
DYADS = [{**r, "sc": CODES.get(r["sl"]), "oc": CODES.get(r["ol"])} for r in DYADS]


def test_directed_dyads_count_each_way_with_quad_classes_and_tone():
    from kg.dyads import directed_dyads

    rows = directed_dyads(graph_from_records(DYADS))
    # Congress belongs to the United States (the gazetteer's government bodies); met counts both ways.
    assert [(r["source"], r["target"], r["events"], r["reports"]) for r in rows] == [
        ("United States", "Japan", 4, 8), ("Japan", "United States", 2, 2), ("United States", "China", 1, 1)]
    us_japan = rows[0]
    assert (us_japan["verbal_coop"], us_japan["material_coop"], us_japan["verbal_conflict"],
            us_japan["material_conflict"]) == (1, 1, 1, 1)
    assert (us_japan["net_tone"], us_japan["mean_tone"]) == (-2.0, -0.5)


def test_directed_dyads_of_one_pair_by_month_and_by_week():
    from kg.dyads import directed_dyads

    G = graph_from_records(DYADS)
    monthly = directed_dyads(G, period="month", pair=("Japan", "United States"))
    assert [(r["source"], r["period"], r["events"]) for r in monthly] == [
        ("United States", "2023-01", 2), ("United States", "2023-02", 1), ("United States", "2023-03", 1),
        ("Japan", "2023-01", 1), ("Japan", "2023-02", 1)]
    weekly = directed_dyads(G, period="week", pair=("Japan", "United States"))
    # a month-precision date is not put in the month's first week
    assert [r["period"] for r in weekly if r["source"] == "United States"] == ["2023-02", "2023-W02", "2023-W03",
                                                                              "2023-W09"]


def test_the_ego_network_is_the_actors_events_in_a_stable_order():
    G = graph_from_records(DYADS)
    rows = analytics.ego_relations(G, "Biden")
    assert [(r["predicate"], r["object"]) for r in rows] == [("leaderOf", "United States"), ("met", "Fumio Kishida")]
    assert analytics.ego_relations(G, "Biden") == analytics.ego_relations(graph_from_records(DYADS[::-1]), "Biden")


def test_the_timeline_of_an_actor_is_its_own():
    rows = analytics.timeline(graph_from_records(DYADS), actor="China")
    assert [(r["subject"], r["predicate"]) for r in rows] == [("United States", "criticized")]


# -- kg stats: the projection, the tables ------------------------------------------------


def test_stats_from_the_projection_are_the_stats_of_the_store(seed_build):
    from kg.projection import read_projection
    from kg.store import open_store

    out, _ = seed_build
    G, tables = read_projection(out)
    store = open_store(out / "store", read_only=True)
    live = analytics.graph_from_store(store)
    store.close()
    for actors in ("states", "all"):
        fast = analytics.overview(G, actors=actors, actor="Putin", tables=tables, top=0)
        slow = analytics.overview(live, actors=actors, actor="Putin", top=0)
        assert fast["central"] == slow["central"] and fast["communities"] == slow["communities"]
        assert fast["dyads"] == slow["dyads"]
        assert [{k: v for k, v in r.items() if k != "evidence"} for r in fast["ego"]] == \
            [{k: v for k, v in r.items() if k != "evidence"} for r in slow["ego"]]


def test_a_projection_older_than_the_store_is_not_read(seed_build, tmp_path):
    import os
    import shutil

    from kg.projection import read_projection

    out = tmp_path / "out"
    shutil.copytree(seed_build[0], out)
    assert read_projection(out) is not None
    later = (out / "projection.json").stat().st_mtime + 10
    os.utime(next((out / "store").iterdir()), (later, later))
    assert read_projection(out) is None
    result = CliRunner().invoke(app, ["stats", "--out", str(out), "--json"])  # from the store then
    assert result.exit_code == 0 and json.loads(result.stdout)["central"]


def test_stats_cut_each_table_and_say_so(seed_build):
    out, _ = seed_build
    result = CliRunner().invoke(app, ["stats", "--out", str(out), "--top", "2"])
    assert result.exit_code == 0, result.output
    assert "Most central actors (2 of " in result.stdout and "--top N for more" in result.stdout
    assert "Directed dyads, by number of events" in result.stdout
    assert len(result.stdout.splitlines()) < 40


def test_stats_of_one_dyad_by_month(seed_build):
    out, _ = seed_build
    result = CliRunner().invoke(app, ["stats", "--out", str(out), "--dyads", "Russia", "Tajikistan", "--by-month",
                                      "--json"])
    rows = json.loads(result.stdout)["dyads"]
    assert {(r["source"], r["target"]) for r in rows} == {("Russia", "Tajikistan"), ("Tajikistan", "Russia")}
    assert [r["period"] for r in rows if r["source"] == "Russia"] == sorted(
        r["period"] for r in rows if r["source"] == "Russia")
    table = CliRunner().invoke(app, ["stats", "--out", str(out), "--dyads", "Russia", "Tajikistan"])
    assert "Russia and Tajikistan: events each way" in table.stdout and "Most central" not in table.stdout


@pytest.mark.parametrize("args, message", [
    (["--actors", "companies"], "'companies' is not one of 'states', 'all'"),  # typer lists the choices
    (["--by-month", "--by-week"], "not both"),
    (["--actor", "Putn"], "did you mean Vladimir Putin"),
    (["--top", "-1"], "greater than or equal to 0"),
])
def test_stats_refuse_bad_options_with_exit_2(seed_build, args, message):
    import re

    result = CliRunner().invoke(app, ["stats", "--out", str(seed_build[0]), *args])
    assert result.exit_code == 2 and message in re.sub(r"[│╭╮╰╯─\s]+", " ", result.output)
