"""Quality floors on the project's own annotated sets, so that a rule change that breaks
generalisation fails here (the numbers themselves are measured by bench/quality.py)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import ROOT


def test_plover_sentence_suite_floor(nlp):
    from kg.evaluate import plover_summary, score_sentence
    from kg.model import Article
    from kg.pipeline import analyse

    scores = []
    for line in (ROOT / "eval" / "plover" / "sentences.jsonl").read_text().splitlines():
        case = json.loads(line)
        date = dt.date.fromisoformat(case["date"]) if case.get("date") else None
        relations = [r.to_json() for r in analyse(Article(id=case["id"], text=case["text"], date=date), nlp).relations]
        scores.append(score_sentence(case, relations))
    summary = plover_summary(scores)
    assert summary["share"] >= 0.55, summary
    clean, total = map(int, summary["negatives_clean"].split("/"))
    assert clean >= total - 4, summary


def test_wikinews_development_set_floor():
    from kg.evaluate import evaluate
    from kg.model import Problem
    from kg.pipeline import run

    golds = sorted((ROOT / "eval" / "dev" / "gold").glob("wikinews-*.gold.json"))
    if not golds:
        pytest.skip("no Wikinews development gold in eval/dev/gold")
    predictions = [r.to_json() for result in run([ROOT / "eval" / "dev" / "wikinews.jsonl"])
                   if not isinstance(result, Problem) for r in result.relations]
    summary = evaluate(golds, predictions).summary()
    assert summary["precision"] >= 0.75 and summary["f1"] >= 0.4, summary
    assert summary["junk_nodes"] <= 1, summary
