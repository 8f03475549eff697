"""Events, not reports: the reports of one happening merged into one event (DESIGN.md, Events).

A *report* is what one article states (one statement node of the store); an *event* is
what happened, whatever number of articles report it. The rule, for reports of the same
subject, predicate and object (either way round for symmetric predicates):

* reports dated by their own words on the same date are one event; a report that gives only
  the month or the year joins the event of a day within it (the nearest before its article);
* a report dated only by its article's publication date joins the event whose date is
  within ``window_days`` (default 7) *before* it, the nearest one (wire copy dates its
  news by the dateline: "on Tuesday evening" is reported on Wednesday); a *planned*
  report ("will meet") looks *forward* instead, as an announcement comes before the
  event. Such reports that find no dated event form one among themselves, dated by the
  first non-planned report (or the first one), the others within the window after it;
* undated reports (an article without a date) form one undated event;
* states (``leaderOf``, ``officialOf``, ``memberOf``, ``tradePartnerOf``) are one fact per
  pair and role, reported from its first to its last article's date.

An event's modality is the strongest of its reports' (asserted beats reported beats
planned): a planned meeting that later reports say happened is asserted.

Per-article event and document nodes ("the summit" of two wire stories) merge first:
same type, same label, the same actors, and dates (their own, else their article's)
within the window of the first one.

Every function is pure; :mod:`kg.store` reads the reports from a store and writes the
layer back, :mod:`kg.rdf` maps it to RDF.

>>> a = Report("st:1", "id:biden", "met", "id:scholz", "a1", published="2023-03-08", date="2023-03-07")
>>> b = Report("st:2", "id:scholz", "met", "id:biden", "a3", published="2023-03-09", date="2023-03-09")
>>> [(e.date, e.date_source, e.report_count, e.article_count) for e in merge_reports([a, b])]
[('2023-03-07', 'text', 2, 2)]
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

#: Lasting relations: one fact per pair and role, not one event per report.
STATES = frozenset({"leaderOf", "officialOf", "memberOf", "tradePartnerOf"})
DEFAULT_WINDOW_DAYS = 7
#: Changes with the merge rule or its RDF, so that a build computes a stored layer again.
LAYER_VERSION = 3
_STRENGTH = {"planned": 0, "reported": 1, "asserted": 2}


@dataclass(frozen=True, slots=True)
class Report:
    """One statement as the event layer reads it: who did what to whom, when, in which article.

    ``published`` is the article's publication date; ``date`` the relation's (any precision).

    >>> Report("st:1", "a", "met", "b", "x.txt", published="2023-03-09", date="2023-03-09").date_source
    'publication'
    """

    statement: str
    subject: str
    predicate: str
    object: str
    article: str
    published: str | None = None
    date: str | None = None
    modality: str = "asserted"
    confidence: float = 1.0
    role: str | None = None
    source: str | None = None  # the statement's dip:dateSource, when extraction recorded it

    @property
    def date_source(self) -> str | None:
        """Where the date came from: the statement's own ``source`` (``text``, ``event``, ``previous``,
        ``lead``, ``publication``) when it has one; else ``publication`` when the date is the article's, else
        ``text``; None when undated.

        Why the comparison: statements of earlier builds do not record where their date came
        from, and the extractor dates an undated event by its article (a text that says
        "today" reads the same, and is the same happening).

        >>> Report("st:1", "a", "met", "b", "x", published="2023-03-09", date="2023-03-09", source="text").date_source
        'text'
        """
        if not self.date:
            return None
        if self.source:
            return self.source
        return "publication" if self.date == self.published else "text"

    @property
    def dated_by_text(self) -> bool:
        """Whether the article's words date the relation (its own clause, its event, the sentence before)."""
        return self.date_source not in (None, "publication")


@dataclass(frozen=True, slots=True)
class Node:
    """A per-article event or document node ("the summit", "the trade bill") as the merge sees it.

    ``date`` is the node's own date, else its article's publication date.
    """

    iri: str
    type: str
    label: str
    article: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """What happened once (or, for a state, held): its reports and what they say together.

    >>> e = Event("id:a", "leaderOf", "id:b", (Report("s1", "id:a", "leaderOf", "id:b", "x", "2023-01-02"),
    ...                                        Report("s2", "id:a", "leaderOf", "id:b", "y", "2023-02-03")))
    >>> e.is_state, e.report_count, e.first_reported, e.last_reported
    (True, 2, '2023-01-02', '2023-02-03')
    """

    subject: str
    predicate: str
    object: str
    reports: tuple[Report, ...]
    date: str | None = None
    date_source: str | None = None
    role: str | None = None

    @property
    def id(self) -> str:
        """A stable key: the same event gets the same id in every build."""
        key = "\x1f".join([self.subject, self.predicate, self.object, self.role or "", self.date or "",
                           self.date_source or ""])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    @property
    def is_state(self) -> bool:
        """A state (leaderOf, officialOf, memberOf, tradePartnerOf), not a dated event."""
        return self.predicate in STATES

    @property
    def report_count(self) -> int:
        """How many reports it merges."""
        return len(self.reports)

    @property
    def article_count(self) -> int:
        """How many distinct articles report it."""
        return len({r.article for r in self.reports})

    @property
    def first_reported(self) -> str | None:
        """The date of the first article that reports it."""
        return min((r.published for r in self.reports if r.published), default=None)

    @property
    def last_reported(self) -> str | None:
        """The date of the last article that reports it."""
        return max((r.published for r in self.reports if r.published), default=None)

    @property
    def confidence(self) -> float:
        """The highest confidence among its reports."""
        return max(r.confidence for r in self.reports)

    @property
    def modality(self) -> str:
        """The strongest modality of the reports: asserted beats reported beats planned."""
        return max((r.modality for r in self.reports), key=lambda m: _STRENGTH.get(m, 2))

    @property
    def exemplar(self) -> Report:
        """The report to show for the event: the most confident, then the first published."""
        return min(self.reports, key=lambda r: (-r.confidence, r.published or "9999", r.statement))


@dataclass(frozen=True, slots=True)
class Layer:
    """The event layer of a graph: its events and the per-article nodes merged into another."""

    events: tuple[Event, ...]
    merged: Mapping[str, str] = field(default_factory=dict)  # node IRI -> the node it is merged into
    window_days: int = DEFAULT_WINDOW_DAYS


def build_layer(reports: Iterable[Report], nodes: Iterable[Node] = (), *,
                window_days: int = DEFAULT_WINDOW_DAYS) -> Layer:
    """Merge per-article nodes, then the reports into events (the module's rule).

    >>> nodes = [Node("ev:a1/summit", "Event", "the summit", "a1", "2023-03-07"),
    ...          Node("ev:a2/summit", "Event", "the summit", "a2", "2023-03-08")]
    >>> reports = [Report("s1", "id:x", "attended", "ev:a1/summit", "a1", "2023-03-07", "2023-03-07"),
    ...            Report("s2", "id:x", "attended", "ev:a2/summit", "a2", "2023-03-08", "2023-03-08")]
    >>> layer = build_layer(reports, nodes)
    >>> dict(layer.merged), [(e.object, e.date, e.report_count) for e in layer.events]
    ({'ev:a2/summit': 'ev:a1/summit'}, [('ev:a1/summit', '2023-03-07', 2)])
    """
    reports = list(reports)
    merged = merge_nodes(nodes, reports, window_days=window_days)
    if merged:
        reports = [replace(r, subject=merged.get(r.subject, r.subject), object=merged.get(r.object, r.object))
                   for r in reports]
    return Layer(tuple(merge_reports(reports, window_days=window_days)), merged, window_days)


def merge_reports(reports: Iterable[Report], *, window_days: int = DEFAULT_WINDOW_DAYS) -> list[Event]:
    """The events of ``reports``, in a stable order (by date, then subject, predicate, object).

    >>> r = lambda n, pub, date=None, m="asserted": Report(f"s{n}", "a", "met", "b", f"art{n}", pub, date, m)
    >>> events = merge_reports([r(1, "2023-03-08", "2023-03-07"), r(2, "2023-03-09", "2023-03-09"),
    ...                         r(3, "2023-04-19", "2023-04-18"), r(4, "2023-03-01", "2023-03-01", "planned")])
    >>> [(e.date, e.report_count, e.modality) for e in events]
    [('2023-03-07', 3, 'asserted'), ('2023-04-18', 1, 'asserted')]
    """
    from kg.ontology import symmetric_predicates  # here: reading the ontology costs, and few callers merge

    groups: dict[tuple, list[Report]] = defaultdict(list)
    symmetric = symmetric_predicates()
    for report in reports:
        groups[_key(report, symmetric)].append(report)
    events = []
    for key, members in groups.items():
        members.sort(key=_report_order)
        if key[1] in STATES:
            events.append(_event(members, date=None, source=None))
        else:
            events.extend(_occurrences(members, window_days))
    return sorted(events, key=lambda e: (e.date or e.first_reported or "", e.subject, e.predicate, e.object,
                                         e.role or "", e.id))


def merge_nodes(nodes: Iterable[Node], reports: Iterable[Report], *,
                window_days: int = DEFAULT_WINDOW_DAYS) -> dict[str, str]:
    """Per-article event and document nodes that are the same happening: node IRI -> the one kept.

    Same type, same label (case aside), the same non-empty set of actors (what the
    reports link them to), and dates within ``window_days`` of the first (earliest) one,
    which is kept.

    >>> nodes = [Node("d1", "Document", "trade bill", "a1", "1987-04-01"),
    ...          Node("d2", "Document", "Trade bill", "a2", "1987-04-03"),
    ...          Node("d3", "Document", "trade bill", "a3", "1987-06-01")]
    >>> reports = [Report(f"s{i}", "id:reagan", "rejected", f"d{i}", f"a{i}") for i in (1, 2, 3)]
    >>> merge_nodes(nodes, reports)
    {'d2': 'd1'}
    """
    nodes = {n.iri: n for n in nodes}
    actors = _actors_of(nodes, reports)
    groups: dict[tuple, list[Node]] = defaultdict(list)
    for node in nodes.values():
        if actors.get(node.iri) and _day(node.date):
            groups[(node.type, node.label.casefold(), actors[node.iri])].append(node)
    merged = {}
    for members in groups.values():
        members.sort(key=lambda n: (n.date, n.iri))
        first = members[0]
        for node in members[1:]:
            if (_day(node.date) - _day(first.date)).days > window_days:
                first = node
            else:
                merged[node.iri] = first.iri
    return merged


def _actors_of(nodes: Mapping[str, Node], reports: Iterable[Report]) -> dict[str, frozenset[str]]:
    linked: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        if r.object in nodes and r.subject not in nodes:
            linked[r.object].add(r.subject)
        if r.subject in nodes and r.object not in nodes:
            linked[r.subject].add(r.object)
    return {iri: frozenset(found) for iri, found in linked.items()}


def _key(report: Report, symmetric: frozenset[str]) -> tuple:
    pair = (report.subject, report.object)
    if report.predicate in symmetric:
        pair = tuple(sorted(pair))
    return (pair, report.predicate, report.role or "" if report.predicate in STATES else "")


def _report_order(report: Report) -> tuple:
    return (report.published or "9999", report.article, report.statement)


def _occurrences(reports: list[Report], window_days: int) -> list[Event]:
    """The events among the reports of one subject, predicate and object (sorted by publication)."""
    dated: dict[str, list[Report]] = defaultdict(list)
    floating: list[list[Report]] = []
    undated: list[Report] = []
    for r in reports:
        if r.dated_by_text:
            dated[_finer_date(r, {x.date for x in reports if x.dated_by_text})].append(r)
    days = sorted((day, value) for value in dated if (day := _day(value)))
    for r in reports:
        if r.date_source == "publication":
            anchor = _anchor(r, days, window_days)
            if anchor:
                dated[anchor].append(r)
            else:
                _join_floating(floating, r, window_days)
        elif r.date_source is None:
            undated.append(r)
    events = [_event(members, date=value, source=_best_source(members)) for value, members in dated.items()]
    events += [_event(members, date=_floating_date(members), source="publication") for members in floating]
    if undated:
        events.append(_event(undated, date=None, source=None))
    return events


def _finer_date(report: Report, dates: set[str]) -> str:
    """A report's date, or the finer date of another report that it contains ("2023-03" is within
    "2023-03-07"): the same happening, told less precisely. Of several, the finest, then the
    nearest before the report's article.

    >>> r = Report("s", "a", "met", "b", "x", published="2023-03-20", date="2023-03")
    >>> _finer_date(r, {"2023-03", "2023-03-07", "2023-03-14", "2023-04-02"})
    '2023-03-14'
    """
    finer = [d for d in dates if len(d) > len(report.date) and d.startswith(report.date)]
    if not finer:
        return report.date
    finest = [d for d in finer if len(d) == max(map(len, finer))]
    before = [d for d in finest if d <= (report.published or "9999")]
    return max(before) if before else min(finest)


def _best_source(members: list[Report]) -> str:
    """The most direct source of a dated event's date among its reports."""
    sources = {r.date_source for r in members}
    return next(s for s in ("text", "event", "previous", "lead", "publication") if s in sources)


def _anchor(report: Report, days: list[tuple[dt.date, str]], window_days: int) -> str | None:
    """The dated event a publication-dated report belongs to: the nearest within the window
    before its article (after it, for a planned report)."""
    published = _day(report.published)
    if published is None:
        return None
    ahead = report.modality == "planned"
    fits = [(abs((day - published).days), value) for day, value in days
            if 0 <= ((day - published) if ahead else (published - day)).days <= window_days]
    return min(fits)[1] if fits else None


def _join_floating(floating: list[list[Report]], report: Report, window_days: int) -> None:
    published = _day(report.published)
    for members in floating:
        if published and 0 <= (published - _day(members[0].published)).days <= window_days:
            members.append(report)
            return
    floating.append([report])


def _floating_date(members: list[Report]) -> str:
    """A publication-dated event happened by its first report that says it did (the announcement, if none)."""
    done = [r.published for r in members if r.modality != "planned"]
    return min(done) if done else members[0].published


def _event(members: list[Report], *, date: str | None, source: str | None) -> Event:
    first = members[0]
    return Event(first.subject, first.predicate, first.object, tuple(members), date=date, date_source=source,
                 role=first.role if first.predicate in STATES else None)


def _day(value: str | None) -> dt.date | None:
    """A day-precision ISO date, or None (months and years are not days).

    >>> _day("2023-03-07"), _day("2023-03")
    (datetime.date(2023, 3, 7), None)
    """
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
