"""Every named query of kg/queries/*.rq, run on one build of seeds/ and checked on real results."""
from __future__ import annotations

import pytest

from kg.queries import declared_params, load_query, named_queries, parse_params
from kg.store import open_store

PLOVER = {"CONSULT", "SUPPORT", "AGREE", "COOPERATE", "AID", "REQUEST", "REJECT", "ACCUSE", "THREATEN",
          "SANCTION", "ASSAULT"}

# query name -> the parameters it is run with; every .rq file must appear here.
PARAMS = {
    "meetings": ["actor=Vladimir Putin"],
    "country_relations": ["a=Russia", "b=Tajikistan"],
    "roles": ["actor=Vladimir Putin"],
    "evidence": ["subject=Vladimir Putin", "predicate=met", "object=Emomali Rahmon"],
    "events_per_month": [],
    "relations": [],
    "events": [],
}


@pytest.fixture(scope="module")
def store(seed_build):
    out, _ = seed_build
    graph_store = open_store(out / "store", read_only=True)
    yield graph_store
    graph_store.close()


def run(store, name: str, params: list[str] | None = None) -> list[dict]:
    query = load_query(name)
    return store.select(query, parse_params(PARAMS[name] if params is None else params, query=query)).records()


def test_every_named_query_is_covered_and_declares_its_parameters():
    assert set(named_queries()) == set(PARAMS)
    for name, params in PARAMS.items():
        assert {p.partition("=")[0] for p in params} <= set(declared_params(load_query(name)))


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_every_named_query_answers_rows(store, name):
    rows = run(store, name)
    assert rows, f"{name} returned nothing on the seed build"


def test_meetings_of_putin_include_rahmon_on_16_may(store):
    rows = run(store, "meetings")
    met = [r for r in rows if r["predicate"] == "met" and r["other"] == "Emomali Rahmon"]
    assert met and met[0]["date"] == "2022-05-16"
    assert {r["actor"] for r in rows} == {"Vladimir Putin"}
    assert "meeting" in met[0]["evidence"] and met[0]["article"] == "000_f796f84a09fbece7.txt"


def test_meetings_respect_the_date_window(store):
    within = run(store, "meetings", ["actor=Vladimir Putin", "since=2022-05-14", "until=2022-05-31"])
    assert {r["date"] for r in within} == {"2022-05-16"}
    assert run(store, "meetings", ["actor=Vladimir Putin", "until=2021"]) == []


def test_country_relations_of_russia_and_tajikistan(store):
    rows = run(store, "country_relations")
    found = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Vladimir Putin", "met", "Emomali Rahmon") in found
    assert any(r["predicate"] == "tradePartnerOf" for r in rows)
    assert all(r["predicate"] not in ("leaderOf", "officialOf") for r in rows)
    assert run(store, "country_relations", ["a=Tajikistan", "b=Russia"]) == rows


def test_roles_keep_the_title(store):
    rows = run(store, "roles")
    assert [(r["role"], r["predicate"], r["of"]) for r in rows] == [("President", "leaderOf", "Russia")]
    everyone = {(r["person"], r["of"]) for r in run(store, "roles", [])}
    assert ("Emomali Rahmon", "Tajikistan") in everyone


def test_evidence_for_putin_meeting_rahmon(store):
    rows = run(store, "evidence")
    assert rows and {r["predicate"] for r in rows} == {"met"}
    row = rows[0]
    assert row["date"] == "2022-05-16" and "Vladimir Putin" in row["evidence"]
    assert 0 <= float(row["confidence"]) <= 1 and row["rule"].rsplit(".", 1)[-1].startswith("v")
    assert int(row["start"]) < int(row["end"])


def test_events_per_month_reports_plover_types_and_tone(store):
    rows = run(store, "events_per_month")
    assert {r["plover"] for r in rows} <= PLOVER
    may = {r["plover"]: r for r in rows if r["month"] == "2022-05"}
    assert int(may["CONSULT"]["relations"]) >= 2  # the meeting and the phone call of Putin and Rahmon
    assert float(may["CONSULT"]["tone"]) > 0


def test_relations_lists_every_statement_with_labels(store):
    rows = run(store, "relations")
    statements = store.select("SELECT (COUNT(?n) AS ?k) WHERE { ?n a dip:RelationStatement }").rows[0][0]
    assert len(rows) == int(statements)
    assert all(r["sl"] and r["ol"] and r["article"] for r in rows)


def test_events_are_one_row_per_event_with_its_counts(store):
    rows = run(store, "events")
    assert len({r["event"] for r in rows}) == len(rows)
    met = [r for r in rows if r["p"] == "met" and {r["sl"], r["ol"]} == {"Vladimir Putin", "Emomali Rahmon"}]
    assert [(r["date"], r["date_source"], r["reports"], r["articles"], r["modality"]) for r in met] == [
        ("2022-05-16", "text", "1", "1", "asserted")]
    assert all(r["date"] is None and r["first"] for r in rows if r["kind"] == "state")


def kg(*args):
    from typer.testing import CliRunner

    from kg.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def test_a_name_parameter_takes_a_surname_and_says_how_it_read_it(seed_build):
    done = kg("query", "meetings", "--param", "actor=Putin", "--out", seed_build[0], "--format", "csv")
    assert done.exit_code == 0, done.output
    assert "actor: 'Putin' read as 'Vladimir Putin'" in done.stderr
    assert "Emomali Rahmon" in done.stdout


@pytest.mark.parametrize("args, message", [
    (["meeting"], "no named query 'meeting'; did you mean meetings? known: country_relations, events"),
    (["meetings", "--format", "xml"], "'xml' is not one of"),
    (["meetings", "--param", "who=Putin"], "unknown parameter 'who'; this query takes: actor, since, until"),
])
def test_kg_query_refuses_bad_input_with_exit_2(seed_build, args, message):
    import re

    done = kg("query", *args, "--out", seed_build[0])
    assert done.exit_code == 2 and message in re.sub(r"[│╭╮╰╯─\s]+", " ", done.output)


def test_a_name_that_matches_no_one_answers_nothing_and_says_what_was_meant(seed_build):
    done = kg("query", "meetings", "--param", "actor=Putn", "--out", seed_build[0], "--format", "csv")
    assert done.exit_code == 0 and done.stdout.strip() == "date,actor,predicate,other,reports,evidence,article"
    assert "actor: no entity is called 'Putn'; did you mean Vladimir Putin?" in done.stderr
    assert "no rows" in done.stderr


def test_every_name_parameter_is_a_declared_parameter():
    from kg.queries import name_params

    for name, text in named_queries().items():
        assert set(name_params(text)) <= set(declared_params(text)), name
