"""Exports of the graph: RDF serialisations, and the NetworkX projection for other tools."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from kg import analytics
from kg.inert import csv_row

RDF_FORMATS = ("trig", "nquads", "turtle", "jsonld")
NETWORK_FORMATS = ("graphml", "gexf", "csv")
EXTENSIONS = {"trig": "trig", "nquads": "nq", "turtle": "ttl", "jsonld": "jsonld", "graphml": "graphml",
              "gexf": "gexf", "csv": "csv"}


def export(store, format: str, path: Path) -> Path:
    """Write the stored graph to ``path`` in ``format``."""
    path = Path(path)
    if format in RDF_FORMATS:
        store.dump(path, format=format)
    elif format in NETWORK_FORMATS:
        write_network(analytics.graph_from_store(store), format, path)
    else:
        raise ValueError(f"unknown format {format!r}: choose from {', '.join(RDF_FORMATS + NETWORK_FORMATS)}")
    return path


def write_network(G: nx.MultiDiGraph, format: str, path: Path) -> None:
    """GraphML or GEXF of the collapsed graph, or a CSV edge list with one row per relation.

    Every CSV cell is safe in a spreadsheet: text that would start a formula is quoted
    (:func:`kg.inert.csv_cell`).
    """
    if format == "csv":
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["source", "source_label", "predicate", "target", "target_label", "date", "plover",
                             "tone", "confidence", "article", "evidence"])
            for u, v, d in G.edges(data=True):
                writer.writerow(csv_row([u, G.nodes[u]["label"], d["predicate"], v, G.nodes[v]["label"],
                                         d.get("date") or "", d.get("plover") or "", d["tone"], d["confidence"],
                                         d["article"], d["evidence"]]))
        return
    D = analytics.to_simple_digraph(G)
    (nx.write_graphml if format == "graphml" else nx.write_gexf)(D, path)
