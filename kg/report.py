"""The Markdown report of a build: what was found, who is central, how country pairs relate."""
from __future__ import annotations

import networkx as nx

from kg import analytics
from kg.inert import markdown


def escape(text: object) -> str:
    r"""Text from an input (article, title, id, file name), inert in Markdown (:func:`kg.inert.markdown`).

    >>> print(escape('<img src=x onerror="alert(1)"> a|b [x](javascript:alert(1))'))
    &lt;img src=x onerror="alert\(1\)"&gt; a\|b \[x\]\(javascript\:alert\(1\)\)
    """
    return markdown(text)


def markdown_table(rows: list[dict], columns: list[str] | None = None) -> str:
    """A GitHub-flavoured Markdown table; every cell goes through :func:`escape`.

    >>> print(markdown_table([{"a": 1, "b": "x|y"}]))
    | a | b |
    |---|---|
    | 1 | x\\|y |
    """
    if not rows:
        return "_none_"
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(escape(row.get(c)) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def build_report(G: nx.MultiDiGraph, *, articles: int, skipped: list[str], title: str = "dipkg build report",
                 timeline_rows: int = 50, skipped_total: int | None = None) -> str:
    """The report: counts, central actors, blocs, country dyads (overall and by month) and the timeline.

    ``skipped`` are the lines of the skipped inputs' section; ``skipped_total`` how many
    inputs were skipped, when the lines summarise some (``kg.problems``).

    >>> text = build_report(analytics.example_graph(), articles=1, skipped=[])
    >>> [line for line in text.splitlines() if line.startswith("## ")][2:5]
    ['## Most central actors', '## Blocs (Louvain communities)', '## Country dyads']
    >>> "| Germany | Russia | 1 | 0 | 0 | 1 | -8.0 | sanctioned 1 |" in text
    True
    """
    facts = analytics.summary(G)
    events = analytics.timeline(G)
    shown = f" (the first {timeline_rows} of {len(events)})" if len(events) > timeline_rows else ""
    blocs = "\n".join(f"{i}. " + ", ".join(map(escape, c)) for i, c in enumerate(analytics.communities(G), 1))
    sections = [
        f"# {title}", "",
        f"Articles processed: {articles}; skipped: {len(skipped) if skipped_total is None else skipped_total:,}. "
        f"Graph: {facts['nodes']} entities, {facts['edges']} relations.", "",
        "## Entities by type", "", markdown_table([{"type": k, "count": v} for k, v in facts["entities"].items()]),
        "", "## Relations by predicate", "",
        markdown_table([{"predicate": k, "count": v} for k, v in facts["relations"].items()]),
        "", "## Most central actors", "",
        "Degree and betweenness on the actor network (people, countries, organisations; taking part in "
        "the same event ties them), ranked by PageRank.", "",
        markdown_table(analytics.centrality(G, top=10), ["label", "type", "degree", "betweenness", "pagerank"]),
        "", "## Blocs (Louvain communities)", "", blocs or "_none_",
        "", "## Country dyads", "",
        "Relations between the actors of two countries, by PLOVER type; net tone is the sum of the "
        "ontology's cooperation (+) and conflict (−) scores.", "",
        markdown_table(analytics.dyads(G)),
        "", "## Country dyads by month", "", markdown_table(analytics.dyads(G, by_month=True)),
        "", f"## Timeline{shown}", "", markdown_table(events[:timeline_rows]),
    ]
    if skipped:
        sections += ["", "## Skipped inputs", ""] + [f"- {escape(s)}" for s in skipped]
    return "\n".join(sections) + "\n"
