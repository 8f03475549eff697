"""Robustness and safety (issue 5), through the real ``kg`` command in a subprocess.

Bad input is named with its reason and never crashes; a build killed or interrupted
mid-way leaves a consistent store, and rerunning it gives the graph an uninterrupted build
gives; article text never runs in a page; parameters never become query text; the
endpoint is read-only and local.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.store import open_store
from kg.validate import validate_graph

from conftest import ROOT, SEED

_SCRIPT = Path(sys.executable).with_name("kg")  # the console script that pip installed
KG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "kg.cli"]
BODY = SEED.read_text(encoding="utf-8").split(" ", 2)[2]  # the seed without its "date 2022-05-17" header
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
MET = ("SELECT ?date WHERE { ?n rdf:subject ?s ; rdf:predicate dip:met ; rdf:object ?o ; dip:date ?date . "
       "?s rdfs:label ?a . ?o rdfs:label ?b . FILTER((?a = 'Vladimir Putin' && ?b = 'Emomali Rahmon') || "
       "(?a = 'Emomali Rahmon' && ?b = 'Vladimir Putin')) }")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
runner = CliRunner()


def kg(*args, prefix: list[str] = (), **options) -> subprocess.CompletedProcess:
    """Run ``kg ARGS`` as a real process, from the repository (for ontology/ and seeds/)."""
    options.setdefault("timeout", 900)
    return subprocess.run([*prefix, *KG, *map(str, args)], capture_output=True, text=True, cwd=ROOT, **options)


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "Aborted" not in stderr, stderr


def met_dates(store: Path) -> list[str]:
    """Dates of the stored meetings of Putin and Rahmon, either way round."""
    return [row[0] for row in open_store(store, read_only=True).select(MET).rows]


# -- the bar: bad input next to the seed ------------------------------------------------


@pytest.fixture
def dirty_folder(tmp_path) -> Path:
    """The seed next to an empty file, a binary file, a Latin-1 file with a bad date and a broken JSONL file."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(PNG)
    (folder / "latin1.txt").write_bytes("date 2022-02-30 Le ministre fran\xe7ais a rencontr\xe9 the Spanish envoy "
                                        "in Madrid on Monday.".encode("latin-1"))
    (folder / "broken.jsonl").write_text(json.dumps({"id": "tass-1", "date": "2022-05-18", "text": BODY}) + "\n"
                                         + '{"id": "cut-off", "text": "Putin met\n')
    return folder


BAD = {"empty.txt": "empty file", "binary.txt": "binary file", "latin1.txt": "impossible date",
       "broken.jsonl:2": "malformed JSON"}


def test_bar_build_names_each_bad_file_and_stores_the_seed(dirty_folder, tmp_path):
    done = kg("build", dirty_folder, "--out", tmp_path / "out")
    assert done.returncode == 1, done.stderr
    assert_no_traceback(done.stderr)
    for name, reason in BAD.items():
        [line] = [line for line in done.stderr.splitlines() if f"{name}:" in line or line.endswith(name)]
        assert line.startswith("skipped ") and reason in line, line
    assert f"{len(BAD)} input(s) skipped" in done.stderr
    assert "Built 2 article(s)" in done.stdout  # the seed, and the good line of broken.jsonl
    assert "2022-05-16" in met_dates(tmp_path / "out" / "store")


def test_bar_a_fifo_named_jsonl_in_the_input_folder_is_named_and_the_build_finishes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    os.mkfifo(folder / "x.jsonl")  # no writer: opening it blocks forever
    started = time.monotonic()
    done = kg("build", folder, "--out", tmp_path / "out", timeout=60)
    assert time.monotonic() - started < 60
    assert done.returncode == 1, done.stderr
    assert f"skipped {folder / 'x.jsonl'}: not a regular file (a named pipe)" in done.stderr
    assert "Built 1 article(s)" in done.stdout


@pytest.mark.parametrize("command", [["build", "--out", "OUT", "--no-validate"], ["extract"]])
def test_strict_stops_at_the_first_bad_input(dirty_folder, tmp_path, command):
    args = [str(tmp_path / "out") if arg == "OUT" else arg for arg in command]
    done = kg(args[0], dirty_folder, *args[1:], "--strict")
    assert done.returncode == 1
    assert_no_traceback(done.stderr)
    assert "stopped at the first bad input (--strict)" in done.stderr and "binary.txt" in done.stderr
    assert "empty.txt" not in done.stderr and "Built" not in done.stdout


def test_extract_reports_every_kind_of_bad_input_and_still_prints_valid_jsonl(dirty_folder):
    (dirty_folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (dirty_folder / "types.jsonl").write_text('{"id": "n", "text": ["not", "a", "string"]}\n' + "[" * 50_000 + "\n")
    lines = [json.dumps({"id": f"gz-{i}", "text": f"Putin met Rahmon ({i})."}) for i in range(300)]
    data = gzip.compress("\n".join(lines).encode())
    (dirty_folder / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (dirty_folder / "menu.html").write_text("<html><body><nav>Home | News</nav></body></html>")
    (dirty_folder / "german.txt").write_text("Die Bundeskanzlerin traf sich am Montag mit dem französischen "
                                             "Präsidenten in Berlin, um über die Lage in der Ukraine zu sprechen.")
    (dirty_folder / "long.txt").write_text("\n\n".join([BODY.replace("2022", "2021")] * 38))
    done = kg("extract", dirty_folder, "--format", "jsonl")
    assert done.returncode == 1
    assert_no_traceback(done.stderr)
    expected = BAD | {"notes.docx": "unsupported file type", "types.jsonl:1": '"text" must be a string',
                      "types.jsonl:2": "nested too deeply", "cut.jsonl.gz": "truncated or corrupt gzip",
                      "menu.html": "no article text", "german.txt": "is not English (de, "}
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in done.stderr.splitlines()), (name, done.stderr)
    assert "warning:" in done.stderr and "long.txt" in done.stderr and "parsed in pieces" in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["article"] for r in records} >= {"000_f796f84a09fbece7.txt", "tass-1", "long.txt"}
    assert all(set(r) >= {"subject", "predicate", "object", "date", "article", "sentence", "span", "confidence"}
               for r in records)


def test_unreadable_folders_and_files_are_named(tmp_path):
    shutil.copy(SEED, tmp_path)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(BODY)
    (tmp_path / "secret.txt").write_text(BODY)
    (tmp_path / "locked").chmod(0)
    (tmp_path / "secret.txt").chmod(0)
    try:
        done = kg("extract", tmp_path, "--format", "jsonl", prefix=_without_root_privileges())
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert done.returncode == 1
    assert_no_traceback(done.stderr)
    assert "locked: cannot read folder (permission denied)" in done.stderr
    assert "secret.txt: cannot read file (permission denied)" in done.stderr
    assert '"predicate": "met"' in done.stdout


def _without_root_privileges() -> list[str]:
    """A command prefix under which root, too, is refused what file permissions refuse."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root and setpriv (util-linux) is missing to drop CAP_DAC_OVERRIDE")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", "--"]


def test_a_store_in_use_and_an_unwritable_output_are_one_line_errors(tmp_path):
    holder = open_store(tmp_path / "busy" / "store")  # holds the writer's lock, as a running build would
    try:
        busy = kg("build", SEED, "--out", tmp_path / "busy", "--no-validate")
    finally:
        holder.close()
    (tmp_path / "read-only").mkdir(mode=0o555)
    refused = kg("build", SEED, "--out", tmp_path / "read-only" / "out", prefix=_without_root_privileges())
    for done, message in ((busy, "is in use: is another `kg build` writing to it?"), (refused, "Permission denied")):
        assert done.returncode == 2 and message in done.stderr, done.stderr
        assert_no_traceback(done.stderr)


@pytest.mark.parametrize("args, message", [
    (["build", str(SEED), "--model", "no_such_model"], "spaCy pipeline no_such_model is not installed"),
    (["extract", str(SEED), "--model", "no_such_model"], "spaCy pipeline no_such_model is not installed"),
    (["extract", str(SEED), "-o", "/no/such/folder/out.jsonl"], "cannot write /no/such/folder/out.jsonl"),
])
def test_bad_options_are_one_line_errors(tmp_path, args, message):
    result = runner.invoke(app, [*args, *(["--out", str(tmp_path)] if args[0] == "build" else [])])
    assert result.exit_code == 2 and message in result.stderr, result.stderr
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an uncaught error


def kg_peak(*args) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run ``kg ARGS``; its result, wall seconds and peak resident memory in MiB (its largest process).

    A fresh Python process runs it, so that the peak is this command's alone.
    """
    wrapper = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)")
    started = time.monotonic()
    done = kg(*args, prefix=[sys.executable, "-c", wrapper])
    seconds = time.monotonic() - started
    peak_kib = int(done.stderr.rstrip().rsplit("\n", 1)[-1])
    return done, seconds, peak_kib / 1024


@pytest.mark.slow
def test_bar_two_million_bad_lines_in_a_small_gzip_are_summarised_in_bounded_time_and_memory(tmp_path):
    feed = tmp_path / "bad.jsonl.gz"
    with gzip.open(feed, "wb") as handle:
        handle.write(b"y\n" * 2_000_000)  # 4 KB compressed
    done, seconds, peak_mib = kg_peak("build", feed, "--out", tmp_path / "out")
    assert done.returncode == 1 and seconds < 120 and peak_mib < 1024, (seconds, peak_mib, done.stderr[-500:])
    assert_no_traceback(done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) < 30, lines[:40]
    assert f"skipped {feed}:20: malformed JSON" in done.stderr and f"{feed}:21:" not in done.stderr
    assert f"skipped {feed}: 1,999,980 more problems not listed: 1,999,980 × malformed JSON" in done.stderr
    assert "2,000,000 input(s) skipped" in done.stderr
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert len(report) < 20_000 and "skipped: 2,000,000" in report and "1,999,980 more problems" in report


@pytest.mark.slow
def test_bar_a_1_mb_article_is_parsed_in_bounded_memory_with_a_warning(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("date 2022-05-17 " + "\n\n".join([BODY] * (1_000_000 // len(BODY) + 1)))
    done, seconds, peak_mib = kg_peak("extract", path, "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr
    assert "warning:" in done.stderr and "parsed in pieces" in done.stderr
    assert (tmp_path / "out.jsonl").read_text().count('"predicate": "met"') >= 1
    assert peak_mib < 1536, f"peak {peak_mib:.0f} MiB"


# -- interruption --------------------------------------------------------------------------

ARTICLES = 60


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    """ARTICLES copies of the seed under different ids and dates: enough to stop a build mid-way."""
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(ARTICLES):
            record = {"id": f"seed-{i:03d}", "date": f"2022-05-{1 + i % 28:02d}", "title": f"Copy {i}", "text": BODY}
            handle.write(json.dumps(record) + "\n")
    return path


@pytest.fixture(scope="module")
def full_build(feed, tmp_path_factory) -> Path:
    """The store of an uninterrupted build of the feed."""
    out = tmp_path_factory.mktemp("full")
    done = kg("build", feed, "--out", out, "--no-validate")
    assert done.returncode == 0, done.stderr
    return out / "store"


def stored_articles(store: Path) -> int:
    """Articles in a store that another process may be writing (opened read-only, a snapshot)."""
    try:
        graph_store = open_store(store, read_only=True)
    except (OSError, RuntimeError):
        return 0  # not created yet, or caught while the writer creates its column families
    return int(graph_store.select("SELECT (COUNT(?a) AS ?n) WHERE { ?a a dip:Article }").rows[0][0])


def build_until(feed: Path, out: Path, articles: int) -> subprocess.Popen:
    """Start ``kg build`` and return once it has stored at least ``articles`` articles."""
    process = subprocess.Popen([*KG, "build", str(feed), "--out", str(out), "--no-validate"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while stored_articles(out / "store") < articles:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the build stored nothing in 5 minutes"
        time.sleep(0.2)
    return process


def graph_sizes(store: Path) -> dict[str, int]:
    graph_store = open_store(store, read_only=True)
    table = graph_store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {g: int(n) for g, n in table.rows}


def assert_consistent(store: Path, full: Path) -> int:
    """The store opens for writing, conforms to the shapes, and holds each article whole or not at all."""
    open_store(store).close()  # the killed writer's lock is gone and the database opens
    sizes, complete = graph_sizes(store), graph_sizes(full)
    articles = [g for g in sizes if "/graph/article/" in g]
    assert articles and len(articles) < ARTICLES, "the build was not stopped mid-way"
    for graph in articles:
        assert sizes[graph] == complete[graph], f"{graph} is incomplete"
    validation = validate_graph(open_store(store, read_only=True).to_rdflib())
    assert validation.conforms, validation.report
    return len(articles)


def assert_same_graph(store: Path, other: Path) -> None:
    """The same named graphs, each isomorphic (the ontology's blank nodes aside, IRIs are equal)."""
    first, second = (open_store(s, read_only=True).to_rdflib() for s in (store, other))
    names = {g.identifier for g in first.graphs() if len(g)}
    assert names == {g.identifier for g in second.graphs() if len(g)}
    for name in names:
        assert isomorphic(first.graph(name), second.graph(name)), name


def test_a_killed_build_leaves_whole_articles_and_a_rerun_gives_the_uninterrupted_graph(feed, full_build,
                                                                                        tmp_path):
    process = build_until(feed, tmp_path, 5)
    process.kill()  # SIGKILL: no handler, no cleanup, the worst case
    process.communicate()
    stored = assert_consistent(tmp_path / "store", full_build)
    rerun = kg("build", feed, "--out", tmp_path, "--no-validate")
    assert rerun.returncode == 0, rerun.stderr
    assert f"({stored} unchanged)" in rerun.stdout
    assert_same_graph(tmp_path / "store", full_build)


@pytest.mark.parametrize("signal_number", [signal.SIGINT, signal.SIGTERM], ids=["Ctrl-C", "SIGTERM"])
def test_an_interrupted_build_exits_cleanly_with_a_consistent_store(feed, full_build, tmp_path, signal_number):
    process = build_until(feed, tmp_path, 3)
    process.send_signal(signal_number)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert_no_traceback(stderr)
    assert "interrupted" in stderr and "run the same command again" in stderr
    assert_consistent(tmp_path / "store", full_build)


def test_a_resumed_build_resolves_like_an_uninterrupted_one(tmp_path):
    from kg.pipeline import build

    first = tmp_path / "a1.txt"
    first.write_text("date 2022-05-17 Russian President Vladimir Putin met Tajik President Emomali Rahmon in "
                     "Moscow on Monday. Putin said the talks had been useful for both of their countries.")
    second = tmp_path / "a2.txt"
    second.write_text("date 2022-05-18 Putin spoke with Chinese President Xi Jinping by phone on Tuesday, and "
                      "the two leaders discussed the situation in Ukraine, the Kremlin said in a statement.")
    build([first, second], tmp_path / "full", validate=False, html=False)
    build([first], tmp_path / "resumed", validate=False, html=False)  # killed after the first article ...
    build([first, second], tmp_path / "resumed", validate=False, html=False)  # ... and run again
    assert_same_graph(tmp_path / "resumed" / "store", tmp_path / "full" / "store")


# -- untrusted text ----------------------------------------------------------------------

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def test_article_markup_is_inert_in_the_page_and_the_report(tmp_path):
    feed = tmp_path / "hostile.jsonl"
    text = (f"Russian President Vladimir Putin met Tajik President Emomali Rahmon in Moscow on Monday, and the "
            f"talks were said to be {HOSTILE} useful for both of the countries and for the region. {BODY}")
    feed.write_text(json.dumps({"id": f"a{HOSTILE}", "date": "2022-05-17", "title": HOSTILE, "text": text}))
    done = kg("build", feed, "--out", tmp_path / "out", "--no-validate")
    assert done.returncode == 0, done.stderr
    for name in ("graph.html", "report.md"):
        page = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert "<script>alert" not in page and "<img src=x" not in page, name
    assert "onerror" in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")  # there, as inert text


INJECTIONS = ['x" } UNION { ?s ?p ?o } #', "x' } UNION { ?s ?p ?o } #", "http://x> } UNION { ?s ?p ?o } #",
              'Vladimir Putin"@en', '") } ; DROP ALL ; #', "Vladimir Putin\" || true || \"", "?s ?p ?o"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_named_query_parameters_are_values_never_query_text(seed_build, value):
    out, _ = seed_build
    answer = runner.invoke(app, ["query", "meetings", "--param", f"actor={value}", "--out", str(out),
                                 "--format", "json"])
    assert answer.exit_code == 0, answer.output
    assert json.loads(answer.stdout) == []  # no actor has that name; nothing leaked
    honest = runner.invoke(app, ["query", "meetings", "--param", "actor=Vladimir Putin", "--out", str(out),
                                 "--format", "json"])
    assert json.loads(honest.stdout), "the query itself works"


@pytest.mark.parametrize("param", ["actor) } UNION { (?x=1", "actor", "nosuch=1"])
def test_bad_parameter_names_are_refused(seed_build, param):
    out, _ = seed_build
    answer = runner.invoke(app, ["query", "meetings", "--param", param, "--out", str(out)])
    assert answer.exit_code == 2 and "error:" in answer.stderr


def test_kg_query_cannot_change_the_store(seed_build):
    out, _ = seed_build
    before = open_store(out / "store", read_only=True).select(COUNT).rows
    answer = runner.invoke(app, ["query", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "--out", str(out)])
    assert answer.exit_code == 2
    assert open_store(out / "store", read_only=True).select(COUNT).rows == before


def test_serve_is_local_and_read_only_by_default(seed_build):
    import inspect

    from kg import cli, serve

    assert inspect.signature(cli.serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(serve.make_server).parameters["host"].default == "127.0.0.1"
    out, _ = seed_build
    server = serve.make_server(out / "store", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    url = f"http://{host}:{port}/sparql"
    try:
        assert host == "127.0.0.1"
        before = _ask(url, COUNT)
        update = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"
        for request in (urllib.request.Request(url, data=update.encode(),
                                               headers={"Content-Type": "application/sparql-update"}),
                        urllib.request.Request(url, data=urllib.parse.urlencode({"update": update}).encode()),
                        urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': update})}")):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=30)
            assert refused.value.code in (400, 403)
        assert _ask(url, COUNT) == before > 0
    finally:
        server.shutdown()
        server.server_close()


def _ask(url: str, query: str) -> int:
    """The number a COUNT query answers through the endpoint."""
    with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': query})}", timeout=30) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


# -- a damaged store ----------------------------------------------------------------------------


def _damage(store: Path, how: str) -> None:
    if how == "missing CURRENT":
        (store / "CURRENT").unlink()
    else:
        for table in store.glob("*.sst"):
            with open(table, "r+b") as handle:
                handle.truncate(table.stat().st_size // 2)


@pytest.mark.parametrize("how", ["missing CURRENT", "truncated tables"])
def test_a_damaged_store_is_named_never_written_and_every_command_says_so(seed_build, tmp_path, how):
    out, _ = seed_build
    shutil.copytree(out / "store", tmp_path / "store")
    store = tmp_path / "store"
    _damage(store, how)
    before = {p.name: p.stat().st_size for p in store.iterdir()}
    for args in (["query", "relations"], ["build", str(SEED)], ["stats"], ["validate"], ["view"],
                 ["export", "--format", "csv"], ["remove", "x.txt"], ["serve"]):
        done = runner.invoke(app, [*args, "--out", str(tmp_path)])
        assert done.exit_code == 2 and isinstance(done.exception, SystemExit), (args, done.output)
        assert f"the store at {store} is damaged" in done.stderr and "rebuild with" in done.stderr, done.stderr
    assert {p.name: p.stat().st_size for p in store.iterdir()} == before  # nothing written, nothing added


def test_view_and_export_to_a_read_only_folder_are_one_line_errors(seed_build, tmp_path):
    out, _ = seed_build
    (tmp_path / "read-only").mkdir(mode=0o555)
    for args in (["view", "--html", tmp_path / "read-only" / "view.html"],
                 ["export", "--format", "csv", "-o", tmp_path / "read-only" / "edges.csv"]):
        done = kg(*args, "--out", out, prefix=_without_root_privileges())
        assert done.returncode == 2 and "cannot write" in done.stderr and "Permission denied" in done.stderr, done
        assert_no_traceback(done.stderr)


def test_outputs_are_replaced_whole_or_not_at_all(tmp_path):
    from kg.outputs import replacing

    target = tmp_path / "graph.trig"
    target.write_text("the previous graph")
    with pytest.raises(OSError):
        with replacing(target) as partial:
            partial.write_text("half a gra")
            raise OSError(28, "No space left on device")
    assert target.read_text() == "the previous graph"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig"]  # no partial file left behind


def test_a_build_leaves_no_partial_output(seed_build):
    out, _ = seed_build
    assert not [p for p in out.iterdir() if p.name.endswith(".partial")]
    assert (out / "graph.trig").stat().st_size > 0 and (out / "report.md").stat().st_size > 0
