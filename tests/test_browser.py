"""The view in a real browser: Debian's Chromium, driven by playwright, with the network off.

The page must render every node of the seed graph with no page or console error and no
request beyond its own file; an article carrying ``<script>`` and ``onerror=`` markup must
show it as text and never run it. Skips, saying why, only when Chromium or playwright is
missing (``.ci/run`` installs Chromium where it can).
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import analytics
from kg.cli import app
from kg.store import open_store
from kg.views import aggregate_edges, filter_graph

pytestmark = pytest.mark.browser

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
SCRIPT_MARKUP = "<script>window['PWNED']=1</script>"
IMG_MARKUP = "<img src=x onerror=\"window['PWNED']=2\">"
# Playwright's wait_for_function evaluates strings, which the page's CSP forbids (rightly):
# poll from a function instead.
WAIT_STABLE = """() => new Promise((resolve, reject) => {
  const start = Date.now();
  const timer = setInterval(() => {
    if (window.dipkg && window.dipkg.stable) { clearInterval(timer); resolve(true); }
    else if (Date.now() - start > 30000) { clearInterval(timer); reject(new Error("layout never stabilised")); }
  }, 50);
})"""


def chromium_path() -> str:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.skip("Debian's chromium is not installed (/usr/bin/chromium): apt-get install -y chromium")


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright is not installed: pip install -e '.[dev]'")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        yield browser
        browser.close()


class Visit:
    """A page opened from a file with the network off, and what it tried to do."""

    def __init__(self, browser, path: Path, *, layout: bool = True):
        self.context = browser.new_context(service_workers="block", viewport={"width": 1280, "height": 900})
        self.url = path.resolve().as_uri()
        self.blocked, self.requests, self.errors, self.console = [], [], [], []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: message.type in ("error", "warning")
                     and self.console.append(f"{message.type}: {message.text}"))
        self.page.goto(self.url)
        if layout:  # a graph page: wait for its layout; the dyad pages have no script
            self.page.evaluate(WAIT_STABLE)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file://", "data:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def visible_nodes(self) -> list[str]:
        return self.js("() => window.dipkg.nodes.get({filter: n => !n.hidden}).map(n => n.label).sort()")

    def assert_quiet(self) -> None:
        """No page error, console error or warning, and no request beyond the page's own file."""
        assert self.errors == [] and self.console == []
        assert self.blocked == []
        assert [u for u in self.requests if u != self.url and not u.startswith("data:")] == []

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_(path: Path, **options) -> Visit:
        opened.append(Visit(browser, path, **options))
        return opened[-1]

    yield open_
    for v in opened:
        v.close()


def stored_graph(out: Path):
    """The state actors' event graph, which graph.html draws."""
    # Not closed: OxigraphStore.close() flushes, which a read-only store refuses.
    return analytics.keep_actors(analytics.graph_from_store(open_store(out / "store", read_only=True)), "states")


def test_seed_graph_renders_every_node_offline(seed_build, visit):
    out, _ = seed_build
    G = stored_graph(out)
    v = visit(out / "graph.html")
    assert v.js("() => window.dipkgNetwork.body.data.nodes.length") == G.number_of_nodes()
    assert v.js("() => Object.keys(window.dipkgNetwork.getPositions()).length") == G.number_of_nodes()
    assert v.visible_nodes() == sorted(d["label"] for _, d in G.nodes(data=True))
    # One edge per pair and predicate family, for all the events
    assert v.js("() => window.dipkg.edges.length") == len(aggregate_edges(G))
    assert v.js("() => window.dipkg.edges.get().reduce((n, e) => n + e.events.length, 0)") == G.number_of_edges()
    # Each node is painted: the canvas pixel at its centre is not the white background.
    unpainted = v.js("""() => {
      const net = window.dipkgNetwork, canvas = net.canvas.frame.canvas, ctx = canvas.getContext("2d");
      const ratio = canvas.width / canvas.clientWidth, pos = net.getPositions();
      const image = ctx.getImageData(0, 0, canvas.width, canvas.height).data;  // one readback
      return Object.keys(pos).filter(id => {
        const p = net.canvasToDOM(pos[id]);
        const i = 4 * (Math.round(p.y * ratio) * canvas.width + Math.round(p.x * ratio));
        return image[i + 3] === 0 || (image[i] > 245 && image[i + 1] > 245 && image[i + 2] > 245);
      });
    }""")
    assert unpainted == []
    assert v.js("() => window.dipkgNetwork.physics.options.enabled") is False  # layout frozen
    v.assert_quiet()


def test_filters_in_the_page_match_the_library(seed_build, visit):
    out, _ = seed_build
    G = stored_graph(out)
    v = visit(out / "graph.html")
    v.page.fill("#search", "Emomali Rahmon")
    assert v.visible_nodes() == sorted(d["label"] for _, d in filter_graph(G, actor="Emomali Rahmon").nodes(data=True))
    v.page.click("#reset")
    assert len(v.visible_nodes()) == G.number_of_nodes()
    v.page.fill("#since", "2022-05-16")
    assert v.visible_nodes() == sorted(d["label"] for _, d in filter_graph(G, since="2022-05-16").nodes(data=True))
    v.page.click("#reset")
    for box in v.page.query_selector_all("#predicates input"):
        if box.evaluate("b => b.parentElement.textContent.trim()") != "met":
            box.uncheck()
    assert v.visible_nodes() == ["Emomali Rahmon", "Vladimir Putin"]
    assert "match the filters" in v.page.text_content("#note")
    v.assert_quiet()


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """``kg build`` of one article whose id and sentences carry markup that would run if parsed."""
    folder = tmp_path_factory.mktemp("hostile")
    text = (f"Moscow, May 17, 2022.\n\nRussian President Vladimir Putin met Tajik President Emomali Rahmon in "
            f"Moscow on May 16 {SCRIPT_MARKUP} to discuss trade.\n\n"
            f"The {IMG_MARKUP} Kremlin criticized the European Union on Monday.")
    article = folder / "hostile.jsonl"
    article.write_text(json.dumps({"id": f"evil {IMG_MARKUP}", "date": "2022-05-17", "text": text}) + "\n",
                       encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(app, ["build", str(article), "--out", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    return out


def test_article_markup_is_shown_as_text_and_never_runs(hostile_build, visit):
    v = visit(hostile_build / "graph.html")
    cards = v.js("() => window.dipkg.edges.get().map(e => [e.id, JSON.stringify(e.card), e.title.textContent])")
    carrying = [(edge, shown) for edge, data, shown in cards if SCRIPT_MARKUP in json.loads(data)[-1][1]]
    assert carrying, "the build must yield a relation whose evidence holds the markup"
    assert all(SCRIPT_MARKUP in shown and IMG_MARKUP in shown for _, shown in carrying)  # kept as text
    assert v.js("() => typeof window.PWNED") == "undefined"
    assert v.js("() => document.querySelectorAll('img, [onerror]').length") == 0
    assert v.js("() => document.scripts.length") == 3  # data block, vis-network, ours
    # Hover the relation: vis shows its card; the markup is there as text, not as elements.
    point = v.js("""(id) => {
      const net = window.dipkgNetwork, box = net.canvas.frame.canvas.getBoundingClientRect();
      const p = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(0.5));  // vis internals: geometry only
      return [box.left + p.x, box.top + p.y];
    }""", carrying[0][0])
    v.page.mouse.move(*point)
    tooltip = v.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert SCRIPT_MARKUP in tooltip.inner_text()
    assert tooltip.query_selector("script, img") is None
    assert v.js("() => typeof window.PWNED") == "undefined"
    v.assert_quiet()


def test_kg_view_of_the_hostile_build_is_as_safe(hostile_build, visit, tmp_path):
    page = tmp_path / "view.html"
    result = CliRunner().invoke(app, ["view", "--out", str(hostile_build), "--actor", "Vladimir Putin",
                                      "--html", str(page)])
    assert result.exit_code == 0, result.output
    v = visit(page)
    assert v.visible_nodes() == ["Emomali Rahmon", "Russia", "Vladimir Putin", "trade"]  # "to discuss trade"
    assert v.js("() => typeof window.PWNED") == "undefined"
    assert v.js("() => document.querySelectorAll('img, [onerror]').length") == 0
    v.assert_quiet()


def test_the_dyad_timeline_renders_offline_with_a_bar_per_month(seed_build, visit):
    out, _ = seed_build
    v = visit(out / "dyads.html", layout=False)
    assert "Russia and Tajikistan" in v.page.text_content("body")
    charts = v.js("() => document.querySelectorAll('svg.dyad').length")
    assert charts >= 2  # each way
    months = v.js("() => [...document.querySelectorAll('svg.dyad g.month title')].map(t => t.textContent)")
    assert any(m.startswith("2022-05: ") and "verbal cooperation" in m for m in months)
    # The bars are drawn: each has a size on screen.
    sizes = v.js("() => [...document.querySelectorAll('svg.dyad g.month rect')].map(r => r.getBoundingClientRect())"
                 ".map(b => b.width * b.height)")
    assert sizes and all(s > 0 for s in sizes)
    assert v.js("() => document.scripts.length") == 0
    v.assert_quiet()


def test_kg_view_dyad_writes_the_pair_page(seed_build, visit, tmp_path):
    page = tmp_path / "dyad.html"
    result = CliRunner().invoke(app, ["view", "--out", str(seed_build[0]), "--dyad", "Tajikistan", "Russia",
                                      "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert "Timelines of 1 pair" in result.stdout
    v = visit(page, layout=False)
    assert [h.inner_text().split(":")[0] for h in v.page.query_selector_all("h3")] == [
        "Tajikistan \u2192 Russia", "Russia \u2192 Tajikistan"]
    v.assert_quiet()


#: A build of the first 2,000 bench articles (``kg build`` of ``head -2000 news.jsonl``), when one is at hand.
BENCH_2K = Path(os.environ.get("DIPKG_BENCH_2K", "/tmp/bench2k/out"))


@pytest.mark.skipif(not (BENCH_2K / "graph.html").exists(),
                    reason=f"no 2,000-article bench build at {BENCH_2K} (set DIPKG_BENCH_2K; bench/RESULTS-stats.md)")
def test_the_corpus_view_draws_one_edge_per_pair_and_family(visit):
    v = visit(BENCH_2K / "graph.html")
    keys = v.js("""() => window.dipkg.edges.get().map(e => [e.from, e.to].sort().join("|") + "|" + e.family)""")
    assert keys and len(keys) == len(set(keys))
    assert v.page.text_content("#note").startswith("Shows 150 of ")
    v.assert_quiet()
