"""Run the stages in order: ingest → nlp → extract → resolve → rdf → store → analytics → views.

This module only wires the stages together.

>>> from pathlib import Path
>>> results = [r for r in run([Path("seeds")]) if not isinstance(r, Problem)]
>>> any(r.predicate == "met" for r in results[0].relations)
True
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract import Extracted, extract
from kg.ingest import read_articles
from kg.model import Article, ArticleResult, Problem
from kg.nlp import MAX_CHUNK_CHARS, load_pipeline
from kg.resolve import DEFAULT_BASE, Resolver


def default_workers() -> int:
    """One worker per core."""
    return max(1, os.cpu_count() or 1)


def run(paths: Iterable[Path], *, model: str | None = None, workers: int = 1, batch_size: int = 32,
        resolver: Resolver | None = None) -> Iterator[ArticleResult | Problem]:
    """Extract and resolve every article under ``paths``; a Problem for each input skipped."""
    return resolve_items(extract_items(read_articles(paths), model=model, workers=workers, batch_size=batch_size),
                         resolver=resolver)


def resolve_items(items: Iterable[tuple[Article, Extracted] | Problem], *,
                  resolver: Resolver | None = None) -> Iterator[ArticleResult | Problem]:
    resolver = resolver or Resolver()
    for item in items:
        if isinstance(item, Problem):
            yield item
        else:
            article, found = item
            yield resolver.resolve(article, list(found.relations), found.mentions)


def extract_items(items: Iterable[Article | Problem], *, model: str | None = None, workers: int = 1,
                  batch_size: int = 32) -> Iterator[tuple[Article, Extracted] | Problem]:
    """Parse and extract each article, streaming; Problems pass through in order."""
    nlp = load_pipeline(model)
    pending: list[Problem] = []

    def chunks() -> Iterator[tuple[str, tuple[Article, int, bool]]]:
        for item in items:
            if isinstance(item, Problem):
                pending.append(item)
            else:
                yield from _chunks(item)

    parts: list[Extracted] = []
    docs = nlp.pipe(chunks(), as_tuples=True, batch_size=batch_size, n_process=max(1, workers))
    for doc, (article, offset, last) in docs:
        yield from _drain(pending)
        parts.append(extract(doc, article, offset=offset))
        if last:
            yield article, _merge(parts)
            parts = []
    yield from _drain(pending)


def _drain(pending: list[Problem]) -> Iterator[Problem]:
    while pending:
        yield pending.pop(0)


def _chunks(article: Article) -> Iterator[tuple[str, tuple[Article, int, bool]]]:
    """Split an enormous article at paragraph or sentence breaks so spaCy never holds too much."""
    text = article.text
    if len(text) <= MAX_CHUNK_CHARS:
        yield text, (article, 0, True)
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_CHUNK_CHARS)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
            end = cut + 1 if cut > start else end
        yield text[start:end], (article, start, end >= len(text))
        start = end


def _merge(parts: list[Extracted]) -> Extracted:
    if len(parts) == 1:
        return parts[0]
    return Extracted(tuple(m for p in parts for m in p.mentions), tuple(r for p in parts for r in p.relations))


# -- build: the whole job behind `kg build` ----------------------------------------------


@dataclass
class BuildSummary:
    out: Path
    articles: int = 0
    unchanged: int = 0
    relations: int = 0
    problems: list[Problem] = field(default_factory=list)
    triples: int = 0
    validation: object | None = None
    files: dict[str, Path] = field(default_factory=dict)


def build(paths: Iterable[Path], out: Path, *, model: str | None = None, workers: int = 1, store: str | None = None,
          base: str = DEFAULT_BASE, validate: bool = True, html: bool = True,
          on_article: Callable[[Article | Problem], None] | None = None, strict: bool = False) -> BuildSummary:
    """Build the graph of ``paths`` into ``out``: the store, graph.trig, graph.html and report.md."""
    from kg import analytics, rdf, report, views
    from kg.ontology import ontology_graph
    from kg.store import open_store

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    graph_store = open_store(store or out / "store", base=base)
    graph_store.replace_graph(rdf.ontology_graph_iri(base=base), ontology_graph())
    summary = BuildSummary(out=out)
    seen = graph_store.article_hashes()

    def fresh(items: Iterable[Article | Problem]) -> Iterator[Article | Problem]:
        for item in items:
            if isinstance(item, Article) and item.content_hash in seen:
                summary.unchanged += 1
                if on_article:
                    on_article(item)
                continue
            yield item

    items = extract_items(fresh(read_articles(paths)), model=model, workers=workers)
    for result in resolve_items(items, resolver=Resolver(base=base)):
        if on_article:
            on_article(result if isinstance(result, Problem) else result.article)
        if isinstance(result, Problem):
            summary.problems.append(result)
            if strict:
                raise StrictStop(result)
            continue
        graph_store.replace_article(rdf.to_rdf(result, base=base))
        summary.articles += 1
        summary.relations += len(result.relations)
    summary.triples = graph_store.count()
    if hasattr(graph_store, "flush"):
        graph_store.flush()
    summary.files["trig"] = out / "graph.trig"
    graph_store.dump(summary.files["trig"], format="trig")
    G = analytics.graph_from_store(graph_store)
    if html:
        summary.files["html"] = views.write_html(G, out / "graph.html", title="dipkg: diplomatic relations")
    summary.files["report"] = out / "report.md"
    summary.files["report"].write_text(report.build_report(
        G, articles=summary.articles + summary.unchanged, skipped=[str(p) for p in summary.problems]),
        encoding="utf-8")
    if validate:
        from kg.validate import validate_graph

        summary.validation = validate_graph(graph_store.to_rdflib())
    graph_store.close()
    return summary


class StrictStop(RuntimeError):
    """Raised by ``build(strict=True)`` at the first input that had to be skipped."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem
