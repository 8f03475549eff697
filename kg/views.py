"""PyVis views of the graph: one self-contained HTML file that works offline and is safe to open.

PyVis builds the network model (nodes, edges, options); the page is rendered from our
own template (``kg/templates/graph.html``) because pyvis's template links Bootstrap from
a CDN. vis-network is inlined, data is embedded as HTML-safe JSON and shown with
``textContent``, and a Content-Security-Policy forbids any network access.

This is the only module that imports pyvis.
"""
from __future__ import annotations

import functools
import json
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
TONE_COLOURS = (("conflict", "#d62728", -0.5), ("neutral", "#999999", 0.5), ("cooperation", "#2ca02c", 99))


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
    """The part of ``G`` a view shows: an actor's neighbourhood, a date range, some predicates."""
    H = G.copy()
    drop = [(u, v, k) for u, v, k, d in H.edges(keys=True, data=True)
            if (predicates and d["predicate"] not in predicates)
            or (since and d.get("date") and d["date"] < since[:len(d["date"])])
            or (until and d.get("date") and d["date"] > until[:len(d["date"])])]
    H.remove_edges_from(drop)
    if predicates or since or until:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if actor:
        H = analytics.ego_network(H, actor, radius=radius)
    return H


def top_nodes(G: nx.MultiDiGraph, *, limit: int) -> nx.MultiDiGraph:
    """Keep the ``limit`` most central nodes of a large graph, so the layout stays readable."""
    if G.number_of_nodes() <= limit:
        return G
    rank = nx.pagerank(nx.Graph(G.to_undirected()))
    keep = sorted(rank, key=rank.get, reverse=True)[:limit]
    return G.subgraph(keep).copy()


def build_network(G: nx.MultiDiGraph):
    """The pyvis Network for ``G``: coloured by type and tone, sized by centrality, with hover cards."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    rank = nx.pagerank(nx.Graph(G.to_undirected())) if G.number_of_nodes() else {}
    roles = _roles(G)
    for node, data in G.nodes(data=True):
        label = data["label"]
        net.add_node(node, label=label, color=TYPE_COLOURS.get(data["type"], TYPE_COLOURS["Thing"]),
                     value=round(1 + 100 * rank.get(node, 0), 2), shape="dot",
                     card=[["name", label], ["type", data["type"]], ["code", data.get("code")],
                           ["roles", "; ".join(roles.get(node, []))], ["links", str(G.degree(node))]],
                     search=label.lower())
    for u, v, data in G.edges(data=True):
        net.add_edge(u, v, label=data["predicate"], color=tone_colour(data["tone"]), arrows="to",
                     predicate=data["predicate"], date=data.get("date") or "",
                     card=[["relation", f"{G.nodes[u]['label']} {data['predicate']} {G.nodes[v]['label']}"],
                           ["date", data.get("date")], ["role", data.get("role")],
                           ["confidence", f"{data['confidence']:.2f}"], ["article", data.get("article")],
                           ["evidence", data.get("evidence")]])
    net.set_options(_OPTIONS)
    return net


_OPTIONS = """{
  "nodes": {"font": {"size": 14}, "scaling": {"min": 8, "max": 40}},
  "edges": {"font": {"size": 10, "align": "middle"}, "smooth": {"type": "dynamic"}, "arrows": {"to": {"scaleFactor": 0.5}}},
  "interaction": {"hover": true, "tooltipDelay": 120, "navigationButtons": false},
  "physics": {"enabled": true, "solver": "forceAtlas2Based",
              "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
              "stabilization": {"enabled": true, "iterations": 400, "fit": true}}
}"""


def _roles(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for u, v, d in G.edges(data=True):
        if d["predicate"] in analytics.ROLE_PREDICATES:
            text = f"{d.get('role') or d['predicate']} of {G.nodes[v]['label']}"
            if text not in roles.setdefault(u, []):
                roles[u].append(text)
    return roles


@functools.cache
def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def render_html(G: nx.MultiDiGraph, *, title: str = "dipkg graph", max_nodes: int = 300) -> str:
    """The HTML page for ``G`` (top ``max_nodes`` nodes by centrality)."""
    shown = top_nodes(G, limit=max_nodes)
    net = build_network(shown)
    nodes, edges, _, _, _, options = net.get_network_data()
    js, css = _vis_assets()
    note = f"{shown.number_of_nodes()} of {G.number_of_nodes()} nodes, {shown.number_of_edges()} relations"
    legend = {"types": sorted((t, c) for t, c in TYPE_COLOURS.items() if t != "Thing"),
              "tones": [(name, colour) for name, colour, _ in TONE_COLOURS],
              "predicates": sorted({d["predicate"] for _, _, d in shown.edges(data=True)})}
    template = jinja2.Environment(autoescape=True).from_string(
        resources.files("kg").joinpath("templates", "graph.html").read_text(encoding="utf-8"))
    return template.render(title=title, nodes=nodes, edges=edges, options=json.loads(options), legend=legend,
                           note=note, vis_js=Markup(js), vis_css=Markup(css))


def write_html(G: nx.MultiDiGraph, path: Path, **options) -> Path:
    """Write the view of ``G`` to ``path``."""
    path = Path(path)
    path.write_text(render_html(G, **options), encoding="utf-8")
    return path
