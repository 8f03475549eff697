"""Write output files whole or not at all: to a temporary file beside the target, then renamed over it.

A full disk or a killed process then leaves the previous ``graph.trig`` (or none), never
a truncated one: a rename within a folder is atomic.

>>> import tempfile
>>> target = Path(tempfile.mkdtemp()) / "report.md"
>>> with replacing(target) as partial:
...     _ = partial.write_text("# report")
>>> target.read_text(), sorted(p.name for p in target.parent.iterdir())
('# report', ['report.md'])
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path to write ``path``'s new content to; it replaces ``path`` once the block ends without error."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_build_outputs(graph_store, summary, *, html: bool, articles: int):
    """What a build writes beside its store, each file whole or not at all: ``graph.trig`` (every
    named graph), ``graph.html`` and ``dyads.html`` (state actors), ``report.md``. Records the
    files and the triple count in ``summary``; returns the analytics graph (for the projection).
    """
    from kg import analytics, dyadview, report, views
    from kg.problems import skipped_lines

    out = summary.out
    summary.triples = graph_store.count()
    if hasattr(graph_store, "flush"):
        graph_store.flush()
    summary.files["trig"] = out / "graph.trig"
    with replacing(summary.files["trig"]) as partial:  # a full disk leaves the previous file, never half of one
        graph_store.dump(partial, format="trig")
    G = analytics.graph_from_store(graph_store)
    if html:
        states = analytics.keep_actors(G, "states")
        summary.files["html"] = out / "graph.html"
        with replacing(summary.files["html"]) as partial:
            views.write_html(states, partial, title="dipkg: diplomatic relations", scope="state actors")
        summary.files["dyads"] = out / "dyads.html"
        with replacing(summary.files["dyads"]) as partial:
            dyadview.write_dyad_page(states, partial)
    summary.files["report"] = out / "report.md"
    with replacing(summary.files["report"]) as partial:
        partial.write_text(report.build_report(G, articles=articles, skipped=skipped_lines(summary.problems),
                                               skipped_total=len(summary.problems)), encoding="utf-8")
    return G
