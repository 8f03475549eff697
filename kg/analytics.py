"""NetworkX views of the graph: who is central, which blocs form, how each country pair is going.

The stored events are projected into a directed multigraph: entities are nodes
(``label``, ``type``, ``code``), every event or state of the event layer (:mod:`kg.events`)
is one edge (``predicate``, ``date``, ``role``, ``plover``, ``quad``, ``tone``,
``confidence``, ``reports``, ``articles``, ``first``, ``last``, and the ``evidence`` and
``article`` of its exemplar report). Functions count events; ``weight="reports"`` counts
the reports instead (how much was written about each).
PLOVER type and tone (the cooperation–conflict score) come from the ontology through
:func:`kg.ontology.predicates`. Every function but :func:`graph_from_store` is pure:
``f(G, *, options) -> result``.

>>> G = example_graph()
>>> [(d["a"], d["b"], d["relations"], d["net_tone"]) for d in dyads(G)]
[('Russia', 'Tajikistan', 2, 2.0), ('France', 'Germany', 1, 6.0), ('Germany', 'Russia', 1, -8.0)]
>>> centrality(G, top=1)[0]["label"]
'Vladimir Putin'
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources

import networkx as nx

from kg.events import STATES
from kg.names import AmbiguousName, UnknownName, match_name

ROLE_PREDICATES = {"leaderOf", "officialOf"}
#: Organisation kinds (kg/lexicon/organizations.toml) that are state actors.
STATE_ORGANIZATIONS = {"InternationalOrganization", "GovernmentBody"}
STRUCTURAL = ROLE_PREDICATES | {"memberOf", "locatedIn", "partOf"}
ACTOR_TYPES = {"Person", "Country", "Organization"}
# The country an organisation or place belongs to, besides a person's role.
_BELONGS = ROLE_PREDICATES | {"partOf", "locatedIn"}


@functools.cache
def named_query(name: str) -> str:
    """The text of ``kg/queries/NAME.rq``."""
    return resources.files("kg").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def graph_from_store(store, *, level: str = "events") -> nx.MultiDiGraph:
    """Project the store into a directed multigraph: one edge per event (``level="events"``), or
    per statement (``"reports"``, and for a store built before the event layer existed)."""
    if level == "events" and store.ask("ASK { ?layer a dip:EventLayer }"):
        from kg.eventlist import event_records

        return graph_from_records(event_records(store))
    return graph_from_records(store.select(named_query("relations")).records())


def graph_from_records(records: Iterable[dict]) -> nx.MultiDiGraph:
    """Build the multigraph from rows of ``kg/queries/events.rq`` or ``relations.rq`` (keys ``s sl st sc p o ol ot oc`` ...).

    A row of ``relations.rq`` (one statement) is an event of one report.

    >>> G = graph_from_records([{"s": "id:a", "sl": "A", "st": "Country", "p": "sanctioned", "o": "id:b",
    ...                          "ol": "B", "ot": "Country", "date": "2022-03-01"}])
    >>> [(d["predicate"], d["plover"], d["tone"]) for _, _, d in G.edges(data=True)]
    [('sanctioned', 'SANCTION', -8.0)]
    """
    from kg.ontology import predicates  # here: `kg stats` on a projection never reads the ontology

    info = predicates()
    G = nx.MultiDiGraph()
    for r in records:
        for side in ("s", "o"):
            G.add_node(r[side], label=r.get(f"{side}l") or r[side], type=r.get(f"{side}t") or "Thing",
                       code=r.get(f"{side}c"))
        p = info.get(r["p"])
        G.add_edge(r["s"], r["o"], predicate=r["p"], date=r.get("date"), role=r.get("role"),
                   plover=p.plover if p else None, quad=p.quad if p else None, tone=p.score if p else 0.0,
                   confidence=float(r.get("confidence") or 1.0), evidence=r.get("evidence") or "",
                   article=r.get("article") or "", modality=r.get("modality") or "asserted",
                   symmetric=bool(p and p.symmetric), reports=int(r.get("reports") or 1),
                   articles=int(r.get("articles") or 1), first=r.get("first"), last=r.get("last"),
                   date_source=r.get("date_source"), state=r["p"] in STATES)
    for node, (state, country) in actor_annotations(G).items():
        G.nodes[node].update(state_actor=state, country=country)
    return G


def example_graph() -> nx.MultiDiGraph:
    """A small hand-built graph of the seed's story, for examples and tests."""
    def rel(s, st, p, o, ot, date=None):
        return {"s": f"id:{s}", "sl": s, "st": st, "p": p, "o": f"id:{o}", "ol": o, "ot": ot, "date": date,
                "evidence": f"{s} {p} {o}.", "article": "example.txt"}
    return graph_from_records([
        rel("Vladimir Putin", "Person", "leaderOf", "Russia", "Country"),
        rel("Emomali Rahmon", "Person", "leaderOf", "Tajikistan", "Country"),
        rel("Vladimir Putin", "Person", "met", "Emomali Rahmon", "Person", "2022-05-16"),
        rel("Vladimir Putin", "Person", "spokeWith", "Emomali Rahmon", "Person", "2022-04-13"),
        rel("Vladimir Putin", "Person", "attended", "CSTO summit", "Event", "2022-05-16"),
        rel("Armenia", "Country", "attended", "CSTO summit", "Event", "2022-05-16"),
        rel("Germany", "Country", "sanctioned", "Russia", "Country", "2022-02-28"),
        rel("Germany", "Country", "cooperatedWith", "France", "Country", "2022-03-01"),
    ])


def state_actors(G: nx.MultiDiGraph) -> set[str]:
    """The state actors: countries, international organisations and government bodies, and the
    people who hold an office of one of them (a company's chairman is no state actor).

    Read from the nodes' ``state_actor`` attribute when they have it (:func:`graph_from_records`
    and projections set it).

    >>> sorted(state_actors(example_graph()))[:3]
    ['id:Armenia', 'id:Emomali Rahmon', 'id:France']
    """
    if all("state_actor" in d for _, d in G.nodes(data=True)):
        return {n for n, d in G.nodes(data=True) if d["state_actor"]}
    return {n for n, (state, _) in actor_annotations(G).items() if state}


def actor_annotations(G: nx.MultiDiGraph) -> dict[str, tuple[bool, str | None]]:
    """Node -> (is a state actor, ISO code of a government body's country), from the organisations'
    gazetteer (kg/lexicon/organizations.toml) and the roles of people."""
    from kg import gazetteer

    states = {n for n, d in G.nodes(data=True) if d["type"] == "Country"}
    countries = {}
    for n, d in G.nodes(data=True):
        known = gazetteer.organization(d["label"]) if d["type"] == "Organization" else None
        if known and known.type in STATE_ORGANIZATIONS:
            states.add(n)
            countries[n] = known.country
    states |= {u for u, v, d in G.edges(data=True) if d["predicate"] in ROLE_PREDICATES and v in states}
    return {n: (n in states, countries.get(n)) for n in G}


def keep_actors(G: nx.MultiDiGraph, actors: str = "states") -> nx.MultiDiGraph:
    """``G`` with the actors of a kind: ``states`` (:func:`state_actors`) or ``all`` (companies too).

    Events, documents and places stay while a kept actor is linked to them.

    >>> H = keep_actors(graph_from_records([{"s": "id:x", "sl": "Exxon", "st": "Organization", "p": "met",
    ...                                      "o": "id:f", "ol": "France", "ot": "Country"}]))
    >>> H.number_of_nodes()
    0
    """
    if actors == "all":
        return G
    if actors != "states":
        raise ValueError(f"--actors is states or all, not {actors!r}")
    states = state_actors(G)
    H = G.subgraph(n for n, d in G.nodes(data=True) if d["type"] not in ACTOR_TYPES or n in states).copy()
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    return H


def edge_weight(data: dict, weight: str) -> float:
    """What one edge counts for: 1 for an event (``events``), or its number of ``reports``."""
    return float(data.get("reports", 1)) if weight == "reports" else 1.0


def actor_projection(G: nx.MultiDiGraph, *, cooperative: bool = False, weight: str = "events") -> nx.Graph:
    """Actors only: linked by their events, and by taking part in the same event or document.

    Events and documents ("the summit", "the statement") are not actors; the countries that
    attended one summit are tied through it, with half the weight of a direct relation.
    With ``cooperative``, relations of negative tone (sanctions, threats) tie no one.

    >>> sorted(d["weight"] for _, _, d in actor_projection(example_graph()).edges(data=True))
    [0.5, 1.0, 1.0, 1.0, 1.0, 2.0]
    >>> actor_projection(example_graph(), cooperative=True).has_edge("id:Germany", "id:Russia")
    False
    """
    H = nx.Graph()
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if d["type"] in ACTOR_TYPES)

    def tie(u: str, v: str, amount: float) -> None:
        if u != v:
            H.add_edge(u, v, weight=(H[u][v]["weight"] if H.has_edge(u, v) else 0) + amount)

    for u, v, d in G.edges(data=True):
        if u in H and v in H and not (cooperative and d["tone"] < 0):
            tie(u, v, edge_weight(d, weight))
    for node, data in G.nodes(data=True):
        if data["type"] not in ACTOR_TYPES:
            actors = sorted({n for n in nx.all_neighbors(G, node) if n in H})
            for i, a in enumerate(actors):
                for b in actors[i + 1:]:
                    tie(a, b, 0.5)
    return H


def node_rank(G: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank of every node (events and documents too), parallel relations adding weight.

    >>> rank = node_rank(example_graph())
    >>> max(rank, key=rank.get)
    'id:Vladimir Putin'
    """
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v in G.edges():
        H.add_edge(u, v, weight=H[u][v]["weight"] + 1 if H.has_edge(u, v) else 1)
    return nx.pagerank(H, weight="weight") if H.number_of_nodes() else {}


#: Above this many actors, betweenness is estimated from this many sampled sources (seeded).
BETWEENNESS_SAMPLE = 500


def centrality(G: nx.MultiDiGraph, *, top: int = 10, weight: str = "events") -> list[dict]:
    """Degree, betweenness and PageRank of the most central actors, by PageRank.

    Computed on :func:`actor_projection`: roles count (a leader is tied to the country they
    lead), and so does taking part in the same event. Betweenness is exact up to
    :data:`BETWEENNESS_SAMPLE` actors and estimated (with a fixed seed) above.

    >>> [(r["label"], r["degree"]) for r in centrality(example_graph(), top=2)]
    [('Vladimir Putin', 0.5), ('Emomali Rahmon', 0.333)]
    """
    H = actor_projection(G, weight=weight)
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if H.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(H)
    sample = BETWEENNESS_SAMPLE if H.number_of_nodes() > BETWEENNESS_SAMPLE else None
    between = nx.betweenness_centrality(H, k=sample, weight=None, seed=0)
    rank = nx.pagerank(H, weight="weight")
    rows = [{"id": n, "label": H.nodes[n]["label"], "type": H.nodes[n]["type"], "degree": round(degree[n], 3),
             "betweenness": round(between[n], 3), "pagerank": round(rank[n], 3)} for n in H]
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["label"], r["id"]))
    return rows[:top] if top else rows


def communities(G: nx.MultiDiGraph, *, seed: int = 0, min_size: int = 3, weight: str = "events") -> list[list[str]]:
    """Blocs: Louvain communities of the cooperative :func:`actor_projection`, largest first.

    Conflict does not make allies, so relations of negative tone are left out; actors with
    no other tie form no bloc, and blocs under ``min_size`` members (pairs) are left out.
    Each bloc is its sorted labels; ``seed`` makes it repeatable.

    >>> communities(example_graph())
    [['Armenia', 'Emomali Rahmon', 'Russia', 'Tajikistan', 'Vladimir Putin']]
    >>> communities(example_graph(), min_size=2)[1]
    ['France', 'Germany']
    """
    H = actor_projection(G, cooperative=True, weight=weight)
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if H.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(H, weight="weight", seed=seed)
    blocs = [sorted(H.nodes[n]["label"] for n in c) for c in found if len(c) >= min_size]
    return sorted(blocs, key=lambda c: (-len(c), c))


def country_of(G: nx.MultiDiGraph) -> dict[str, str]:
    """Each actor's country: itself for countries, the country of a person's role, a body's country.

    >>> sorted(country_of(example_graph()).items())[:2]
    [('id:Armenia', 'id:Armenia'), ('id:Emomali Rahmon', 'id:Tajikistan')]
    """
    mapping = {n: n for n, d in G.nodes(data=True) if d["type"] == "Country"}
    by_code = {d["code"]: n for n, d in G.nodes(data=True) if d["type"] == "Country" and d.get("code")}
    for n, d in G.nodes(data=True):
        if d.get("country") in by_code:  # a government body (annotate_actors)
            mapping[n] = by_code[d["country"]]
    for u, v, d in sorted(G.edges(data=True), key=lambda e: (-e[2].get("reports", 1), e[0], e[1])):
        if d["predicate"] in _BELONGS and G.nodes[v]["type"] == "Country":
            mapping.setdefault(u, v)
    return mapping


def dyads(G: nx.MultiDiGraph, *, by_month: bool = False) -> list[dict]:
    """For each pair of countries: event counts by PLOVER type and net tone (optionally per month).

    An event between two actors counts for the pair of their countries (:func:`country_of`).
    Columns: ``a``, ``b`` (alphabetical), ``month`` (``YYYY-MM`` or ``undated``, with
    ``by_month``), ``relations``, one count per PLOVER type found in the table (``OTHER``
    for predicates without one), ``net_tone`` (the sum of the ontology's cooperation
    scores) and ``predicates`` (the events by name). The busiest pairs come first, a pair's
    months in time order. Directed pairs, by period and by quad class:
    :func:`kg.dyads.directed_dyads`.

    >>> [(r["month"], r["SANCTION"], r["predicates"]) for r in dyads(example_graph(), by_month=True)
    ...  if r["b"] == "Russia"]
    [('2022-02', 1, 'sanctioned 1')]
    """
    countries = country_of(G)
    counts: dict[tuple, Counter] = defaultdict(Counter)
    names: dict[tuple, Counter] = defaultdict(Counter)
    tone: dict[tuple, float] = defaultdict(float)
    for u, v, d in G.edges(data=True):
        a, b = countries.get(u), countries.get(v)
        if d["predicate"] in STRUCTURAL or not a or not b or a == b:
            continue
        key = tuple(sorted((G.nodes[a]["label"], G.nodes[b]["label"])))
        key += (((d["date"] or "")[:7] or "undated",) if by_month else ())
        counts[key][d["plover"] or "OTHER"] += 1
        names[key][d["predicate"]] += 1
        tone[key] += d["tone"]
    types = sorted({t for c in counts.values() for t in c})
    volume: Counter = Counter()
    for key, found in counts.items():
        volume[key[:2]] += sum(found.values())
    return [{"a": key[0], "b": key[1], **({"month": key[2]} if by_month else {}),
             "relations": sum(counts[key].values()), **{t: counts[key][t] for t in types},
             "net_tone": round(tone[key], 2),
             "predicates": ", ".join(f"{p} {n}" for p, n in sorted(names[key].items()))}
            for key in sorted(counts, key=lambda k: (-volume[k[:2]], k))]


def ego_network(G: nx.MultiDiGraph, actor: str, *, radius: int = 1) -> nx.MultiDiGraph:
    """The subgraph around an actor given by IRI or label, whatever the relations' direction.

    >>> sorted(d["label"] for _, d in ego_network(example_graph(), "Rahmon").nodes(data=True))
    ['Emomali Rahmon', 'Tajikistan', 'Vladimir Putin']
    """
    node = find_node(G, actor)
    return G.subgraph(nx.ego_graph(G.to_undirected(as_view=True), node, radius=radius)).copy()


def ego_relations(G: nx.MultiDiGraph, actor: str) -> list[dict]:
    """The events and states of one actor (IRI or name), by date then predicate and the other side.

    >>> [(r["predicate"], r["object"]) for r in ego_relations(example_graph(), "Rahmon")]
    [('leaderOf', 'Tajikistan'), ('spokeWith', 'Emomali Rahmon'), ('met', 'Emomali Rahmon')]
    """
    node = find_node(G, actor)
    edges = [(u, v, d) for u, v, d in G.out_edges(node, data=True)] + \
            [(u, v, d) for u, v, d in G.in_edges(node, data=True) if u != v]
    return _sorted_rows(_relation_row(G, u, v, d) for u, v, d in edges)


def paths_between(G: nx.MultiDiGraph, a: str, b: str, *, limit: int = 5) -> list[list[dict]]:
    """Shortest paths between two actors (IRI or label), each as its steps.

    A step is ``{"from": label, "to": label, "predicates": [...]}``: the relations that
    link the two, in either direction. Paths may run through events and documents.

    >>> [[(s["from"], s["predicates"], s["to"]) for s in path] for path in
    ...  paths_between(example_graph(), "Russia", "Tajikistan")]
    [[('Russia', ['leaderOf'], 'Vladimir Putin'), ('Vladimir Putin', ['met', 'spokeWith'], 'Emomali Rahmon'), \
('Emomali Rahmon', ['leaderOf'], 'Tajikistan')]]
    """
    source, target = find_node(G, a), find_node(G, b)
    try:
        found = list(zip(range(limit), nx.all_shortest_paths(G.to_undirected(as_view=True), source, target)))
    except nx.NetworkXNoPath:
        return []
    label = lambda n: G.nodes[n]["label"]  # noqa: E731
    linking = lambda u, v: sorted({d["predicate"] for x, y in ((u, v), (v, u)) if G.has_edge(x, y)  # noqa: E731
                                   for d in G[x][y].values()})
    return [[{"from": label(u), "to": label(v), "predicates": linking(u, v)} for u, v in zip(path, path[1:])]
            for _, path in found]


def relations(G: nx.MultiDiGraph) -> list[dict]:
    """Every event as a row (date, subject, predicate, object, PLOVER type, tone, reports, article, evidence).

    >>> relations(example_graph())[0]["predicate"]
    'leaderOf'
    """
    return [_relation_row(G, u, v, d) for u, v, d in G.edges(data=True)]


def _relation_row(G: nx.MultiDiGraph, u: str, v: str, d: dict) -> dict:
    return {"date": d.get("date"), "subject": G.nodes[u]["label"], "predicate": d["predicate"],
            "object": G.nodes[v]["label"], "plover": d["plover"], "tone": d["tone"], "reports": d.get("reports", 1),
            "article": d["article"], "evidence": d["evidence"]}


def _sorted_rows(rows) -> list[dict]:
    return sorted(rows, key=lambda r: (r["date"] or "", r["predicate"], r["subject"], r["object"], r["article"]))


def timeline(G: nx.MultiDiGraph, *, actor: str | None = None) -> list[dict]:
    """Dated events in time order (dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); only an actor's with ``actor``.

    >>> [(r["date"], r["predicate"]) for r in timeline(example_graph())][:3]
    [('2022-02-28', 'sanctioned'), ('2022-03-01', 'cooperatedWith'), ('2022-04-13', 'spokeWith')]
    >>> [r["predicate"] for r in timeline(example_graph(), actor="Germany")]
    ['sanctioned', 'cooperatedWith']
    """
    rows = ego_relations(G, actor) if actor else relations(G)
    rows = [{k: v for k, v in r.items() if k != "evidence"} for r in rows if r["date"]]
    return sorted(rows, key=lambda r: (r["date"], r["subject"], r["predicate"], r["object"]))


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """A node by IRI, label, surname or unique part of a label (:func:`kg.names.match_name`).

    Raises :class:`kg.names.UnknownName` (a ``KeyError``) naming the candidates, or the nearest labels.

    >>> find_node(example_graph(), "putin")
    'id:Vladimir Putin'
    """
    return match_name(name, {n: d["label"] for n, d in G.nodes(data=True)}, kind="actor")


def summary(G: nx.MultiDiGraph) -> dict:
    """Counts of entities by type, events by predicate, and of the reports behind them.

    >>> summary(example_graph())["entities"]
    {'Country': 5, 'Person': 2, 'Event': 1}
    """
    return {
        "entities": dict(Counter(d["type"] for _, d in G.nodes(data=True)).most_common()),
        "relations": dict(Counter(d["predicate"] for _, _, d in G.edges(data=True)).most_common()),
        "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
        "reports": sum(d.get("reports", 1) for _, _, d in G.edges(data=True)),
    }


def overview(G: nx.MultiDiGraph, *, top: int = 20, period: str | None = None, actors: str = "states",
             weight: str = "events", actor: str | None = None, other: str | None = None, radius: int = 1,
             with_timeline: bool = False, pair: tuple[str, str] | None = None, tables: dict | None = None,
             seed: int = 0) -> dict:
    """What ``kg stats`` shows, on the ``actors`` of :func:`keep_actors`: summary, central actors, blocs,
    directed dyads (of one ``pair`` of names, by ``period``); an actor's events, paths, timeline.

    Each table is cut to its ``top`` rows (0: all); ``facts["total"]`` has the full sizes.
    ``tables`` are the precomputed centrality and blocs of :mod:`kg.projection`.

    >>> facts = overview(example_graph(), actor="Putin", other="Armenia")
    >>> sorted(facts), len(facts["ego"]), [s["to"] for s in facts["paths"][0]]
    (['central', 'communities', 'dyads', 'ego', 'paths', 'summary', 'total'], 4, ['CSTO summit', 'Armenia'])
    """
    from kg.dyads import directed_dyads

    H = keep_actors(G, actors)
    ends = tuple(find_actor(G, H, name) for name in pair) if pair else None
    node = find_actor(G, H, actor) if actor else None
    full = {"central": tables["central"][actors][weight] if tables else centrality(H, top=0, weight=weight),
            "communities": tables["communities"][actors][weight] if tables else
            communities(H, seed=seed, weight=weight),
            "dyads": directed_dyads(H, period=period, pair=ends)}
    if node:
        full["ego"] = ego_relations(H, node) if radius == 1 else relations(ego_network(H, node, radius=radius))
        full["ego"].sort(key=lambda r: -r["reports"])  # stable: the most reported first, then by date
    if node and with_timeline:
        full["timeline"] = timeline(H, actor=node)
    elif with_timeline:
        full["timeline"] = timeline(H)
    facts = {"summary": summary(H), **{k: rows[:top] if top else rows for k, rows in full.items()},
             "total": {k: len(rows) for k, rows in full.items()}}
    if node and other:
        facts["paths"] = paths_between(H, node, find_actor(G, H, other))
    return facts


def find_actor(G: nx.MultiDiGraph, H: nx.MultiDiGraph, name: str) -> str:
    """:func:`find_node` in ``H`` (the actors kept), saying so when the name is an actor of ``G`` left out."""
    try:
        return find_node(H, name)
    except AmbiguousName:
        raise
    except UnknownName:
        node = find_node(G, name)
        raise UnknownName(f"{G.nodes[node]['label']} is not a state actor (a country, an international "
                          "organisation or a holder of public office): add --actors all") from None


def to_simple_digraph(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Collapse parallel edges for GraphML/GEXF readers that dislike multigraphs (no ``None`` values).

    Each edge keeps ``weight`` (how many relations), ``predicates`` (comma-separated) and
    ``tone`` (their net tone); each node gets its ``pagerank`` from :func:`node_rank`.

    >>> D = to_simple_digraph(example_graph())
    >>> D["id:Vladimir Putin"]["id:Emomali Rahmon"]
    {'weight': 2, 'predicates': 'met,spokeWith', 'tone': 2.0}
    """
    rank = node_rank(G)
    D = nx.DiGraph()
    D.add_nodes_from((n, {k: v for k, v in d.items() if v is not None} | {"pagerank": round(rank[n], 5)})
                     for n, d in G.nodes(data=True))
    for u, v, d in G.edges(data=True):
        if D.has_edge(u, v):
            D[u][v]["weight"] += 1
            D[u][v]["predicates"] += f",{d['predicate']}"
            D[u][v]["tone"] += d["tone"]
        else:
            D.add_edge(u, v, weight=1, predicates=d["predicate"], tone=d["tone"])
    return D
