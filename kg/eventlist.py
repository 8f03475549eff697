"""The events of a graph as a table: what ``kg events`` lists, filtered and sorted by date.

Rows come from the stored event layer (``kg/queries/events.rq``, one per event or state);
:func:`select_events` keeps those of some actors, predicates and dates, and leaves planned
events out unless asked.

>>> records = [{"event": "e1", "kind": "event", "date": "2023-03-07", "s": "id:b", "sl": "Joe Biden", "p": "met",
...             "o": "id:s", "ol": "Olaf Scholz", "reports": "3", "articles": "3", "first": "2023-03-08",
...             "last": "2023-03-09", "modality": "asserted", "tone": "1"},
...            {"event": "e2", "kind": "event", "date": "2023-05-02", "s": "id:b", "sl": "Joe Biden", "p": "met",
...             "o": "id:s", "ol": "Olaf Scholz", "reports": "1", "articles": "1", "first": "2023-04-30",
...             "last": "2023-04-30", "modality": "planned", "tone": "1"}]
>>> [(r["date"], r["object"], r["reports"]) for r in select_events(records, actors=["Biden"])]
[('2023-03-07', 'Olaf Scholz', 3)]
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from kg.model import ACTOR_TYPES
from kg.names import match_name

COLUMNS = ["date", "subject", "predicate", "object", "reports", "articles", "first_reported", "last_reported",
           "modality", "tone"]
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def event_records(store) -> list[dict]:
    """The stored events and states, one record each (an entity with two labels would repeat it)."""
    from kg.analytics import named_query

    seen: dict[str, dict] = {}
    for record in store.select(named_query("events")).records():
        seen.setdefault(record["event"], record)
    return list(seen.values())


def graph_records(G) -> list[dict]:
    """The records of an event graph (:func:`kg.analytics.graph_from_records`, a projection), as
    :func:`event_records` gives them from the store: ``kg events`` reads either."""
    text = lambda value: None if value is None else str(value)  # noqa: E731 - the store answers strings
    return [{"kind": "state" if d.get("state") else "event", "date": d.get("date"), "s": u, "sl": G.nodes[u]["label"],
             "st": G.nodes[u]["type"], "p": d["predicate"], "o": v, "ol": G.nodes[v]["label"], "ot": G.nodes[v]["type"],
             "reports": text(d.get("reports", 1)), "articles": text(d.get("articles", 1)), "first": d.get("first"),
             "last": d.get("last"), "modality": d.get("modality"), "tone": text(d.get("tone"))}
            for u, v, d in G.edges(data=True)]


def select_events(records: Iterable[dict], *, actors: Iterable[str] = (), predicates: Iterable[str] = (),
                  since: str | None = None, until: str | None = None, include_planned: bool = False) -> list[dict]:
    """The rows of :data:`COLUMNS` for the events that involve any of ``actors`` (names as
    :func:`kg.names.match_name` reads them), have one of ``predicates`` and overlap the dates,
    sorted by date (a state by its first report). Undated events are left out of a date range.

    Raises ``ValueError`` for a malformed date and :class:`kg.names.UnknownName` for a name
    that matches no single actor.
    """
    records = list(records)
    for bound in (since, until):
        if bound and not _DATE.fullmatch(bound):
            raise ValueError(f"a date is YYYY, YYYY-MM or YYYY-MM-DD, not {bound!r}")
    wanted = _actor_iris(records, actors)
    predicates = set(predicates)
    kept = [r for r in records
            if (include_planned or r.get("modality") != "planned")
            and (not predicates or r["p"] in predicates)
            and (wanted is None or r["s"] in wanted or r["o"] in wanted)
            and overlaps(*_span(r), since=since, until=until)]
    kept.sort(key=lambda r: (r.get("date") or r.get("first") or "", r.get("sl") or "", r["p"], r.get("ol") or ""))
    return [event_row(r) for r in kept]


def event_row(record: dict) -> dict:
    """One record of ``events.rq`` as a row of :data:`COLUMNS` (numbers as numbers)."""
    return {"date": record.get("date"), "subject": record.get("sl") or record["s"], "predicate": record["p"],
            "object": record.get("ol") or record["o"], "reports": int(record["reports"]),
            "articles": int(record["articles"]), "first_reported": record.get("first"),
            "last_reported": record.get("last"), "modality": record.get("modality") or "asserted",
            "tone": float(record.get("tone") or 0.0)}


def overlaps(start: str | None, end: str | None, *, since: str | None = None, until: str | None = None) -> bool:
    """Whether the dates ``start``..``end`` (any precision) overlap the range; undated ones do not,
    unless there is no range.

    >>> [overlaps(d, d, since="2022-05-16", until="2022-06") for d in ("2022-05", "2022-06-30", "2022-07-01", None)]
    [True, True, False, False]
    """
    if not (since or until):
        return True
    if not start:
        return False
    end = end or start
    before = until and start[:min(len(start), len(until))] > until[:min(len(start), len(until))]
    after = since and end[:min(len(end), len(since))] < since[:min(len(end), len(since))]
    return not (before or after)


def _span(record: dict) -> tuple[str | None, str | None]:
    """An event's date, or a state's interval of reports."""
    if record.get("kind") == "state":
        return record.get("first"), record.get("last")
    return record.get("date"), record.get("date")


def _actor_iris(records: list[dict], actors: Iterable[str]) -> set[str] | None:
    actors = list(actors)
    if not actors:
        return None
    labels = {}
    for r in records:  # actors only: "the summit" of some article is no actor
        for side in ("s", "o"):
            if r.get(f"{side}t") in ACTOR_TYPES or not r.get(f"{side}t"):
                labels[r[side]] = r.get(f"{side}l") or r[side]
    return {match_name(name, labels, kind="actor") for name in actors}
