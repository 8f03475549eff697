"""The language check: English news of any shape is kept, foreign news is refused with its language named."""
from __future__ import annotations

import itertools
import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import read_articles
from kg.language import detect_language, is_english
from kg.model import Article, Problem

from conftest import BENCH, ROOT

SAMPLES = [json.loads(line) for line in (ROOT / "eval" / "language" / "samples.jsonl").open(encoding="utf-8")]
PLOVER = [json.loads(line) for line in (ROOT / "eval" / "plover" / "sentences.jsonl").open(encoding="utf-8")]
THREE_SENTENCES = [s for s in SAMPLES if s["lang"] != "en" and not s["id"].endswith("short")]
runner = CliRunner()


def _read_feed(tmp_path, records, **options) -> list:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records),
                    encoding="utf-8")
    return list(read_articles([path], **options))


@pytest.mark.parametrize("sample", THREE_SENTENCES, ids=lambda s: s["id"])
def test_three_sentences_of_foreign_news_are_refused_with_the_language_named(tmp_path, sample):
    (problem,) = _read_feed(tmp_path, [sample])
    assert isinstance(problem, Problem)
    assert f"article {sample['id']!r} is not English ({sample['lang']}, " in problem.reason


@pytest.mark.parametrize("sample", [s for s in SAMPLES if s["lang"] == "en"], ids=lambda s: s["id"])
def test_short_name_heavy_and_mixed_english_is_english(sample):
    # Names and titles, headlines in title case, datelines, an earnings table, quoted German and French.
    assert is_english(detect_language(sample["text"])), detect_language(sample["text"])


def test_every_one_sentence_event_report_is_kept(tmp_path):
    items = _read_feed(tmp_path, PLOVER)
    assert [i for i in items if isinstance(i, Problem)] == []
    assert len(items) == len(PLOVER)


def test_the_message_names_the_language_and_its_share():
    german = next(s for s in SAMPLES if s["id"] == "de-1")["text"]
    language = detect_language(german)
    assert (language.code, str(language)) == ("de", f"de, {language.confidence:.2f}")
    assert language.confidence > 0.9


@pytest.mark.parametrize("text", ["1,234 5,678 9.1", "", "--- *** ---"])
def test_a_text_with_nothing_to_tell_is_kept(text):
    assert is_english(detect_language(text))


def test_language_check_off_takes_every_article(tmp_path):
    items = _read_feed(tmp_path, THREE_SENTENCES, check_language=False)
    assert all(isinstance(i, Article) for i in items)


def test_extract_language_check_off_reads_a_german_article(tmp_path):
    path = tmp_path / "de.txt"
    path.write_text(THREE_SENTENCES[0]["text"], encoding="utf-8")
    refused = runner.invoke(app, ["extract", str(path), "--workers", "1"])
    assert refused.exit_code == 1 and "is not English (de, " in refused.stderr
    taken = runner.invoke(app, ["extract", str(path), "--workers", "1", "--language-check", "off"])
    assert taken.exit_code == 0 and "skipped" not in taken.stderr, taken.stderr
    wrong = runner.invoke(app, ["extract", str(path), "--language-check", "maybe"])
    assert wrong.exit_code == 2 and "--language-check must be on or off" in wrong.stderr


@pytest.mark.skipif(not BENCH.exists(), reason=f"the bench corpus is not at {BENCH} (set DIPKG_SHARED)")
def test_the_first_2000_bench_articles_are_all_english(tmp_path):
    with BENCH.open(encoding="utf-8") as handle:
        (tmp_path / "bench.jsonl").write_text("".join(itertools.islice(handle, 2000)), encoding="utf-8")
    refused = [str(i) for i in read_articles([tmp_path / "bench.jsonl"]) if isinstance(i, Problem)]
    assert refused == []


@pytest.mark.parametrize("text", ["Vladimir Putin met Recep Tayyip Erdogan on December 28.",
                                  "Recep Tayyip Erdogan criticised Kyriakos Mitsotakis.",
                                  "Jair Bolsonaro met Alberto Fernandez."])
def test_a_short_report_of_foreign_names_is_read_by_its_other_words(text):
    # CLD2 reads the names alone as Turkish or Interlingua; a short text is told by its lower-case words.
    assert is_english(detect_language(text)), detect_language(text)
