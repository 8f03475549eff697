#!/usr/bin/env python3
"""Corpus-scale checks on the first N articles of ../shared/bench/news.jsonl.

    .venv/bin/python bench/corpus_checks.py            # N = 1000
    .venv/bin/python bench/corpus_checks.py -n 2000 --workers 2

Prints the share of ``requested`` relations whose trigger is "told"/"telling" (a request needs
an action asked for: "told reporters" is none), the predicates' counts and the 20 most central
actors, each marked when it is a news medium (a news agency at the centre of a diplomatic
graph means reporting verbs are read as relations).
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import gazetteer  # noqa: E402
from kg.analytics import centrality, graph_from_records  # noqa: E402
from kg.model import Problem  # noqa: E402
from kg.pipeline import run  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench" / "news.jsonl"
_MEDIA_WORDS = {"agency", "news", "radio", "television", "tv", "daily", "newspaper", "press", "times", "post",
                "journal", "telegraph", "herald", "tribune"}


def is_medium(label: str) -> bool:
    """A news medium: the gazetteer says so, or its name has a word of the trade."""
    known = gazetteer.organization(label)
    return bool((known and known.type == "MediaOrganization")
                or _MEDIA_WORDS & {w.lower().strip(".,") for w in label.split()})


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="articles from the start of the corpus")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if not BENCH.exists():
        print(f"skipped: {BENCH} not found", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        head = Path(tmp) / "head.jsonl"
        with open(BENCH, encoding="utf-8") as source:
            head.write_text("".join(itertools.islice(source, args.n)), encoding="utf-8")
        records = [r.to_json() for result in run([head], workers=args.workers) if not isinstance(result, Problem)
                   for r in result.relations]
    requested = [r for r in records if r["predicate"] == "requested"]
    told = [r for r in requested if (r.get("trigger") or "").lower() in ("told", "telling", "tell", "tells")]
    G = graph_from_records({"s": r["subject"]["id"], "sl": r["subject"]["label"], "st": r["subject"]["type"],
                            "p": r["predicate"], "o": r["object"]["id"], "ol": r["object"]["label"],
                            "ot": r["object"]["type"], "date": r["date"], "article": r["article"]} for r in records)
    top = centrality(G, top=20)
    report = {
        "articles": args.n, "relations": len(records),
        "predicates": dict(Counter(r["predicate"] for r in records).most_common()),
        "requested": len(requested), "requested_told": len(told),
        "requested_told_share": round(len(told) / len(requested), 3) if requested else 0.0,
        "requested_triggers": dict(Counter((r.get("trigger") or "").lower() for r in requested).most_common(15)),
        "central": [f"{r['label']}{' (medium)' if is_medium(r['label']) else ''}" for r in top],
        "media_in_top20": [r["label"] for r in top if is_medium(r["label"])],
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
