"""Ingest: every input is an Article or a Problem that says why, and nothing in a file raises."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
import os
import random

import pytest

from kg.ingest import LONG_ARTICLE_CHARS, MAX_ARTICLE_BYTES, count_articles, parse_date, read_articles
from kg.model import Article, Problem

from conftest import SEED

ENGLISH = "The minister met the envoy in Paris on Monday, and the officials said that the talks were useful."


def _read(path, **options):
    return list(read_articles([path], **options))


def _only(path, **options):
    (item,) = _read(path, **options)
    return item


def _problem(path) -> str:
    item = _only(path)
    assert isinstance(item, Problem), item
    return item.reason


def _random_bytes(size: int, *, low: int = 0) -> bytes:
    generator = random.Random(5)
    return bytes(generator.randrange(low, 256) for _ in range(size))


# -- .txt ------------------------------------------------------------------------------


def test_seed_header_gives_date_and_body_without_header_or_credit():
    article = _only(SEED)
    assert article.id == "000_f796f84a09fbece7.txt"
    assert article.date == dt.date(2022, 5, 17)
    assert article.text.startswith("In the wake of the ongoing Ukraine war")
    assert "(Image:" not in article.text


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b" \n\t\n", "empty file"),
    (b"\x00\x01\x02binary\x00", "binary file (contains NUL bytes)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (bytes(range(1, 32)) * 50, "binary file (control characters"),
    (_random_bytes(3000, low=0x80), "undecodable text"),
    (b"date 2022-02-30 " + ENGLISH.encode(), "impossible date"),
    (b"date 2022-13-45 " + ENGLISH.encode(), "impossible date"),
    (b"date 9999-01-01 " + ENGLISH.encode(), "impossible date"),
    (b"date 17/05 " + ENGLISH.encode(), "date header: '17/05'"),
    (b"date 2022-05-170 " + ENGLISH.encode(), "impossible date"),
])
def test_bad_text_files_are_problems(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert reason in _problem(path)


@pytest.mark.parametrize("encoding, text", [
    ("latin-1", "date 2021-03-04 Le ministre fran\xe7ais a rencontr\xe9 the Spanish envoy in Madrid on Monday."),
    ("latin-1", "Caf\xe9 talks were tr\xe8s useful, the envoy said after he met the minister on Monday."),
    ("cp1252", "Putin said \u201cthe talks were useful\u201d \u2014 and the minister agreed on Monday."),
    ("utf-16", "The minister met the envoy in Z\xfcrich on Monday, and both said the talks were useful."),
    ("utf-8-sig", "The minister met the envoy in Z\xfcrich on Monday, and both said the talks were useful."),
])
def test_other_encodings_are_decoded(tmp_path, encoding, text):
    path = tmp_path / "encoded.txt"
    path.write_bytes(text.encode(encoding))
    article = _only(path, check_language=False)
    assert article.text == text.removeprefix("date 2021-03-04 ")


@pytest.mark.parametrize("header", ["date: 17 May 2022", "date 2022/05/17", "Date: May 17, 2022", "date 17/05/2022",
                                    "date 05/17/2022", "date 2022-05-17T10:00:00Z", "DATE:\t17 May 2022"])
def test_header_dates_in_other_common_forms_are_read(tmp_path, header):
    path = tmp_path / "dated.txt"
    path.write_text(f"{header} {ENGLISH}")
    article = _only(path)
    assert article.date == dt.date(2022, 5, 17) and article.text == ENGLISH


@pytest.mark.parametrize("header", ["date 03/04/2022", "date: 03.04.2022"])
def test_an_ambiguous_header_date_is_refused_with_a_message(tmp_path, header):
    path = tmp_path / "dated.txt"
    path.write_text(f"{header} {ENGLISH}")
    reason = _problem(path)
    assert "ambiguous date in the date header" in reason and "write it as YYYY-MM-DD" in reason


def test_an_ambiguous_jsonl_date_is_refused_with_a_message(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "date": "03/04/2022", "text": ENGLISH}) + "\n")
    assert "article 'a': ambiguous date '03/04/2022'" in _problem(path)


def test_a_body_opening_with_the_word_date_is_not_a_header(tmp_path):
    path = tmp_path / "palms.txt"
    path.write_text("Date palms were the subject when the minister met the envoy in Riyadh on Monday.")
    article = _only(path)
    assert article.date is None and article.text.startswith("Date palms")


def test_control_characters_become_spaces(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_text("The minister\x0b met the envoy\x1b in Paris\x7f on Monday, and the talks were useful.")
    assert _only(path).text == "The minister  met the envoy  in Paris  on Monday, and the talks were useful."


def test_a_file_too_large_for_an_article_is_skipped_unread(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: nothing to read, were it read
    assert "file too large for one article" in _problem(path)


def test_a_long_article_is_kept_with_a_warning(tmp_path, caplog):
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join([ENGLISH] * (LONG_ARTICLE_CHARS // len(ENGLISH) + 2)))
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        article = _only(path)
    assert len(article.text) > LONG_ARTICLE_CHARS
    assert "long.txt" in caplog.text and "very long" in caplog.text and "parsed in pieces" in caplog.text


# -- .jsonl ----------------------------------------------------------------------------


def _jsonl(tmp_path, *lines, name="feed.jsonl") -> list:
    path = tmp_path / name
    path.write_bytes(b"".join((line if isinstance(line, bytes) else json.dumps(line).encode()) + b"\n"
                              for line in lines))
    return _read(path)


def test_jsonl_articles_and_malformed_line_number(tmp_path):
    good = {"id": "a1", "date": "2020-01-02", "title": "T", "text": ENGLISH}
    items = _jsonl(tmp_path, good, b'{"id": "a2", "text": "x"', b"", {"id": "a3"})
    assert isinstance(items[0], Article) and items[0].id == "a1" and items[0].date == dt.date(2020, 1, 2)
    assert isinstance(items[1], Problem) and items[1].line == 2 and "malformed JSON" in items[1].reason
    assert "column 25" in items[1].reason
    assert isinstance(items[2], Problem) and items[2].line == 4  # the blank line 3 counts, and is no problem
    assert str(items[2]).startswith(f"{tmp_path / 'feed.jsonl'}:4: ")


@pytest.mark.parametrize("line, reason", [
    ({"id": "x", "text": ["a", "list"]}, '"text" must be a string, not an array'),
    ({"id": "x", "text": 5}, '"text" must be a string, not a number'),
    ({"id": "x", "text": None}, '"text" must be a string, not null'),
    ({"id": "", "text": ENGLISH}, 'needs an "id"'),
    ({"id": True, "text": ENGLISH}, 'needs an "id"'),
    ({"id": "\x00\x01", "text": ENGLISH}, 'needs an "id"'),
    ({"text": ENGLISH}, 'needs an "id"'),
    ({"id": "x", "text": "   "}, "empty article"),
    ({"id": "x", "text": ENGLISH, "date": "2022-02-30"}, "impossible date '2022-02-30'"),
    ({"id": "x", "text": ENGLISH, "date": "May 2022"}, "impossible date 'May 2022'"),
    ({"id": "x", "text": ENGLISH, "date": {"y": 2022}}, "impossible date"),
    ([1, 2], "must hold a JSON object, not an array"),
    ("just a string", "must hold a JSON object, not a string"),
    (b"[" * 100_000, "nested too deeply"),
    (b'{"id": "x", "text": "caf\xe9"}', "not UTF-8 (byte 0xe9 at column 25)"),
    (b'{"id": "x", "text": "a\x00b"}', "malformed JSON (Invalid control character"),
])
def test_bad_json_lines_are_problems_with_their_line_number(tmp_path, line, reason):
    good = {"id": "good", "text": ENGLISH}
    items = _jsonl(tmp_path, good, line, good | {"id": "good2"})
    assert [type(i) for i in items] == [Article, Problem, Article]
    assert items[1].line == 2 and reason in items[1].reason


def test_json_escapes_of_nul_and_lone_surrogates_are_cleaned(tmp_path):
    (article,) = _jsonl(tmp_path, b'{"id": "x", "title": 7, "url": "  ", "text": "' + ENGLISH.encode()
                        + b' NUL\\u0000 here, lone \\ud800 there, pair \\ud83d\\ude00 kept."}')
    assert "NUL  here" in article.text and "lone \ufffd there" in article.text and "\U0001F600" in article.text
    assert article.title is None and article.url is None  # not strings, or blank: dropped
    article.text.encode("utf-8")  # no lone surrogate left to fail later


def test_bom_empty_and_oversized_jsonl(tmp_path):
    (article,) = _jsonl(tmp_path, b'\xef\xbb\xbf' + json.dumps({"id": "b", "text": ENGLISH}).encode())
    assert article.id == "b"
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert _problem(empty) == "empty file"
    long_line = b'{"id": "big", "text": "' + b"a " * (MAX_ARTICLE_BYTES // 2) + b'"}'
    items = _jsonl(tmp_path, long_line, {"id": "after", "text": ENGLISH}, name="big.jsonl")
    assert "line too long" in items[0].reason and items[0].line == 1 and items[1].id == "after"


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g", "text": "Germany and France signed an agreement on energy cooperation."}) + "\n")
    article = _only(path)
    assert article.id == "g" and article.date is None


def test_a_truncated_gzip_keeps_what_came_before_and_says_where_it_broke(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    lines = [json.dumps({"id": f"a{i}", "text": f"{ENGLISH} {_random_bytes(400).hex()}"}) for i in range(600)]
    data = gzip.compress("\n".join(lines).encode())
    path.write_bytes(data[: len(data) * 3 // 4])
    items = _read(path, check_language=False)
    assert all(isinstance(i, Article) for i in items[:-1]) and len(items) > 100
    assert "truncated or corrupt gzip file: unreadable after line" in items[-1].reason
    assert count_articles([path]) > 100  # counting for the progress bar does not raise either


def test_not_a_gzip_file(tmp_path):
    path = tmp_path / "plain.jsonl.gz"
    path.write_text(json.dumps({"id": "x", "text": ENGLISH}))
    assert "truncated or corrupt gzip file: unreadable from the start" in _problem(path)
    assert count_articles([path]) == 1


# -- .html -----------------------------------------------------------------------------


def test_html_article_with_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Talks</title><meta name='date' content='2022-05-17'></head><body>"
                    f"<article><p>{ENGLISH * 5}</p></article></body></html>")
    article = _only(path)
    assert article.id == "page.html" and article.title == "Talks" and article.date == dt.date(2022, 5, 17)
    assert article.text.startswith("The minister met the envoy")


@pytest.mark.parametrize("content, reason", [
    (b"<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>", "no article text"),
    (b"<" * 5000, "no article text"),
    (b"", "empty file"),
    (b"\x00<html>", "binary file"),
])
def test_html_without_article_text_is_a_problem(tmp_path, content, reason):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    assert reason in _problem(path)


# -- files, folders and the file system --------------------------------------------------


def test_unknown_extension_missing_path_and_special_files(tmp_path):
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK..")
    assert "unsupported file type" in _problem(other)
    assert "no such file" in _problem(tmp_path / "missing.txt")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert _problem(fifo) == "not a regular file (a named pipe); skipped unread"  # opening it would block
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    assert "broken link" in _problem(tmp_path / "dangling.txt")


@pytest.mark.parametrize("name", ["x.jsonl", "x.jsonl.gz", "x.ndjson", "x.txt", "x.html"])
def test_a_fifo_in_a_folder_is_counted_and_skipped_without_being_opened(tmp_path, name):
    (tmp_path / "a.txt").write_text(ENGLISH)
    os.mkfifo(tmp_path / name)  # no writer: opening it for reading would block forever
    assert count_articles([tmp_path]) == 2
    article, problem = _read(tmp_path)
    assert article.id == "a.txt"
    assert problem.source.endswith(name) and problem.reason.startswith("not a regular file (a named pipe)")


def test_a_file_name_that_is_not_utf8_still_makes_an_id(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "w") as handle:
        handle.write(ENGLISH)
    article = _only(tmp_path)
    assert article.id == "caf\ufffd.txt"
    article.content_hash  # noqa: B018 -- encodes the id


def test_a_folder_walk_skips_hidden_files_and_folders(tmp_path):
    for name in ("a.txt", ".hidden.txt", ".ipynb_checkpoints/a-checkpoint.txt", "sub/b.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ENGLISH)
    assert [a.id for a in _read(tmp_path)] == ["a.txt", "b.txt"]
    assert count_articles([tmp_path]) == 2
    (empty := tmp_path / "empty").mkdir()
    assert _problem(empty) == "folder holds no files"


def test_a_file_that_vanishes_while_the_folder_is_read(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ENGLISH)
    items = read_articles([tmp_path])
    assert next(items).id == "a.txt"
    (tmp_path / "b.txt").unlink()  # listed, not yet read
    vanished, last = list(items)
    assert "b.txt" in vanished.source and "vanished" in vanished.reason
    assert last.id == "c.txt"


def test_duplicate_ids_are_problems_and_a_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text(ENGLISH)
    (tmp_path / "y").mkdir()
    (tmp_path / "y" / "a.txt").write_text(ENGLISH + " Again.")
    items = list(read_articles([tmp_path / "x", tmp_path / "x" / "a.txt", tmp_path / "y"]))
    assert isinstance(items[0], Article) and len(items) == 2
    assert "duplicate article id 'a.txt'" in items[1].reason and "x/a.txt" in items[1].reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder; tests/test_robustness.py covers this "
                                              "as an unprivileged user")
def test_an_unreadable_folder_is_a_problem(tmp_path):
    (locked := tmp_path / "locked").mkdir()
    (locked / "a.txt").write_text(ENGLISH)
    locked.chmod(0)
    try:
        assert "cannot read folder (permission denied)" in _problem(locked)
    finally:
        locked.chmod(0o755)


def test_non_english_article_is_skipped(tmp_path):
    path = tmp_path / "de.txt"
    path.write_text("Die Bundeskanzlerin traf sich am Montag mit dem französischen Präsidenten in Berlin, "
                    "um über die Lage in der Ukraine und die Energiepreise zu sprechen.")
    assert "article 'de.txt' is not English (de, " in _problem(path)


# -- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("2022-05-17", dt.date(2022, 5, 17)), ("2022-5-7", dt.date(2022, 5, 7)),
    ("2022-05-17T10:00:00Z", dt.date(2022, 5, 17)), ("May 17, 2022", dt.date(2022, 5, 17)),
    ("Tue, 17 May 2022 10:00:00 +0000", dt.date(2022, 5, 17)), ("20220517", dt.date(2022, 5, 17)),
    ("2022-13-01", None), ("2022-02-29", None), ("2024-02-29", dt.date(2024, 2, 29)),
    ("yesterday-ish", None), ("17", None), ("May 2022", None), ("2022", None), ("", None),
    ("1066-10-14", None), ("9999-12-31", None), ("2022-05-99999999999999999999999", None),
    ("May 17, 2022 " * 20, None), ("2022/05/17", dt.date(2022, 5, 17)), ("17/05/2022", dt.date(2022, 5, 17)),
    ("05/17/2022", dt.date(2022, 5, 17)), ("04/04/2022", dt.date(2022, 4, 4)), ("03/04/2022", None),
    ("31/02/2022", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_counting_for_the_progress_bar_gives_up_past_its_time(tmp_path):
    path = tmp_path / "bad.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b"y\n" * 300_000)
    assert count_articles([path]) == 300_000
    assert count_articles([path], seconds=0) is None  # a bar without a total, started at once
