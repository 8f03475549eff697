"""Directed dyads: what one state actor did to another, counted in events, per month or week.

Each event between two actors counts for the pair of their *units*: a country (itself, or
the country a person or body belongs to, :func:`kg.analytics.country_of`) or an
international organisation (itself, or the organisation a person leads or serves). A→B and
B→A are separate rows; a symmetric event (``met``, ``spokeWith``, ``cooperatedWith``)
counts in both. Each row has the event and report counts, the split by quad class
(the ontology's ``dip:quadClass``: verbal/material × cooperation/conflict), and the mean and
net tone (the cooperation scores of the events). States (``leaderOf`` ...) and relations
without a PLOVER type (``reported``, ``locatedIn``) are not dyad events.

>>> from kg.analytics import example_graph
>>> [(r["source"], r["target"], r["events"], r["net_tone"]) for r in directed_dyads(example_graph())]
[('Russia', 'Tajikistan', 2, 2.0), ('Tajikistan', 'Russia', 2, 2.0), ('France', 'Germany', 1, 6.0), \
('Germany', 'France', 1, 6.0), ('Germany', 'Russia', 1, -8.0)]
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import networkx as nx

from kg.analytics import ROLE_PREDICATES, country_of, state_actors

QUADS = {"verbal cooperation": "verbal_coop", "material cooperation": "material_coop",
         "verbal conflict": "verbal_conflict", "material conflict": "material_conflict"}
PERIODS = ("month", "week")


def units(G: nx.MultiDiGraph) -> dict[str, str]:
    """Each actor's dyad unit: its country, else the international organisation it is or serves.

    >>> from kg.analytics import example_graph
    >>> sorted(units(example_graph()).values())[:3]
    ['id:Armenia', 'id:France', 'id:Germany']
    """
    mapping = country_of(G)
    states = state_actors(G)
    bodies = {n for n in states if G.nodes[n]["type"] == "Organization"}
    for n in bodies:
        mapping.setdefault(n, n)
    for u, v, d in G.edges(data=True):
        if d["predicate"] in ROLE_PREDICATES and v in bodies:
            mapping.setdefault(u, v)
    return mapping


def period_of(date: str | None, period: str | None) -> str | None:
    """The period label of a date: ``YYYY-MM`` for a month, ``YYYY-Www`` (ISO) for a week.

    A date coarser than the period keeps its own precision (a year stays ``1987``, a
    month stays ``1987-02`` in weeks): it is not drawn on the first day.

    >>> [period_of(d, "week") for d in ("2023-03-07", "2023-03", None)]
    ['2023-W10', '2023-03', 'undated']
    """
    if period is None:
        return None
    if not date:
        return "undated"
    if period == "month":
        return date[:7]
    if len(date) == 10:
        year, week, _ = dt.date.fromisoformat(date).isocalendar()
        return f"{year}-W{week:02d}"
    return date


def directed_dyads(G: nx.MultiDiGraph, *, period: str | None = None, pair: tuple[str, str] | None = None
                   ) -> list[dict]:
    """Rows ``source, target, [period,] events, reports, <quad classes>, mean_tone, net_tone``.

    Dyads are sorted by their number of events (all periods together), most first; a
    dyad's periods in time order. ``pair`` (two node ids) keeps the two directions of one
    pair of units.
    """
    if period not in (None, *PERIODS):
        raise ValueError(f"a period is month or week, not {period!r}")
    unit = units(G)
    wanted = {unit.get(pair[0], pair[0]), unit.get(pair[1], pair[1])} if pair else None
    cells: dict[tuple, dict] = defaultdict(lambda: dict.fromkeys(["events", "reports", "tone", *QUADS], 0))
    for u, v, d in G.edges(data=True):
        a, b = unit.get(u), unit.get(v)
        if d.get("state") or not d.get("plover") or not a or not b or a == b:
            continue
        if wanted and {a, b} != wanted:
            continue
        for source, target in ((a, b), (b, a)) if d.get("symmetric") else ((a, b),):
            cell = cells[(source, target, period_of(d.get("date"), period))]
            cell["events"] += 1
            cell["reports"] += d.get("reports", 1)
            cell["tone"] += d["tone"]
            if d.get("quad") in QUADS:
                cell[d["quad"]] += 1
    return _rows(G, cells, period)


def _rows(G: nx.MultiDiGraph, cells: dict[tuple, dict], period: str | None) -> list[dict]:
    volume: dict[tuple, int] = defaultdict(int)
    for (a, b, _), cell in cells.items():
        volume[(a, b)] += cell["events"]
    label = lambda n: G.nodes[n]["label"]  # noqa: E731
    order = lambda key: (-volume[key[:2]], label(key[0]), label(key[1]), key[2] or "")  # noqa: E731
    rows = []
    for key in sorted(cells, key=order):
        cell = cells[key]
        row = {"source": label(key[0]), "target": label(key[1])}
        if period:
            row["period"] = key[2]
        row |= {"events": cell["events"], "reports": cell["reports"],
                **{column: cell[quad] for quad, column in QUADS.items()},
                "mean_tone": round(cell["tone"] / cell["events"], 2), "net_tone": round(cell["tone"], 2)}
        rows.append(row)
    return rows
