"""Property tests (Hypothesis): random bytes, random Unicode and dirty English through the pipeline.

Whatever a feed holds (control characters, NUL bytes, lone surrogates, right-to-left
marks, emoji, enormous tokens, JSON of any shape), ingest yields an Article or a Problem
for each input and never raises; extraction on what it yields never raises; every
relation is a valid line of the JSONL contract, and every article's RDF serialises,
parses back the same and is accepted by the store. Kept fast by default: few examples,
one shared spaCy pipeline.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg import ingest
from kg.extract import extract
from kg.ingest import parse_date, read_articles
from kg.model import Article, Problem
from kg.ontology import predicates
from kg.rdf import to_rdf
from kg.resolve import Resolver
from kg.store import open_store

QUICK = settings(max_examples=100, deadline=None)
SLOW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENTENCES = (
    "Russian President Vladimir Putin met Tajik President Emomali Rahmon in Moscow on Monday.",
    "Chinese President Xi Jinping spoke with French President Emmanuel Macron by phone.",
    "The European Union imposed sanctions on Belarus last week, officials said.",
    "Foreign Minister Sergei Lavrov will visit Turkey next month to discuss grain exports.",
    "Germany and France signed an agreement on energy cooperation in Berlin.",
    "He criticized the United States and accused NATO of provoking the conflict.",
)
ODD = ("\x00", "\x1b[31m", "\u202e", "\u200f", "\ufeff", "\u2028", "\r\n", "\t", "\u0301", "\ud800",
       "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0001F1F7\U0001F1FA", "مرحبا بالعالم", "שלום",
       "Владимир Путин", "A" * 3000, "http://" + "x" * 500, "<script>alert(1)</script>", "&amp;", "\\u0000")

any_unicode = st.text(st.characters(exclude_categories=()), max_size=200)  # surrogates and controls included
name = st.text(st.characters(categories=["Lu", "Ll", "Lo", "Mn", "So", "Nd"]), min_size=1, max_size=15)
templated = st.builds("President {} met Prime Minister {} in {} on Monday.".format, name, name, name)
# Mostly English, so that extraction has something to find, with the odd things in between.
pieces = st.one_of(st.sampled_from(SENTENCES), templated, st.sampled_from(SENTENCES), st.sampled_from(ODD),
                   any_unicode)
dirty_text = st.lists(pieces, min_size=1, max_size=8).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", "\n\n", "", "\u202e "]), min_size=len(parts),
                           max_size=len(parts)).map(lambda seps: "".join(p + s for p, s in zip(parts, seps))))
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | any_unicode,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_unicode, inner, max_size=3),
                           max_leaves=8)
records = st.fixed_dictionaries({}, optional={
    "id": st.one_of(any_unicode, st.integers(), json_values), "text": st.one_of(dirty_text, json_values),
    "date": st.one_of(st.dates().map(str), any_unicode, json_values), "title": st.one_of(any_unicode, json_values),
    "url": st.one_of(any_unicode, json_values)})


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


def _json_line(record: dict, *, ascii_only: bool) -> bytes:
    # Lone surrogates cannot be UTF-8: escaped (ASCII), or written as the invalid bytes a broken feed holds.
    return json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def assert_clean(article: Article) -> None:
    """What ingest lets through is text every later stage can take."""
    assert article.text == article.text.strip() and article.text
    assert not ingest._CONTROL.search(article.text) and not ingest._LONE_SURROGATE.search(article.text)
    article.text.encode("utf-8")
    article.content_hash  # noqa: B018 -- hashes the id too: it must encode


# -- ingest ----------------------------------------------------------------------------


@QUICK
@given(value=st.one_of(any_unicode, st.dates().map(str), st.datetimes().map(str),
                       st.from_regex(r"\d{1,5}-\d{1,3}-\d{1,30}", fullmatch=True)))
def test_parse_date_never_raises(value):
    date = parse_date(value)
    assert date is None or (isinstance(date, dt.date) and 1800 <= date.year <= dt.date.today().year + 1)


@QUICK
@given(data=st.one_of(st.binary(max_size=3000), dirty_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       name=st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.jsonl.gz", "a.ndjson", "a.bin"]))
def test_any_bytes_ingest_as_articles_or_problems(data, name):
    with tempfile.TemporaryDirectory() as folder:
        for item in read_articles([_write(Path(folder), name, data)]):
            assert isinstance(item, (Article, Problem))
            if isinstance(item, Article):
                assert_clean(item)
            else:
                assert item.reason and name in item.source


@QUICK
@given(lines=st.lists(st.one_of(records, json_values), max_size=6), ascii_only=st.booleans())
def test_each_json_line_is_one_article_or_one_problem_with_its_number(lines, ascii_only):
    with tempfile.TemporaryDirectory() as folder:
        data = b"".join(_json_line(line, ascii_only=ascii_only) + b"\n" for line in lines)
        items = list(read_articles([_write(Path(folder), "feed.jsonl", data)], check_language=False))
    assert len(items) == max(1, len(lines))  # an empty file is one Problem
    for number, item in enumerate(items, start=1):
        if isinstance(item, Article):
            assert_clean(item)
            assert item.source.endswith(f":{number}")
        else:
            assert item.line in (number, None) and item.reason


# -- extraction, the JSONL contract and RDF ------------------------------------------------

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_CLASS = re.compile(r"[A-Z][A-Za-z]+")


def assert_contract(record: dict, article: Article) -> None:
    """One line of ``kg extract --format jsonl`` (DESIGN.md, the extraction contract)."""
    line = json.dumps(record, ensure_ascii=False)
    assert json.loads(line.encode("utf-8").decode("utf-8")) == record
    for side in (record["subject"], record["object"]):
        assert set(side) == {"id", "label", "type"} and side["id"].startswith("http") and side["label"]
        assert _CLASS.fullmatch(side["type"])
    assert record["predicate"] in predicates()
    assert record["date"] is None or _DATE.fullmatch(record["date"])
    assert record["article"] == article.id and record["sentence"]
    start, end = record["span"]
    assert 0 <= start < end <= len(article.text)
    assert 0 <= record["confidence"] <= 1


def assert_rdf_round_trips(result) -> None:
    """Each graph serialises and parses back the same; the store takes the article and gives it back."""
    graphs = to_rdf(result)
    for graph in (graphs.article, graphs.entities):
        for format in ("nt", "turtle"):
            back = Graph().parse(data=graph.serialize(format=format), format=format)
            assert isomorphic(back, graph), format
    store = open_store(None)
    store.replace_article(graphs)
    with tempfile.TemporaryDirectory() as folder:
        store.dump(Path(folder) / "g.trig", format="trig")
        dataset = Dataset()
        dataset.parse(Path(folder) / "g.trig", format="trig")
    assert sum(1 for _ in dataset.quads()) == len(graphs.article) + len(graphs.entities) == store.count()


@SLOW
@given(text=dirty_text, as_jsonl=st.booleans(), header=st.sampled_from(["date 2022-05-17 ", "", "date 2022-02-30 "]))
def test_dirty_text_extracts_to_contract_jsonl_and_valid_rdf(nlp, text, as_jsonl, header):
    with tempfile.TemporaryDirectory() as folder:
        if as_jsonl:
            path = _write(Path(folder), "feed.jsonl", _json_line({"id": text[:40] or "x", "text": text},
                                                                  ascii_only=True))
        else:
            path = _write(Path(folder), "a.txt", (header + text).encode("utf-8", "surrogatepass"))
        items = list(read_articles([path], check_language=False))
    for article in (item for item in items if isinstance(item, Article)):
        assert_clean(article)
        found = extract(nlp(article.text), article)
        result = Resolver().resolve(article, list(found.relations), found.mentions)
        event("relations found" if result.relations else "no relation")
        for relation in result.relations:
            assert_contract(relation.to_json(), article)
        assert_rdf_round_trips(result)
