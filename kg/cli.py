"""The ``kg`` command line: thin commands over the library.

Every command parses its options and calls one library function; errors in the input
are reported per article on stderr, and the exit status is 1 when anything was skipped.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import os
import signal
import sys
import threading
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="rich",
                  help="dipkg: build a knowledge graph of diplomatic relations from news articles.")
err = Console(stderr=True, soft_wrap=True)
# Tables piped to a file or another program are not cut to a terminal's 80 columns.
out = Console(width=None if sys.stdout.isatty() else 200)

PathsArg = Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .jsonl[.gz], .html).")]
OutOpt = Annotated[Path, typer.Option("--out", "-d", help="Output folder of the build.")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to load (default: en_core_web_sm).")]
WorkersOpt = Annotated[int, typer.Option(
    "--workers", "-w", min=1, help="Processes that parse and extract (default: one per core).")]
CORES = os.cpu_count() or 1
StoreOpt = Annotated[Optional[str], typer.Option(
    "--store", help="SPARQL 1.1 endpoint URL (query[,update]) instead of the embedded store under --out.")]
LexiconOpt = Annotated[Optional[list[Path]], typer.Option(
    "--lexicon", "-l", help="A user lexicon (TOML, the format of kg/lexicon/triggers.toml) whose patterns are added "
                            "to the shipped ones; repeatable.")]


def _lexicons(paths: list[Path] | None) -> tuple[Path, ...]:
    """The user lexicons, validated here so that a bad file is one line and exit 2 before any work."""
    from kg import lexicon

    paths = tuple(paths or ())
    try:
        for path in paths:
            lexicon.read_user_lexicon(path)
    except lexicon.LexiconError as error:
        _fail(f"bad lexicon: {error}")
    return paths


LanguageCheckOpt = Annotated[str, typer.Option(
    "--language-check", help="on: skip articles whose main language is not English (named with the language "
                             "detected); off: take every article as English.")]


def _language_check(value: str) -> bool:
    if value not in ("on", "off"):
        _fail(f"--language-check must be on or off, not {value!r}")
    return value == "on"



class TableFormat(str, Enum):
    """How a command prints rows: a table for people, CSV or JSON for programs."""

    table = "table"
    csv = "csv"
    json = "json"


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(code)


def _report_problem(problem, tally) -> None:
    """A skipped input on stderr: the first ones of each input in full, the others counted (kg.problems)."""
    if tally.add(problem):
        err.print(f"skipped {problem}", style="yellow", highlight=False, markup=False)


def _report_skipped(tally) -> None:
    """The problems not shown one by one, summarised per input, and how many inputs were skipped."""
    for line in tally.summary():
        err.print(f"skipped {line}", style="yellow", highlight=False, markup=False)
    err.print(f"{len(tally):,} input(s) skipped", style="yellow")


class _WarningsToStderr(logging.Handler):
    """The library's warnings (an enormous article parsed in pieces, ...) as one stderr line each."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(f"warning: {record.getMessage()}", style="yellow", highlight=False, markup=False)


def _show_warnings() -> None:
    logger = logging.getLogger("kg")
    if not any(isinstance(h, _WarningsToStderr) for h in logger.handlers):
        logger.addHandler(_WarningsToStderr(logging.WARNING))


@contextmanager
def _interruptible(action: str):
    """Ctrl-C or SIGTERM: a one-line message and exit status 130, never a traceback.

    Each article is stored in one transaction, so what was stored before the interruption
    is whole, and a rerun of the same command skips it and completes the work.
    """
    in_main_thread = threading.current_thread() is threading.main_thread()  # signals are for it alone
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler) if in_main_thread else None
    try:
        yield
    except KeyboardInterrupt:
        _fail(f"interrupted; {action}", 130)
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)


def _os_error(error: OSError, out_dir: Path) -> str:
    """An OSError that reached a command: about the output or the store, since inputs never raise."""
    if "lock" in str(error).lower():
        return f"the store in {out_dir} is in use: is another `kg build` writing to it? ({error})"
    return f"{error.filename}: {error.strerror}" if error.filename and error.strerror else str(error)


class _Bar:
    """Advances a progress bar when called; ``stage`` starts the bar of the next stage (validation, say)."""

    def __init__(self, progress=None, description: str = "", total: int | None = None):
        self.progress = progress
        self.task = progress.add_task(description, total=total) if progress else None

    def __call__(self, *_) -> None:
        if self.progress:
            self.progress.advance(self.task)

    def stage(self, description: str, done: int, total: int | None) -> None:
        """Show ``done`` of ``total`` for ``description``, on a bar of its own."""
        if not self.progress:
            return
        if self.progress.tasks[self.task].description != description:
            self.task = self.progress.add_task(description, total=total)
        self.progress.update(self.task, completed=done, total=total)


@contextmanager
def _progress(total: int | None, description: str):
    """A progress bar on a terminal; nothing when stderr is redirected."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if not err.is_terminal:
        yield _Bar()
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=False) as progress:
        yield _Bar(progress, description, total)


#: Seconds spent counting the inputs for the progress bar's total, at most.
COUNT_SECONDS = 10.0


def _count_inputs(paths: list[Path]) -> int | None:
    from kg.ingest import count_articles

    try:
        return count_articles(paths, seconds=COUNT_SECONDS)  # then a bar without a total
    except OSError:
        return None


@app.command()
def build(paths: PathsArg, out_dir: OutOpt = Path("out"), model: ModelOpt = None, workers: WorkersOpt = CORES,
          store: StoreOpt = None, strict: Annotated[bool, typer.Option(help="Stop at the first bad input.")] = False,
          validate: Annotated[bool, typer.Option(help="Check the graph against ontology/shapes.ttl.")] = True,
          language_check: LanguageCheckOpt = "on",
          prune: Annotated[bool, typer.Option(
              "--prune", help="Remove the stored articles that are not among these inputs, with the entities "
                              "only they mentioned (not done when an input was skipped).")] = False,
          lexicon: LexiconOpt = None,
          event_window: Annotated[int, typer.Option("--event-window", min=0, help=(
              "Days before its article within which a report dated only by its publication joins an event."))] = 7
          ) -> None:
    """Build the graph: extract, resolve, store, merge reports into events; write graph.trig, graph.html and report.md.

    Example: [bold]kg build seeds --out out[/bold]
    """
    from kg.nlp import ModelNotFound
    from kg.pipeline import StrictStop
    from kg.pipeline import build as run_build
    from kg.store import StoreError

    from kg.problems import ProblemTally

    check_language = _language_check(language_check)
    lexicons = _lexicons(lexicon)
    _show_warnings()
    tally = ProblemTally()
    with _progress(_count_inputs(paths), "Building") as advance, _interruptible(
            "the articles stored so far are complete: run the same command again to finish the build"):
        def on_article(item) -> None:
            advance()
            if not hasattr(item, "text"):
                _report_problem(item, tally)
        try:
            summary = run_build(paths, out_dir, model=model, workers=workers, store=store, validate=validate,
                                on_article=on_article, strict=strict, check_language=check_language, prune=prune,
                                on_validate=lambda done, total: advance.stage("Validating (parts)", done, total),
                                lexicons=lexicons, event_window=event_window)
        except StrictStop as stop:
            _fail(f"stopped at the first bad input (--strict): {stop.problem}", 1)
        except (ModelNotFound, OSError, StoreError) as error:  # inputs never raise (kg.ingest): model, output, store
            _fail(_os_error(error, out_dir) if isinstance(error, OSError) else str(error))
    out.print(f"Built {summary.articles} article(s) ({summary.unchanged} unchanged), {summary.relations} relations, "
              f"{summary.triples} triples in the store.")
    if summary.events is not None:
        out.print(f"  events  {summary.events} events and states (reports merged, window {event_window} days)")
    for name, path in summary.files.items():
        out.print(f"  {name:7} {path}")
    out.print(f"  store   {store or out_dir / 'store'}")
    if summary.validation is not None:
        verdict = "conforms" if summary.validation.conforms else f"{summary.validation.violations} violation(s)"
        out.print(f"  SHACL   {verdict} (ontology/shapes.ttl; what this build wrote)")
    if summary.removed is not None:
        out.print(f"  pruned  {len(summary.removed)} article(s) no longer among the inputs")
    elif prune:
        err.print("warning: not pruned, as inputs were skipped: fix them and build again, or use `kg remove`",
                  style="yellow", markup=False, highlight=False)
    if summary.validation is not None and not summary.validation.conforms:
        err.print(f"the graph does not conform to ontology/shapes.ttl; the first violations "
                  f"(`kg validate --out {out_dir}` lists them all):", style="yellow", markup=False, highlight=False)
        for line in summary.validation.first:
            err.print(f"  {line}", markup=False, highlight=False)
    if summary.problems:
        _report_skipped(tally)
    if summary.problems or (summary.validation is not None and not summary.validation.conforms):
        raise typer.Exit(1)


@app.command()
def remove(article_ids: Annotated[list[str], typer.Argument(help="Ids of the articles to remove (file names, "
                                                                  "or the id of a JSONL line).")],
           out_dir: OutOpt = Path("out"), store: StoreOpt = None) -> None:
    """Remove articles from the graph, with the entities only they mentioned; rewrite the outputs.

    Example: [bold]kg remove 000_f796f84a09fbece7.txt --out out[/bold]
    """
    from kg.pipeline import remove as remove_articles
    from kg.store import StoreError

    if not store and not (out_dir / "store").exists():
        _fail(f"no graph in {out_dir}: run `kg build PATH --out {out_dir}` first")
    try:
        summary = remove_articles(article_ids, out_dir, store=store)
    except KeyError as error:
        _fail(f"not in the store: {', '.join(map(repr, error.args[0]))}; nothing was removed")
    except OSError as error:
        _fail(_os_error(error, out_dir))
    except StoreError as error:
        _fail(str(error))
    out.print(f"Removed {len(summary.removed)} article(s); {summary.triples} triples in the store.")
    for name, path in summary.files.items():
        out.print(f"  {name:7} {path}")


@app.command()
def extract(paths: PathsArg,
            format: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "jsonl",
            output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here, not stdout.")] = None,
            model: ModelOpt = None, workers: WorkersOpt = CORES,
            strict: Annotated[bool, typer.Option(help="Stop at the first bad input.")] = False,
            language_check: LanguageCheckOpt = "on", lexicon: LexiconOpt = None) -> None:
    """Extract relations only, one JSON object per relation (the DESIGN.md contract).

    Example: [bold]kg extract seeds/000_f796f84a09fbece7.txt --format jsonl[/bold]
    """
    from kg.model import Problem
    from kg.nlp import ModelNotFound
    from kg.pipeline import run
    from kg.problems import ProblemTally

    if format not in ("jsonl", "table"):
        _fail("--format must be jsonl or table")
    check_language = _language_check(language_check)
    lexicons = _lexicons(lexicon)
    _show_warnings()
    try:
        sink = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror or error}")
    rows, problems = [], ProblemTally()
    try:
        with _progress(_count_inputs(paths) if output else None, "Extracting") as advance, _interruptible(
                "the output holds the relations of the articles extracted so far"):
            for result in run(paths, model=model, workers=workers, check_language=check_language,
                              lexicons=lexicons):
                advance()
                if isinstance(result, Problem):
                    _report_problem(result, problems)
                    if strict:
                        _fail(f"stopped at the first bad input (--strict): {result}", 1)
                    continue
                for relation in result.relations:
                    if format == "jsonl":
                        sink.write(json.dumps(relation.to_json(), ensure_ascii=False) + "\n")
                    else:
                        rows.append(relation)
    except ModelNotFound as error:
        _fail(str(error))
    finally:
        if output:
            sink.close()
    if format == "table":
        _print_relations(rows)
    if problems:
        _report_skipped(problems)
        raise typer.Exit(1)


def _print_relations(relations) -> None:
    table = RichTable("subject", "predicate", "object", "date", "conf.", "article")
    for r in relations:
        table.add_row(r.subject.label, r.predicate, r.object.label, r.date or "", f"{r.provenance.confidence:.2f}",
                      r.provenance.article)
    out.print(table)


@app.command()
def query(sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query, or the name of a kg/queries/*.rq.")] = None,
          file: Annotated[Optional[Path], typer.Option("--file", help="Read the query from a .rq file.")] = None,
          out_dir: OutOpt = Path("out"), store: StoreOpt = None,
          format: Annotated[TableFormat, typer.Option("--format", "-f", help="table, csv or json.")] = TableFormat.table,
          param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Bind ?k to v: k=v.")] = None,
          timeout: Annotated[float, typer.Option(
              min=0, help="Seconds the query may run before it is stopped (0: no limit).")] = 30.0) -> None:
    """Run a SPARQL query (or a named query) on the graph.

    Example: [bold]kg query meetings --param actor="Vladimir Putin" --out out[/bold]
    """
    from kg.query_guard import QueryRefused, check_query
    from kg.queries import load_query, name_params, parse_params, resolve_names
    from kg.store import StoreError

    try:
        text = file.read_text(encoding="utf-8") if file else (load_query(sparql) if sparql else None)
    except OSError as error:
        _fail(f"cannot read {file}: {error.strerror or error}")
    except UnicodeDecodeError:
        _fail(f"cannot read {file}: not UTF-8 text")
    except ValueError as error:  # an unknown query name
        _fail(str(error))
    if text is None:
        _fail("give a query, a query name or --file")
    try:
        check_query(text, allow_service=None)  # a query nested thousands deep would crash the engine
    except QueryRefused as error:
        _fail(str(error))
    graph_store = _open_existing(out_dir, store, read_only=True)
    if hasattr(graph_store, "timeout"):  # a remote endpoint: the time limit of its requests
        graph_store.timeout = timeout or None
    try:
        bindings = parse_params(param or [], query=text)
        if bindings and name_params(text):
            bindings, notes = resolve_names(bindings, query=text, labels=_labels(graph_store))
            for note in notes:
                err.print(note, highlight=False, markup=False)
        table = graph_store.select(text, bindings, timeout=timeout) if not store else graph_store.select(text, bindings)
    except (StoreError, ValueError) as error:
        _fail(str(error))
    if not table.rows:
        err.print("no rows", highlight=False)
    _print_table(table.columns, table.rows, format.value)


def _labels(graph_store) -> dict[str, str]:
    """Every entity's label by IRI, for names given as query parameters."""
    rows = graph_store.select("SELECT ?e ?label WHERE { GRAPH ?g { ?e rdfs:label ?label } FILTER(isIRI(?e)) }").rows
    return {iri: label for iri, label in rows}


def _print_table(columns: list[str], rows: list[list], format: str) -> None:
    from kg.inert import csv_row

    if format == "json":
        out.print_json(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False))
    elif format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(csv_row(row) for row in rows)  # no cell from an article is a spreadsheet formula
        sys.stdout.write(buffer.getvalue())
    else:
        table = RichTable(*columns)
        for row in rows:
            table.add_row(*["" if v is None else str(v) for v in row])
        out.print(table)


def _open_existing(out_dir: Path, store: str | None, *, read_only: bool = False):
    from kg.store import StoreError, open_store

    if store:
        return open_store(store)
    if not (out_dir / "store").exists():
        _fail(f"no graph in {out_dir}: run `kg build PATH --out {out_dir}` first")
    try:
        return open_store(out_dir / "store", read_only=read_only)
    except (StoreError, OSError, RuntimeError) as error:  # damaged, or unreadable
        _fail(str(error) if isinstance(error, StoreError) else f"cannot open the store in {out_dir}: {error}")


class Actors(str, Enum):
    """Which actors stats and views keep."""

    states = "states"
    all = "all"


class Weight(str, Enum):
    """What stats count: events, or the reports behind them."""

    events = "events"
    reports = "reports"


@app.command()
def stats(out_dir: OutOpt = Path("out"), store: StoreOpt = None,
          as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
          top: Annotated[int, typer.Option(min=0, help="Rows of each table (0: all).")] = 20,
          by_month: Annotated[bool, typer.Option("--by-month", help="Split the dyads by month.")] = False,
          by_week: Annotated[bool, typer.Option("--by-week", help="Split the dyads by ISO week.")] = False,
          dyads: Annotated[Optional[tuple[str, str]], typer.Option(
              "--dyads", help="Only the two directions of this pair of actors (A B).")] = None,
          actor: Annotated[Optional[str], typer.Option(help="Only this actor's events (full name, surname or IRI).")] = None,
          to: Annotated[Optional[str], typer.Option(help="With --actor: shortest paths to this actor.")] = None,
          radius: Annotated[int, typer.Option(min=1, help="With --actor: events this many steps away too.")] = 1,
          timeline: Annotated[bool, typer.Option("--timeline", help="Also list the dated events (of --actor).")] = False,
          actors: Annotated[Actors, typer.Option(help=(
              "states: countries, international organisations, holders of public office; all: companies too."))
                            ] = Actors.states,
          weight: Annotated[Weight, typer.Option(help="Count events, or the reports behind them.")] = Weight.events
          ) -> None:
    """Who is central, which blocs form, how each pair of state actors relates; an actor's events and paths.

    Tables count events, not reports, and show their top 20 rows (--top). Dyads are
    directed (A→B and B→A), sorted by number of events, with the split by quad class and
    the mean and net tone.

    Example: [bold]kg stats --out out --dyads "United States" Japan --by-month[/bold]
    """
    from kg import analytics
    from kg.names import UnknownName

    if by_month and by_week:
        _fail("give --by-month or --by-week, not both")
    G, tables = _event_graph(out_dir, store)
    try:
        facts = analytics.overview(G, top=top, period="month" if by_month else "week" if by_week else None,
                                   actors=actors.value, weight=weight.value, actor=actor, other=to, radius=radius,
                                   with_timeline=timeline, pair=dyads, tables=tables)
    except UnknownName as error:
        _fail(str(error))
    if as_json:
        out.print_json(json.dumps(facts, ensure_ascii=False))
    elif actor or dyads:
        _print_focus(facts, actor=actor, dyads=dyads)
    else:
        _print_overview(facts, actors=actors.value)


def _event_records(out_dir: Path, store: str | None) -> list[dict]:
    """The events and states: from ``DIR/projection.json`` when it is current, else from the store's layer."""
    from kg.eventlist import event_records, graph_records
    from kg.projection import read_projection

    loaded = None if store else read_projection(out_dir)
    if loaded:
        return graph_records(loaded[0])
    graph_store = _open_existing(out_dir, store, read_only=True)
    if not graph_store.ask("ASK { ?layer a dip:EventLayer }"):
        _fail("the store has no event layer (an older build): run `kg build` on it again; nothing is "
              "extracted again, the events are computed from the stored relations")
    return event_records(graph_store)


def _event_graph(out_dir: Path, store: str | None, *, evidence: bool = False):
    """The event graph and its precomputed tables: from ``DIR/projection.json`` when it is current, else the
    store (always with ``evidence``: the projection holds no evidence sentences)."""
    from kg import analytics
    from kg.projection import read_projection

    loaded = None if store or evidence else read_projection(out_dir)
    if loaded:
        return loaded
    return analytics.graph_from_store(_open_existing(out_dir, store, read_only=True)), None


def _shown(title: str, facts: dict, key: str) -> str:
    total = facts["total"][key]
    return f"{title} ({len(facts[key])} of {total}; --top N for more)" if len(facts[key]) < total else title


def _print_overview(facts: dict, *, actors: str) -> None:
    s = facts["summary"]
    scope = "state actors" if actors == "states" else "all actors"
    out.print(f"[bold]{s['nodes']} entities, {s['edges']} events and states from {s['reports']} reports[/bold] "
              f"({scope}{'; --actors all for companies too' if actors == 'states' else ''})", highlight=False)
    out.print("Entities: " + ", ".join(f"{k} {v}" for k, v in s["entities"].items()), markup=False, highlight=False)
    out.print("Events: " + ", ".join(f"{k} {v}" for k, v in s["relations"].items()), markup=False, highlight=False)
    _print_rows(_shown("Most central actors", facts, "central"), facts["central"],
                ["label", "type", "degree", "betweenness", "pagerank"])
    out.print(_shown("Blocs of three or more", facts, "communities"), highlight=False)
    for i, bloc in enumerate(facts["communities"], 1):
        out.print(f"  {i}. ({len(bloc)}) " + _members(bloc), markup=False, highlight=False)
    _print_rows(_shown("Directed dyads, by number of events", facts, "dyads"), facts["dyads"])
    if "timeline" in facts:
        _print_rows(_shown("Timeline", facts, "timeline"), facts["timeline"],
                    ["date", "subject", "predicate", "object", "plover", "reports"])


def _print_focus(facts: dict, *, actor: str | None, dyads) -> None:
    if dyads:
        _print_rows(_shown(f"{dyads[0]} and {dyads[1]}: events each way", facts, "dyads"), facts["dyads"])
        if not facts["dyads"]:
            out.print(f"No events between {dyads[0]} and {dyads[1]}.", highlight=False, markup=False)
    if actor:
        _print_rows(_shown(f"Events of {actor}, the most reported first", facts, "ego"), facts["ego"],
                    ["date", "subject", "predicate", "object", "reports", "article"])
    for path in filter(None, facts.get("paths", [])):
        out.print(f"Path: {path[0]['from']} " + " ".join(f"-{'/'.join(s['predicates'])}- {s['to']}" for s in path),
                  markup=False, highlight=False)
    if "timeline" in facts:
        _print_rows(_shown(f"Timeline of {actor}" if actor else "Timeline", facts, "timeline"), facts["timeline"],
                    ["date", "subject", "predicate", "object", "plover", "reports"])


def _members(bloc: list[str], *, width: int = 160) -> str:
    """A bloc's members on one line: as many as fit, then how many more."""
    shown, length = [], 0
    for name in bloc:
        if length + len(name) > width and shown:
            return ", ".join(shown) + f" and {len(bloc) - len(shown)} more"
        shown.append(name)
        length += len(name) + 2
    return ", ".join(shown)


def _print_rows(title: str, rows: list[dict], columns: list[str] | None = None) -> None:
    if not rows:
        return
    from rich.text import Text

    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    table = RichTable(*columns, title=Text(title))
    for row in rows:
        # Text, not str: a label from an article such as "[red]" is not rich markup.
        table.add_row(*[Text("" if row.get(c) is None else str(row.get(c))) for c in columns])
    out.print(table)


@app.command()
def events(out_dir: OutOpt = Path("out"), store: StoreOpt = None,
           actor: Annotated[Optional[list[str]], typer.Option(
               "--actor", "-a", help="Only events of this actor (full name, surname or IRI); repeat for any of several."
           )] = None,
           predicate: Annotated[Optional[list[str]], typer.Option(
               "--predicate", "-p", help="Only this predicate (met, visited, leaderOf ...); repeat for several.")] = None,
           since: Annotated[Optional[str], typer.Option(help="Only events on or after this date (YYYY[-MM[-DD]]).")] = None,
           until: Annotated[Optional[str], typer.Option(help="Only events on or before this date.")] = None,
           include_planned: Annotated[bool, typer.Option(
               "--include-planned", help="Also list planned events (\"will meet\") that no report says happened.")] = False,
           format: Annotated[TableFormat, typer.Option("--format", "-f", help="table, csv or json.")] = TableFormat.table
           ) -> None:
    """List events, not reports: one row per event or state however many articles report it, by date.

    Columns: date, subject, predicate, object, reports, articles, first_reported,
    last_reported, modality, tone. A state (leaderOf, officialOf, memberOf, tradePartnerOf)
    has no date: it was reported from first_reported to last_reported.

    Example: [bold]kg events --out out --actor "Vladimir Putin" --predicate met --format csv[/bold]
    """
    from kg.eventlist import COLUMNS, select_events
    from kg.names import UnknownName
    from kg.ontology import predicates

    unknown = sorted(set(predicate or []) - set(predicates()))
    if unknown:
        _fail(f"unknown predicate {', '.join(map(repr, unknown))}; known: {', '.join(sorted(predicates()))}")
    records = _event_records(out_dir, store)
    try:
        rows = select_events(records, actors=actor or [], predicates=predicate or [], since=since,
                             until=until, include_planned=include_planned)
    except (UnknownName, ValueError) as error:
        _fail(str(error))
    _print_table(COLUMNS, [[row[c] for c in COLUMNS] for row in rows], format.value)


@app.command("eval")
def eval_(gold: Annotated[list[Path], typer.Argument(help="Gold files (eval/ANNOTATION.md format).")],
          articles: Annotated[Optional[list[Path]], typer.Option("--articles", help="Articles to extract.")] = None,
          pred: Annotated[Optional[Path], typer.Option("--pred", help="A kg extract JSONL file instead.")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
          explain_misses: Annotated[bool, typer.Option(
              "--explain", help="Tag each missed gold relation with the stage at which it was lost (needs --articles).")
          ] = False,
          model: ModelOpt = None, lexicon: LexiconOpt = None) -> None:
    """Score extraction against gold relations: precision, recall, F1, dates, junk and split nodes.

    Example: [bold]kg eval eval/dev/gold/*.gold.json --articles eval/dev/wikinews.jsonl --explain[/bold]
    """
    from kg.evaluate import evaluate, read_predictions

    if (articles is None) == (pred is None):
        _fail("give either --articles PATH... or --pred FILE")
    if explain_misses and pred is not None:
        _fail("--explain needs --articles: it extracts them again, step by step")
    _check_gold_files(gold)
    lexicons = _lexicons(lexicon)
    explanations = {}
    if pred is not None:
        predictions = read_predictions(pred)
    elif explain_misses:
        explanations = _explain_articles(articles, model, lexicons)
        predictions = [r.to_json() for e in explanations.values() for r in e.result.relations]
    else:
        from kg.model import Problem
        from kg.pipeline import run

        predictions = [r.to_json() for result in run(articles, model=model, lexicons=lexicons)
                       if not isinstance(result, Problem) for r in result.relations]
    evaluation = evaluate(gold, predictions)
    summary = evaluation.summary()
    if as_json:
        out.print_json(json.dumps({"summary": summary, "predicates": evaluation.per_predicate(),
                                   "articles": [vars(a) | {"f1": a.f1} for a in evaluation.articles]},
                                  default=lambda o: dict(o)))
        return
    for a in evaluation.articles:
        out.print(f"== {a.article}: found {a.found}/{a.required}, correct {a.correct}/{a.predicted}, "
                  f"dates {a.date_correct}/{a.date_total}", highlight=False)
        for line in a.missed:
            out.print(f"   missed: {line}", highlight=False, markup=False)
        for line in a.wrong:
            out.print(f"   wrong:  {line}", highlight=False, markup=False)
        for label in a.junk_nodes:
            out.print(f"   junk node: {label}", highlight=False, markup=False)
        for key in a.split_entities:
            out.print(f"   split entity: {key}", highlight=False, markup=False)
    per = evaluation.per_predicate()
    _print_table(["predicate", "predicted", "correct", "precision", "required", "found", "recall"],
                 [[p, v["predicted"], v["correct"], v["precision"], v["required"], v["found"], v["recall"]]
                  for p, v in per.items()], "table")
    if explain_misses:
        _print_misses(gold, explanations)
    out.print_json(json.dumps(summary))


def _check_gold_files(paths: list[Path]) -> None:
    """Each gold file is one JSON object with its article and relations (eval/ANNOTATION.md)."""
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            _fail(f"cannot read gold file {path}: {error.strerror or error}")
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            _fail(f"{path} is not a gold file (not one JSON object: {error}); "
                  "give several articles as --articles A --articles B")
        if not isinstance(data, dict) or not {"article", "entities", "relations"} <= data.keys():
            _fail(f"{path} is not a gold file: it needs article, entities and relations (eval/ANNOTATION.md)")


def _explain_articles(paths: list[Path], model: str | None, lexicons: tuple[Path, ...]) -> dict:
    """Every article under ``paths`` extracted with a trace, by article id."""
    from kg import lexicon
    from kg.explain import explain
    from kg.ingest import read_articles
    from kg.model import Problem
    from kg.nlp import ModelNotFound, load_pipeline

    try:
        nlp = load_pipeline(model)
    except ModelNotFound as error:
        _fail(str(error))
    lexicon.use_lexicons(lexicons)
    explanations = {}
    for article in read_articles(paths):
        if isinstance(article, Problem):
            _report_problem(article)
            continue
        explanations[article.id] = explain(article, nlp)
    return explanations


def _print_misses(gold: list[Path], explanations: dict) -> None:
    from kg.explain import explain_misses

    report = explain_misses(gold, explanations)
    out.print("\nWhere the missed relations were lost (the first stage that lost each):")
    for miss in report.misses:
        detail = f" ({miss.detail})" if miss.detail else ""
        evidence = f'  "{miss.evidence}"' if miss.evidence else ""
        out.print(f"   {miss.article}: {miss.relation}: {miss.stage}{detail}{evidence}", highlight=False, markup=False)
    _print_table(["stage", "misses", "share"], [list(row) for row in report.table()], "table")
    if report.reasons():
        _print_table(["dropped because", "misses"], [list(row) for row in report.reasons()], "table")


def _names_a_file(text: str) -> bool:
    """Is the explain argument a path to a file rather than text? A long sentence is not a
    path the system can even look up (the name is too long), so it is text."""
    if len(text) >= 4096 or "\n" in text:
        return False
    try:
        return Path(text).is_file()
    except OSError:
        return False


@app.command("explain")
def explain_(text: Annotated[str, typer.Argument(help="A sentence or text to explain, or a file of articles.")],
             date: Annotated[Optional[str], typer.Option(
                 "--date", help="The publication date (YYYY-MM-DD) that relative dates resolve against.")] = None,
             sentence: Annotated[Optional[int], typer.Option(
                 "--sentence", "-s", min=1, help="Only this sentence (1 is the first).")] = None,
             format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
             model: ModelOpt = None, lexicon: LexiconOpt = None) -> None:
    """Show why relations are (not) extracted: per sentence the parse, the mentions, the
    triggers tried, every candidate kept or dropped with the reason, and the final relations
    with their dates and where each date came from.

    Example: [bold]kg explain "Putin refused to meet Rahmon on Monday." --date 2022-05-17[/bold]
    """
    import datetime as dt

    from kg import lexicon as lexicons_module
    from kg.explain import explain, render_text, to_json
    from kg.ingest import read_articles
    from kg.model import Article, Problem
    from kg.nlp import ModelNotFound, load_pipeline

    if format not in ("text", "json"):
        _fail(f"--format must be text or json, not {format!r}")
    try:
        published = dt.date.fromisoformat(date) if date else None
    except ValueError:
        _fail(f"--date must be YYYY-MM-DD, not {date!r}")
    lexicons_module.use_lexicons(_lexicons(lexicon))
    if not text.strip():
        _fail("nothing to explain: give a text or a file")
    if _names_a_file(text):
        path = Path(text)
        articles = []
        for item in read_articles([path]):
            if isinstance(item, Problem):
                _fail(str(item))
            articles.append(item if published is None else Article(item.id, item.text, published, item.title,
                                                                   item.url, item.source))
    else:
        articles = [Article(id="text", text=text, date=published)]
    try:
        nlp = load_pipeline(model)
    except ModelNotFound as error:
        _fail(str(error))
    explanations = [explain(article, nlp) for article in articles]
    if sentence is not None and all(sentence > len(e.trace.sentences) for e in explanations):
        _fail(f"--sentence {sentence}: the text has {max(len(e.trace.sentences) for e in explanations)} sentence(s)")
    if format == "json":
        payload = [to_json(e, sentence=sentence) for e in explanations]
        sys.stdout.write(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=1) + "\n")
        return
    for e in explanations:
        out.print(render_text(e, sentence=sentence), highlight=False, markup=False)


@app.command()
def view(out_dir: OutOpt = Path("out"), store: StoreOpt = None,
         actor: Annotated[Optional[str], typer.Option(help="Show this actor's neighbourhood.")] = None,
         since: Annotated[Optional[str], typer.Option(help="Only events dated on or after (YYYY[-MM[-DD]]).")] = None,
         until: Annotated[Optional[str], typer.Option(help="Only events dated on or before.")] = None,
         predicate: Annotated[Optional[list[str]], typer.Option(help="Only these predicates.")] = None,
         radius: Annotated[int, typer.Option(help="Neighbourhood radius for --actor.")] = 1,
         max_nodes: Annotated[int, typer.Option(help="Show the most central entities above this many.")] = 150,
         actors: Annotated[Actors, typer.Option(help=(
             "states: countries, international organisations, holders of public office; all: companies too."))
                           ] = Actors.states,
         dyad: Annotated[Optional[tuple[str, str]], typer.Option(
             "--dyad", help="Write the timeline page of this pair (A B) instead: events by month, both ways.")] = None,
         html: Annotated[Optional[Path], typer.Option("--html", help="Where to write (default DIR/view.html).")] = None
         ) -> None:
    """Write an interactive view of (part of) the graph, or the timeline of one dyad; both work offline.

    The graph has one edge per pair of entities and kind of relation (PLOVER type), as wide
    as its events are many and coloured by their net tone; hover an edge for its events.

    Example: [bold]kg view --out out --actor "Vladimir Putin"[/bold];
    [bold]kg view --out out --dyad "United States" Japan[/bold]
    """
    from kg import analytics, views
    from kg.names import UnknownName
    from kg.outputs import replacing

    G = analytics.keep_actors(_event_graph(out_dir, store, evidence=True)[0], actors.value)
    scope = "state actors" if actors == Actors.states else ""
    target = html or out_dir / ("dyad.html" if dyad else "view.html")
    try:
        with replacing(target) as partial:  # whole or not at all
            if dyad:
                _, note = _write_dyad_page(G, dyad, partial)
            else:
                H = views.filter_graph(G, actor=actor, since=since, until=until, predicates=predicate, radius=radius)
                _, note = views.write_view(H, partial, max_nodes=max_nodes, scope=scope,
                                           title=f"dipkg: {actor}" if actor else "dipkg: diplomatic relations")
    except UnknownName as error:
        _fail(str(error))
    except (KeyError, ValueError) as error:
        _fail(str(error.args[0]))
    except OSError as error:
        _fail(f"cannot write {target}: {error.strerror or error}")
    out.print(f"{note} -> {target}", highlight=False, markup=False)


def _write_dyad_page(G, pair: tuple[str, str], path: Path):
    from kg import analytics
    from kg.dyadview import write_dyad_page

    ends = tuple(analytics.find_node(G, name) for name in pair)
    return write_dyad_page(G, path, pairs=[ends])


@app.command()
def validate(out_dir: OutOpt = Path("out")) -> None:
    """Validate the stored graph against ontology/shapes.ttl (SHACL, pyshacl).

    Example: [bold]kg validate --out out[/bold]
    """
    from kg.validate import validate_graph

    graph_store = _open_existing(out_dir, None, read_only=True)
    result = validate_graph(graph_store.to_rdflib())
    if result.conforms:
        out.print("The graph conforms to ontology/shapes.ttl.")
        return
    out.print(result.report, markup=False, highlight=False)
    err.print(f"{result.violations} violation(s); the first:", style="yellow")
    for line in result.first:
        err.print(f"  {line}", markup=False, highlight=False)
    raise typer.Exit(1)


@app.command()
def export(out_dir: OutOpt = Path("out"), store: StoreOpt = None,
           format: Annotated[str, typer.Option("--format", "-f", help=(
               "trig, nquads, turtle, jsonld (RDF) or graphml, gexf, csv (the NetworkX projection of the events)."))
                             ] = "trig",
           output: Annotated[Optional[Path], typer.Option("--output", "-o", help=(
               "File to write; standard output when not given."))] = None) -> None:
    """Export the graph as RDF or as a network for other tools, to standard output or a file.

    Example: [bold]kg export --out out --format jsonld -o graph.jsonld[/bold];
    [bold]kg export --out out --format nquads | gzip > graph.nq.gz[/bold]
    """
    import shutil
    import tempfile

    from kg import exports
    from kg.outputs import replacing

    if format not in exports.EXTENSIONS:
        _fail(f"unknown format {format!r}: choose from {', '.join(exports.EXTENSIONS)}")
    graph_store = _open_existing(out_dir, store, read_only=True)
    target = output or out_dir / f"graph.{exports.EXTENSIONS[format]}"
    try:
        if output:
            with replacing(output) as partial:  # whole or not at all
                exports.export(graph_store, format, partial)
            out.print(f"wrote {output}", highlight=False, markup=False)
            return
        # The exporters write files (rdflib, pyoxigraph, networkx): one in a private folder, then copied out.
        with tempfile.TemporaryDirectory(prefix="kg-export-") as folder:
            written = exports.export(graph_store, format, Path(folder) / f"graph.{exports.EXTENSIONS[format]}")
            sys.stdout.flush()
            with open(written, "rb") as handle:
                shutil.copyfileobj(handle, sys.stdout.buffer)
            sys.stdout.flush()
    except ValueError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot write {target}: {error.strerror or error}" if output else _os_error(error, out_dir))


@app.command()
def serve(out_dir: OutOpt = Path("out"),
          host: Annotated[str, typer.Option(help="Interface to bind (default: this machine only).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
          timeout: Annotated[float, typer.Option(
              min=0, help="Seconds a query may run; then it is stopped and answered 503 (0: no limit).")] = 30.0,
          allow_service: Annotated[Optional[list[str]], typer.Option(
              "--allow-service", help="An endpoint URL that SERVICE may call (repeat for more); "
                                      "federated queries are refused otherwise.")] = None,
          cors: Annotated[Optional[str], typer.Option(
              help="The one origin (https://app.example) whose pages may read the answers; no CORS otherwise.")] = None,
          max_result_mb: Annotated[float, typer.Option(
              min=0.001, help="Largest answer in MB; a larger one is an error.")] = 100.0) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    Example: [bold]kg serve --out out --timeout 10[/bold]
    """
    from kg.serve import is_loopback, make_server
    from kg.store import StoreError, check_intact

    if not (out_dir / "store").exists():
        _fail(f"no graph in {out_dir}: run `kg build PATH --out {out_dir}` first")
    try:
        check_intact(out_dir / "store")
    except StoreError as error:
        _fail(str(error))
    if not is_loopback(host):
        err.print(f"warning: serving on {host}, beyond this machine: anyone who can reach it can read the graph",
                  style="yellow", markup=False, highlight=False)
    try:
        server = make_server(out_dir / "store", host=host, port=port, timeout=timeout,
                             allow_service=tuple(allow_service or ()), cors=cors,
                             max_result_bytes=int(max_result_mb * 1e6))
    except OSError as error:
        _fail(f"cannot serve on {host}:{port}: {error.strerror or error}"
              + (" (is another `kg serve` running? choose another --port)" if error.errno == 98 else ""))
    err.print(f"SPARQL endpoint (read-only): http://{host}:{port}/sparql  (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
