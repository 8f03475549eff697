"""Run the stages in order: ingest → nlp → extract → resolve → events → rdf → store → analytics → views.

This module only wires the stages together.

>>> from pathlib import Path
>>> results = [r for r in run([Path("seeds")]) if not isinstance(r, Problem)]
>>> any(r.predicate == "met" for r in results[0].relations)
True
"""
from __future__ import annotations

import functools
import itertools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from kg.events import DEFAULT_WINDOW_DAYS
from kg.extract import Extracted, extract
from kg.ingest import read_articles
from kg.model import Article, ArticleResult, Problem
from kg.nlp import MAX_CHUNK_CHARS, load_pipeline
from kg.resolve import DEFAULT_BASE, Resolver


def default_workers() -> int:
    """One worker per core."""
    return max(1, os.cpu_count() or 1)


#: A batch is the unit of work a process parses and extracts at once; it is capped in
#: characters too, so that batches of long articles stay small and both cores stay busy
#: to the end of the corpus.
BATCH_ARTICLES = 32
BATCH_CHARS = 60_000
#: Batches handed to the pool ahead of the one the caller is reading, per worker: enough
#: to keep every worker busy, few enough that memory stays bounded on any corpus.
BATCHES_AHEAD = 2
_ZONE_LOCK = threading.Lock()


def run(paths: Iterable[Path], *, model: str | None = None, workers: int = 1, batch_size: int = BATCH_ARTICLES,
        resolver: Resolver | None = None) -> Iterator[ArticleResult | Problem]:
    """Extract and resolve every article under ``paths``; a Problem for each input skipped."""
    return resolve_items(extract_items(read_articles(paths), model=model, workers=workers, batch_size=batch_size),
                         resolver=resolver)


def resolve_items(items: Iterable[tuple[Article, Extracted] | Problem], *,
                  resolver: Resolver | None = None) -> Iterator[ArticleResult | Problem]:
    """Resolve extracted articles one after the other (the Resolver is stateful across articles)."""
    resolver = resolver or Resolver()
    for item in items:
        if isinstance(item, Problem):
            yield item
        else:
            article, found = item
            yield resolver.resolve(article, list(found.relations), found.mentions)


def extract_items(items: Iterable[Article | Problem], *, model: str | None = None, workers: int = 1,
                  batch_size: int = BATCH_ARTICLES, start_method: str | None = None, executor: Executor | None = None,
                  ) -> Iterator[tuple[Article, Extracted] | Problem]:
    """Parse and extract each article, streaming and in input order; Problems pass through in place.

    With ``workers`` > 1, batches of articles are parsed *and* extracted in a pool of
    processes that each load the pipeline once (a single batch is done here: a pool would
    cost more than it saves). ``executor`` runs the batches elsewhere instead: anything
    with ``submit(fn, *args, **kwargs)`` returning futures, such as a Dask ``Client``.

    >>> from kg.ingest import read_articles
    >>> [type(x).__name__ for x in extract_items(read_articles([Path("seeds"), Path("nowhere")]))]
    ['tuple', 'Problem']
    """
    batches = _batches(items, size=batch_size)
    head = list(itertools.islice(batches, 2))
    batches = itertools.chain(head, batches)
    if executor is not None:
        done = _ordered(executor, batches, model=model, ahead=max(1, workers) * BATCHES_AHEAD)
    elif workers > 1 and len(head) > 1:
        done = _pool_map(batches, model=model, workers=workers, start_method=start_method)
    else:
        done = (extract_batch(batch, model=model) for batch in batches)
    for results in done:
        yield from results


def extract_batch(batch: list[Article | Problem], *, model: str | None = None, chunk_chars: int = MAX_CHUNK_CHARS,
                  ) -> list[tuple[Article, Extracted] | Problem]:
    """Parse and extract the articles of one batch, in any process; Problems are returned in place."""
    nlp = _warm_pipeline(model)
    articles = [item for item in batch if isinstance(item, Article)]
    # A memory zone frees the strings spaCy interned for this batch once it is done, so the
    # vocabulary does not grow with the corpus; nothing we return points into it. Zones of
    # two threads would free each other's strings: one batch at a time per process.
    with _ZONE_LOCK, nlp.memory_zone():
        found = iter(list(_extract_articles(nlp, articles, chunk_chars=chunk_chars)))
    return [item if isinstance(item, Problem) else (item, next(found)) for item in batch]


def _extract_articles(nlp: Language, articles: list[Article], *, chunk_chars: int) -> Iterator[Extracted]:
    chunks = (chunk for article in articles for chunk in _chunks(article, limit=chunk_chars))
    parts: list[Extracted] = []
    for doc, (article, offset, last) in nlp.pipe(chunks, as_tuples=True, batch_size=BATCH_ARTICLES):
        parts.append(_extract_safely(doc, article, offset))
        if last:
            yield _merge(parts)
            parts = []


def _extract_safely(doc, article: Article, offset: int) -> Extracted:
    """A rule that fails on one odd sentence must not stop a corpus: that chunk yields nothing,
    and the failure is logged with the article's id."""
    try:
        return extract(doc, article, offset=offset)
    except Exception:  # noqa: BLE001 - any rule bug; reported, never fatal
        logging.getLogger("kg").exception("extraction failed on article %s (offset %d); chunk skipped",
                                           article.id, offset)
        return Extracted((), ())


def _batches(items: Iterable[Article | Problem], *, size: int) -> Iterator[list[Article | Problem]]:
    """Group the input in order into batches of at most ``size`` articles and about BATCH_CHARS characters."""
    batch: list[Article | Problem] = []
    articles = chars = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Article):
            articles += 1
            chars += len(item.text)
        if articles >= size or chars >= BATCH_CHARS:
            yield batch
            batch, articles, chars = [], 0, 0
    if batch:
        yield batch


def _chunks(article: Article, *, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[str, tuple[Article, int, bool]]]:
    """Split an enormous article at line or sentence breaks so spaCy never holds too much."""
    text = article.text
    if len(text) <= limit:
        yield text, (article, 0, True)
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
            end = cut + 1 if cut > start else end
        yield text[start:end], (article, start, end >= len(text))
        start = end


def _merge(parts: list[Extracted]) -> Extracted:
    if len(parts) == 1:
        return parts[0]
    return Extracted(tuple(m for p in parts for m in p.mentions), tuple(r for p in parts for r in p.relations))


# -- the pool of worker processes ---------------------------------------------------------


def _pool_map(batches: Iterable[list], *, model: str | None, workers: int,
              start_method: str | None) -> Iterator[list]:
    """``extract_batch`` over ``batches`` in a pool of ``workers`` processes, results in input order."""
    method = start_method or _start_method()
    if method == "fork":
        _warm_pipeline(model)  # loaded once here, shared by every forked worker
    # A process pool executor, unlike multiprocessing.Pool, fails loudly when a worker dies
    # (killed for memory, say) instead of waiting for it forever.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=_init_worker, initargs=(model,))
    try:
        yield from _ordered(pool, batches, model=model, ahead=workers * BATCHES_AHEAD)
    finally:
        pool.shutdown(cancel_futures=True)


def _ordered(executor: Executor, batches: Iterable[list], *, model: str | None, ahead: int) -> Iterator[list]:
    """Submit ``extract_batch`` calls to ``executor``; yield their results in order, ``ahead`` at most pending."""
    pending: deque = deque()
    for batch in batches:
        pending.append(executor.submit(extract_batch, batch, model=model))
        if len(pending) > ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _start_method() -> str:
    """``fork`` when it is safe, as forked workers share the pipeline already loaded here.

    Forking a process that runs other threads (a progress bar's refresh thread, say) can
    leave a lock held forever in the child, so workers are then started afresh.
    """
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _init_worker(model: str | None) -> None:
    """Load the pipeline in a new worker, which leaves Ctrl-C and SIGTERM to the main process.

    The main process then stops the pool in order, and no worker prints a traceback. A
    worker whose main process was killed outright exits by itself: its siblings hold the
    task pipe open, so it would otherwise wait forever (holding the caller's stdout).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    _warm_pipeline(model)


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


@functools.lru_cache(maxsize=4)
def _warm_pipeline(model: str | None) -> Language:
    """The pipeline, with extraction's lazy tables (lexicons, gazetteer matcher) built once.

    They are built outside any memory zone, so the strings they intern stay valid.
    """
    nlp = load_pipeline(model)
    article = Article(id="warm-up", text="President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday.")
    extract(nlp(article.text), article)
    return nlp


# -- build: the whole job behind `kg build` ----------------------------------------------


@dataclass
class BuildSummary:
    out: Path
    articles: int = 0
    unchanged: int = 0
    relations: int = 0
    problems: list[Problem] = field(default_factory=list)
    triples: int = 0
    events: int | None = None  # events and states of the layer, when it was computed again
    validation: object | None = None
    files: dict[str, Path] = field(default_factory=dict)


def build(paths: Iterable[Path], out: Path, *, model: str | None = None, workers: int = 1, store: str | None = None,
          base: str = DEFAULT_BASE, validate: bool = True, html: bool = True,
          on_article: Callable[[Article | Problem], None] | None = None, strict: bool = False,
          executor: Executor | None = None, event_window: int = DEFAULT_WINDOW_DAYS) -> BuildSummary:
    """Build the graph of ``paths`` into ``out``: the store, graph.trig, graph.html and report.md.

    After the articles, the event layer (:mod:`kg.events`) is computed again from all the
    stored statements whenever they or ``event_window`` changed.

    ``workers`` processes parse and extract; ``executor`` (a Dask ``Client``, say) does
    instead, see :func:`extract_items`.
    """
    from kg import analytics, dyadview, projection, rdf, report, views
    from kg.ontology import ontology_graph
    from kg.store import known_names, open_store, refresh_event_layer

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    projection_was_current = store is None and projection.is_current(out)  # before opening touches the store
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

    items = extract_items(fresh(read_articles(paths)), model=model, workers=workers, executor=executor)
    resolver = Resolver(base=base)
    resolver.remember(known_names(graph_store))  # what earlier builds learnt, for a resumed build
    for result in resolve_items(items, resolver=resolver):
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
    layer = refresh_event_layer(graph_store, window_days=event_window, base=base)
    summary.events = len(layer.events) if layer else None
    summary.triples = graph_store.count()
    if hasattr(graph_store, "flush"):
        graph_store.flush()
    summary.files["trig"] = out / "graph.trig"
    graph_store.dump(summary.files["trig"], format="trig")
    G = analytics.graph_from_store(graph_store)
    if html:
        states = analytics.keep_actors(G, "states")
        summary.files["html"] = views.write_html(states, out / "graph.html", title="dipkg: diplomatic relations",
                                                 scope="state actors")
        summary.files["dyads"] = dyadview.write_dyad_page(states, out / "dyads.html")[0]
    summary.files["report"] = out / "report.md"
    summary.files["report"].write_text(report.build_report(
        G, articles=summary.articles + summary.unchanged, skipped=[str(p) for p in summary.problems]),
        encoding="utf-8")
    # A rebuild that stored nothing holds the graph that an earlier build validated; pyshacl
    # would take longer than all the rest of such a rebuild (about 30 s per 1,000 articles).
    if validate and (summary.articles or layer):
        from kg.validate import validate_graph

        summary.validation = validate_graph(graph_store.to_rdflib())
    graph_store.close()
    if store is None:  # after closing: a projection newer than every file of the store is current
        summary.files["stats"] = projection.refresh_projection(G, out, changed=bool(summary.articles or layer),
                                                               was_current=projection_was_current)
    return summary


class StrictStop(RuntimeError):
    """Raised by ``build(strict=True)`` at the first input that had to be skipped."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem
