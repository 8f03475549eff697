"""The pipeline: streaming, worker processes, chunking of enormous articles, incremental builds."""
from __future__ import annotations

import gzip
import itertools
import json
import subprocess
import sys
import time

import pytest

from kg.ingest import read_articles
from kg.model import Article, Problem
from kg.pipeline import BATCH_ITEMS, BATCHES_AHEAD, build, extract_batch, extract_items, resolve_items, run

from conftest import SEED

# Short articles of our own, in the JSONL format of a news corpus.
LINES = [
    {"id": "j1", "date": "2023-03-07", "title": "Paris talks",
     "text": "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. "
             "The two leaders discussed energy prices and signed a joint declaration."},
    {"id": "j2", "date": "2023-03-08", "title": "A call",
     "text": "Japanese Prime Minister Fumio Kishida spoke with Indian Prime Minister Narendra Modi on Tuesday. "
             "Kishida later visited New Delhi, where he praised India's leadership of the G20."},
    {"id": "j3", "date": "2023-03-09", "title": "Sanctions",
     "text": "The European Union imposed new sanctions on Russia on Wednesday. Russian Foreign Minister "
             "Sergei Lavrov criticized the decision and accused Brussels of hypocrisy."},
]


def _corpus(folder):
    """Seed, JSONL lines with a bad one between them, and two bad files: Problems between articles."""
    folder.mkdir(exist_ok=True)
    (folder / "a_seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    lines = [json.dumps(LINES[0]), "{not json", json.dumps(LINES[1]), json.dumps(LINES[2])]
    (folder / "b_news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "c_data.bin").write_bytes(b"\x00\x01binary")
    (folder / "d_empty.txt").write_text("", encoding="utf-8")
    return folder


def _outline(items) -> list:
    """What a run yields, comparable across runs: Problems as text, articles with their relations."""
    outline = []
    for item in items:
        if isinstance(item, Problem):
            outline.append(("problem", str(item)))
        else:
            outline.append((item.article.id, [r.to_json() for r in item.relations]))
    return outline


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _corpus(tmp_path_factory.mktemp("corpus") / "news")


@pytest.fixture(scope="module")
def single(corpus):
    return _outline(run([corpus], workers=1))


def test_single_process_keeps_input_order_with_problems_in_place(single):
    assert [name for name, _ in single] == ["a_seed.txt", "j1", "problem", "j2", "j3", "problem", "problem"]
    assert "b_news.jsonl:2" in single[2][1]
    assert any(r["predicate"] == "met" for r in single[0][1])


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_workers_give_exactly_the_single_process_results(corpus, single, start_method):
    # One article per batch, so that the pool handles several batches at once.
    items = extract_items(read_articles([corpus]), workers=2, batch_size=1, start_method=start_method)
    assert _outline(resolve_items(items)) == single


def test_an_executor_runs_the_batches_in_order(corpus, single):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as executor:
        items = extract_items(read_articles([corpus]), workers=2, batch_size=1, executor=executor)
        assert _outline(resolve_items(items)) == single


def test_the_input_is_streamed_not_read_whole():
    pulled = []

    def endless():
        for number in itertools.count():
            pulled.append(number)
            yield Article(id=f"a{number}", text=LINES[number % 3]["text"])

    first = list(itertools.islice(extract_items(endless(), workers=2, batch_size=1), 3))
    assert [article.id for article, _ in first] == ["a0", "a1", "a2"]
    assert len(pulled) <= 3 + 2 * 2 + 2  # what was read: a bounded window ahead, however long the input


def test_a_stream_of_problems_is_batched_too_never_piled_up():
    pulled = []

    def bad_lines():
        for number in itertools.count(1):
            pulled.append(number)
            yield Problem("feed.jsonl.gz", "malformed JSON (Expecting value at column 1)", line=number)

    first = next(extract_items(bad_lines(), workers=2))
    assert first.line == 1
    assert len(pulled) <= (2 * BATCHES_AHEAD + 2) * BATCH_ITEMS  # a bounded window ahead, however many follow


@pytest.fixture(scope="module")
def chunked():
    """The seed body three times over, extracted whole-copy-sized chunk by chunk, and one copy alone."""
    copy = SEED.read_text(encoding="utf-8").split(" ", 3)[-1].strip() + "\n"  # the body, without the date header
    whole = Article(id="long.txt", text=copy * 3)
    (_, one), = extract_batch([Article(id="long.txt", text=copy)])
    (_, found), = extract_batch([whole], chunk_chars=len(copy) + 10)
    return whole, copy, one, found


def test_chunks_of_an_enormous_article_keep_mention_offsets_right(chunked):
    whole, copy, one, found = chunked
    assert one.relations and len(found.relations) == 3 * len(one.relations)
    expected = {_located(x, shift=k * len(copy)) for x in one.relations for k in range(3)}
    assert {_located(x) for x in found.relations} == expected
    for x in found.relations:
        for mention in (x.subject, x.object):
            assert whole.text[mention.start:mention.end] == mention.text


def _located(extraction, shift: int = 0) -> tuple:
    return (extraction.subject.start + shift, extraction.predicate, extraction.object.start + shift)


@pytest.mark.parametrize("kind", ["relation", "role"])
def test_chunks_of_an_enormous_article_keep_evidence_spans_right(chunked, kind):
    whole, copy, one, found = chunked
    picked = [x for x in found.relations if x.provenance.rule.startswith("role.") == (kind == "role")]
    assert picked
    for x in picked:
        start, end = x.provenance.span
        assert whole.text[start:end] in x.provenance.sentence, x


def test_gzipped_jsonl_goes_through_the_pipeline(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(line) + "\n" for line in LINES)
    results = list(run([path]))
    assert [r.article.id for r in results] == ["j1", "j2", "j3"]
    met = {(r.subject.label, r.object.label) for r in results[0].relations if r.predicate == "met"}
    assert ("Emmanuel Macron", "Olaf Scholz") in met or ("Olaf Scholz", "Emmanuel Macron") in met
    assert {r.provenance.article for r in results[0].relations} == {"j1"}
    assert any(r.date == "2023-03-06" for r in results[0].relations)  # "on Monday", before the 7th


def test_a_rebuild_skips_unchanged_articles_and_adds_new_ones(tmp_path):
    corpus = _corpus(tmp_path / "news")
    out = tmp_path / "out"
    started = time.perf_counter()
    first = build([corpus], out, validate=False, html=False)
    first_time = time.perf_counter() - started
    started = time.perf_counter()
    again = build([corpus], out, html=False)
    again_time = time.perf_counter() - started
    assert (first.articles, first.unchanged) == (4, 0)
    assert (again.articles, again.unchanged, again.relations) == (0, 4, 0)
    assert again.triples == first.triples
    assert again.validation is None, "nothing new stored, nothing to validate again"
    assert again_time < first_time
    (corpus / "e_new.jsonl").write_text(json.dumps({**LINES[0], "id": "j4", "date": "2023-03-10"}) + "\n",
                                        encoding="utf-8")
    grown = build([corpus], out, html=False)
    assert (grown.articles, grown.unchanged) == (1, 4)
    assert grown.triples > first.triples
    assert grown.validation is not None


def test_workers_exit_when_the_main_process_is_killed(tmp_path):
    psutil = pytest.importorskip("psutil", reason="psutil lists the workers (the dev extra has it, through dask)")
    script = tmp_path / "endless.py"
    script.write_text(
        "import itertools, sys\n"
        "from kg.model import Article\n"
        "from kg.pipeline import extract_items\n"
        "text = 'The minister met the envoy in Paris on Monday. ' * 40\n"
        "endless = (Article(id=str(n), text=text) for n in itertools.count())\n"
        "for n, _ in enumerate(extract_items(endless, workers=2, batch_size=1, start_method='fork')):\n"
        "    if n == 3:\n"
        "        print('running', flush=True)\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "running"
    workers = psutil.Process(process.pid).children()
    assert len(workers) == 2
    process.kill()  # no cleanup at all in the main process
    process.wait()
    _, alive = psutil.wait_procs(workers, timeout=10)
    for worker in alive:
        worker.kill()  # not left behind when the test fails
    assert not alive, "orphaned workers would hold the caller's pipes open forever"


@pytest.mark.parametrize("field, value", [("title", "A new headline"), ("url", "https://example.org/moved")])
def test_a_changed_title_or_url_of_an_unchanged_body_is_rebuilt(tmp_path, field, value):
    from kg.store import open_store

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(LINES[0]) + "\n")
    build([feed], tmp_path / "out", validate=False, html=False)
    feed.write_text(json.dumps(LINES[0] | {field: value}) + "\n")
    again = build([feed], tmp_path / "out", validate=False, html=False)
    assert (again.articles, again.unchanged) == (1, 0)
    prop = "dcterms:title" if field == "title" else "schema:url"
    query = f"SELECT ?v WHERE {{ ?a a dip:Article ; {prop} ?v }}"
    rows = open_store(tmp_path / "out" / "store", read_only=True).select(query).rows
    assert rows == [[value]]


# -- deleted inputs: kg build --prune, kg remove -----------------------------------------------

PUTIN_RAHMON = "date 2022-05-16 Russian President Vladimir Putin met Tajik President Emomali Rahmon in Moscow."
MACRON_SCHOLZ = "date 2022-05-17 French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris."
PUTIN_XI = "date 2022-05-18 Russian President Vladimir Putin spoke with Chinese President Xi Jinping by phone."


def _labels(out) -> set[str]:
    from kg.store import open_store

    store = open_store(out / "store", read_only=True)
    try:
        return {row[0] for row in store.select("SELECT ?l WHERE { GRAPH ?g { ?e a ?t ; rdfs:label ?l } "
                                               "FILTER(?t IN (dip:Person, dip:Country)) }").rows}
    finally:
        store.close()


@pytest.fixture
def three_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", PUTIN_RAHMON), ("b.txt", MACRON_SCHOLZ), ("c.txt", PUTIN_XI)):
        (folder / name).write_text(text)
    build([folder], tmp_path / "out", validate=False, html=False)
    assert {"Olaf Scholz", "Emomali Rahmon", "Xi Jinping"} <= _labels(tmp_path / "out")
    return folder, tmp_path / "out"


def test_build_prune_removes_deleted_articles_and_the_entities_only_they_mentioned(three_articles):
    folder, out = three_articles
    (folder / "b.txt").unlink()
    (folder / "a.txt").unlink()
    kept = build([folder], out, validate=False, html=False)
    assert kept.removed is None and "Olaf Scholz" in _labels(out)  # without --prune nothing goes
    pruned = build([folder], out, validate=False, html=False, prune=True)
    assert pruned.removed == ["a.txt", "b.txt"]
    labels = _labels(out)
    assert "Olaf Scholz" not in labels and "Emomali Rahmon" not in labels
    assert {"Vladimir Putin", "Xi Jinping"} <= labels  # Putin is still mentioned by c.txt
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    assert "Scholz" not in trig and "b.txt" not in trig
    assert "Scholz" not in (out / "report.md").read_text(encoding="utf-8")


def test_build_prune_is_not_done_when_an_input_was_skipped(three_articles):
    folder, out = three_articles
    (folder / "b.txt").write_bytes(b"")  # now an empty file: skipped, and its article kept
    summary = build([folder], out, validate=False, html=False, prune=True)
    assert summary.problems and summary.removed is None
    assert "Olaf Scholz" in _labels(out)


def test_kg_remove_removes_articles_by_id_and_refuses_unknown_ids(three_articles):
    from typer.testing import CliRunner

    from kg.cli import app

    _, out = three_articles
    runner = CliRunner()
    unknown = runner.invoke(app, ["remove", "b.txt", "nope.txt", "--out", str(out)])
    assert unknown.exit_code == 2 and "not in the store: 'nope.txt'; nothing was removed" in unknown.stderr
    assert "Olaf Scholz" in _labels(out)
    done = runner.invoke(app, ["remove", "b.txt", "c.txt", "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert "Removed 2 article(s)" in done.stdout
    labels = _labels(out)
    assert not labels & {"Olaf Scholz", "Xi Jinping", "Emmanuel Macron"}
    assert {"Vladimir Putin", "Emomali Rahmon"} <= labels
    assert "Xi Jinping" not in (out / "graph.html").read_text(encoding="utf-8")
