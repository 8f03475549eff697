"""The PyVis view: what the page holds (filters, colours, sizes, cards), offline, escaped, locked by CSP.

The browser half (the page rendered and attacked in Chromium) is tests/test_browser.py.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import kg
from kg.analytics import example_graph, graph_from_records
from kg.cli import app
from kg.views import (TONE_COLOURS, TYPE_COLOURS, csp_hash, filter_graph, network_options, page_data, render_html,
                      tone_colour, top_nodes)

HOSTILE = '<script>window.PWNED=1</script><img src=x onerror="window.PWNED=2">'
SCRIPT = re.compile(r"<script([^>]*)>(.*?)</script>", re.S)


def hostile_graph() -> nx.MultiDiGraph:
    return graph_from_records([
        {"s": "id:a", "sl": "Vladimir Putin", "st": "Person", "p": "criticized", "o": "id:b",
         "ol": f"Evil {HOSTILE}", "ot": "Organization", "evidence": f"He said {HOSTILE}", "article": HOSTILE,
         "role": HOSTILE, "date": "2022-05-16"},
    ])


def scripts(html: str) -> list[tuple[str, str]]:
    """(attributes, text) of every script element of the page."""
    return SCRIPT.findall(html)


def data_of(html: str) -> dict:
    [text] = [body for attrs, body in scripts(html) if 'type="application/json"' in attrs]
    return json.loads(text)


def labels(H: nx.MultiDiGraph) -> list[str]:
    return sorted(d["label"] for _, d in H.nodes(data=True))


@pytest.mark.parametrize("options, nodes, predicates", [
    ({}, 8, ["attended", "attended", "cooperatedWith", "leaderOf", "leaderOf", "met", "sanctioned", "spokeWith"]),
    ({"predicates": ["met", "spokeWith"]}, 2, ["met", "spokeWith"]),
    # undated events (the example's roles have no dates of report) are outside any range
    ({"since": "2022-05-01"}, 4, ["attended", "attended", "met"]),
    ({"until": "2022-03"}, 3, ["cooperatedWith", "sanctioned"]),
    ({"since": "2022-04", "until": "2022-04-30"}, 2, ["spokeWith"]),
    ({"actor": "Rahmon"}, 3, ["leaderOf", "met", "spokeWith"]),
    ({"actor": "Rahmon", "radius": 2}, 5, ["attended", "leaderOf", "leaderOf", "met", "spokeWith"]),
    ({"actor": "Germany", "predicates": ["sanctioned"]}, 2, ["sanctioned"]),
])
def test_filter_graph(options, nodes, predicates):
    H = filter_graph(example_graph(), **options)
    assert H.number_of_nodes() == nodes
    if predicates is not None:
        assert sorted(d["predicate"] for _, _, d in H.edges(data=True)) == predicates


def test_a_state_is_in_a_date_range_when_it_was_reported_within_it():
    G = graph_from_records([{"s": "id:p", "sl": "Joe Biden", "st": "Person", "p": "leaderOf", "o": "id:us",
                             "ol": "United States", "ot": "Country", "first": "2023-01-05", "last": "2023-04-19"}])
    assert filter_graph(G, since="2023-03", until="2023-03").number_of_edges() == 1
    assert filter_graph(G, since="2023-05").number_of_edges() == 0
    assert filter_graph(G, until="2022").number_of_edges() == 0


def test_filter_graph_names_an_unknown_actor():
    with pytest.raises(KeyError, match="no actor is called"):
        filter_graph(example_graph(), actor="Atlantis")


@pytest.mark.parametrize("limit, kept", [(100, 8), (8, 8), (3, 3), (1, 1)])
def test_top_nodes_keeps_the_most_central(limit, kept):
    H = top_nodes(example_graph(), limit=limit)
    assert H.number_of_nodes() == kept
    assert "id:Vladimir Putin" in H


@pytest.mark.parametrize("score, name", [(-10, "conflict"), (-2, "conflict"), (0, "neutral"), (0.4, "neutral"),
                                         (1, "cooperation"), (8, "cooperation")])
def test_tone_colours(score, name):
    assert tone_colour(score) == dict((n, c) for n, c, _ in TONE_COLOURS)[name]


def test_nodes_are_coloured_by_type_and_sized_by_centrality():
    data = page_data(example_graph())
    by_label = {n["label"]: n for n in data["nodes"]}
    for node in data["nodes"]:
        assert node["color"] == TYPE_COLOURS[node["type"]]
    assert by_label["Vladimir Putin"]["value"] == max(n["value"] for n in data["nodes"])
    assert by_label["Vladimir Putin"]["value"] > by_label["Armenia"]["value"]
    assert [t for t, _ in data["legend"]["types"]] == ["Country", "Event", "Person"]
    assert [t for t, _ in data["legend"]["tones"]] == ["conflict", "neutral", "cooperation"]


@pytest.mark.parametrize("predicate, label, colour, arrows", [
    ("sanctioned", "sanctioned", "#d62728", "to"), ("cooperatedWith", "cooperatedWith", "#2ca02c", ""),
    ("consult", "consult \u00d72", "#2ca02c", ""),  # Putin met and spoke with Rahmon: one edge of two events
    ("leaderOf", "leaderOf", "#999999", "to"), ("attended", "attended", "#2ca02c", "to"),
])
def test_edges_are_coloured_by_tone_and_labelled_by_predicate(predicate, label, colour, arrows):
    edges = [e for e in page_data(example_graph())["edges"] if e["predicate"] == predicate]
    assert edges and all((e["label"], e["color"], e["arrows"]) == (label, colour, arrows) for e in edges)


def test_one_edge_per_pair_and_predicate_family_weighted_by_events_and_toned_by_their_sum():
    records = [{"s": "id:us", "sl": "United States", "st": "Country", "p": p, "o": "id:jp", "ol": "Japan",
                "ot": "Country", "date": f"1987-0{i}", "reports": str(i), "evidence": f"{p} {i}", "article": f"a{i}"}
               for i, p in enumerate(["met", "criticized", "accused", "threatened", "criticized"], 1)]
    records.append({**records[0], "s": "id:jp", "sl": "Japan", "o": "id:us", "ol": "United States", "p": "accused"})
    data = page_data(graph_from_records(records))
    by_family = {e["family"]: e for e in data["edges"]}
    assert sorted(by_family) == ["accuse", "consult", "threaten"]
    accuse = by_family["accuse"]
    assert (accuse["value"], accuse["arrows"], accuse["color"]) == (4, "", "#d62728")  # both ways: no arrow
    card = dict(accuse["card"])
    assert card["events"] == "4 from 11 reports, net tone -8.0"
    assert card["evidence"] == "criticized 5" and card["article"] == "a5"  # the most reported event
    assert sorted(e[0] for e in accuse["events"]) == ["accused", "accused", "criticized", "criticized"]
    assert data["note"] == "Shows 2 of 2 entities: 3 edges for 6 events"


def test_cards_carry_role_date_evidence_and_article():
    data = page_data(graph_from_records([
        {"s": "id:p", "sl": "Emomali Rahmon", "st": "Person", "p": "leaderOf", "o": "id:t", "ol": "Tajikistan",
         "ot": "Country", "role": "President", "article": "a.txt", "evidence": "President Emomali Rahmon ..."},
        {"s": "id:p", "sl": "Emomali Rahmon", "st": "Person", "p": "met", "o": "id:v", "ol": "Vladimir Putin",
         "ot": "Person", "date": "2022-05-16", "article": "a.txt", "evidence": "Rahmon met Putin."}]))
    [met] = [dict(e["card"]) for e in data["edges"] if e["predicate"] == "met"]
    assert met["relation"] == "Emomali Rahmon met Vladimir Putin" and met["date"] == "2022-05-16"
    assert met["evidence"] == "Rahmon met Putin." and met["article"] == "a.txt" and "CONSULT" in met["PLOVER"]
    [rahmon] = [dict(n["card"]) for n in data["nodes"] if n["label"] == "Emomali Rahmon"]
    assert rahmon["roles"] == "President of Tajikistan"


def test_large_graphs_get_a_cheaper_stable_layout():
    small, large = network_options(nodes=20, edges=30), network_options(nodes=300, edges=2000)
    assert small["layout"]["randomSeed"] == large["layout"]["randomSeed"]  # the same picture every time
    assert small["physics"]["stabilization"]["enabled"] and large["physics"]["stabilization"]["enabled"]
    assert small["layout"]["improvedLayout"] and not large["layout"]["improvedLayout"]


def test_max_nodes_caps_the_page_and_says_so():
    data = page_data(example_graph(), max_nodes=3)
    assert len(data["nodes"]) == 3 and "3 of 8 entities" in data["note"] and "most central" in data["note"]


def test_html_escapes_article_text_and_keeps_it_as_text():
    html = render_html(hostile_graph())
    assert "<script>window.PWNED" not in html and "<img" not in html and 'onerror="window' not in html
    assert len(scripts(html)) == 3  # the data block, vis-network, our script: nothing from the article
    data = data_of(html)
    [edge] = data["edges"]
    assert dict(edge["card"])["evidence"] == f"He said {HOSTILE}"  # intact, to be shown as text
    assert dict(edge["card"])["article"] == HOSTILE


def test_html_is_offline():
    html = render_html(example_graph())
    vendored = [body for attrs, body in scripts(html) if "vis.Network" not in body and "vis=" in body[:2000]]
    assert vendored, "vis-network is inlined"
    # Outside the vendored library (whose licence comments and SVG namespace hold URLs, never loaded),
    # the page holds no URL at all, and nothing anywhere has a src or href.
    page = html.replace(vendored[0], "")
    assert not re.search(r"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", page)
    assert not re.search(r"""(?i)\s(src|href)\s*=""", html)
    assert "default-src 'none'" in html


def test_csp_runs_only_our_two_scripts():
    html = render_html(example_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    script_src = re.search(r"script-src ([^;]*)", csp).group(1).split()
    executable = [body for attrs, body in scripts(html) if "application/json" not in attrs]
    assert sorted(script_src) == sorted(csp_hash(body) for body in executable)
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src


def test_an_empty_graph_renders():
    data = data_of(render_html(graph_from_records([])))
    assert data["nodes"] == data["edges"] == []


def test_pyvis_is_imported_in_views_only():
    package = Path(kg.__file__).parent
    importers = sorted(p.relative_to(package).as_posix() for p in package.rglob("*.py")
                       if re.search(r"^\s*(import pyvis|from pyvis)", p.read_text(encoding="utf-8"), re.M))
    assert importers == ["views.py"]


@pytest.mark.parametrize("options, labels", [
    (["--actor", "Vladimir Putin", "--since", "2022-05", "--predicate", "met"], ["Emomali Rahmon", "Vladimir Putin"]),
    (["--predicate", "leaderOf"], ["Emomali Rahmon", "Russia", "Tajikistan", "Vladimir Putin"]),
    (["--max-nodes", "3"], None),
])
def test_kg_view_writes_the_filtered_page(seed_build, tmp_path, options, labels):
    out, _ = seed_build
    page = tmp_path / "view.html"
    result = CliRunner().invoke(app, ["view", "--out", str(out), "--html", str(page), *options])
    assert result.exit_code == 0, result.output
    nodes = data_of(page.read_text(encoding="utf-8"))["nodes"]
    assert sorted(n["label"] for n in nodes) == labels if labels else len(nodes) == 3


@pytest.mark.parametrize("options, message", [
    (["--since", "May 2022"], "YYYY-MM-DD"), (["--actor", "Atlantis"], "no actor is called 'Atlantis'")])
def test_kg_view_names_bad_options(seed_build, options, message):
    result = CliRunner().invoke(app, ["view", "--out", str(seed_build[0]), *options])
    assert result.exit_code == 2 and message in result.stderr


def test_the_dyad_page_escapes_names_and_runs_nothing():
    from kg.dyadview import dyad_page

    G = graph_from_records([
        {"s": "id:a", "sl": f"Evil {HOSTILE}", "st": "Country", "sc": "AAA", "p": "criticized", "o": "id:b",
         "ol": "Freedonia", "ot": "Country", "sc_": None, "date": "2022-05-16", "evidence": HOSTILE},
        {"s": "id:a", "sl": f"Evil {HOSTILE}", "st": "Country", "p": "met", "o": "id:b", "ol": "Freedonia",
         "ot": "Country", "date": "2022", "evidence": "x"},
        {"s": "id:a", "sl": f"Evil {HOSTILE}", "st": "Country", "p": "accused", "o": "id:b", "ol": "Freedonia",
         "ot": "Country", "date": None, "evidence": "y"}])
    page, note = dyad_page(G)
    assert "<script>window.PWNED" not in page and "<img" not in page and "<script" not in page
    assert "Evil &lt;script&gt;" in page
    # "2022" is not drawn on January, nor an undated event anywhere
    assert "2 dated only to the year or undated, not drawn" in page
    assert note == "Timelines of 1 pair (4 events)"
