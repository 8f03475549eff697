"""The dyad timeline page: month by month, what each of the top pairs of state actors did to the other.

For each pair, one chart per direction (A→B, B→A): a stacked bar per month of its events by
quad class (verbal/material × cooperation/conflict), and below it the month's net tone.
Inline SVG in one HTML file: no script, no library, nothing fetched (the page's
Content-Security-Policy allows none); every text from an article is escaped, and each bar
says what it counts in its SVG ``<title>`` (shown on hover). Months come from
:func:`kg.dyads.directed_dyads`; events dated only to the year (or not at all) cannot be put
in a month, and are counted beside the chart instead of drawn on January.

>>> from kg.analytics import example_graph
>>> page, note = dyad_page(example_graph())
>>> note, page.count("<svg")
('Timelines of 3 pairs (7 events)', 5)
"""
from __future__ import annotations

import datetime as dt
import re
from html import escape
from pathlib import Path

import networkx as nx

from kg.dyads import QUADS, directed_dyads

QUAD_COLOURS = {"verbal cooperation": "#a6d96a", "material cooperation": "#1a9641",
                "verbal conflict": "#fdae61", "material conflict": "#d7191c"}
TONE_COLOURS = {"+": "#1a9641", "-": "#d7191c"}
#: A chart spans every month from the first to the last event up to this many; beyond, only months with events.
SPAN_MONTHS = 72
BAR, GAP, HEIGHT, TONE_HEIGHT, LEFT = 14, 4, 110, 44, 36
_MONTH = re.compile(r"\d{4}-\d{2}")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def top_pairs(G: nx.MultiDiGraph, *, top: int = 12) -> list[tuple[str, str]]:
    """The ``top`` pairs of dyad units with the most events, both directions together (node ids).

    >>> from kg.analytics import example_graph
    >>> top_pairs(example_graph(), top=1)
    [('id:Russia', 'id:Tajikistan')]
    """
    by_label = {d["label"]: n for n, d in G.nodes(data=True)}
    volume: dict[tuple, int] = {}
    for row in directed_dyads(G):
        key = tuple(sorted((by_label[row["source"]], by_label[row["target"]])))
        volume[key] = volume.get(key, 0) + row["events"]
    return sorted(volume, key=lambda k: (-volume[k], k))[:top]


def is_month(period: str) -> bool:
    """Whether a dyad period is a month (``YYYY-MM``), not a year or ``undated``.

    >>> [is_month(p) for p in ("1987-03", "1987", "undated")]
    [True, False, False]
    """
    return bool(_MONTH.fullmatch(period))


def months_between(first: str, last: str) -> list[str]:
    """Every ``YYYY-MM`` from ``first`` to ``last`` (two months).

    >>> months_between("1986-11", "1987-02")
    ['1986-11', '1986-12', '1987-01', '1987-02']
    """
    if not (is_month(first) and is_month(last)):
        raise ValueError(f"months are YYYY-MM, not {first!r} and {last!r}")
    year, month = int(first[:4]), int(first[5:7])
    found = []
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def dyad_page(G: nx.MultiDiGraph, *, pairs: list[tuple[str, str]] | None = None, top: int = 12) -> tuple[str, str]:
    """The HTML page of the pairs' timelines (the ``top`` busiest pairs by default) and a note on it."""
    pairs = pairs if pairs is not None else top_pairs(G, top=top)
    sections, events = [], 0
    for a, b in pairs:
        rows = directed_dyads(G, period="month", pair=(a, b))
        events += sum(r["events"] for r in rows)
        sections.append(_pair_section(G.nodes[a]["label"], G.nodes[b]["label"], rows))
    note = f"Timelines of {len(pairs)} pair{'s' if len(pairs) != 1 else ''} ({events} events)"
    return _page(note, sections), note


def write_dyad_page(G: nx.MultiDiGraph, path: Path, **options) -> tuple[Path, str]:
    """Write :func:`dyad_page` to ``path``; the path and the note."""
    page, note = dyad_page(G, **options)
    path = Path(path)
    path.write_text(page, encoding="utf-8")
    return path, note


def _pair_section(a: str, b: str, rows: list[dict]) -> str:
    monthly = [r for r in rows if is_month(r["period"])]
    months = sorted({r["period"] for r in monthly})
    if months and len(months_between(months[0], months[-1])) <= SPAN_MONTHS:
        months = months_between(months[0], months[-1])
    charts = [_direction(source, target, rows, months) for source, target in ((a, b), (b, a))]
    gaps = "" if not months or len(months) == len(months_between(months[0], months[-1])) else \
        '<p class="note">Over more than six years: only the months with events are drawn.</p>'
    return f'<section><h2>{escape(a)} and {escape(b)}</h2>{gaps}{"".join(charts)}</section>'


def _direction(source: str, target: str, rows: list[dict], months: list[str]) -> str:
    mine = [r for r in rows if (r["source"], r["target"]) == (source, target)]
    total = sum(r["events"] for r in mine)
    loose = sum(r["events"] for r in mine if not is_month(r["period"]))
    tone = sum(r["net_tone"] for r in mine)
    aside = f"; {loose} dated only to the year or undated, not drawn" if loose else ""
    head = (f'<h3>{escape(source)} \u2192 {escape(target)}: {total} event{"s" if total != 1 else ""}, '
            f'net tone {tone:+.1f}{escape(aside)}</h3>')
    if not any(is_month(r["period"]) for r in mine):
        return head
    return head + _chart({r["period"]: r for r in mine}, months)


def _chart(by_month: dict[str, dict], months: list[str]) -> str:
    """A stacked bar of events by quad class per month, and the month's net tone below the axis."""
    peak = max((by_month[m]["events"] for m in months if m in by_month), default=1)
    swing = max((abs(by_month[m]["net_tone"]) for m in months if m in by_month), default=1.0) or 1.0
    width = LEFT + len(months) * (BAR + GAP) + 10
    axis = HEIGHT + 4
    parts = [f'<svg class="dyad" role="img" width="{width}" height="{axis + 2 * TONE_HEIGHT + 30}" '
             f'viewBox="0 0 {width} {axis + 2 * TONE_HEIGHT + 30}" xmlns="http://www.w3.org/2000/svg">',
             f'<text x="2" y="12" class="axis">{peak}</text><text x="2" y="{HEIGHT}" class="axis">0</text>',
             f'<line x1="{LEFT - 2}" y1="{axis + TONE_HEIGHT}" x2="{width}" y2="{axis + TONE_HEIGHT}" class="zero"/>']
    step = max(1, -(-len(months) // 12))
    for i, month in enumerate(months):
        x = LEFT + i * (BAR + GAP)
        row = by_month.get(month)
        if row:
            parts.append(_bar(x, row, peak, swing, axis))
        if i % step == 0:
            parts.append(f'<text x="{x}" y="{axis + 2 * TONE_HEIGHT + 22}" class="axis">{_month_label(month)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _bar(x: int, row: dict, peak: int, swing: float, axis: int) -> str:
    counts = {quad: row[column] for quad, column in QUADS.items()}
    said = ", ".join(f"{n} {quad}" for quad, n in counts.items() if n)
    title = f"{row['period']}: {row['events']} event{'s' if row['events'] != 1 else ''} ({said}); " \
            f"net tone {row['net_tone']:+.1f}, mean {row['mean_tone']:+.2f}; {row['reports']} reports"
    parts = [f'<g class="month"><title>{escape(title)}</title>']
    top = HEIGHT
    for quad, n in counts.items():
        if n:
            height = HEIGHT * n / peak
            top -= height
            parts.append(f'<rect x="{x}" y="{top:.1f}" width="{BAR}" height="{height:.1f}" '
                         f'fill="{QUAD_COLOURS[quad]}"/>')
    tone = TONE_HEIGHT * abs(row["net_tone"]) / swing
    middle = axis + TONE_HEIGHT
    y = middle - tone if row["net_tone"] >= 0 else middle
    colour = TONE_COLOURS["+" if row["net_tone"] >= 0 else "-"]
    parts.append(f'<rect x="{x}" y="{y:.1f}" width="{BAR}" height="{max(tone, 1):.1f}" fill="{colour}" class="tone"/>')
    return "".join(parts) + "</g>"


def _month_label(month: str) -> str:
    return dt.date(int(month[:4]), int(month[5:7]), 1).strftime("%b %Y")


def _page(note: str, sections: list[str]) -> str:
    legend = "".join(f'<span class="swatch" style="background:{c}"></span>{escape(q)} '
                     for q, c in QUAD_COLOURS.items())
    body = "".join(sections) or "<p>No events between state actors to show.</p>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dipkg: dyads over time</title>
<style>
  body {{ font-family: system-ui, sans-serif; margin: 16px; color: #222; }}
  h1 {{ font-size: 19px; margin: 0 0 6px; }} h2 {{ font-size: 16px; margin: 22px 0 4px; }}
  h3 {{ font-size: 13px; font-weight: normal; margin: 8px 0 2px; }}
  .legend, .note {{ font-size: 12px; color: #555; }}
  .swatch {{ display: inline-block; width: 11px; height: 11px; margin: 0 4px 0 10px; vertical-align: -1px; }}
  svg.dyad {{ display: block; overflow: visible; }} .axis {{ font-size: 10px; fill: #666; }}
  .zero {{ stroke: #bbb; stroke-width: 1; }} .month:hover rect {{ opacity: 0.75; }}
</style>
</head>
<body>
<h1>Dyads over time</h1>
<p class="note" id="note">{escape(note)}: events per month by quad class (bars), the month's net tone below the
line (green above, red below; the sum of the events' cooperation scores). Hover a month for its numbers.</p>
<p class="legend">{legend}<span class="swatch" style="background:{TONE_COLOURS['+']}"></span>net tone +
<span class="swatch" style="background:{TONE_COLOURS['-']}"></span>net tone \u2212</p>
{body}
</body>
</html>
"""
