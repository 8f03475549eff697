"""Store benchmark: pyoxigraph (on disk and in memory) against rdflib's in-memory Dataset.

Not a test: run it by hand when the store layer or the queries change.

    .venv/bin/python bench/store_bench.py --triples 1000000 --out bench/RESULTS-store.md

It generates a synthetic graph of the shape ``kg/rdf.py`` writes (one named graph per
article holding direct triples and statement nodes, an entities graph of persons,
countries, organisations, places and topics, the ontology graph), writes it as N-Quads,
then runs each engine in a subprocess of its own, so that each peak of memory (ru_maxrss)
is that engine's alone. Each engine loads the file and answers the named queries of
``kg/queries`` plus aggregate, multi-hop and text queries. rdflib queries run under a
timeout and are reported as "> N s" when they take longer.

Engines:
  oxigraph-disk      pyoxigraph on disk, bulk_load of the file, then queries (the product's store)
  oxigraph-memory    pyoxigraph in memory, load of the file, then queries
  rdflib-memory      rdflib Dataset (default Memory store, union default graph), parse, then queries
  oxigraph-disk-tx   pyoxigraph on disk written as the build writes: one transaction per article
  oxigraph-memory-tx the same in memory (what persistence costs on the write path)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/dipkg/id/"
QUERY_ENGINES = ("oxigraph-disk", "oxigraph-memory", "rdflib-memory")
WRITE_ENGINES = ("oxigraph-disk-tx", "oxigraph-memory-tx")
MEMORY_LIMIT = 8 * 2**30

# -- synthetic data --------------------------------------------------------------------

# predicate: (weight, object kind, verb phrase). Weights follow what news extraction
# yields: many meetings, talks and statements, fewer sanctions and attacks.
PREDICATES = {
    "met": (14, "actor", "met"), "spokeWith": (6, "actor", "spoke by phone with"),
    "visited": (6, "country", "paid a visit to"), "hosted": (4, "actor", "hosted"),
    "held": (4, "event", "held"), "attended": (5, "event", "attended"),
    "discussed": (8, "topic", "discussed"), "signed": (5, "document", "signed"),
    "approved": (2, "document", "approved"), "adopted": (2, "document", "adopted"),
    "agreedTo": (4, "document", "agreed to"), "cooperatedWith": (4, "actor", "cooperated with"),
    "supported": (6, "actor", "voiced support for"), "aided": (3, "actor", "sent aid to"),
    "requested": (5, "actor", "urged"), "rejected": (3, "document", "rejected"),
    "criticized": (6, "actor", "condemned"), "accused": (4, "actor", "accused"),
    "threatened": (3, "actor", "threatened"), "sanctioned": (3, "actor", "imposed sanctions on"),
    "attacked": (3, "actor", "launched strikes against"), "leaderOf": (6, "role", "is the leader of"),
    "officialOf": (4, "role", "serves as an official of"), "memberOf": (2, "organization", "is a member of"),
    "tradePartnerOf": (2, "country", "is a key trading partner of"),
}
FIRST = ("Anna Boris Carlos Dmitri Elena Fatima Georg Hana Ivan Jamal Karin Li Maria Nikolai Olga Pedro Qasim "
         "Rania Sergei Tomas Ursula Viktor Wang Xavier Yusuf Zhang Ahmed Beatriz Chen Daniel Emma Farid Grace "
         "Hassan Ingrid Jorge Kenji Lena Mohammed Nadia Omar Priya Rustam Sofia Tariq Umar Vera Walter Yuki").split()
LAST = ("Petrov Garcia Schmidt Nguyen Kowalski Haddad Sato Ivanova Okafor Larsen Rossi Dubois Novak Khan Silva "
        "Yilmaz Kim Popescu Horvat Jensen Alvarez Bakr Cohen Demir Eriksen Fischer Gomez Hoxha Ibrahim Jovanovic "
        "Kuznetsov Lopez Mendes Nakamura Orlov Park Quispe Rahmani Suzuki Tanaka Usmanov Volkov Weber Xu Yamamoto "
        "Zhou Abbas Bianchi Costa Dimitrov Evans Ferreira Gashi Hamid Ito Jung Karimov Lindqvist Moreau").split()
ROLES = {"leaderOf": ("President", "Prime Minister", "Chancellor", "King"),
         "officialOf": ("Foreign Minister", "Defence Minister", "Ambassador", "Spokesperson", "Trade Minister")}
TOPICS = ("regional security", "trade", "energy", "climate change", "migration", "nuclear programme", "arms control",
          "food security", "counter-terrorism", "the war", "sanctions relief", "debt restructuring")
EVENTS = (("Summit", "summit"), ("Talks", "talks"), ("Conference", "conference"),
          ("MilitaryExercise", "joint exercise"), ("Meeting", "meeting"))
DOCUMENTS = (("Agreement", "agreement"), ("Treaty", "treaty"), ("Resolution", "resolution"),
             ("Declaration", "joint declaration"), ("Statement", "statement"))
FILLER = ("officials said on", "according to a statement released on", "state media reported on",
          "in a move welcomed by observers on", "amid rising tensions reported on",
          "as negotiations continued on", "a spokesperson confirmed on")
NEWSWORTHY = ("USA RUS CHN UKR GBR FRA DEU IND TUR IRN ISR JPN KOR PRK SAU PAK BRA EGY KAZ TJK POL ITA ESP CAN "
              "AUS QAT ARE SYR AFG BLR").split()


@dataclass(frozen=True)
class Probes:
    """Values the parametrised queries are run with: frequent actors of the synthetic graph."""

    person: str
    country_a: str
    country_b: str
    met_object: str


def _zipf(n: int, s: float = 0.9) -> list[float]:
    """Weights by rank: news talks about a few actors a lot and about most a little."""
    return [1 / (rank + 1) ** s for rank in range(n)]


class Synthetic:
    """Entities and articles drawn at random (seeded), turned into RDF by ``kg.rdf.to_rdf``."""

    def __init__(self, seed: int, persons: int, organizations: int):
        import pycountry

        from kg.model import Entity

        self.rng = random.Random(seed)
        by_code = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
        codes = NEWSWORTHY + sorted(set(by_code) - set(NEWSWORTHY))
        self.countries = [Entity(f"{BASE}country/{c}", by_code[c], "Country", code=c) for c in codes]
        names = self.rng.sample([f"{f} {last}" for f in FIRST for last in LAST], persons)
        self.persons = [Entity(f"{BASE}person/{_slug(n)}", n, "Person", aliases=(n.split()[-1],)) for n in names]
        self.home = {p.id: self.rng.choices(self.countries, _zipf(len(self.countries)))[0] for p in self.persons}
        self.organizations = [Entity(f"{BASE}organization/org-{i}", f"Organisation {i}", "Organization",
                                     subtype="InternationalOrganization") for i in range(organizations)]
        self.topics = [Entity(f"{BASE}topic/{_slug(t)}", t, "Topic") for t in TOPICS]
        self.w_persons, self.w_countries = _zipf(persons), _zipf(len(self.countries))
        self.w_predicates = [w for w, _, _ in PREDICATES.values()]
        self.met_by_top: list[str] = []

    def actor(self):
        kind = self.rng.random()
        if kind < 0.6:
            return self.rng.choices(self.persons, self.w_persons)[0]
        if kind < 0.9:
            return self.rng.choices(self.countries, self.w_countries)[0]
        return self.rng.choice(self.organizations)

    def article(self, index: int):
        """One article's result: 5 to 15 relations among actors, events and documents."""
        from kg.model import Article, ArticleResult

        day = dt.date(2015, 1, 1) + dt.timedelta(days=self.rng.randrange(3650))
        article = Article(id=f"{index:07d}_synthetic.txt", text="", date=day, title=f"Synthetic report {index}")
        relations, entities = [], {}
        for k in range(self.rng.randint(5, 15)):
            relation = self.relation(article, k, day)
            relations.append(relation)
            entities[relation.subject.id], entities[relation.object.id] = relation.subject, relation.object
        return ArticleResult(article, relations, list(entities.values()))

    def relation(self, article, k: int, day: dt.date):
        from kg.model import Provenance, Relation

        predicate = self.rng.choices(list(PREDICATES), self.w_predicates)[0]
        _, kind, verb = PREDICATES[predicate]
        subject, obj, role = self.arguments(kind, predicate, article, k, day)
        when = day - dt.timedelta(days=self.rng.randrange(4))
        date = self.rng.choices([when.isoformat(), when.isoformat()[:7], None], [6, 2, 2])[0]
        sentence = (f"{subject.label} {verb} {obj.label}, {self.rng.choice(FILLER)} "
                    f"{when:%B %d}, in a report on {self.rng.choice(TOPICS)} and {self.rng.choice(TOPICS)}.")
        start = k * 300
        provenance = Provenance(article=article.id, sentence=sentence, span=(start, start + len(sentence)),
                                rule=f"verb.{predicate.lower()}.v1", confidence=round(self.rng.uniform(0.5, 0.95), 3))
        modality = self.rng.choices(["asserted", "planned", "reported"], [8, 1, 1])[0]
        if subject is self.persons[0] and predicate == "met":
            self.met_by_top.append(obj.label)
        return Relation(subject, predicate, obj, provenance, date=None if kind == "role" else date,
                        modality=modality, role=role)

    def arguments(self, kind: str, predicate: str, article, k: int, day: dt.date):
        """Subject, object and role of a relation whose object is of ``kind``."""
        from kg.model import Entity

        if kind == "role":
            person = self.rng.choices(self.persons, self.w_persons)[0]
            return person, self.home[person.id], self.rng.choice(ROLES[predicate])
        subject = self.actor()
        if kind in ("event", "document"):
            subtype, noun = self.rng.choice(EVENTS if kind == "event" else DOCUMENTS)
            date = day.isoformat() if kind == "event" else None
            return subject, Entity(f"{BASE}{kind}/{_slug(article.id)}-{k}", f"the {day.year} {noun}",
                                   kind.capitalize(), subtype=subtype, date=date), None
        if kind == "topic":
            return subject, self.rng.choice(self.topics), None
        if kind == "organization":
            return subject, self.rng.choice(self.organizations), None
        if kind == "country":
            return subject, self.rng.choices(self.countries, self.w_countries)[0], None
        obj = self.actor()
        while obj.id == subject.id:
            obj = self.actor()
        return subject, obj, None

    def probes(self) -> Probes:
        met = max(set(self.met_by_top), key=self.met_by_top.count) if self.met_by_top else self.persons[1].label
        return Probes(self.persons[0].label, self.countries[0].label, self.countries[1].label, met)


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def generate(path: Path, *, triples: int, seed: int = 7) -> dict:
    """Write a synthetic N-Quads file of about ``triples`` quads; return its statistics and probes."""
    from kg.model import Article, ArticleResult
    from kg.ontology import ontology_graph
    from kg.events import build_layer
    from kg.rdf import events_graph_iri, layer_to_rdf, ontology_graph_iri, reports_of, to_rdf

    synthetic = Synthetic(seed, persons=max(200, triples // 500), organizations=max(30, triples // 3000))
    quads = articles = statements = 0
    entity_graph = f"<{BASE}graph/entities>"
    reports, nodes = [], []
    with open(path, "w", encoding="utf-8") as handle:
        budget = triples - 6 * (len(synthetic.persons) + len(synthetic.countries)) - len(ontology_graph())
        while quads < budget:
            result = synthetic.article(articles)
            graphs = to_rdf(result, base=BASE)
            quads += _write_graph(handle, graphs.article, f"<{graphs.graph_iri}>")
            found = reports_of(result, base=BASE)
            reports += found[0]
            nodes += found[1]
            articles, statements = articles + 1, statements + len(result.relations)
        actors = synthetic.persons + synthetic.countries + synthetic.organizations + synthetic.topics
        everyone = to_rdf(ArticleResult(Article(id="entities", text=""), [], actors), base=BASE)
        quads += _write_graph(handle, everyone.entities, entity_graph)
        quads += _write_graph(handle, ontology_graph(), f"<{ontology_graph_iri(base=BASE)}>")
        layer = layer_to_rdf(build_layer(reports, nodes), digest="synthetic", base=BASE)
        quads += _write_graph(handle, layer, f"<{events_graph_iri(base=BASE)}>")
    return {"quads": quads, "articles": articles, "statements": statements, "entities": len(actors),
            "bytes": path.stat().st_size, "probes": vars(synthetic.probes())}


def _write_graph(handle, graph, graph_term: str) -> int:
    """Append a graph as N-Quads lines; its N-Triples with the graph name before the final dot."""
    lines = [line for line in graph.serialize(format="nt").splitlines() if line.strip()]
    handle.writelines(f"{line[:-1].rstrip()} {graph_term} .\n" for line in lines)
    return len(lines)


# -- queries -------------------------------------------------------------------------------

EXTRA_QUERIES = {
    "agg_country_pairs": ("GROUP BY over all relations: count and net tone per country pair (persons "
                          "counted for the country they lead or serve)", """
SELECT ?ca ?cb (COUNT(?node) AS ?relations) (SUM(?score) AS ?tone)
WHERE {
  ?node a dip:RelationStatement ; rdf:subject ?s ; rdf:predicate ?pred ; rdf:object ?o .
  ?pred dip:cooperationScore ?score .
  FILTER(?pred NOT IN (dip:leaderOf, dip:officialOf))
  OPTIONAL { ?s dip:leaderOf|dip:officialOf ?sc0 }
  OPTIONAL { ?o dip:leaderOf|dip:officialOf ?oc0 }
  BIND(COALESCE(?sc0, ?s) AS ?ca)
  BIND(COALESCE(?oc0, ?o) AS ?cb)
  ?ca a dip:Country . ?cb a dip:Country .
}
GROUP BY ?ca ?cb ORDER BY DESC(?relations) LIMIT 50"""),
    "agg_predicate_month": ("GROUP BY over all statements: count per predicate and year", """
SELECT ?pred ?year (COUNT(?node) AS ?n)
WHERE { ?node rdf:predicate ?pred ; dip:date ?d . BIND(SUBSTR(STR(?d), 1, 4) AS ?year) }
GROUP BY ?pred ?year"""),
    "two_hop_all": ("2-hop paths over all meetings: a met b, b met c (count)", """
SELECT (COUNT(*) AS ?paths) WHERE { ?a dip:met ?b . ?b dip:met ?c . FILTER(?a != ?c) }"""),
    "two_hop_actor": ("actors two relation steps from one person, over every PLOVER predicate", """
SELECT DISTINCT ?c ?label WHERE {
  ?a rdfs:label ?person .
  ?a ?p1 ?b . ?p1 dip:ploverType ?t1 .
  ?b ?p2 ?c . ?p2 dip:ploverType ?t2 .
  ?c rdfs:label ?label . FILTER(?c != ?a)
}"""),
    "text_contains": ("text FILTER: statements whose evidence mentions sanctions (CONTAINS)", """
SELECT (COUNT(?node) AS ?n) WHERE { ?node dip:evidence ?e . FILTER(CONTAINS(LCASE(?e), "sanction")) }"""),
    "text_regex_join": ("text FILTER with joins: who condemned whom over energy (REGEX)", """
SELECT ?subject ?object ?date WHERE {
  ?node rdf:predicate dip:criticized ; rdf:subject ?s ; rdf:object ?o ; dip:evidence ?e .
  FILTER(REGEX(?e, "energy", "i"))
  ?s rdfs:label ?subject . ?o rdfs:label ?object .
  OPTIONAL { ?node dip:date ?date }
} ORDER BY ?date LIMIT 100"""),
}
AGGREGATE_QUERIES = tuple(EXTRA_QUERIES)


def benchmark_queries(probes: dict) -> dict[str, tuple[str, str]]:
    """Every query run: name -> (description, SPARQL with parameters bound as the product binds them)."""
    from kg.queries import load_query, named_queries, parse_params
    from kg.store import _bind_values

    params = {"meetings": [f"actor={probes['person']}", "since=2018-01-01", "until=2021-12-31"],
              "country_relations": [f"a={probes['country_a']}", f"b={probes['country_b']}"],
              "roles": [f"actor={probes['person']}"],
              "evidence": [f"subject={probes['person']}", "predicate=met", f"object={probes['met_object']}"]}
    queries = {}
    for name in sorted(named_queries()):
        text = load_query(name)
        bindings = parse_params(params.get(name, []), query=text)
        described = ", ".join(params.get(name, [])) or "no parameters"
        queries[name] = (f"named query ({described})", _bind_values(text, bindings) if bindings else text)
    for name, (description, text) in EXTRA_QUERIES.items():
        if name == "two_hop_actor":
            text = _bind_values(text, {"person": probes["person"]})
        queries[name] = (description, text)
    return queries


# -- one engine, in its own process ----------------------------------------------------------


class QueryTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise QueryTimeout()


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_engine(engine: str, data: Path, workdir: Path):
    """Load ``data`` into ``engine``; return a function that runs a query and returns its row count."""
    from kg.store import PROLOGUE

    if engine.startswith("rdflib"):
        from rdflib import Dataset

        dataset = Dataset(default_union=True)
        dataset.parse(str(data), format="nquads")
        return lambda q: sum(1 for _ in dataset.query(PROLOGUE + q))
    import pyoxigraph

    if engine == "oxigraph-memory":
        store = pyoxigraph.Store()
        store.load(path=str(data), format=pyoxigraph.RdfFormat.N_QUADS)
    elif engine == "oxigraph-disk":
        store = pyoxigraph.Store(str(workdir / "oxigraph"))
        store.bulk_load(path=str(data), format=pyoxigraph.RdfFormat.N_QUADS)
        store.flush()
    else:
        store = pyoxigraph.Store(str(workdir / "oxigraph-tx")) if "disk" in engine else pyoxigraph.Store()
        _write_per_graph(store, data)
        store.flush() if "disk" in engine else None
    return lambda q: sum(1 for _ in store.query(PROLOGUE + q, use_default_graph_as_union=True))


def _write_per_graph(store, data: Path) -> None:
    """Write as ``kg build`` does: one SPARQL update (DROP + INSERT DATA) per named graph."""
    from kg.store import PROLOGUE

    def flush(graph: str, lines: list[str]) -> None:
        for start in range(0, len(lines), 5000):
            drop = f"DROP SILENT GRAPH {graph} ;\n" if start == 0 and "graph/article/" in graph else ""
            store.update(PROLOGUE + drop + f"INSERT DATA {{ GRAPH {graph} {{ {''.join(lines[start:start + 5000])} }} }}")

    graph, lines = None, []
    with open(data, encoding="utf-8") as handle:
        for line in handle:
            triple, _, name = line.rstrip()[:-1].rstrip().rpartition(" ")
            if name != graph and lines:
                flush(graph, lines)
                lines = []
            graph = name
            lines.append(triple + " .\n")
    if lines:
        flush(graph, lines)


def time_query(run, text: str, timeout: float | None, repeats: int) -> dict:
    """Median latency over ``repeats`` runs (one run when it is slow), or a timeout (None: no timeout)."""
    times, rows = [], None
    for _ in range(repeats):
        signal.setitimer(signal.ITIMER_REAL, timeout or 0)
        start = time.perf_counter()
        try:
            rows = run(text)
        except QueryTimeout:
            return {"seconds": None, "timeout": timeout, "rows": None}
        except MemoryError:  # rdflib under the child's address-space limit
            return {"seconds": None, "timeout": timeout, "rows": None, "error": "out of memory"}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - start)
        if times[-1] > 5:
            break
    return {"seconds": statistics.median(times), "rows": rows}


def run_engine(engine: str, data: Path, workdir: Path, meta: dict, timeout: float, only: set[str]) -> dict:
    """Load, measure memory, run every query (query engines only); the child's JSON result."""
    signal.signal(signal.SIGALRM, _on_alarm)
    if engine.startswith("rdflib"):  # why: a runaway rdflib join must not take the shared machine's memory
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    baseline = rss_mb()
    start = time.perf_counter()
    run = load_engine(engine, data, workdir)
    result = {"engine": engine, "load_s": time.perf_counter() - start, "baseline_mb": baseline,
              "rss_after_load_mb": rss_mb(), "peak_after_load_mb": peak_mb()}
    folder = workdir / ("oxigraph" if engine == "oxigraph-disk" else "oxigraph-tx")
    if "disk" in engine:
        result["disk_mb"] = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20
    if engine in QUERY_ENGINES:
        slow = engine.startswith("rdflib")  # why: only rdflib needs a timeout; Oxigraph is measured to the end
        result["queries"] = {name: time_query(run, text, timeout if slow else None, 1 if slow else 3)
                             for name, (_, text) in benchmark_queries(meta["probes"]).items()
                             if not only or name in only}
    result["peak_mb"] = peak_mb()
    return result


# -- the report ------------------------------------------------------------------------------


def _seconds(entry: dict | None) -> str:
    if not entry:
        return "–"
    if entry.get("seconds") is None:
        return f"> {entry['timeout']:.0f} s"
    return f"{entry['seconds'] * 1000:.0f} ms" if entry["seconds"] < 1 else f"{entry['seconds']:.2f} s"


def _ratio(slow: dict | None, fast: dict | None) -> tuple[float | None, str]:
    """How many times faster ``fast`` is; a lower bound when ``slow`` timed out."""
    if not slow or not fast or fast.get("seconds") is None:
        return None, "–"
    fast_s = max(fast["seconds"], 1e-4)
    if slow.get("seconds") is None:
        return slow["timeout"] / fast_s, f"> {slow['timeout'] / fast_s:.0f}x"
    return slow["seconds"] / fast_s, f"{slow['seconds'] / fast_s:.1f}x"


def report(meta: dict, results: dict[str, dict], *, command: str, load: tuple[float, float]) -> str:
    """The Markdown of bench/RESULTS-store.md."""
    lines = [
        f"# Store benchmark: pyoxigraph vs rdflib at {meta['quads'] / 1e6:.2f}M quads", "",
        f"Generated by `bench/store_bench.py` on {dt.date.today()}. Reproduce with:", "",
        f"    {command}", "",
        f"Machine: {os.cpu_count()} cores, {_memory_gb():.0f} GiB RAM, shared with other work: load average "
        f"{load[0]:.1f} at the start and {load[1]:.1f} at the end (numbers are noisy to ±20 %). "
        "Each engine ran in its own process; memory is the process's peak resident set (ru_maxrss), "
        f"the Python interpreter and imports included (baseline ~{results[QUERY_ENGINES[0]]['baseline_mb']:.0f} MB).",
        "",
        f"Data: {meta['quads']:,} quads in {meta['articles']:,} article graphs + the entities and ontology graphs; "
        f"{meta['statements']:,} relation statements (25 predicates), {meta['entities']:,} entities; "
        f"N-Quads file {meta['bytes'] / 2**20:.0f} MB. Probes: {meta['probes']}.", "",
        "## Load", "",
        "| engine | how | load | quads/s | peak RSS, load | RSS after load | peak RSS, queries too | on disk |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    how = {"oxigraph-disk": "bulk_load (N-Quads file)", "oxigraph-memory": "load (one transaction)",
           "rdflib-memory": "Dataset.parse", "oxigraph-disk-tx": "one SPARQL update per article graph (as `kg build`)",
           "oxigraph-memory-tx": "one SPARQL update per article graph, in memory"}
    for engine, r in results.items():
        disk = f"{r['disk_mb']:.0f} MB" if "disk_mb" in r else "–"
        lines.append(f"| {engine} | {how[engine]} | {r['load_s']:.1f} s | {meta['quads'] / r['load_s']:,.0f} | "
                     f"{r['peak_after_load_mb']:.0f} MB | {r['rss_after_load_mb']:.0f} MB | "
                     f"{r['peak_mb']:.0f} MB | {disk} |")
    lines += ["", "## Queries", "",
              "Median of 3 runs for Oxigraph, one run for rdflib (timeout shown as \"> N s\").", "",
              "| query | what | oxigraph disk | oxigraph memory | rdflib memory | rdflib / oxigraph disk | rows |",
              "|---|---|---:|---:|---:|---:|---:|"]
    queries = benchmark_queries(meta["probes"])
    for name, (description, _) in queries.items():
        cells = [results.get(e, {}).get("queries", {}).get(name) for e in QUERY_ENGINES]
        rows = next((c["rows"] for c in cells if c and c.get("rows") is not None), "–")
        lines.append(f"| `{name}` | {description} | " + " | ".join(_seconds(c) for c in cells)
                     + f" | {_ratio(cells[2], cells[0])[1]} | {rows} |")
    lines += ["", "## The bar", ""] + verdict(results, queries)
    return "\n".join(lines) + "\n"


def verdict(results: dict[str, dict], queries: dict) -> list[str]:
    """The issue's bar, checked: load >= 5x, aggregate/multi-hop/text >= 10x, no named query slower."""
    disk, rdflib_ = results.get("oxigraph-disk"), results.get("rdflib-memory")
    if not disk or not rdflib_:
        return ["(not all engines ran)"]
    load = rdflib_["load_s"] / disk["load_s"]
    heavy = {n: _ratio(rdflib_["queries"][n], disk["queries"][n])[0] for n in AGGREGATE_QUERIES}
    named = {n: _ratio(rdflib_["queries"][n], disk["queries"][n])[0] for n in queries if n not in AGGREGATE_QUERIES}
    return [
        f"- Load: on-disk Oxigraph loads {load:.1f}x faster than rdflib in memory "
        f"({'meets' if load >= 5 else 'misses'} the 5x bar).",
        f"- Aggregate, multi-hop and text queries: at least {min(v or 0 for v in heavy.values()):.0f}x faster "
        f"({'meets' if all((v or 0) >= 10 for v in heavy.values()) else 'misses'} the 10x bar).",
        f"- Named queries: the slowest ratio is {min(v or 0 for v in named.values()):.1f}x "
        f"({'no' if all((v or 0) >= 1 for v in named.values()) else 'some'} named query slower than rdflib).",
    ]


def _memory_gb() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30


# -- command line -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--engines", default=",".join(QUERY_ENGINES + WRITE_ENGINES))
    parser.add_argument("--timeout", type=float, default=60.0, help="per rdflib query, seconds")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "dipkg-store-bench")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS-store.md")
    parser.add_argument("--merge", action="store_true",
                        help="keep the saved results of the engines not run this time (re-run some engines only)")
    parser.add_argument("--queries", help="run only these queries (comma-separated); with --merge, "
                                          "update them in the saved results of each engine run")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    data, meta_path = args.workdir / f"synthetic-{args.triples}.nq", args.workdir / f"synthetic-{args.triples}.json"
    if args.child:
        only = set(args.queries.split(",")) if args.queries else set()
        result = run_engine(args.child, data, args.workdir, json.loads(meta_path.read_text()), args.timeout, only)
        print(json.dumps(result))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    load_start = os.getloadavg()[0]
    if not meta_path.exists():
        started = time.perf_counter()
        meta = generate(data, triples=args.triples)
        meta["generate_s"] = time.perf_counter() - started
        meta_path.write_text(json.dumps(meta))
    meta = json.loads(meta_path.read_text())
    print(f"data: {meta['quads']:,} quads, {data}", file=sys.stderr)
    saved = args.workdir / f"results-{args.triples}.json"
    results = json.loads(saved.read_text())["results"] if args.merge and saved.exists() else {}
    for engine in args.engines.split(","):
        shutil.rmtree(args.workdir / "oxigraph", ignore_errors=True)
        shutil.rmtree(args.workdir / "oxigraph-tx", ignore_errors=True)
        print(f"running {engine} ...", file=sys.stderr)
        child = subprocess.run([sys.executable, __file__, "--child", engine, "--triples", str(args.triples),
                                "--timeout", str(args.timeout), "--workdir", str(args.workdir),
                                "--queries", args.queries or ""], capture_output=True, text=True, check=True)
        fresh = json.loads(child.stdout.strip().splitlines()[-1])
        if args.queries and engine in results:
            results[engine]["queries"].update(fresh["queries"])
        else:
            results[engine] = fresh
        print(json.dumps(results[engine]), file=sys.stderr)
    results = {e: results[e] for e in QUERY_ENGINES + WRITE_ENGINES if e in results}
    saved.write_text(json.dumps({"meta": meta, "results": results}))
    command = f".venv/bin/python bench/store_bench.py --triples {args.triples} --timeout {args.timeout:.0f}"
    args.out.write_text(report(meta, results, command=command, load=(load_start, os.getloadavg()[0])),
                        encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
