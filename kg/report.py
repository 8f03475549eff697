"""The Markdown report of a build: what was found, who is central, how country pairs relate."""
from __future__ import annotations

import networkx as nx

from kg import analytics


def markdown_table(rows: list[dict], columns: list[str] | None = None) -> str:
    """A GitHub-flavoured Markdown table; cell text is escaped for pipes and line breaks.

    >>> print(markdown_table([{"a": 1, "b": "x|y"}]))
    | a | b |
    |---|---|
    | 1 | x\\|y |
    """
    if not rows:
        return "_none_"
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    cell = lambda v: "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(row.get(c)) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def build_report(G: nx.MultiDiGraph, *, articles: int, skipped: list[str], title: str = "dipkg build report") -> str:
    """The report: counts, central actors, blocs, country dyads and the timeline."""
    facts = analytics.summary(G)
    sections = [
        f"# {title}", "",
        f"Articles processed: {articles}; skipped: {len(skipped)}. "
        f"Graph: {facts['nodes']} entities, {facts['edges']} relations.", "",
        "## Entities by type", "", markdown_table([{"type": k, "count": v} for k, v in facts["entities"].items()]),
        "", "## Relations by predicate", "",
        markdown_table([{"predicate": k, "count": v} for k, v in facts["relations"].items()]),
        "", "## Most central actors", "", markdown_table(analytics.centrality(G, top=10),
                                                           ["label", "type", "degree", "betweenness", "pagerank"]),
        "", "## Blocs (Louvain communities)", "",
        "\n".join(f"{i}. " + ", ".join(c) for i, c in enumerate(analytics.communities(G), 1)) or "_none_",
        "", "## Country dyads", "", markdown_table(analytics.dyads(G)),
        "", "## Timeline", "", markdown_table(analytics.timeline(G)[:50]),
    ]
    if skipped:
        sections += ["", "## Skipped inputs", ""] + [f"- {s}" for s in skipped]
    return "\n".join(sections) + "\n"
