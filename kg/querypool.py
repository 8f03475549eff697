"""Run SPARQL queries on the embedded store in worker processes that can be stopped.

Oxigraph evaluates a query in native code that no Python thread can interrupt: a
cartesian ``COUNT(*)`` keeps a core busy after its client has gone, and an ``ORDER BY``
over it grows memory without bound. Here each query runs in a worker process opened
read-only on the store; past its time limit the worker is killed and replaced, and the
caller gets an :class:`Answer` with status 503. Results are serialised in the worker, in
the format the caller accepts, and cut off past a size limit.

This module imports only pyoxigraph, so that a worker starts quickly.

>>> negotiate("text/csv;q=0.5, application/sparql-results+json", SOLUTION_TYPES, "application/sparql-results+json")
'application/sparql-results+json'
>>> negotiate("text/html", GRAPH_TYPES, "text/turtle") is None
True
"""
from __future__ import annotations

import csv
import io
import json
import multiprocessing
import queue
import signal
import threading
from dataclasses import dataclass

from kg.inert import csv_row

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RESULT_BYTES = 100_000_000
#: The media types of the SPARQL 1.1 Protocol, by kind of result, and the format of each.
SOLUTION_TYPES = {"application/sparql-results+json": "JSON", "application/json": "JSON",
                  "application/sparql-results+xml": "XML", "application/xml": "XML", "text/csv": "CSV",
                  "text/tab-separated-values": "TSV"}
GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "application/rdf+xml": "RDF_XML",
               "application/ld+json": "JSON_LD"}
#: Not a media type: rows of plain values as JSON, for ``kg query``.
TABLE = "application/x-kg-table+json"


@dataclass(frozen=True, slots=True)
class Answer:
    """What a query gave: an HTTP status, the media type and the body (or the error message)."""

    status: int
    content_type: str
    body: bytes

    @property
    def message(self) -> str:
        return self.body.decode("utf-8", "replace").strip()


def _error(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def negotiate(accept: str | None, offered: dict[str, str], default: str) -> str | None:
    """The media type to answer, by the ``Accept`` header's preferences; None when none is offered."""
    choices = []
    for position, item in enumerate((accept or "*/*").split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        q = next((_quality(p[2:]) for p in params if p.startswith("q=")), 1.0)
        if media and q > 0:
            choices.append((-q, position, media.lower()))
    for _, _, media in sorted(choices):
        if media in offered:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            found = next((m for m in offered if m.startswith(media[:-1])), None)
            if found:
                return found
    return None


def _quality(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0


class ResultTooLarge(Exception):
    """An answer over the size limit."""

    pass


class _Capped(io.RawIOBase):
    """A binary sink that refuses to hold more than ``limit`` bytes."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit, self.parts, self.size = limit, [], 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.count(len(data))
        self.parts.append(bytes(data))
        return len(data)

    def count(self, size: int) -> None:
        """Add ``size`` bytes to the total without keeping them; raise past the limit."""
        self.size += size
        if self.size > self.limit:
            raise ResultTooLarge

    def value(self) -> bytes:
        return b"".join(self.parts)


# -- in the worker process -------------------------------------------------------------------


def evaluate(store, query: str, *, accept: str | None, prefixes: dict[str, str], max_bytes: int) -> Answer:
    """Run ``query`` on a pyoxigraph store and serialise its results as ``accept`` asks.

    The prefixes are the engine's defaults, not text pasted before the query, so that
    error positions are those of the query sent.
    """
    try:
        results = store.query(query, prefixes=prefixes, use_default_graph_as_union=True)
        return _serialise(results, accept, max_bytes)
    except SyntaxError as error:
        return _error(400, f"invalid SPARQL: {error}")
    except ResultTooLarge:
        return _error(500, f"the result is larger than {max_bytes / 1e6:,.0f} MB: add a LIMIT or narrow the query")
    except (OSError, RuntimeError, ValueError) as error:
        return _error(500, f"the query failed: {error}")


def _serialise(results, accept: str | None, max_bytes: int) -> Answer:
    import pyoxigraph as ox

    sink = _Capped(max_bytes)
    if accept == TABLE:
        if not isinstance(results, ox.QuerySolutions):
            return _error(400, "not a SELECT query")
        return Answer(200, TABLE, _table(results, sink))
    graph = isinstance(results, ox.QueryTriples)
    offered, default = (GRAPH_TYPES, "text/turtle") if graph else (SOLUTION_TYPES, "application/sparql-results+json")
    media = negotiate(accept, offered, default)
    if media is None:
        return _error(406, f"cannot answer {accept!r}; this result is available as {', '.join(offered)}")
    if media == "text/csv" and isinstance(results, ox.QuerySolutions):
        return Answer(200, "text/csv; charset=utf-8", _csv(results, sink))
    formats = ox.RdfFormat if graph else ox.QueryResultsFormat
    results.serialize(sink, getattr(formats, offered[media]))
    return Answer(200, media + ("; charset=utf-8" if media.startswith("text/") else ""), sink.value())


def _plain(term) -> str | None:
    if term is None:
        return None
    return f"_:{term.value}" if type(term).__name__ == "BlankNode" else term.value


def _csv(solutions, sink: _Capped) -> bytes:
    """SPARQL CSV results with every cell safe in a spreadsheet (kg.inert)."""
    columns = [v.value for v in solutions.variables]
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(columns)
    for solution in solutions:
        writer.writerow(csv_row("" if (v := _plain(solution[c])) is None else v for c in columns))
        sink.write(text.getvalue().encode("utf-8"))
        text.seek(0)
        text.truncate()
    sink.write(text.getvalue().encode("utf-8"))
    return sink.value()


def _table(solutions, sink: _Capped) -> bytes:
    columns = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        rows.append([_plain(solution[c]) for c in columns])
        sink.count(sum(len(v or "") + 4 for v in rows[-1]))  # about its size as JSON
    return json.dumps({"columns": columns, "rows": rows}, ensure_ascii=False).encode("utf-8")


def _worker(conn, store_path: str | None, max_bytes: int) -> None:
    """A worker's loop: one query at a time from the pipe, its Answer back."""
    import pyoxigraph as ox

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops the workers
    store = ox.Store.read_only(store_path) if store_path else ox.Store()
    while True:
        try:
            query, accept, prefixes = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(evaluate(store, query, accept=accept, prefixes=prefixes, max_bytes=max_bytes))


# -- in the calling process ------------------------------------------------------------------


class _Process:
    """One worker process and its end of the pipe."""

    def __init__(self, store_path: str | None, max_bytes: int):
        context = multiprocessing.get_context("spawn")  # fork is unsafe from a threaded server
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, store_path, max_bytes), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """Worker processes that answer queries on the store at ``store_path``, each within ``timeout`` seconds.

    A query that outlives its time limit, or that crashes the engine, costs its worker,
    which is replaced; the others keep answering.
    """

    def __init__(self, store_path, *, workers: int = 2, timeout: float | None = DEFAULT_TIMEOUT,
                 max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES, prefixes: dict[str, str] | None = None):
        self.store_path = str(store_path) if store_path else None
        self.timeout = timeout or None
        self.max_bytes = max_result_bytes
        self.prefixes = dict(prefixes or {})
        self._idle: queue.Queue[_Process] = queue.Queue()
        self._all: set[_Process] = set()
        self._lock = threading.Lock()
        for _ in range(max(1, workers)):
            self._add()

    def _add(self) -> None:
        process = _Process(self.store_path, self.max_bytes)
        with self._lock:
            self._all.add(process)
        self._idle.put(process)

    def _retire(self, process: _Process) -> None:
        with self._lock:
            self._all.discard(process)
        process.stop()
        self._add()

    def run(self, query: str, *, accept: str | None = None) -> Answer:
        """The Answer to ``query``: 200 with the body, or an error status with a one-line message."""
        try:
            process = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return _error(503, f"every query worker is busy; try again in {self.timeout:.0f} s")
        try:
            process.conn.send((query, accept, self.prefixes))
            if not process.conn.poll(self.timeout):
                self._retire(process)
                return _error(503, f"the query ran longer than {self.timeout:g} s and was stopped: add a LIMIT "
                                   "or narrow the query")
            answer = process.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._retire(process)
            return _error(500, "the query engine failed on this query (its worker process died)")
        self._idle.put(process)
        return answer

    def close(self) -> None:
        with self._lock:
            processes, self._all = list(self._all), set()
        for process in processes:
            process.stop()

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
