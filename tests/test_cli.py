"""The commands, run through typer's CliRunner on the seed article with the real pipeline."""
from __future__ import annotations

import json
import time

from typer.testing import CliRunner

from kg.cli import app

from conftest import ROOT, SEED

runner = CliRunner()


def test_extract_jsonl_follows_the_contract():
    result = runner.invoke(app, ["extract", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert records
    for r in records:
        assert set(r) >= {"subject", "predicate", "object", "date", "article", "sentence", "span", "confidence"}
        assert set(r["subject"]) == {"id", "label", "type"}
        assert r["article"] == "000_f796f84a09fbece7.txt"
        assert 0 <= r["confidence"] <= 1
    met = [r for r in records if r["predicate"] == "met"]
    assert met and met[0]["date"] == "2022-05-16"
    assert {met[0]["subject"]["label"], met[0]["object"]["label"]} == {"Vladimir Putin", "Emomali Rahmon"}


def test_extract_table_and_bad_input_exit_status(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["extract", str(SEED), str(empty), "--format", "table"])
    assert result.exit_code == 1
    assert "Vladimir Putin" in result.stdout
    assert "empty.txt" in result.stderr and "empty file" in result.stderr


def test_build_writes_outputs_and_query_finds_the_meeting(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("graph.trig", "graph.html", "report.md"):
        assert (out / name).stat().st_size > 0
    query = ('SELECT ?date ?evidence WHERE { ?n rdf:subject ?s ; rdf:predicate dip:met ; rdf:object ?o ; '
             'dip:date ?date ; dip:evidence ?evidence . ?s rdfs:label "Vladimir Putin" . '
             '?o rdfs:label "Emomali Rahmon" }')
    answer = runner.invoke(app, ["query", query, "--out", str(out), "--format", "json"])
    assert answer.exit_code == 0, answer.output
    rows = json.loads(answer.stdout)
    assert rows[0]["date"] == "2022-05-16" and "meeting" in rows[0]["evidence"]
    named = runner.invoke(app, ["query", "meetings", "--param", "actor=Vladimir Putin", "--out", str(out),
                                "--format", "csv"])
    assert named.exit_code == 0 and "Emomali Rahmon" in named.stdout
    stats = runner.invoke(app, ["stats", "--out", str(out), "--json"])
    facts = json.loads(stats.stdout)
    assert "Vladimir Putin" in [r["label"] for r in facts["central"][:3]]
    assert any({d["source"], d["target"]} == {"Russia", "Tajikistan"} for d in facts["dyads"])


def test_building_twice_gives_the_same_triple_count(tmp_path):
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(out), "--no-validate"])
    count = lambda: runner.invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",  # noqa
                                         "--out", str(out), "--format", "json"]).stdout
    before = count()
    second = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(out), "--no-validate"])
    assert first.exit_code == second.exit_code == 0
    assert "1 unchanged" in second.stdout
    assert count() == before


def test_query_without_a_build_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["query", "SELECT * WHERE { ?s ?p ?o }", "--out", str(tmp_path / "none")])
    assert result.exit_code == 2 and "run `kg build" in result.stderr


def test_query_timeout_stops_a_cartesian_query_with_a_one_line_error(seed_build):
    out, _ = seed_build
    cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    result = runner.invoke(app, ["query", cartesian, "--out", str(out), "--timeout", "2"])
    assert result.exit_code == 2 and "ran longer than 2 s and was stopped" in result.stderr
    assert time.monotonic() - started < 15


def test_query_nested_thousands_deep_is_refused_not_a_crash(seed_build):
    out, _ = seed_build
    nested = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    result = runner.invoke(app, ["query", nested, "--out", str(out)])
    assert result.exit_code == 2 and "nested too deeply" in result.stderr


def test_query_file_missing_and_error_positions_are_one_line_errors(seed_build, tmp_path):
    out, _ = seed_build
    missing = runner.invoke(app, ["query", "--file", str(tmp_path / "missing.rq"), "--out", str(out)])
    assert missing.exit_code == 2 and "missing.rq: No such file or directory" in missing.stderr
    assert isinstance(missing.exception, SystemExit)
    broken = runner.invoke(app, ["query", "SELECT * WHERE {\n  ?s ?p\n}", "--out", str(out)])
    assert broken.exit_code == 2 and "error at 3:" in broken.stderr


def test_query_file_param_is_bound_even_after_a_comment_with_where_and_a_brace(seed_build, tmp_path):
    out, _ = seed_build
    query = tmp_path / "q.rq"
    query.write_text("# Who met whom: WHERE { is in this comment\n"
                     "SELECT ?label WHERE { ?x rdfs:label ?label . FILTER(?label = ?name) }\n")
    result = runner.invoke(app, ["query", "--file", str(query), "--param", "name=Vladimir Putin", "--out", str(out),
                                 "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"label": "Vladimir Putin"}]
