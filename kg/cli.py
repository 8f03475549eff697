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



class TableFormat(str, Enum):
    """How a command prints rows: a table for people, CSV or JSON for programs."""

    table = "table"
    csv = "csv"
    json = "json"


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def _report_problem(problem) -> None:
    err.print(f"skipped {problem}", style="yellow", highlight=False, markup=False)


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


@contextmanager
def _progress(total: int | None, description: str):
    """A progress bar on a terminal; nothing when stderr is redirected."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if not err.is_terminal:
        yield lambda *_: None
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=False) as progress:
        task = progress.add_task(description, total=total)
        yield lambda *_: progress.advance(task)


def _count_inputs(paths: list[Path]) -> int | None:
    from kg.ingest import count_articles

    try:
        return count_articles(paths)
    except OSError:
        return None


@app.command()
def build(paths: PathsArg, out_dir: OutOpt = Path("out"), model: ModelOpt = None, workers: WorkersOpt = CORES,
          store: StoreOpt = None, strict: Annotated[bool, typer.Option(help="Stop at the first bad input.")] = False,
          validate: Annotated[bool, typer.Option(help="Check the graph against ontology/shapes.ttl.")] = True,
          event_window: Annotated[int, typer.Option("--event-window", min=0, help=(
              "Days before its article within which a report dated only by its publication joins an event."))] = 7
          ) -> None:
    """Build the graph: extract, resolve, store, merge reports into events; write graph.trig, graph.html and report.md.

    Example: [bold]kg build seeds --out out[/bold]
    """
    from kg.nlp import ModelNotFound
    from kg.pipeline import StrictStop
    from kg.pipeline import build as run_build

    _show_warnings()
    with _progress(_count_inputs(paths), "Building") as advance, _interruptible(
            "the articles stored so far are complete: run the same command again to finish the build"):
        def on_article(item) -> None:
            advance()
            if not hasattr(item, "text"):
                _report_problem(item)
        try:
            summary = run_build(paths, out_dir, model=model, workers=workers, store=store, validate=validate,
                                on_article=on_article, strict=strict, event_window=event_window)
        except StrictStop as stop:
            _fail(f"stopped at the first bad input (--strict): {stop.problem}", 1)
        except (ModelNotFound, OSError) as error:  # inputs never raise (kg.ingest): the model, the output
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
        out.print(f"  SHACL   {verdict} (ontology/shapes.ttl)")
    if summary.problems:
        err.print(f"{len(summary.problems)} input(s) skipped", style="yellow")
        raise typer.Exit(1)


@app.command()
def extract(paths: PathsArg,
            format: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "jsonl",
            output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here, not stdout.")] = None,
            model: ModelOpt = None, workers: WorkersOpt = CORES,
            strict: Annotated[bool, typer.Option(help="Stop at the first bad input.")] = False) -> None:
    """Extract relations only, one JSON object per relation (the DESIGN.md contract).

    Example: [bold]kg extract seeds/000_f796f84a09fbece7.txt --format jsonl[/bold]
    """
    from kg.model import Problem
    from kg.nlp import ModelNotFound
    from kg.pipeline import run

    if format not in ("jsonl", "table"):
        _fail("--format must be jsonl or table")
    _show_warnings()
    try:
        sink = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror or error}")
    rows, problems = [], 0
    try:
        with _progress(_count_inputs(paths) if output else None, "Extracting") as advance, _interruptible(
                "the output holds the relations of the articles extracted so far"):
            for result in run(paths, model=model, workers=workers):
                advance()
                if isinstance(result, Problem):
                    problems += 1
                    _report_problem(result)
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
        err.print(f"{problems} input(s) skipped", style="yellow")
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
          param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Bind ?k to v: k=v.")] = None
          ) -> None:
    """Run a SPARQL query (or a named query) on the graph.

    Example: [bold]kg query meetings --param actor="Vladimir Putin" --out out[/bold]
    """
    from kg.queries import load_query, name_params, parse_params, resolve_names
    from kg.store import StoreError

    try:
        text = file.read_text(encoding="utf-8") if file else (load_query(sparql) if sparql else None)
    except (OSError, ValueError) as error:
        _fail(f"{file}: {error.strerror}" if isinstance(error, OSError) else str(error))
    if text is None:
        _fail("give a query, a query name or --file")
    graph_store = _open_existing(out_dir, store, read_only=True)
    try:
        bindings = parse_params(param or [], query=text)
        if bindings and name_params(text):
            bindings, notes = resolve_names(bindings, query=text, labels=_labels(graph_store))
            for note in notes:
                err.print(note, highlight=False, markup=False)
        table = graph_store.select(text, bindings)
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
    if format == "json":
        out.print_json(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False))
    elif format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    else:
        table = RichTable(*columns)
        for row in rows:
            table.add_row(*["" if v is None else str(v) for v in row])
        out.print(table)


def _open_existing(out_dir: Path, store: str | None, *, read_only: bool = False):
    from kg.store import open_store

    if store:
        return open_store(store)
    if not (out_dir / "store").exists():
        _fail(f"no graph in {out_dir}: run `kg build PATH --out {out_dir}` first")
    return open_store(out_dir / "store", read_only=read_only)


class Actors(str, Enum):
    states = "states"
    all = "all"


class Weight(str, Enum):
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
        _fail(f"the store has no event layer (an older build): run `kg build` on it again; nothing is "
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
          model: ModelOpt = None) -> None:
    """Score extraction against gold relations: precision, recall, F1, dates, junk and split nodes.

    Example: [bold]kg eval eval/dev/gold/*.gold.json --articles eval/dev/wikinews.jsonl[/bold]
    """
    from kg.evaluate import evaluate, read_predictions
    from kg.model import Problem
    from kg.pipeline import run

    if (articles is None) == (pred is None):
        _fail("give either --articles PATH... or --pred FILE")
    if pred is not None:
        predictions = read_predictions(pred)
    else:
        predictions = [r.to_json() for result in run(articles, model=model) if not isinstance(result, Problem)
                       for r in result.relations]
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
    out.print_json(json.dumps(summary))


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

    G = analytics.keep_actors(_event_graph(out_dir, store, evidence=True)[0], actors.value)
    scope = "state actors" if actors == Actors.states else ""
    try:
        if dyad:
            target, note = _write_dyad_page(G, dyad, html or out_dir / "dyad.html")
        else:
            H = views.filter_graph(G, actor=actor, since=since, until=until, predicates=predicate, radius=radius)
            target, note = views.write_view(H, html or out_dir / "view.html", max_nodes=max_nodes, scope=scope,
                                            title=f"dipkg: {actor}" if actor else "dipkg: diplomatic relations")
    except UnknownName as error:
        _fail(str(error))
    except ValueError as error:
        _fail(str(error.args[0]))
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

    if format not in exports.EXTENSIONS:
        _fail(f"unknown format {format!r}: choose from {', '.join(exports.EXTENSIONS)}")
    graph_store = _open_existing(out_dir, store, read_only=True)
    try:
        if output:
            out.print(f"wrote {exports.export(graph_store, format, output)}", highlight=False, markup=False)
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
        _fail(_os_error(error, out_dir))


@app.command()
def serve(out_dir: OutOpt = Path("out"),
          host: Annotated[str, typer.Option(help="Interface to bind (default: this machine only).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="TCP port.")] = 7878) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    Example: [bold]kg serve --out out[/bold]
    """
    from kg.serve import make_server

    if not (out_dir / "store").exists():
        _fail(f"no graph in {out_dir}: run `kg build PATH --out {out_dir}` first")
    server = make_server(out_dir / "store", host=host, port=port)
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
