from __future__ import annotations

import re

import networkx as nx

from kg.analytics import graph_from_records
from kg.views import render_html, tone_colour

HOSTILE = '<script>window.PWNED=1</script><img src=x onerror="window.PWNED=2">'


def hostile_graph() -> nx.MultiDiGraph:
    return graph_from_records([
        {"s": "id:a", "sl": "Vladimir Putin", "st": "Person", "p": "criticized", "o": "id:b",
         "ol": f"Evil {HOSTILE}", "ot": "Organization", "evidence": f"He said {HOSTILE}", "article": HOSTILE},
    ])


def test_html_is_offline_and_escapes_article_text():
    html = render_html(hostile_graph())
    assert "<script>window.PWNED" not in html and "onerror=\"window" not in html
    assert not re.search(r"""(src|href)=["']?https?://""", html)
    assert "vis.Network" in html and "Content-Security-Policy" in html


def test_tone_colours():
    assert tone_colour(-10) != tone_colour(0) != tone_colour(7)
