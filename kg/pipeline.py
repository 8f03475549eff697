"""Run the stages in order: ingest → nlp → extract → resolve → infer → events → rdf → store → analytics → views.

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
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from kg import lexicon
from kg.events import DEFAULT_WINDOW_DAYS
from kg.extract import Extracted, extract
from kg.infer import infer
from kg.ingest import read_articles
from kg.model import Article, ArticleResult, Problem
from kg.nlp import MAX_CHUNK_CHARS, load_pipeline
from kg.problems import ProblemTally
from kg.resolve import DEFAULT_BASE, Resolver


#: A batch is the unit of work a process parses and extracts at once; it is capped in
#: characters too, so that batches of long articles stay small and both cores stay busy
#: to the end of the corpus.
BATCH_ARTICLES = 32
BATCH_CHARS = 60_000
#: Article graphs validated at once after a build (with the entities they mention).
VALIDATE_ARTICLES = 250
#: A batch holds at most this many items, Problems included: a file of a million bad lines
#: streams through in batches too, instead of piling up in one.
BATCH_ITEMS = 512
#: Batches handed to the pool ahead of the one the caller is reading, per worker: enough
#: to keep every worker busy, few enough that memory stays bounded on any corpus.
BATCHES_AHEAD = 2
_ZONE_LOCK = threading.Lock()


def run(paths: Iterable[Path], *, model: str | None = None, workers: int = 1, batch_size: int = BATCH_ARTICLES,
        resolver: Resolver | None = None, lexicons: tuple[Path, ...] = (),
        check_language: bool = True) -> Iterator[ArticleResult | Problem]:
    """Extract and resolve every article under ``paths``; a Problem for each input skipped.

    ``lexicons``: user lexicon files whose trigger patterns are added to the shipped ones;
    ``check_language=False`` takes every article as English (``kg.ingest.read_articles``).
    """
    articles = read_articles(paths, check_language=check_language)
    return resolve_items(extract_items(articles, model=model, workers=workers, batch_size=batch_size,
                                       lexicons=lexicons), resolver=resolver)


def analyse(article: Article, nlp: Language | None = None, *, resolver: Resolver | None = None) -> ArticleResult:
    """Extract, resolve and infer the relations of one article, here and now (no batching).

    >>> import datetime as dt
    >>> result = analyse(Article("a", "Putin met Xi on Monday.", dt.date(2022, 5, 17)))
    >>> [(r.subject.label, r.predicate, r.object.label, r.date) for r in result.relations]
    [('Putin', 'met', 'Xi', '2022-05-16')]
    """
    nlp = nlp or load_pipeline()
    found = extract(nlp(article.text), article)
    return infer((resolver or Resolver()).resolve(article, list(found.relations), found.mentions))


def resolve_items(items: Iterable[tuple[Article, Extracted] | Problem], *,
                  resolver: Resolver | None = None) -> Iterator[ArticleResult | Problem]:
    """Resolve extracted articles one after the other (the Resolver is stateful across articles)."""
    resolver = resolver or Resolver()
    for item in items:
        if isinstance(item, Problem):
            yield item
        else:
            article, found = item
            yield infer(resolver.resolve(article, list(found.relations), found.mentions))


def extract_items(items: Iterable[Article | Problem], *, model: str | None = None, workers: int = 1,
                  batch_size: int = BATCH_ARTICLES, start_method: str | None = None, executor: Executor | None = None,
                  lexicons: tuple[Path, ...] = ()) -> Iterator[tuple[Article, Extracted] | Problem]:
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
    lexicons = tuple(Path(p) for p in lexicons)
    if executor is not None:
        done = _ordered(executor, batches, model=model, ahead=max(1, workers) * BATCHES_AHEAD, lexicons=lexicons)
    elif workers > 1 and len(head) > 1:
        done = _pool_map(batches, model=model, workers=workers, start_method=start_method, lexicons=lexicons)
    else:
        done = (extract_batch(batch, model=model, lexicons=lexicons) for batch in batches)
    for results in done:
        yield from results


def extract_batch(batch: list[Article | Problem], *, model: str | None = None, chunk_chars: int = MAX_CHUNK_CHARS,
                  lexicons: tuple[Path, ...] = ()) -> list[tuple[Article, Extracted] | Problem]:
    """Parse and extract the articles of one batch, in any process; Problems are returned in place."""
    articles = [item for item in batch if isinstance(item, Article)]
    if not articles:
        return list(batch)
    nlp = _warm_pipeline(model)
    lexicon.use_lexicons(lexicons)  # each worker process has its own lexicon tables
    # A memory zone frees the strings spaCy interned for this batch once it is done, so the
    # vocabulary does not grow with the corpus; nothing we return points into it. Zones of
    # two threads would free each other's strings: one batch at a time per process.
    with _ZONE_LOCK, nlp.memory_zone():
        found = iter(list(_extract_articles(nlp, articles, chunk_chars=chunk_chars)))
    return [item if isinstance(item, Problem) else (item, next(found)) for item in batch]


def _extract_articles(nlp: Language, articles: list[Article], *, chunk_chars: int) -> Iterator[Extracted]:
    chunks = (chunk for article in articles for chunk in _chunks(article, limit=chunk_chars))
    parts: list[Extracted] = []
    for group in _groups(chunks, chars=BATCH_CHARS, size=BATCH_ARTICLES):
        for doc, (article, offset, last) in nlp.pipe(group, as_tuples=True, batch_size=len(group)):
            parts.append(_extract_safely(doc, article, offset))
            if last:
                yield _merge(parts)
                parts = []


def _groups(chunks: Iterable[tuple[str, tuple]], *, chars: int, size: int) -> Iterator[list[tuple[str, tuple]]]:
    """The chunks in order, in groups of at most ``size`` and about ``chars`` characters, that spaCy parses at once.

    Why: spaCy holds a whole batch's arrays at once; ten 100,000-character chunks of one
    long article in one batch took 3 GB, one at a time they take a fifth of that.

    >>> [len(g) for g in _groups([("a" * 6, None)] * 5, chars=10, size=4)]
    [1, 1, 1, 1, 1]
    >>> [len(g) for g in _groups([("a", None)] * 5, chars=10, size=4)]
    [4, 1]
    """
    group: list[tuple[str, tuple]] = []
    total = 0
    for chunk in chunks:
        if group and (len(group) >= size or total + len(chunk[0]) > chars):
            yield group
            group, total = [], 0
        group.append(chunk)
        total += len(chunk[0])
    if group:
        yield group


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
        if articles >= size or chars >= BATCH_CHARS or len(batch) >= BATCH_ITEMS:
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
              start_method: str | None, lexicons: tuple[Path, ...] = ()) -> Iterator[list]:
    """``extract_batch`` over ``batches`` in a pool of ``workers`` processes, results in input order."""
    method = start_method or _start_method()
    if method == "fork":
        _warm_pipeline(model)  # loaded once here, shared by every forked worker
    # A process pool executor, unlike multiprocessing.Pool, fails loudly when a worker dies
    # (killed for memory, say) instead of waiting for it forever.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=_init_worker, initargs=(model,))
    try:
        yield from _ordered(pool, batches, model=model, ahead=workers * BATCHES_AHEAD, lexicons=lexicons)
    finally:
        pool.shutdown(cancel_futures=True)


def _ordered(executor: Executor, batches: Iterable[list], *, model: str | None, ahead: int,
             lexicons: tuple[Path, ...] = ()) -> Iterator[list]:
    """Submit ``extract_batch`` calls to ``executor``; yield their results in order, ``ahead`` at most pending."""
    pending: deque = deque()
    for batch in batches:
        pending.append(_submit(executor, batch, model=model, lexicons=lexicons))
        if len(pending) > ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _submit(executor: Executor, batch: list, *, model: str | None, lexicons: tuple[Path, ...] = ()):
    """A future of ``extract_batch(batch)``; a batch of Problems only is done here, sent to no worker."""
    if any(isinstance(item, Article) for item in batch):
        return executor.submit(extract_batch, batch, model=model, lexicons=lexicons)
    done: Future = Future()
    done.set_result(list(batch))
    return done


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
    """What a build did: counts, problems, the event layer, validation and the files written."""

    out: Path
    articles: int = 0
    unchanged: int = 0
    relations: int = 0
    problems: ProblemTally = field(default_factory=ProblemTally)
    triples: int = 0
    events: int | None = None  # events and states of the layer, when it was computed again
    validation: object | None = None
    files: dict[str, Path] = field(default_factory=dict)
    #: Articles removed by ``prune`` (or ``remove``); None when pruning was not done.
    removed: list[str] | None = None


def build(paths: Iterable[Path], out: Path, *, model: str | None = None, workers: int = 1, store: str | None = None,
          base: str = DEFAULT_BASE, validate: bool = True, html: bool = True,
          on_article: Callable[[Article | Problem], None] | None = None, strict: bool = False,
          executor: Executor | None = None, check_language: bool = True, prune: bool = False,
          on_validate: Callable[[int, int | None], None] | None = None,
          lexicons: tuple[Path, ...] = (), event_window: int = DEFAULT_WINDOW_DAYS) -> BuildSummary:
    """Build the graph of ``paths`` into ``out``: the store, graph.trig, graph.html, dyads.html,
    report.md and the projection ``kg stats`` reads.

    The stages: store the articles (extracted, resolved, inferred); prune; compute the event
    layer (:mod:`kg.events`) again from all the stored statements whenever they or
    ``event_window`` changed; write the outputs (:mod:`kg.outputs`); validate what was written.

    ``workers`` processes parse and extract; ``executor`` (a Dask ``Client``, say) does
    instead, see :func:`extract_items`. ``check_language=False`` takes every article as
    English. ``prune`` removes the stored articles that are not among the inputs (their
    graphs and the entities only they mentioned), unless an input had to be skipped: a
    file unreadable for now must not cost its articles. ``validate`` checks what the build
    wrote (its article graphs, the entities they mention, the event layer) against the
    shapes, in parts of :data:`VALIDATE_ARTICLES` articles, calling ``on_validate(done,
    total)`` after each. With user ``lexicons``, every article is extracted again, changed
    or not: the new patterns may find more in it.
    """
    from kg import outputs, projection
    from kg.store import open_store, refresh_event_layer

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    projection_was_current = store is None and projection.is_current(out)  # before opening touches the store
    graph_store = open_store(store or out / "store", base=base)
    summary = BuildSummary(out=out)
    try:
        written, read_ids = _store_articles(paths, graph_store, summary, model=model, workers=workers, base=base,
                                            on_article=on_article, strict=strict, executor=executor,
                                            check_language=check_language, lexicons=lexicons, prune=prune)
        if prune and not summary.problems:
            summary.removed = sorted(graph_store.article_ids() - read_ids)
            graph_store.remove_articles(summary.removed)
        layer = refresh_event_layer(graph_store, window_days=event_window, base=base)
        summary.events = len(layer.events) if layer else None
        G = outputs.write_build_outputs(graph_store, summary, html=html,
                                        articles=summary.articles + summary.unchanged)
        if validate and (written or layer):
            summary.validation = _validate_written(graph_store, written, layer is not None, base=base,
                                                   on_validate=on_validate)
    finally:
        graph_store.close()
    if store is None:  # after closing: a projection newer than every file of the store is current
        summary.files["stats"] = projection.refresh_projection(G, out, changed=bool(summary.articles or layer),
                                                               was_current=projection_was_current)
    return summary


def _store_articles(paths: Iterable[Path], graph_store, summary: BuildSummary, *, model: str | None, workers: int,
                    base: str, on_article, strict: bool, executor: Executor | None, check_language: bool,
                    lexicons: tuple[Path, ...], prune: bool) -> tuple[list[str], set[str]]:
    """Extract, resolve and store every changed article; the graphs written and the ids read."""
    from kg import rdf
    from kg.ontology import ontology_graph
    from kg.store import known_names

    graph_store.replace_graph(rdf.ontology_graph_iri(base=base), ontology_graph())
    seen = graph_store.article_hashes() if not lexicons else set()
    read_ids: set[str] = set()
    written: list[str] = []

    def fresh(items: Iterable[Article | Problem]) -> Iterator[Article | Problem]:
        for item in items:
            if isinstance(item, Article) and prune:
                read_ids.add(item.id)
            if isinstance(item, Article) and item.content_hash in seen:
                summary.unchanged += 1
                if on_article:
                    on_article(item)
                continue
            yield item

    items = extract_items(fresh(read_articles(paths, check_language=check_language)), model=model, workers=workers,
                          executor=executor, lexicons=lexicons)
    resolver = Resolver(base=base)
    resolver.remember(known_names(graph_store))  # what earlier builds learnt, for a resumed build
    for result in resolve_items(items, resolver=resolver):
        if on_article:
            on_article(result if isinstance(result, Problem) else result.article)
        if isinstance(result, Problem):
            summary.problems.add(result)
            if strict:
                raise StrictStop(result)
            continue
        graphs = rdf.to_rdf(result, base=base)
        graph_store.replace_article(graphs)
        written.append(graphs.graph_iri)
        summary.articles += 1
        summary.relations += len(result.relations)
    return written, read_ids


def _validate_written(graph_store, written: list[str], layer_changed: bool, *, base: str,
                      on_validate: Callable[[int, int | None], None] | None):
    """Validate what the build wrote, in parts: the article graphs (with the entities they
    mention), then the event layer when it changed. What the build did not write, an earlier
    build validated: validating the whole store would take longer than all the rest of a
    rebuild (about 30 s per 1,000 articles)."""
    from kg.store import event_layer_graph
    from kg.validate import validate_parts

    parts = [written[i:i + VALIDATE_ARTICLES] for i in range(0, len(written), VALIDATE_ARTICLES)]
    graphs = (graph_store.written_graph(p) for p in parts)
    if layer_changed:
        graphs = itertools.chain(graphs, [event_layer_graph(graph_store, base=base)])
    return validate_parts(graphs, total=len(parts) + layer_changed, on_progress=on_validate)


def remove(article_ids: Iterable[str], out: Path, *, store: str | None = None, base: str = DEFAULT_BASE,
           html: bool = True, event_window: int = DEFAULT_WINDOW_DAYS) -> BuildSummary:
    """Remove articles from the graph in ``out`` (their graphs, the entities only they mentioned) and
    write the outputs again, the event layer computed anew.

    Raises KeyError naming the ids the store does not hold; then nothing is removed.
    """
    from kg import outputs, projection
    from kg.store import open_store, refresh_event_layer

    graph_store = open_store(store or Path(out) / "store", base=base)
    try:
        stored = graph_store.article_ids()
        ids = list(dict.fromkeys(article_ids))
        unknown = [i for i in ids if i not in stored]
        if unknown:
            raise KeyError(unknown)
        graph_store.remove_articles(ids)
        summary = BuildSummary(out=Path(out), removed=ids)
        layer = refresh_event_layer(graph_store, window_days=event_window, base=base)
        summary.events = len(layer.events) if layer else None
        G = outputs.write_build_outputs(graph_store, summary, html=html, articles=len(stored) - len(ids))
    finally:
        graph_store.close()
    if store is None:
        summary.files["stats"] = projection.refresh_projection(G, Path(out), changed=True, was_current=False)
    return summary


class StrictStop(RuntimeError):
    """Raised by ``build(strict=True)`` at the first input that had to be skipped."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem
