#!/usr/bin/env python3
"""Extraction quality: dipkg against a peer baseline (textacy's SVO triples), on gold articles
and on the PLOVER sentence suite.

    .venv/bin/python bench/quality.py                 # seed, development and held-out sets, PLOVER suites, date probe
    .venv/bin/python bench/quality.py --no-baseline   # dipkg only

The baseline maps textacy's ``subject_verb_object_triples`` onto our vocabulary with the same
trigger lexicon (verb lemma -> predicate), which is as fair as a verb-only baseline can be.
Needs the ``bench`` extra (``pip install -e ".[bench]"``) for textacy. Reuters texts of the
development set are read from ../shared/bench/news.jsonl (not shipped with the project).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import date_probe_summary, evaluate, plover_summary, score_date_case, score_sentence  # noqa: E402
from kg.lexicon import triggers  # noqa: E402
from kg.model import Article, Problem  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.pipeline import analyse, run  # noqa: E402

SEED_GOLD = ROOT.parent / "shared" / "eval" / "000_f796f84a09fbece7.gold.json"
BENCH = ROOT.parent / "shared" / "bench" / "news.jsonl"


def gold_articles(folder: Path, workdir: Path) -> list[Path]:
    """The articles of a gold folder (eval/dev, eval/heldout): Wikinews shipped in the folder,
    Reuters read from ../shared/bench/news.jsonl (not shipped with the project)."""
    paths = [folder / "wikinews.jsonl"]
    wanted = {json.loads(p.read_text())["article"] for p in (folder / "gold").glob("reuters*.json")}
    if wanted and BENCH.exists():
        reuters = workdir / f"reuters_{folder.name}.jsonl"
        with open(BENCH, encoding="utf-8") as source, open(reuters, "w", encoding="utf-8") as sink:
            sink.writelines(line for line in source if json.loads(line)["id"] in wanted)
        paths.append(reuters)
    return paths


def dipkg_predictions(paths: list[Path]) -> list[dict]:
    return [r.to_json() for result in run(paths) if not isinstance(result, Problem) for r in result.relations]


def textacy_predictions(paths: list[Path]) -> list[dict]:
    """textacy SVO triples whose verb lemma is a trigger of ours, subject and object as written."""
    import textacy.extract

    from kg.ingest import read_articles

    verbs = {}
    for trigger in triggers():
        for pattern in trigger.verbs:
            if not pattern.middle and not pattern.prep:
                verbs.setdefault(pattern.head, trigger.predicate)
    nlp = load_pipeline()
    records = []
    for article in read_articles(paths):
        if isinstance(article, Problem):
            continue
        doc = nlp(article.text)
        for triple in textacy.extract.subject_verb_object_triples(doc):
            lemma = triple.verb[-1].lemma_.lower()
            if lemma not in verbs:
                continue
            subject, obj = " ".join(t.text for t in triple.subject), " ".join(t.text for t in triple.object)
            records.append({"subject": {"id": subject, "label": subject, "type": "Thing"}, "predicate": verbs[lemma],
                            "object": {"id": obj, "label": obj, "type": "Thing"}, "date": None,
                            "article": article.id, "sentence": "", "span": [0, 0], "confidence": 1.0})
    return records


def plover_scores(cases: list[dict], extractor) -> dict:
    return plover_summary([score_sentence(case, extractor(case)) for case in cases])


def dipkg_sentence(case: dict) -> list[dict]:
    date = dt.date.fromisoformat(case["date"]) if case.get("date") else None
    return [r.to_json() for r in analyse(Article(id=case["id"], text=case["text"], date=date)).relations]


def textacy_sentence(case: dict) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.jsonl"
        path.write_text(json.dumps({"id": case["id"], "text": case["text"]}) + "\n")
        return textacy_predictions([path])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-baseline", action="store_true", help="skip textacy")
    parser.add_argument("--eval", type=Path, default=ROOT / "eval", metavar="DIR",
                        help="the evaluation folder (dev/, heldout/, plover/); default eval/")
    parser.add_argument("--markdown", type=Path, metavar="FILE",
                        help="also write the report as Markdown tables (bench/RESULTS-quality.md is made so)")
    args = parser.parse_args(argv)
    report = {}
    with tempfile.TemporaryDirectory() as tmp:
        sets = {"seed": ([ROOT / "seeds"], [SEED_GOLD])}
        for name in ("dev", "heldout"):  # the held-out set is measured here, never tuned on
            folder = args.eval / name
            sets[name] = (gold_articles(folder, Path(tmp)), sorted((folder / "gold").glob("*.gold.json")))
        for name, (paths, golds) in sets.items():
            if not all(g.exists() for g in golds):
                continue
            result = evaluate(golds, dipkg_predictions(paths))
            report[name] = {"dipkg": result.summary()}
            if name != "seed":
                report[name]["dipkg_per_predicate"] = result.per_predicate()
            if not args.no_baseline:
                report[name]["textacy"] = evaluate(golds, textacy_predictions(paths)).summary()
    for name, file in (("plover", "sentences.jsonl"), ("plover_heldout", "heldout.jsonl")):
        path = args.eval / "plover" / file
        if not path.exists():
            continue
        cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        report[name] = {"dipkg": plover_scores(cases, dipkg_sentence)}
        if not args.no_baseline:
            report[name]["textacy"] = plover_scores(cases, textacy_sentence)
    probe = args.eval / "dates" / "probe.jsonl"
    if probe.exists():
        cases = [json.loads(line) for line in probe.read_text().splitlines() if line.strip()]
        report["dates"] = {"dipkg": date_probe_summary([score_date_case(c, dipkg_sentence(c)) for c in cases])}
    print(json.dumps(report, indent=1))
    if args.markdown:
        args.markdown.write_text(render_markdown(report), encoding="utf-8")
    return 0


_SETS = {"seed": "seed", "dev": "development (eval/dev)", "heldout": "held-out (eval/heldout)"}
_SUITES = {"plover": "development (eval/plover/sentences.jsonl)", "plover_heldout": "held-out (eval/plover/heldout.jsonl)"}


def render_markdown(report: dict) -> str:
    """The report as Markdown tables: gold sets, PLOVER suites, the date probe, per predicate."""
    lines = ["# Extraction quality", "",
             "Measured with `.venv/bin/python bench/quality.py --markdown bench/RESULTS-quality.md` (the textacy",
             "column needs the `bench` extra; `--no-baseline` leaves it out). Reuters texts are read from",
             "`../shared/bench/news.jsonl`. The held-out sets are measured here and never used to tune rules",
             "(`eval/README.md`).", "", "## Gold articles (micro-averaged over required relations)", "",
             "| set | articles | precision | recall | F1 | date accuracy | junk nodes | split entities | textacy F1 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, label in _SETS.items():
        if name in report:
            r, base = report[name]["dipkg"], report[name].get("textacy", {})
            lines.append(f"| {label} | {r['articles']} | {r['precision']} | {r['recall']} | {r['f1']} | "
                         f"{r['date_accuracy']} | {r['junk_nodes']} | {r['split_entities']} | {base.get('f1', '–')} |")
    lines += ["", "## PLOVER sentence suites", "",
              "Share of positive sentences with a relation of the coded type between a source and a target.", "",
              "| suite | sentences | dipkg | textacy | negatives clean |", "|---|---:|---:|---:|---:|"]
    suites = [name for name in _SUITES if name in report]
    for name in suites:
        r, base = report[name]["dipkg"], report[name].get("textacy", {})
        lines.append(f"| {_SUITES[name]} | {r['sentences']} | {r['share']} | {base.get('share', '–')} | "
                     f"{r['negatives_clean']} |")
    if suites:
        lines += ["", "| type | " + " | ".join(n.replace("plover_", "").replace("plover", "development")
                                            for n in suites) + " |", "|---|" + "---:|" * len(suites)]
        types = sorted({t for n in suites for t in report[n]["dipkg"]["by_type"]})
        for kind in types:
            lines.append(f"| {kind} | " + " | ".join(report[n]["dipkg"]["by_type"].get(kind, "–") for n in suites) + " |")
    if "dates" in report:
        r = report["dates"]["dipkg"]
        lines += ["", "## Date probe (eval/dates/probe.jsonl, held out)", "",
                  f"{r['dated']} of {r['cases']} relations found with the right date ({r['found']} found at all); "
                  f"{r['far_dated']} relations dated more than a year from their article.", "",
                  "| shape | right date |", "|---|---:|"]
        lines += [f"| {shape} | {score} |" for shape, score in sorted(r["by_shape"].items())]
    for name in ("dev", "heldout"):
        table = report.get(name, {}).get("dipkg_per_predicate")
        if not table:
            continue
        lines += ["", f"## Per predicate, {_SETS[name]}", "",
                  "| predicate | predicted | correct | precision | required | found | recall |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        lines += [f"| {p} | {v['predicted']} | {v['correct']} | {v['precision']} | {v['required']} | {v['found']} | "
                  f"{v['recall']} |" for p, v in sorted(table.items())]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
