"""A compact projection of the event graph, written by ``kg build`` for a fast ``kg stats``.

``DIR/projection.json`` holds the event graph (nodes and one edge per event or state,
without evidence sentences), which actors are state actors, and the tables that are slow
to compute on a large graph: centrality (betweenness above all) and blocs, for
``--actors states`` and ``all``, counting events or reports. ``kg stats`` reads it instead
of querying the store when it is newer than every file of the store, and computes the
rest (dyads, an actor's events, paths) on the graph it holds. Measured:
``bench/RESULTS-stats.md``.

>>> from kg.analytics import example_graph
>>> data = projection_data(example_graph())
>>> G, tables = graph_from_projection(data)
>>> G.number_of_edges(), tables["central"]["states"]["events"][0]["label"]
(8, 'Vladimir Putin')
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg import analytics

VERSION = 2
ACTOR_SETS = ("states", "all")
WEIGHTS = ("events", "reports")
_HEAD = f'{{"version":{VERSION},'.ljust(32, " ")  # the file starts with it: a cheap version check
#: The edge attributes kept, in this order.
FIELDS = ("predicate", "date", "role", "plover", "quad", "tone", "confidence", "reports", "articles", "first", "last",
          "modality", "symmetric", "state", "date_source", "article")


def projection_path(out: Path) -> Path:
    """Where a build keeps the projection ``kg stats`` reads."""
    return Path(out) / "projection.json"


def projection_data(G: nx.MultiDiGraph) -> dict:
    """The projection of ``G``: its nodes, edges, state actors, and the centrality and bloc tables."""
    ids = {node: i for i, node in enumerate(G)}
    notes = analytics.actor_annotations(G)
    tables: dict = {"central": {}, "communities": {}}
    for actors in ACTOR_SETS:
        H = analytics.keep_actors(G, actors)
        tables["central"][actors] = {w: analytics.centrality(H, top=0, weight=w) for w in WEIGHTS}
        tables["communities"][actors] = {w: analytics.communities(H, weight=w) for w in WEIGHTS}
    return {"version": VERSION,
            "nodes": [[node, d["label"], d["type"], d.get("code"), *notes[node]] for node, d in G.nodes(data=True)],
            "edges": [[ids[u], ids[v], *[d.get(f) for f in FIELDS]] for u, v, d in G.edges(data=True)],
            "tables": tables}


def graph_from_projection(data: dict) -> tuple[nx.MultiDiGraph, dict]:
    """The event graph and the precomputed tables of a projection."""
    G = nx.MultiDiGraph()
    nodes = data["nodes"]
    for node, label, type_, code, state, country in nodes:
        G.add_node(node, label=label, type=type_, code=code, state_actor=state, country=country)
    for u, v, *values in data["edges"]:
        G.add_edge(nodes[u][0], nodes[v][0], evidence="", **dict(zip(FIELDS, values)))
    return G, data["tables"]


def write_projection(G: nx.MultiDiGraph, out: Path) -> Path:
    """Write ``DIR/projection.json`` (after the store is closed: it must be newer than the store's files)."""
    path = projection_path(out)
    body = json.dumps(projection_data(G), ensure_ascii=False, separators=(",", ":"))
    path.write_text(_HEAD + body[len(f'{{"version":{VERSION},'):], encoding="utf-8")
    return path


def is_current(out: Path) -> bool:
    """Whether ``DIR/projection.json`` is of this version and newer than every file of ``DIR/store``
    (nothing was written to the store after the build that wrote it)."""
    path = projection_path(out)
    try:
        with open(path, encoding="utf-8") as handle:
            if handle.read(32) != _HEAD[:32]:
                return False
        written = path.stat().st_mtime
        return all(f.stat().st_mtime <= written for f in (Path(out) / "store").iterdir())
    except OSError:
        return False


def refresh_projection(G: nx.MultiDiGraph, out: Path, *, changed: bool, was_current: bool) -> Path:
    """Write the projection at the end of a build, or only mark it current again when the build
    changed nothing and it was current before (opening the store touched its files)."""
    path = projection_path(out)
    if was_current and not changed:
        path.touch()
        return path
    return write_projection(G, out)


def read_projection(out: Path) -> tuple[nx.MultiDiGraph, dict] | None:
    """The graph and tables of ``DIR/projection.json``, or None when it is missing, of another version,
    or not current (:func:`is_current`)."""
    if not is_current(out):
        return None
    try:
        data = json.loads(projection_path(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return graph_from_projection(data)
