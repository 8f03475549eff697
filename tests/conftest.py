"""Shared fixtures: the real spaCy pipeline, the seed article, a build of seeds/ done once."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f796f84a09fbece7.txt"
# The shared folder beside the repository (CI), or where DIPKG_SHARED says (a git worktree).
SHARED = Path(os.environ.get("DIPKG_SHARED", ROOT.parent / "shared"))
BENCH = SHARED / "bench" / "news.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Relations of a text as (subject label, predicate, object label) triples, resolved."""
    from kg.model import Article
    from kg.pipeline import analyse

    def run(text: str, *, date: dt.date | None = dt.date(2022, 5, 17), full: bool = False):
        result = analyse(Article(id="test.txt", text=text, date=date), nlp)
        if full:
            return result
        return {(r.subject.label, r.predicate, r.object.label) for r in result.relations}

    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """``kg build seeds --out DIR``, done once for the session."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("build")
    summary = build([ROOT / "seeds"], out)
    return out, summary
