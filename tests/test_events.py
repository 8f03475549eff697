"""Events, not reports: the merge rule on hand-built reports, and the layer a real build stores."""
from __future__ import annotations

import shutil

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.events import Node, Report, build_layer, merge_nodes, merge_reports
from kg.pipeline import build
from kg.rdf import events_graph_iri
from kg.store import open_store
from kg.vocab import DIP


def report(n, published, date=None, *, s="id:biden", p="met", o="id:scholz", modality="asserted", role=None,
           article=None, confidence=0.8):
    return Report(f"st:{n}", s, p, o, article or f"a{n}", published=published, date=date, modality=modality,
                  confidence=confidence, role=role)


# (reports, expected events as (date, date source, reports, articles, modality))
CASES = {
    "same date in words": (
        [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-03-09", "2023-03-07")],
        [("2023-03-07", "text", 2, 2, "asserted")]),
    "another date is another event": (
        [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-04-19", "2023-04-18")],
        [("2023-03-07", "text", 1, 1, "asserted"), ("2023-04-18", "text", 1, 1, "asserted")]),
    "dated by its article two days later joins": (
        [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-03-09", "2023-03-09")],
        [("2023-03-07", "text", 2, 2, "asserted")]),
    "dated by its article eight days later does not": (
        [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-03-15", "2023-03-15")],
        [("2023-03-07", "text", 1, 1, "asserted"), ("2023-03-15", "publication", 1, 1, "asserted")]),
    "dated by its article before the event does not": (
        [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-03-05", "2023-03-05")],
        [("2023-03-05", "publication", 1, 1, "asserted"), ("2023-03-07", "text", 1, 1, "asserted")]),
    "the nearest event before the article": (
        [report(1, "2023-03-02", "2023-03-01"), report(2, "2023-03-05", "2023-03-04"),
         report(3, "2023-03-06", "2023-03-06")],
        [("2023-03-01", "text", 1, 1, "asserted"), ("2023-03-04", "text", 2, 2, "asserted")]),
    "reports dated by their articles within a week are one": (
        [report(1, "2023-03-08", "2023-03-08"), report(2, "2023-03-10", "2023-03-10")],
        [("2023-03-08", "publication", 2, 2, "asserted")]),
    "a planned meeting that happened is asserted": (
        [report(1, "2023-03-03", "2023-03-03", modality="planned"), report(2, "2023-03-08", "2023-03-07")],
        [("2023-03-07", "text", 2, 2, "asserted")]),
    "an announcement before the reports dates nothing": (
        [report(1, "2023-03-03", "2023-03-03", modality="planned"), report(2, "2023-03-06", "2023-03-06")],
        [("2023-03-06", "publication", 2, 2, "asserted")]),
    "planned only stays planned": (
        [report(1, "2023-03-03", "2023-03-10", modality="planned")],
        [("2023-03-10", "text", 1, 1, "planned")]),
    "symmetric either way round": (
        [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-03-08", "2023-03-07", s="id:scholz", o="id:biden")],
        [("2023-03-07", "text", 2, 2, "asserted")]),
    "a month that holds the event's day is the same event": (
        [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-03-20", "2023-03")],
        [("2023-03-07", "text", 2, 2, "asserted")]),
    "a month that holds no dated event is its own": (
        [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-04-20", "2023-04")],
        [("2023-03-07", "text", 1, 1, "asserted"), ("2023-04", "text", 1, 1, "asserted")]),
    "undated reports are one undated event": (
        [report(1, None), report(2, None)],
        [(None, None, 2, 2, "asserted")]),
}


@pytest.mark.parametrize("name", CASES)
def test_the_merge_rule(name):
    reports, expected = CASES[name]
    events = merge_reports(reports)
    assert [(e.date, e.date_source, e.report_count, e.article_count, e.modality) for e in events] == expected


def test_the_recorded_date_source_beats_the_comparison():
    # "today" dates a report by its own words on its publication day: no floating report then.
    today = Report("st:1", "id:a", "met", "id:b", "a1", published="2023-03-09", date="2023-03-09", source="text")
    earlier = report(2, "2023-03-08", "2023-03-07")
    events = merge_reports([today, earlier])
    assert [(e.date, e.date_source, e.report_count) for e in events] == [("2023-03-07", "text", 1),
                                                                        ("2023-03-09", "text", 1)]
    by_event = Report("st:3", "id:biden", "met", "id:scholz", "a3", published="2023-03-09", date="2023-03-07",
                      source="event")
    assert [(e.date_source, e.report_count) for e in merge_reports([by_event, earlier])] == [("text", 2)]
    assert merge_reports([by_event])[0].date_source == "event"


def test_a_directed_predicate_keeps_its_direction():
    events = merge_reports([report(1, "2023-03-08", "2023-03-07", p="visited"),
                            report(2, "2023-03-08", "2023-03-07", p="visited", s="id:scholz", o="id:biden")])
    assert [(e.subject, e.object) for e in events] == [("id:biden", "id:scholz"), ("id:scholz", "id:biden")]


def test_the_window_is_a_setting():
    reports = [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-03-11", "2023-03-11")]
    assert len(merge_reports(reports, window_days=7)) == 1
    assert len(merge_reports(reports, window_days=2)) == 2


def test_a_state_is_one_fact_per_pair_and_role_over_its_reports():
    leader = dict(s="id:biden", p="leaderOf", o="id:usa")
    reports = [report(n, pub, **leader, role="President") for n, pub in
               ((1, "2023-03-08"), (2, "2023-01-02"), (3, "2023-04-19"))]
    reports.append(report(4, "2023-02-01", **leader, role="former President"))
    events = merge_reports(reports)
    assert [(e.role, e.report_count, e.first_reported, e.last_reported, e.date) for e in events] == [
        ("President", 3, "2023-01-02", "2023-04-19", None), ("former President", 1, "2023-02-01", "2023-02-01", None)]


def test_an_event_keeps_its_reports_and_their_best():
    events = merge_reports([report(1, "2023-03-08", "2023-03-07", confidence=0.7),
                            report(2, "2023-03-09", "2023-03-07", confidence=0.9),
                            report(3, "2023-03-09", "2023-03-07", confidence=0.9, article="a2")])
    (event,) = events
    assert [r.statement for r in event.reports] == ["st:1", "st:2", "st:3"]
    assert (event.report_count, event.article_count, event.confidence, event.exemplar.statement) == (3, 2, 0.9, "st:2")
    assert (event.first_reported, event.last_reported) == ("2023-03-08", "2023-03-09")


def test_event_ids_do_not_depend_on_the_order_of_reports():
    reports = [report(1, "2023-03-08", "2023-03-07"), report(2, "2023-03-09", "2023-03-09"),
               report(3, "2023-04-19", "2023-04-18")]
    assert [e.id for e in merge_reports(reports)] == [e.id for e in merge_reports(reversed(reports))]


def nodes_and_reports(labels_actors_dates):
    nodes, reports = [], []
    for i, (label, actors, date) in enumerate(labels_actors_dates):
        nodes.append(Node(f"doc:{i}", "Document", label, f"a{i}", date))
        reports += [Report(f"st:{i}:{a}", a, "signed", f"doc:{i}", f"a{i}", published=date) for a in actors]
    return nodes, reports


@pytest.mark.parametrize("rows, merged", [
    ([("trade bill", ["id:reagan"], "1987-04-01"), ("Trade Bill", ["id:reagan"], "1987-04-05")], {"doc:1": "doc:0"}),
    ([("trade bill", ["id:reagan"], "1987-04-01"), ("trade bill", ["id:reagan"], "1987-04-20")], {}),
    ([("trade bill", ["id:reagan"], "1987-04-01"), ("trade bill", ["id:reagan", "id:congress"], "1987-04-02")], {}),
    ([("trade bill", ["id:reagan"], "1987-04-01"), ("farm bill", ["id:reagan"], "1987-04-02")], {}),
    ([("accord", ["id:a", "id:b"], "1987-02-22"), ("accord", ["id:b", "id:a"], "1987-02-23"),
      ("accord", ["id:a", "id:b"], "1987-02-27")], {"doc:1": "doc:0", "doc:2": "doc:0"}),
])
def test_per_article_nodes_merge_on_label_actors_and_window(rows, merged):
    nodes, reports = nodes_and_reports(rows)
    assert merge_nodes(nodes, reports) == merged


def test_reports_on_merged_nodes_are_one_event():
    nodes, reports = nodes_and_reports([("accord", ["id:a"], "1987-02-22"), ("accord", ["id:a"], "1987-02-23")])
    layer = build_layer(reports, nodes)
    assert [(e.object, e.report_count) for e in layer.events] == [("doc:0", 2)]


# -- the layer of a real build ---------------------------------------------------------

ARTICLES = {
    "a1.txt": "date 2023-03-08\nPresident Joe Biden met German Chancellor Olaf Scholz at the White House on March 7. "
              "The two leaders discussed support for Ukraine and trade.\n",
    "a2.txt": "date 2023-03-08\nU.S. President Joe Biden held talks with Chancellor Olaf Scholz of Germany on Tuesday "
              "in Washington, officials said.\n",
    # "on Tuesday evening" is not dated by the extractor: the article's date stands, within the window.
    "a3.txt": "date 2023-03-09\nPresident Joe Biden and Chancellor Olaf Scholz met on Tuesday evening in Washington "
              "to discuss the war in Ukraine.\n",
    "a4.txt": "date 2023-04-19\nPresident Joe Biden met Chancellor Olaf Scholz in Berlin on April 18, six weeks after "
              "their talks in Washington.\n",
}


def write_articles(folder, names):
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


def layer_graph(out) -> Graph:
    """The stored event layer as an rdflib graph."""
    store = open_store(out / "store", read_only=True)
    text = store.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{events_graph_iri()}> {{ ?s ?p ?o }} }}")
    store.close()
    return Graph().parse(data=text, format="nt")


@pytest.fixture(scope="module")
def four(tmp_path_factory):
    """The four articles built at once."""
    root = tmp_path_factory.mktemp("events")
    out = root / "out"
    summary = build([write_articles(root / "news", ARTICLES)], out, workers=1, html=False)
    return out, summary


def test_a_build_stores_one_event_per_meeting_and_one_leadership(four):
    out, summary = four
    assert summary.validation.conforms, summary.validation.report
    store = open_store(out / "store", read_only=True)
    rows = store.select("""
        SELECT ?p ?date ?reports ?articles ?role WHERE {
          ?e a ?class ; rdf:subject ?s ; rdf:predicate ?pred ; dip:reportCount ?reports ; dip:articleCount ?articles .
          VALUES ?class { dip:RelationEvent dip:RelationState }
          ?s rdfs:label "Joe Biden" .
          OPTIONAL { ?e dip:date ?date } OPTIONAL { ?e dip:role ?role }
          BIND(STRAFTER(STR(?pred), "#") AS ?p)
        } ORDER BY ?p ?date""").rows
    store.close()
    # The talks of March 7 were about Ukraine ("discussed support for Ukraine", "to discuss the war in
    # Ukraine"): one discussion event from two articles.
    # Biden's meeting in Berlin is also his visit to Germany.
    assert rows == [["discussed", "2023-03-07", "2", "2", None], ["leaderOf", None, "4", "4", "President"],
                    ["met", "2023-03-07", "3", "3", None], ["met", "2023-04-18", "1", "1", None],
                    ["visited", "2023-04-18", "1", "1", None]]


def test_an_incremental_build_gives_the_layer_of_a_whole_build(four, tmp_path):
    out = tmp_path / "out"
    build([write_articles(tmp_path / "news", ["a1.txt", "a4.txt"])], out, workers=1, html=False, validate=False)
    summary = build([write_articles(tmp_path / "news", ARTICLES)], out, workers=1, html=False, validate=False)
    assert (summary.articles, summary.unchanged) == (2, 2)
    assert isomorphic(layer_graph(out), layer_graph(four[0]))


def test_a_resumed_build_puts_the_layer_right(four, tmp_path):
    out = tmp_path / "out"
    news = write_articles(tmp_path / "news", ARTICLES)
    seen = []

    def interrupt(item):
        seen.append(item)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([news], out, workers=1, html=False, validate=False, on_article=interrupt)
    summary = build([news], out, workers=1, html=False, validate=False)
    assert summary.events is not None
    assert isomorphic(layer_graph(out), layer_graph(four[0]))


def test_a_layer_of_another_version_of_the_rule_is_computed_again(four, tmp_path, monkeypatch):
    import kg.events

    out = tmp_path / "out"
    shutil.copytree(four[0], out)
    news = write_articles(tmp_path / "news", ARTICLES)
    monkeypatch.setattr(kg.events, "LAYER_VERSION", kg.events.LAYER_VERSION + 1)
    assert build([news], out, workers=1, html=False, validate=False).events is not None
    assert build([news], out, workers=1, html=False, validate=False).events is None


def test_a_rebuild_with_nothing_new_keeps_the_layer_and_another_window_recomputes_it(four, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(four[0], out)
    news = write_articles(tmp_path / "news", ARTICLES)
    assert build([news], out, workers=1, html=False, validate=False).events is None
    wide = build([news], out, workers=1, html=False, validate=False, event_window=60)
    assert wide.events is not None and not isomorphic(layer_graph(out), layer_graph(four[0]))


@pytest.mark.parametrize("change, message", [
    (lambda g, e: g.set((e, DIP.articleCount, Literal(9))), "LessThanOrEquals"),
    (lambda g, e: [g.remove((e, p, None)) for p in (DIP.report, DIP.exemplar)], "exemplar"),
    (lambda g, e: g.add((e, DIP.date, Literal("Tuesday"))), "date"),
])
def test_shacl_catches_a_broken_layer(four, change, message):
    from kg.validate import validate_graph

    store = open_store(four[0] / "store", read_only=True)
    data = store.to_rdflib()
    store.close()
    graph = data.graph(URIRef(events_graph_iri()))
    event = next(graph.subjects(RDF.type, DIP.RelationState))
    change(graph, event)
    result = validate_graph(data)
    assert not result.conforms and message in result.report


def test_the_reports_of_a_result_are_those_the_store_gives_back(four, tmp_path):
    from kg.model import Problem
    from kg.pipeline import run
    from kg.rdf import reports_of
    from kg.store import stored_nodes, stored_reports

    reports, nodes = set(), set()
    for result in run([write_articles(tmp_path / "news", ARTICLES)]):
        assert not isinstance(result, Problem)
        found = reports_of(result)
        reports |= set(found[0])
        nodes |= set(found[1])
    store = open_store(four[0] / "store", read_only=True)
    assert (set(stored_reports(store)), set(stored_nodes(store))) == (reports, nodes)
    store.close()


# -- kg events --------------------------------------------------------------------------


def kg(*args):
    from typer.testing import CliRunner

    from kg.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def csv_rows(text):
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


def test_kg_events_lists_two_meetings_and_one_leadership(four):
    out = four[0]
    meetings = kg("events", "--out", out, "--actor", "Joe Biden", "--predicate", "met", "--format", "csv")
    assert meetings.exit_code == 0, meetings.output
    rows = csv_rows(meetings.stdout)
    assert list(rows[0]) == ["date", "subject", "predicate", "object", "reports", "articles", "first_reported",
                             "last_reported", "modality", "tone"]
    assert [(r["date"], r["reports"], r["articles"]) for r in rows] == [("2023-03-07", "3", "3"), ("2023-04-18", "1", "1")]
    roles = csv_rows(kg("events", "--out", out, "--actor", "Biden", "--predicate", "leaderOf", "--format", "csv").stdout)
    assert [(r["object"], r["reports"], r["first_reported"], r["last_reported"]) for r in roles] == [
        ("United States", "4", "2023-03-08", "2023-04-19")]


def test_kg_events_by_date_range_and_as_json(four):
    import json

    done = kg("events", "--out", four[0], "--since", "2023-04", "--format", "json")
    rows = json.loads(done.stdout)
    # The April meeting in Berlin (and so Biden's visit to Germany), and the two leaderships reported until April.
    assert sorted((r["predicate"], r["date"]) for r in rows) == [("leaderOf", None), ("leaderOf", None),
                                                                 ("met", "2023-04-18"), ("visited", "2023-04-18")]
    assert kg("events", "--out", four[0], "--until", "2023-02", "--format", "json").stdout.strip() == "[]"


@pytest.mark.parametrize("args, message", [
    (["--format", "xml"], "'xml' is not one of"),
    (["--predicate", "meet"], "unknown predicate 'meet'; known: accused"),
    (["--actor", "Bidn"], "did you mean Joe Biden?"),
    (["--since", "March 2023"], "a date is YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_kg_events_refuses_bad_options_with_exit_2(four, args, message):
    done = kg("events", "--out", four[0], *args)
    assert done.exit_code == 2 and message in done.output


PLANNED = [
    {"event": "e1", "kind": "event", "date": "2023-05-02", "s": "id:b", "sl": "Joe Biden", "st": "Person", "p": "met",
     "o": "id:m", "ol": "Emmanuel Macron", "ot": "Person", "reports": "1", "articles": "1", "first": "2023-04-30",
     "last": "2023-04-30", "modality": "planned", "tone": "1"},
    {"event": "e2", "kind": "event", "date": None, "s": "id:b", "sl": "Joe Biden", "st": "Person", "p": "visited",
     "o": "id:fr", "ol": "France", "ot": "Country", "reports": "2", "articles": "1", "first": None, "last": None,
     "modality": "asserted", "tone": "1.9"},
]


def test_planned_events_only_when_asked_and_undated_ones_outside_any_range():
    from kg.eventlist import select_events

    assert [r["predicate"] for r in select_events(PLANNED)] == ["visited"]
    assert [r["predicate"] for r in select_events(PLANNED, include_planned=True)] == ["visited", "met"]
    assert select_events(PLANNED, since="2023") == []
    assert [r["predicate"] for r in select_events(PLANNED, since="2023", include_planned=True)] == ["met"]


def test_kg_events_reads_the_projection_as_it_reads_the_store(four):
    from kg.eventlist import event_records, graph_records, select_events
    from kg.projection import read_projection

    store = open_store(four[0] / "store", read_only=True)
    stored = event_records(store)
    store.close()
    projected = graph_records(read_projection(four[0])[0])
    for options in ({}, {"actors": ["Biden"], "predicates": ["met"]}, {"since": "2023-04"}, {"include_planned": True}):
        assert select_events(projected, **options) == select_events(stored, **options)


def test_kg_events_on_a_store_without_the_layer_says_how_to_get_it(tmp_path):
    from kg.model import Article, ArticleResult
    from kg.rdf import to_rdf

    store = open_store(tmp_path / "out" / "store")  # a store of an older build: statements, no layer
    store.replace_article(to_rdf(ArticleResult(Article(id="a.txt", text="x"))))
    store.close()
    done = kg("events", "--out", tmp_path / "out")
    assert done.exit_code == 2 and "no event layer" in done.output and "kg build" in done.output
