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

TYPE_COLOURS = {
    "Person": "#4e79a7", "Country": "#e15759", "Organization": "#59a14f", "Event": "#f28e2b",
    "Document": "#b07aa1", "Place": "#9c755f", "Topic": "#76b7b2", "Thing": "#bab0ac",
}
# (name, colour, upper bound of the cooperation score): the ontology's scale runs from -10 to +10.
TONE_COLOURS = (("conflict", "#d62728", -0.5), ("neutral", "#999999", 0.5), ("cooperation", "#2ca02c", 99))
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# Above these sizes the layout trades looks for speed: no pre-layout, straight-ish edges.
LARGE_NODES, LARGE_EDGES = 120, 400


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

    Undated relations (roles, memberships) stay in a date range; dates of any precision
    overlap it (``2022-05`` is within ``--since 2022-05-16``). Entities left with no
    relation are dropped.

    >>> G = analytics.example_graph()
    >>> H = filter_graph(G, since="2022-05", predicates=["met", "leaderOf"])
    >>> sorted(d["predicate"] for _, _, d in H.edges(data=True))
    ['leaderOf', 'leaderOf', 'met']
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
            or not in_range(d.get("date"), since=since, until=until)]
    H.remove_edges_from(drop)
    if predicates or since or until:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if actor:
        H = analytics.ego_network(H, actor, radius=radius)
    return H


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
        "nodes": {"shape": "dot", "font": {"size": 14}, "scaling": {"min": 8, "max": 40}},
        "edges": {"font": {"size": 10, "align": "middle", "color": "#555"}, "arrows": {"to": {"scaleFactor": 0.5}},
                  "smooth": {"type": "continuous"} if large else {"type": "dynamic"}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
                    "stabilization": {"enabled": True, "iterations": min(1000, 200 + 2 * nodes), "fit": True}},
    }


def build_network(G: nx.MultiDiGraph):
    """The pyvis Network for ``G``: coloured by type and tone, sized by PageRank, with hover cards.

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
                           ["roles", "; ".join(roles.get(node, []))], ["relations", str(G.degree(node))],
                           ["PageRank", f"{rank.get(node, 0):.3f}"]])
    for i, (u, v, data) in enumerate(G.edges(data=True)):
        net.add_edge(ids[u], ids[v], id=f"e{i}", label=data["predicate"], color=tone_colour(data["tone"]),
                     arrows="" if data.get("symmetric") else "to", predicate=data["predicate"],
                     date=data.get("date") or "", card=_edge_card(G, u, v, data))
    return net


def _edge_card(G: nx.MultiDiGraph, u: str, v: str, data: dict) -> list[list]:
    tone = f"{data['plover'] + ', ' if data.get('plover') else ''}tone {data['tone']:+.1f}"
    return [["relation", f"{G.nodes[u]['label']} {data['predicate']} {G.nodes[v]['label']}"], ["PLOVER", tone],
            ["date", data.get("date")], ["role", data.get("role")], ["confidence", f"{data['confidence']:.2f}"],
            ["modality", data.get("modality") if data.get("modality") != "asserted" else None],
            ["article", data.get("article")], ["evidence", data.get("evidence")]]


def _roles(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for u, v, d in G.edges(data=True):
        if d["predicate"] in analytics.ROLE_PREDICATES:
            text = f"{d.get('role') or d['predicate']} of {G.nodes[v]['label']}"
            if text not in roles.setdefault(u, []):
                roles[u].append(text)
    return roles


def page_data(G: nx.MultiDiGraph, *, max_nodes: int = 300) -> dict:
    """What the page's script reads: nodes, edges, vis options, legend and a note on what is shown.

    >>> data = page_data(analytics.example_graph())
    >>> len(data["nodes"]), len(data["edges"]), data["legend"]["types"][0]
    (8, 8, ['Country', '#e15759'])
    """
    shown = top_nodes(G, limit=max_nodes)
    nodes, edges, *_ = build_network(shown).get_network_data()
    note = f"{shown.number_of_nodes()} of {G.number_of_nodes()} entities, {shown.number_of_edges()} relations"
    if shown.number_of_nodes() < G.number_of_nodes():
        note += f" (the {max_nodes} most central)"
    types = sorted({d["type"] for _, d in shown.nodes(data=True)})
    legend = {"types": [[t, TYPE_COLOURS.get(t, TYPE_COLOURS["Thing"])] for t in types],
              "tones": [[name, colour] for name, colour, _ in TONE_COLOURS],
              "predicates": sorted({d["predicate"] for _, _, d in shown.edges(data=True)})}
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


def render_html(G: nx.MultiDiGraph, *, title: str = "dipkg graph", max_nodes: int = 300) -> str:
    """The HTML page for ``G`` (its ``max_nodes`` most central nodes when larger)."""
    js, css = _vis_assets()
    app = _template("graph.js")
    csp = (f"default-src 'none'; script-src {csp_hash(js)} {csp_hash(app)}; style-src 'unsafe-inline'; "
           "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    page = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(_template("graph.html"))
    return page.render(title=title, data=page_data(G, max_nodes=max_nodes), csp=Markup(csp), vis_js=Markup(js),
                       vis_css=Markup(css), app_js=Markup(app))


def write_html(G: nx.MultiDiGraph, path: Path, **options) -> Path:
    """Write the view of ``G`` to ``path`` (options as for :func:`render_html`)."""
    path = Path(path)
    path.write_text(render_html(G, **options), encoding="utf-8")
    return path
