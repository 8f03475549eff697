"""PyVis views of the graph: one self-contained HTML file that works offline and is safe to open.

PyVis builds the network model (nodes, edges, options); the page is rendered from our
own template (``kg/templates/graph.html`` and ``graph.js``) because pyvis's template
links Bootstrap from a CDN. vis-network is inlined from pyvis's package; the data is
embedded as HTML-safe JSON in a non-executable ``application/json`` block and every
string from an article is shown with ``textContent``. Defence in depth: the page's
Content-Security-Policy allows no network access and runs only the two scripts whose
hashes it lists, so even markup that slipped through could neither load nor run anything.

This is the only module that imports pyvis.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import re
from importlib import resources
from pathlib import Path

import jinja2
import networkx as nx
from markupsafe import Markup

from kg import analytics
from kg.eventlist import overlaps

TYPE_COLOURS = {
    "Person": "#4e79a7", "Country": "#e15759", "Organization": "#59a14f", "Event": "#f28e2b",
    "Document": "#b07aa1", "Place": "#9c755f", "Topic": "#76b7b2", "Thing": "#bab0ac",
}
# (name, colour, upper bound of the cooperation score): the ontology's scale runs from -10 to +10.
TONE_COLOURS = (("conflict", "#d62728", -0.5), ("neutral", "#999999", 0.5), ("cooperation", "#2ca02c", 99))
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# Above these sizes the layout trades looks for speed: no pre-layout, straight-ish edges, and
# edges carry no label (their card says what they are).
LARGE_NODES, LARGE_EDGES = 120, 400
#: The most central entities a page shows by default: more is a hairball.
MAX_NODES = 150


def tone_colour(score: float) -> str:
    """Red for conflict, grey for neutral, green for cooperation.

    >>> tone_colour(-8.0), tone_colour(0.0), tone_colour(6.5)
    ('#d62728', '#999999', '#2ca02c')
    """
    for _, colour, upper in TONE_COLOURS:
        if score < upper:
            return colour
    return TONE_COLOURS[-1][1]


def filter_graph(G: nx.MultiDiGraph, *, actor: str | None = None, since: str | None = None, until: str | None = None,
                 predicates: list[str] | None = None, radius: int = 1) -> nx.MultiDiGraph:
    """The part of ``G`` a view shows: an actor's neighbourhood, a date range, some predicates.

    Dates of any precision overlap a range (``2022-05`` is within ``--since 2022-05-16``);
    a state (a role, a membership) is in it when it was reported within it; undated events
    are not. Entities left with no relation are dropped.

    >>> G = analytics.example_graph()
    >>> H = filter_graph(G, since="2022-05", predicates=["met", "leaderOf"])
    >>> sorted(d["predicate"] for _, _, d in H.edges(data=True))
    ['met']
    >>> sorted(d["label"] for _, d in filter_graph(G, actor="Armenia").nodes(data=True))
    ['Armenia', 'CSTO summit']
    >>> filter_graph(G, since="May 2022")
    Traceback (most recent call last):
    ValueError: a date is YYYY, YYYY-MM or YYYY-MM-DD, not 'May 2022'
    """
    for bound in (since, until):
        if bound and not _DATE.fullmatch(bound):
            raise ValueError(f"a date is YYYY, YYYY-MM or YYYY-MM-DD, not {bound!r}")
    H = G.copy()
    drop = [(u, v, k) for u, v, k, d in H.edges(keys=True, data=True)
            if (predicates and d["predicate"] not in predicates)
            or not overlaps(*event_span(d), since=since, until=until)]
    H.remove_edges_from(drop)
    if predicates or since or until:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if actor:
        H = analytics.ego_network(H, actor, radius=radius)
    return H


def event_span(data: dict) -> tuple[str | None, str | None]:
    """The dates an edge covers: an event's date, or the interval over which a state was reported."""
    if data.get("state"):
        return data.get("first"), data.get("last")
    return data.get("date"), data.get("date")


def in_range(date: str | None, *, since: str | None = None, until: str | None = None) -> bool:
    """Whether a date of any precision overlaps the range; undated relations are always in.

    >>> [in_range(d, since="2022-05-16", until="2022-06") for d in ("2022-05", "2022-06-30", "2022-07-01", None)]
    [True, True, False, True]
    """
    if not date:
        return True
    n_since, n_until = min(len(date), len(since or "")), min(len(date), len(until or ""))
    return not (since and date[:n_since] < since[:n_since]) and not (until and date[:n_until] > until[:n_until])


def top_nodes(G: nx.MultiDiGraph, *, limit: int) -> nx.MultiDiGraph:
    """Keep the ``limit`` most central nodes (PageRank) of a large graph, so the layout stays readable.

    >>> sorted(top_nodes(analytics.example_graph(), limit=2))
    ['id:Emomali Rahmon', 'id:Vladimir Putin']
    """
    if G.number_of_nodes() <= limit:
        return G
    rank = analytics.node_rank(G)
    keep = sorted(rank, key=lambda n: (-rank[n], n))[:limit]
    return G.subgraph(keep).copy()


def network_options(*, nodes: int, edges: int) -> dict:
    """vis-network options: a repeatable layout, stabilised before the first paint, then frozen.

    The page turns physics off once stabilisation ends, so nodes stay where the analyst
    drags them. Large graphs skip vis's slow pre-layout and use cheaper edge curves.

    >>> network_options(nodes=10, edges=20)["layout"]
    {'randomSeed': 7, 'improvedLayout': True}
    >>> network_options(nodes=300, edges=900)["edges"]["smooth"]
    {'type': 'continuous'}
    """
    large = nodes > LARGE_NODES or edges > LARGE_EDGES
    return {
        "layout": {"randomSeed": 7, "improvedLayout": not large},
        # Labels grow with the node and keep a white outline, so that they read over edges;
        # vis hides those that would be drawn too small to read at the current zoom.
        "nodes": {"shape": "dot", "font": {"size": 16, "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 40, "label": {"enabled": True, "min": 22, "max": 40,
                                                               "drawThreshold": 8, "maxVisible": 30}}},
        "edges": {"font": {"size": 11, "align": "middle", "color": "#555",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "arrows": {"to": {"scaleFactor": 0.5}}, "scaling": {"min": 1, "max": 10},
                  "smooth": {"type": "continuous"} if large else {"type": "dynamic"}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "centralGravity": 0.02},
                    "stabilization": {"enabled": True, "iterations": min(1000, 200 + 2 * nodes), "fit": True}},
    }


def predicate_family(predicate: str, plover: str | None) -> str:
    """The family an edge of the view stands for: the PLOVER type, or what a structural relation is.

    >>> predicate_family("spokeWith", "CONSULT"), predicate_family("officialOf", None)
    ('consult', 'office')
    """
    if plover:
        return plover.lower()
    return {"leaderOf": "office", "officialOf": "office", "memberOf": "membership"}.get(predicate, predicate)


def aggregate_edges(G: nx.MultiDiGraph) -> list[dict]:
    """One edge per pair of nodes and predicate family: its events (most reported first), their
    count, reports and net tone, and whether they all run one way.

    >>> [(e["family"], e["count"], e["net_tone"], e["directed"]) for e in aggregate_edges(analytics.example_graph())
    ...  if e["family"] == "consult" and e["count"] > 1]
    [('consult', 2, 2.0, False)]
    """
    groups: dict[tuple, list] = {}
    for u, v, d in G.edges(data=True):
        key = (*sorted((u, v)), predicate_family(d["predicate"], d.get("plover")))
        groups.setdefault(key, []).append((u, v, d))
    found = []
    for (_, _, family), events in sorted(groups.items()):
        events.sort(key=lambda e: (-e[2].get("reports", 1), e[2].get("date") or "", e[2]["predicate"]))
        ways = {(u, v) for u, v, _ in events}
        directed = len(ways) == 1 and not any(d.get("symmetric") for _, _, d in events)
        u, v = events[0][:2]
        found.append({"from": u, "to": v, "family": family, "events": events, "count": len(events),
                      "reports": sum(d.get("reports", 1) for _, _, d in events), "directed": directed,
                      "net_tone": round(sum(d["tone"] for _, _, d in events), 2),
                      "predicates": sorted({d["predicate"] for _, _, d in events})})
    return found


def build_network(G: nx.MultiDiGraph, *, edge_labels: bool = True):
    """The pyvis Network for ``G``: nodes coloured by type and sized by PageRank; one edge per pair
    and predicate family, as wide as its events are many, coloured by their net tone, with the
    events on its hover card.

    Nodes get short ids (``n0``, ``n1`` ...): the page needs no IRI, and holds no URL.
    A card is a list of ``[field, text]`` pairs, turned into DOM text by the page.
    """
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    rank, roles = analytics.node_rank(G), _roles(G)
    ids = {node: f"n{i}" for i, node in enumerate(G)}
    for node, data in G.nodes(data=True):
        label = data["label"]
        net.add_node(ids[node], label=label, color=TYPE_COLOURS.get(data["type"], TYPE_COLOURS["Thing"]),
                     value=round(1 + 100 * rank.get(node, 0), 2), shape="dot", type=data["type"], search=label.lower(),
                     card=[["name", label], ["type", data["type"]], ["code", data.get("code")],
                           ["roles", "; ".join(roles.get(node, []))], ["events", str(G.degree(node))],
                           ["PageRank", f"{rank.get(node, 0):.3f}"]])
    for i, edge in enumerate(aggregate_edges(G)):
        one = edge["predicates"][0] if len(edge["predicates"]) == 1 else edge["family"]
        net.add_edge(ids[edge["from"]], ids[edge["to"]], id=f"e{i}", value=edge["count"],
                     label=(one + (f" \u00d7{edge['count']}" if edge["count"] > 1 else "")) if edge_labels else "",
                     color=tone_colour(edge["net_tone"]), arrows="to" if edge["directed"] else "",
                     predicate=one, family=edge["family"],
                     events=[[d["predicate"], *(value or "" for value in event_span(d))] for _, _, d in edge["events"]],
                     card=_edge_card(G, edge))
    return net


#: Events listed on an edge's card; the others are counted.
CARD_EVENTS = 8


def _edge_card(G: nx.MultiDiGraph, edge: dict) -> list[list]:
    label = lambda n: G.nodes[n]["label"]  # noqa: E731
    u, v, first = edge["events"][0]
    if edge["count"] == 1:
        tone = f"{first['plover'] + ', ' if first.get('plover') else ''}tone {first['tone']:+.1f}"
        return [["relation", f"{label(u)} {first['predicate']} {label(v)}"], ["PLOVER", tone],
                ["date", first.get("date")], ["role", first.get("role")], ["confidence", f"{first['confidence']:.2f}"],
                ["modality", first.get("modality") if first.get("modality") != "asserted" else None],
                ["reports", str(first.get("reports", 1)) if first.get("reports", 1) > 1 else None],
                ["article", first.get("article")], ["evidence", first.get("evidence")]]
    lines = [["relation", f"{label(edge['from'])} \u2013 {label(edge['to'])}: {edge['family']}"],
             ["events", f"{edge['count']} from {edge['reports']} reports, net tone {edge['net_tone']:+.1f}"]]
    for a, b, d in edge["events"][:CARD_EVENTS]:
        reports = f" ({d.get('reports', 1)} reports)" if d.get("reports", 1) > 1 else ""
        lines.append([d.get("date") or "undated", f"{label(a)} {d['predicate']} {label(b)}{reports}"])
    if edge["count"] > CARD_EVENTS:
        lines.append(["more", f"{edge['count'] - CARD_EVENTS} other events"])
    return lines + [["article", first.get("article")], ["evidence", first.get("evidence")]]


def _roles(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for u, v, d in G.edges(data=True):
        if d["predicate"] in analytics.ROLE_PREDICATES:
            text = f"{d.get('role') or d['predicate']} of {G.nodes[v]['label']}"
            if text not in roles.setdefault(u, []):
                roles[u].append(text)
    return roles


def page_data(G: nx.MultiDiGraph, *, max_nodes: int = MAX_NODES, scope: str = "") -> dict:
    """What the page's script reads: nodes, edges, vis options, legend and a note on what is shown.

    ``scope`` words what ``G`` holds in the note ("state actors").

    >>> data = page_data(analytics.example_graph())
    >>> len(data["nodes"]), len(data["edges"]), data["legend"]["types"][0]
    (8, 7, ['Country', '#e15759'])
    >>> data["note"]
    'Shows 8 of 8 entities: 7 edges for 8 events'
    """
    shown = top_nodes(G, limit=max_nodes)
    large = shown.number_of_nodes() > LARGE_NODES or shown.number_of_edges() > LARGE_EDGES
    nodes, edges, *_ = build_network(shown, edge_labels=not large).get_network_data()
    note = (f"Shows {shown.number_of_nodes()} of {G.number_of_nodes()} entities{' (' + scope + ')' if scope else ''}: "
            f"{len(edges)} edges for {shown.number_of_edges()} events")
    if shown.number_of_nodes() < G.number_of_nodes():
        note += f", the {max_nodes} most central entities"
    types = sorted({d["type"] for _, d in shown.nodes(data=True)})
    legend = {"types": [[t, TYPE_COLOURS.get(t, TYPE_COLOURS["Thing"])] for t in types],
              "tones": [[name, colour] for name, colour, _ in TONE_COLOURS],
              "predicates": sorted({d["predicate"] for _, _, d in shown.edges(data=True)}),
              "widths": "edge width: events"}
    return {"nodes": nodes, "edges": edges, "legend": legend, "note": note,
            "options": network_options(nodes=len(nodes), edges=len(edges))}


@functools.cache
def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


@functools.cache
def _template(name: str) -> str:
    return resources.files("kg").joinpath("templates", name).read_text(encoding="utf-8")


def csp_hash(script: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline script.

    >>> csp_hash("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    return f"'sha256-{base64.b64encode(hashlib.sha256(script.encode('utf-8')).digest()).decode()}'"


def render_html(G: nx.MultiDiGraph, *, title: str = "dipkg graph", max_nodes: int = MAX_NODES, scope: str = "") -> str:
    """The HTML page for ``G`` (its ``max_nodes`` most central nodes when larger)."""
    return _render(G, title=title, data=page_data(G, max_nodes=max_nodes, scope=scope))


def _render(G: nx.MultiDiGraph, *, title: str, data: dict) -> str:
    js, css = _vis_assets()
    app = _template("graph.js")
    csp = (f"default-src 'none'; script-src {csp_hash(js)} {csp_hash(app)}; style-src 'unsafe-inline'; "
           "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    page = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(_template("graph.html"))
    return page.render(title=title, data=data, csp=Markup(csp), vis_js=Markup(js),
                       vis_css=Markup(css), app_js=Markup(app))


def write_html(G: nx.MultiDiGraph, path: Path, **options) -> Path:
    """Write the view of ``G`` to ``path`` (options as for :func:`render_html`)."""
    return write_view(G, path, **options)[0]


def write_view(G: nx.MultiDiGraph, path: Path, *, title: str = "dipkg graph", max_nodes: int = MAX_NODES,
               scope: str = "") -> tuple[Path, str]:
    """Write the view of ``G`` to ``path``; the path and the page's note on what it shows."""
    data = page_data(G, max_nodes=max_nodes, scope=scope)
    path = Path(path)
    path.write_text(_render(G, title=title, data=data), encoding="utf-8")
    return path, data["note"]
