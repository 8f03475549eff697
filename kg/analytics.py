"""NetworkX views of the graph: who is central, which blocs form, how each country pair is going.

Every function but :func:`graph_from_store` is pure: ``f(G, *, options) -> result``.

>>> G = graph_from_records([
...     {"s": "id:putin", "sl": "Vladimir Putin", "st": "Person", "p": "leaderOf", "o": "id:RUS", "ol": "Russia",
...      "ot": "Country"},
...     {"s": "id:rahmon", "sl": "Emomali Rahmon", "st": "Person", "p": "leaderOf", "o": "id:TJK",
...      "ol": "Tajikistan", "ot": "Country"},
...     {"s": "id:putin", "sl": "Vladimir Putin", "st": "Person", "p": "met", "o": "id:rahmon",
...      "ol": "Emomali Rahmon", "ot": "Person", "date": "2022-05-16"}])
>>> [(d["a"], d["b"], d["CONSULT"]) for d in dyads(G)]
[('Russia', 'Tajikistan', 1)]
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources

import networkx as nx

from kg.ontology import predicates

ROLE_PREDICATES = {"leaderOf", "officialOf"}
STRUCTURAL = ROLE_PREDICATES | {"memberOf", "locatedIn", "partOf"}
ACTOR_TYPES = {"Person", "Country", "Organization"}


@functools.cache
def named_query(name: str) -> str:
    """The text of ``kg/queries/NAME.rq``."""
    return resources.files("kg").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def graph_from_store(store) -> nx.MultiDiGraph:
    """Project the stored relations into a directed multigraph (one edge per statement)."""
    return graph_from_records(store.select(named_query("relations")).records())


def graph_from_records(records: Iterable[dict]) -> nx.MultiDiGraph:
    """Nodes are entities (label, type, code); edges are relations (predicate, date, tone, evidence...)."""
    info = predicates()
    G = nx.MultiDiGraph()
    for r in records:
        for side in ("s", "o"):
            G.add_node(r[side], label=r.get(f"{side}l") or r[side], type=r.get(f"{side}t") or "Thing",
                       code=r.get(f"{side}c"))
        p = info.get(r["p"])
        G.add_edge(r["s"], r["o"], predicate=r["p"], date=r.get("date"), role=r.get("role"),
                   plover=p.plover if p else None, tone=p.score if p else 0.0,
                   confidence=float(r.get("confidence") or 1.0), evidence=r.get("evidence") or "",
                   article=r.get("article") or "", modality=r.get("modality") or "asserted",
                   symmetric=bool(p and p.symmetric))
    return G


def actor_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """An undirected, weighted simple graph of interactions (roles and memberships left out)."""
    H = nx.Graph()
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True))
    for u, v, d in G.edges(data=True):
        if d["predicate"] in STRUCTURAL or u == v:
            continue
        weight = H[u][v]["weight"] + 1 if H.has_edge(u, v) else 1
        H.add_edge(u, v, weight=weight)
    return H


def actor_projection(G: nx.MultiDiGraph) -> nx.Graph:
    """Actors only: linked by their relations, and by taking part in the same event or document.

    Events and documents ("the summit", "the statement") are not actors; the countries that
    attended one summit are tied through it, with half the weight of a direct relation.
    """
    H = nx.Graph()
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if d["type"] in ACTOR_TYPES)

    def tie(u: str, v: str, weight: float) -> None:
        if u != v:
            H.add_edge(u, v, weight=(H[u][v]["weight"] if H.has_edge(u, v) else 0) + weight)

    for u, v in G.edges():
        if u in H and v in H:
            tie(u, v, 1.0)
    for node, data in G.nodes(data=True):
        if data["type"] not in ACTOR_TYPES:
            actors = sorted({n for n in nx.all_neighbors(G, node) if n in H})
            for i, a in enumerate(actors):
                for b in actors[i + 1:]:
                    tie(a, b, 0.5)
    return H


def centrality(G: nx.MultiDiGraph, *, top: int = 10) -> list[dict]:
    """Degree, betweenness and PageRank of the most central actors, by PageRank.

    Computed on :func:`actor_projection`: roles count (a leader is tied to the country they
    lead), and so does taking part in the same event.
    """
    H = actor_projection(G)
    if H.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(H)
    between = nx.betweenness_centrality(H, weight=None)
    rank = nx.pagerank(H, weight="weight")
    rows = [{"id": n, "label": H.nodes[n]["label"], "type": H.nodes[n]["type"], "degree": round(degree[n], 3),
             "betweenness": round(between[n], 3), "pagerank": round(rank[n], 3)} for n in H]
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["label"]))
    return rows[:top]


def communities(G: nx.MultiDiGraph, *, seed: int = 0) -> list[list[str]]:
    """Blocs: Louvain communities of the interaction graph, largest first, as labels."""
    H = actor_graph(G)
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if H.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(H, weight="weight", seed=seed)
    return sorted(([H.nodes[n]["label"] for n in sorted(c)] for c in found), key=lambda c: (-len(c), c))


def country_of(G: nx.MultiDiGraph) -> dict[str, str]:
    """Each actor's country: itself for countries, the country of a person's role, a body's country."""
    mapping = {n: n for n, d in G.nodes(data=True) if d["type"] == "Country"}
    for u, v, d in G.edges(data=True):
        if d["predicate"] in ROLE_PREDICATES and G.nodes[v]["type"] == "Country":
            mapping.setdefault(u, v)
    return mapping


def dyads(G: nx.MultiDiGraph, *, by_month: bool = False) -> list[dict]:
    """For each pair of countries: relation counts by PLOVER type and net tone (optionally per month)."""
    countries = country_of(G)
    table: dict[tuple, Counter] = defaultdict(Counter)
    tone: dict[tuple, float] = defaultdict(float)
    for u, v, d in G.edges(data=True):
        if d["predicate"] in STRUCTURAL:
            continue
        a, b = countries.get(u), countries.get(v)
        if not a or not b or a == b:
            continue
        pair = tuple(sorted((G.nodes[a]["label"], G.nodes[b]["label"])))
        key = pair + (((d["date"] or "")[:7] or "undated",) if by_month else ())
        table[key][d["plover"] or d["predicate"]] += 1
        table[key]["relations"] += 1
        tone[key] += d["tone"]
    rows = []
    for key, counts in sorted(table.items()):
        row = {"a": key[0], "b": key[1], **({"month": key[2]} if by_month else {})}
        row.update(counts)
        row["net_tone"] = round(tone[key], 2)
        rows.append(row)
    return rows


def ego_network(G: nx.MultiDiGraph, actor: str, *, radius: int = 1) -> nx.MultiDiGraph:
    """The subgraph around an actor given by IRI or label."""
    node = find_node(G, actor)
    return G.subgraph(nx.ego_graph(G.to_undirected(as_view=True), node, radius=radius)).copy()


def paths_between(G: nx.MultiDiGraph, a: str, b: str, *, limit: int = 5) -> list[list[str]]:
    """Shortest paths (as label lists) between two actors given by IRI or label."""
    H = G.to_undirected(as_view=True)
    source, target = find_node(G, a), find_node(G, b)
    try:
        found = nx.all_shortest_paths(H, source, target)
        return [[G.nodes[n]["label"] for n in path] for _, path in zip(range(limit), found)]
    except nx.NetworkXNoPath:
        return []


def timeline(G: nx.MultiDiGraph) -> list[dict]:
    """Dated relations in time order."""
    rows = [{"date": d["date"], "subject": G.nodes[u]["label"], "predicate": d["predicate"],
             "object": G.nodes[v]["label"], "plover": d["plover"], "article": d["article"]}
            for u, v, d in G.edges(data=True) if d.get("date")]
    return sorted(rows, key=lambda r: (r["date"], r["subject"], r["predicate"]))


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """A node by IRI, exact label, or unique case-insensitive label substring."""
    if name in G:
        return name
    lowered = name.lower()
    exact = [n for n, d in G.nodes(data=True) if d["label"].lower() == lowered]
    if exact:
        return exact[0]
    partial = [n for n, d in G.nodes(data=True) if lowered in d["label"].lower()]
    if len(partial) == 1:
        return partial[0]
    raise KeyError(f"no single actor matches {name!r}" + (f" (candidates: {len(partial)})" if partial else ""))


def summary(G: nx.MultiDiGraph) -> dict:
    """Counts of entities by type and relations by predicate."""
    return {
        "entities": dict(Counter(d["type"] for _, d in G.nodes(data=True)).most_common()),
        "relations": dict(Counter(d["predicate"] for _, _, d in G.edges(data=True)).most_common()),
        "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
    }


def to_simple_digraph(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Collapse parallel edges (for GraphML/GEXF readers that dislike multigraphs)."""
    D = nx.DiGraph()
    D.add_nodes_from((n, {k: v for k, v in d.items() if v is not None}) for n, d in G.nodes(data=True))
    for u, v, d in G.edges(data=True):
        if D.has_edge(u, v):
            D[u][v]["weight"] += 1
            D[u][v]["predicates"] += f",{d['predicate']}"
        else:
            D.add_edge(u, v, weight=1, predicates=d["predicate"], tone=d["tone"])
    return D
