from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from kg.ingest import parse_date, read_articles
from kg.model import Article, Problem

from conftest import SEED


def _read(path):
    return list(read_articles([path]))


def test_seed_header_gives_date_and_body_without_header_or_credit():
    (article,) = _read(SEED)
    assert article.id == "000_f796f84a09fbece7.txt"
    assert article.date == dt.date(2022, 5, 17)
    assert article.text.startswith("In the wake of the ongoing Ukraine war")
    assert "(Image:" not in article.text


def test_jsonl_articles_and_malformed_line_number(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = {"id": "a1", "date": "2020-01-02", "title": "T", "text": "The minister met the envoy in Paris today."}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "a2"}) + "\n")
    items = _read(path)
    assert isinstance(items[0], Article) and items[0].id == "a1" and items[0].date == dt.date(2020, 1, 2)
    assert isinstance(items[1], Problem) and items[1].line == 2 and "malformed JSON" in items[1].reason
    assert isinstance(items[2], Problem) and items[2].line == 3


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g", "text": "Germany and France signed an agreement on energy cooperation."}) + "\n")
    (article,) = _read(path)
    assert article.id == "g" and article.date is None


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary\x00", "binary file"),
    (b"date 2022-02-30 The minister met the envoy.", "impossible date"),
])
def test_bad_text_files_are_problems(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (problem,) = _read(path)
    assert isinstance(problem, Problem) and reason in problem.reason


def test_latin1_text_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    text = "date 2021-03-04 Le ministre fran\xe7ais a rencontr\xe9 the Spanish envoy in Madrid on Monday, officials said."
    path.write_bytes(text.encode("latin-1"))
    (article,) = list(read_articles([path], check_language=False))
    assert "français" in article.text


def test_unknown_extension_and_missing_path(tmp_path):
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK..")
    assert "unsupported file type" in _read(other)[0].reason
    assert "no such file" in _read(tmp_path / "missing.txt")[0].reason


def test_non_english_article_is_skipped(tmp_path):
    path = tmp_path / "de.txt"
    path.write_text("Die Bundeskanzlerin traf sich am Montag mit dem französischen Präsidenten in Berlin, "
                    "um über die Lage in der Ukraine und die Energiepreise zu sprechen.")
    (problem,) = _read(path)
    assert "does not look like English" in problem.reason


@pytest.mark.parametrize("value, expected", [
    ("2022-05-17", dt.date(2022, 5, 17)), ("May 17, 2022", dt.date(2022, 5, 17)),
    ("2022-13-01", None), ("yesterday-ish", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected
