#!/usr/bin/env python3
"""Which language identifier tells English news from the rest: lingua, langid, py3langid, pycld2.

    .venv/bin/python bench/language.py [--out bench/RESULTS-language.md]

Each detector runs in its own process (so that its peak memory is its own) over:

- ``eval/plover/sentences.jsonl``: one-sentence English event reports (PLOVER suite);
- the first 2,000 articles of ``../shared/bench/news.jsonl`` (English news, Reuters and
  Wikinews; never copied into the project), skipped with a message where it is absent;
- ``eval/language/samples.jsonl``: hand-written news in German, French, Spanish,
  Russian, Chinese and Japanese (three sentences, and one), and hard English (names,
  headlines, datelines, an earnings table, quoted foreign passages).

A text counts as English when the detector's best guess is English. Needs the
detectors installed (the ``bench`` extra: ``pip install -e ".[bench]"``). ``stopwords`` is
the check kg.ingest made before (English function words), as a baseline.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLOVER = ROOT / "eval" / "plover" / "sentences.jsonl"
SAMPLES = ROOT / "eval" / "language" / "samples.jsonl"
# The shared folder beside the repository, or where DIPKG_SHARED says (a git worktree).
CORPUS = Path(os.environ.get("DIPKG_SHARED", ROOT.parent / "shared")) / "bench" / "news.jsonl"
DETECTORS = ("stopwords", "lingua-high", "lingua-low", "py3langid", "langid", "pycld2", "pycld2-best-effort")
FIRST_ARTICLES = 2000


def detector(name: str):
    """A function text -> (ISO 639-1 code or 'un', confidence), built as the library documents."""
    if name == "stopwords":
        return stopword_rule
    if name.startswith("lingua"):
        from lingua import LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_all_languages()
        built = (builder.with_low_accuracy_mode() if name == "lingua-low" else builder).build()

        def lingua(text: str):
            values = built.compute_language_confidence_values(text)
            if not values:
                return "un", 0.0
            return values[0].language.iso_code_639_1.name.lower(), values[0].value
        return lingua
    if name == "py3langid":
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True).classify
    if name == "langid":
        from langid.langid import LanguageIdentifier, model

        return LanguageIdentifier.from_modelstring(model, norm_probs=True).classify
    if name.startswith("pycld2"):
        import pycld2

        def cld2(text: str):
            try:
                reliable, _, details = pycld2.detect(text, bestEffort=name == "pycld2-best-effort")
            except pycld2.error:
                return "un", 0.0
            code, percent = details[0][1], details[0][2]
            return ("un" if code == "un" else code[:2]), percent / 100 * (1.0 if reliable else 0.5)
        return cld2
    raise ValueError(name)


def stopword_rule(text: str):
    """The check kg.ingest had before: under 20% English stop words among 12 words or more is not English."""
    import re

    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < 12:
        return "un", 0.0
    share = sum(word in STOP_WORDS for word in words) / len(words)
    return ("en", share) if share >= 0.2 else ("xx", 1 - share)


def load_sets() -> dict[str, list[dict]]:
    sets = {"plover": [dict(json.loads(line), lang="en") for line in PLOVER.open(encoding="utf-8")]}
    samples = [json.loads(line) for line in SAMPLES.open(encoding="utf-8")]
    sets["samples-en"] = [s for s in samples if s["lang"] == "en"]
    sets["samples-foreign"] = [s for s in samples if s["lang"] != "en"]
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as handle:
            sets["bench-2000"] = [dict(json.loads(next(handle)), lang="en") for _ in range(FIRST_ARTICLES)]
    return sets


def child(name: str) -> None:
    """Run one detector over every set; print JSON with its answers, time and peak memory."""
    started = time.perf_counter()
    detect = detector(name)
    answers, seconds = {}, {}
    for set_name, texts in load_sets().items():
        begin = time.perf_counter()
        answers[set_name] = [[t["id"], t["lang"], *detect(t["text"])] for t in texts]
        seconds[set_name] = time.perf_counter() - begin
    print(json.dumps({"answers": answers, "seconds": seconds, "total": time.perf_counter() - started,
                      "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def measure(name: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", name], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def rejected(answer: list, threshold: float = 0.0) -> bool:
    """The rule of ``kg.ingest``: a text is refused when its best guess is another language, above ``threshold``."""
    return answer[2] not in ("en", "un") and answer[3] > threshold


def score(result: dict) -> dict:
    """English texts kept, foreign texts refused (and with their language named), at the top-1 rule.

    Also the least confidence threshold that keeps every English text, and how many
    foreign texts that threshold still refuses: a detector that needs a high one is not
    sure of its short-text guesses.
    """
    answers = result["answers"]
    english = [a for name, rows in answers.items() if name != "samples-foreign" for a in rows]
    foreign = answers["samples-foreign"]
    threshold = max((a[3] for a in english if rejected(a)), default=0.0)
    return {"kept": {name: sum(not rejected(a) for a in rows) for name, rows in answers.items()
                     if name != "samples-foreign"},
            "refused": sum(rejected(a) for a in foreign), "named": sum(a[2] == a[1] for a in foreign),
            "foreign": len(foreign), "threshold": threshold,
            "refused_at_threshold": sum(rejected(a, threshold) for a in foreign),
            "misjudged": [a for rows in answers.values() for a in rows if a[2] != a[1]]}


def report(results: dict[str, dict]) -> str:
    sizes = {name: len(rows) for name, rows in next(iter(results.values()))["answers"].items()}
    english_sets = [name for name in sizes if name != "samples-foreign"]
    lines = ["# Language identification: which library tells English news from the rest", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
             "Reproduce: `DIPKG_SHARED=../shared .venv/bin/python bench/language.py --out "
             "bench/RESULTS-language.md` with the detectors installed (`pip install -e \".[bench]\"`). "
             "`stopwords` is the check `kg` made before (at least 20% English function words among 12 words "
             "or more), as a baseline; it names no language (`xx`).", "",
             "Rule (that of `kg.ingest`): a text is refused as not English when the detector's best guess is "
             "another language; an unknown guess keeps it. English sets: texts kept (higher is better, every "
             "one is English). Foreign: the hand-written German, French, Spanish, Russian, Chinese, Japanese "
             "(three sentences and one), Italian, Portuguese, Dutch, Polish, Turkish and Arabic (one sentence) "
             "texts refused, and in brackets those whose language was named right. \"threshold\": the least "
             "confidence above which refusing keeps every English text, and the foreign texts still refused "
             "above it. Time: model loading and all the sets; memory: the detector process's peak resident "
             "size.", "",
             "| detector | " + " | ".join(f"{n} kept (of {sizes[n]})" for n in english_sets)
             + f" | foreign refused (named), of {sizes['samples-foreign']} | threshold: foreign refused"
             " | load + run s | peak MiB |",
             "|---|" + "---:|" * (len(english_sets) + 4)]
    for name, result in results.items():
        scored = score(result)
        cells = [str(scored["kept"][n]) for n in english_sets]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {scored['refused']} ({scored['named']}) | "
                     f"{scored['threshold']:.2f}: {scored['refused_at_threshold']} | {result['total']:.1f} | "
                     f"{result['peak_mib']:,.0f} |")
    lines += ["", "## Misjudged texts (best guess not the text's language)", ""]
    for name, result in results.items():
        wrong = [f"{a[0]} ({a[1]} taken as {a[2]}, {a[3]:.2f})" for a in score(result)["misjudged"]]
        lines.append(f"- **{name}** ({len(wrong)}): " + ("; ".join(wrong[:25]) or "none")
                     + (f"; and {len(wrong) - 25} more" if len(wrong) > 25 else ""))
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help="Write the Markdown table here (default: stdout).")
    parser.add_argument("--detectors", nargs="*", default=list(DETECTORS))
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    if not CORPUS.exists():
        print(f"note: no corpus at {CORPUS}; the bench-2000 set is left out", file=sys.stderr)
    text = report({name: measure(name) for name in args.detectors})
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
