"""Persist article graphs and answer SPARQL: an embedded Oxigraph store, or any SPARQL 1.1 endpoint.

Each article is written in one SPARQL update: its named graph is dropped and rewritten,
and the descriptions of its actors are upserted in the entities graph, all in one
transaction. Re-ingesting an article therefore replaces exactly its graph, and an
interrupted build leaves the store as it was before the article being written. The
ontology lives in a graph of its own (``replace_graph``), so that queries can join
predicates to their PLOVER type and cooperation score.

A remote endpoint must answer queries over the union of its graphs, as Virtuoso does by
default (Fuseki: ``tdb2:unionDefaultGraph``; Oxigraph server: ``--union-default-graph``).

>>> store = open_store(None)            # in memory, for examples
>>> store.count()
0
"""
from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import RDFS, Dataset, Graph, Literal, URIRef

from kg.rdf import ArticleGraphs, entities_graph_iri
from kg.resolve import DEFAULT_BASE
from kg.vocab import DIP

PREFIXES = {
    "dip": str(DIP._NS), "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/", "schema": "https://schema.org/", "id": DEFAULT_BASE,
}
PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


class StoreError(RuntimeError):
    """The store refused a query or an update, or cannot be reached."""


class StoreDamaged(StoreError):
    """The store's files are missing or corrupt: it is never written to, and must be rebuilt."""

    def __init__(self, path: Path, detail: str):
        super().__init__(f"the store at {path} is damaged ({detail}); rebuild with: "
                         f"rm -r {path} && kg build PATH... --out {Path(path).parent}")
        self.path = path


def check_intact(path: Path) -> None:
    """Raise :class:`StoreDamaged` when ``path`` holds a store whose files are missing or corrupt.

    Checked by a read-only open, which writes nothing: opened for writing, RocksDB would
    start a new database over a missing ``CURRENT`` file and lose the rest. A folder that
    does not exist or is empty is a new store, not a damaged one.
    """
    import pyoxigraph

    path = Path(path)
    names = set(os.listdir(path)) if path.is_dir() else set()
    if not names:
        return
    if "CURRENT" not in names:
        raise StoreDamaged(path, "its CURRENT file is missing")
    try:
        probe = pyoxigraph.Store.read_only(str(path))
    except (OSError, RuntimeError) as error:
        raise StoreDamaged(path, str(error).strip().splitlines()[0][:300]) from None
    del probe


@dataclass
class Table:
    """A SELECT result: column names and rows of plain values (None where unbound)."""

    columns: list[str]
    rows: list[list[str | None]] = field(default_factory=list)

    def records(self) -> list[dict[str, str | None]]:
        """The rows as dictionaries, column name to value."""
        return [dict(zip(self.columns, row)) for row in self.rows]


class GraphStore(Protocol):
    """What the pipeline needs of a store: the embedded Oxigraph store or a SPARQL 1.1 endpoint."""

    def replace_article(self, graphs: ArticleGraphs) -> None:
        """Replace an article's named graph and upsert the entities it describes."""
    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Replace one named graph with ``graph``."""
    def select(self, query: str, bindings: dict[str, str] | None = None) -> Table:
        """The rows of a SELECT query, ``bindings`` bound as values."""
    def ask(self, query: str) -> bool:
        """The answer of an ASK query."""
    def count(self) -> int:
        """The number of quads in the store."""
    def article_hashes(self) -> set[str]:
        """The content hashes of the stored articles (a rebuild skips them)."""
    def article_ids(self) -> set[str]:
        """The ids of the stored articles."""
    def remove_articles(self, article_ids: list[str]) -> None:
        """Drop these articles' graphs and the entities only they mentioned."""
    def dump(self, path: Path, *, format: str = "trig") -> None:
        """Write every named graph to ``path`` (TriG by default)."""
    def to_rdflib(self) -> Dataset:
        """The whole store as an rdflib Dataset."""
    def close(self) -> None:
        """Release the store."""


def replacement_update(graphs: ArticleGraphs, *, base: str = DEFAULT_BASE) -> str:
    """The SPARQL update that replaces one article's graph and upserts its actors."""
    entities = entities_graph_iri(base=base)
    subjects = sorted({str(s) for s in graphs.entities.subjects()})
    parts = [f"DROP SILENT GRAPH <{graphs.graph_iri}>"]
    if subjects:
        values = " ".join(f"<{s}>" for s in subjects)
        for prop in ("rdfs:label", "dip:isoAlpha3"):
            parts.append(f"DELETE {{ GRAPH <{entities}> {{ ?e {prop} ?v }} }} "
                         f"WHERE {{ VALUES ?e {{ {values} }} GRAPH <{entities}> {{ ?e {prop} ?v }} }}")
    parts.append(f"INSERT DATA {{ GRAPH <{graphs.graph_iri}> {{ {_ntriples(graphs.article)} }} "
                 f"GRAPH <{entities}> {{ {_ntriples(graphs.entities)} }} }}")
    return PROLOGUE + " ;\n".join(parts)


def removal_update(article_ids: list[str], *, base: str = DEFAULT_BASE) -> str:
    """The SPARQL update that drops the graphs of ``article_ids`` and the entities no other graph mentions.

    An entity is described in the entities graph and mentioned in the graphs of the
    articles that name it: once none does, its description goes too.
    """
    from kg.model import Article
    from kg.rdf import article_graph_iri

    from kg.rdf import events_graph_iri

    entities = entities_graph_iri(base=base)
    parts = [f"DROP SILENT GRAPH <{article_graph_iri(Article(id=i, text=''), base=base)}>" for i in article_ids]
    # The event layer names the entities of every article; it is computed again after a removal.
    parts.append(f"DROP SILENT GRAPH <{events_graph_iri(base=base)}>")
    parts.append(f"DELETE {{ GRAPH <{entities}> {{ ?e ?p ?o }} }} WHERE {{ GRAPH <{entities}> {{ ?e ?p ?o }} "
                 f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?e ?q ?x }} FILTER(?g != <{entities}>) }} "
                 f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?y ?r ?e }} FILTER(?h != <{entities}>) }} }}")
    return PROLOGUE + " ;\n".join(parts)


_ARTICLE_IDS = "SELECT DISTINCT ?id WHERE { GRAPH ?g { ?a a dip:Article ; dip:articleId ?id } }"


def with_one_label(store, graphs: ArticleGraphs) -> ArticleGraphs:
    """``graphs`` with one label per entity, chosen among its spellings here and the label stored (kg.labels).

    The entities graph of ``graphs`` is changed in place: it was made for this write.
    """
    from kg.labels import canonical_label, one_label_per_entity, stored_labels_query

    subjects = sorted({str(s) for s in graphs.entities.subjects(RDFS.label)})
    if not subjects:
        return graphs
    found: dict[str, list[str]] = {}
    for entity, label in store.select(stored_labels_query(subjects, entities_graph_iri(base=store.base))).rows:
        found.setdefault(entity, []).append(label)
    one_label_per_entity(graphs.entities, {e: canonical_label(labels) for e, labels in found.items()})
    return graphs


def graph_replacement_update(graph_iri: str, graph: Graph) -> str:
    """The SPARQL update that replaces a whole named graph (e.g. the ontology's) in one transaction.

    ``INSERT {...} WHERE {}`` rather than ``INSERT DATA``: the ontology's ``owl:unionOf``
    lists are blank nodes, which Virtuoso refuses in INSERT DATA ("not allowed in a
    constant clause") but accepts, as every SPARQL 1.1 store does, in an INSERT template.
    """
    return f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT {{ GRAPH <{graph_iri}> {{ {_ntriples(graph)} }} }} WHERE {{}}"


def _ntriples(graph: Graph) -> str:
    return graph.serialize(format="nt")


def _term_sparql(value: str) -> str:
    """A user-supplied parameter as a SPARQL term: an IRI when it looks like one, else a string literal."""
    if value.startswith(("http://", "https://", "urn:")) and not any(c in value for c in ' <>"{}|\\^`'):
        return URIRef(value).n3()
    return Literal(value).n3()


class OxigraphStore:
    """The embedded, persistent default store (pyoxigraph)."""

    def __init__(self, path: Path | None, *, base: str = DEFAULT_BASE, read_only: bool = False):
        import pyoxigraph

        self._ox = pyoxigraph
        self.base = base
        self.path = path
        self.read_only = read_only
        if path is None:
            self._store = pyoxigraph.Store()
        elif read_only:
            check_intact(path)
            self._store = pyoxigraph.Store.read_only(str(path))
        else:
            check_intact(path)
            Path(path).mkdir(parents=True, exist_ok=True)
            self._store = pyoxigraph.Store(str(path))

    def replace_article(self, graphs: ArticleGraphs) -> None:
        """Replace an article's named graph and upsert the entities it describes."""
        self._store.update(replacement_update(with_one_label(self, graphs), base=self.base))

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Replace one named graph with ``graph``."""
        self._store.update(graph_replacement_update(graph_iri, graph))

    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""
        self._store.update(PROLOGUE + sparql)

    def _query(self, query: str, bindings: dict[str, str] | None = None):
        # Prefixes as the engine's defaults, not text pasted before the query: error positions
        # stay those of the query. (Oxigraph's substitutions only bind projected variables.)
        if bindings:
            query = _bind_values(query, bindings)
        try:
            return self._store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise StoreError(f"invalid SPARQL: {error}") from None

    def select(self, query: str, bindings: dict[str, str] | None = None, *, timeout: float | None = None) -> Table:
        """The rows of a SELECT query; with ``timeout``, run in a worker process stopped after that many seconds."""
        if timeout and self.path is not None:
            return self._select_in_worker(query, bindings, timeout)
        solutions = self._query(query, bindings)
        if not isinstance(solutions, self._ox.QuerySolutions):
            raise StoreError("not a SELECT query")
        columns = [v.value for v in solutions.variables]
        return Table(columns, [[_plain(s[c]) for c in columns] for s in solutions])

    def _select_in_worker(self, query: str, bindings: dict[str, str] | None, timeout: float) -> Table:
        from kg.querypool import TABLE, QueryPool

        self.flush()  # the worker reads what is on disk
        with QueryPool(self.path, workers=1, timeout=timeout, prefixes=PREFIXES) as pool:
            answer = pool.run(_bind_values(query, bindings) if bindings else query, accept=TABLE)
        if answer.status != 200:
            raise StoreError(answer.message)
        table = json.loads(answer.body)
        return Table(table["columns"], table["rows"])

    def ask(self, query: str) -> bool:
        """The answer of an ASK query."""
        return bool(self._query(query))

    def count(self) -> int:
        """The number of quads in the store."""
        return len(self._store)

    def article_ids(self) -> set[str]:
        """The ids of the articles in the store."""
        return {row[0] for row in self.select(_ARTICLE_IDS).rows if row[0]}

    def remove_articles(self, article_ids: list[str]) -> None:
        """Drop these articles' graphs and the entities only they mentioned, in one transaction per 500."""
        for start in range(0, len(article_ids), 500):
            self._store.update(removal_update(article_ids[start:start + 500], base=self.base))

    def article_hashes(self) -> set[str]:
        """The content hashes of the stored articles (a rebuild skips them)."""
        table = self.select("SELECT ?h WHERE { ?a dip:contentHash ?h }")
        return {row[0] for row in table.rows if row[0]}

    def dump(self, path: Path, *, format: str = "trig") -> None:
        """Write every named graph to ``path`` (TriG by default)."""
        formats = {"trig": self._ox.RdfFormat.TRIG, "nquads": self._ox.RdfFormat.N_QUADS,
                   "nq": self._ox.RdfFormat.N_QUADS}
        if format in formats:
            self._store.dump(str(path), formats[format])
            return
        serialize(self.to_rdflib(), path, format=format)

    def written_graph(self, graph_iris: list[str]) -> Graph:
        """These article graphs merged, with the descriptions of the entities they mention (to validate them)."""
        ox = self._ox
        merged, mentioned = Graph(), set()
        for iri in graph_iris:
            for quad in self._store.quads_for_pattern(None, None, None, ox.NamedNode(iri)):
                merged.add((_from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object)))
                mentioned.update(t for t in (quad.subject, quad.object) if isinstance(t, ox.NamedNode))
        entities = ox.NamedNode(entities_graph_iri(base=self.base))
        for node in mentioned:
            for quad in self._store.quads_for_pattern(node, None, None, entities):
                merged.add((_from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object)))
        return merged

    def triples_of(self, query: str) -> Graph:
        """The ``?s ?p ?o`` rows of a SELECT query as a graph (typed terms, not strings)."""
        graph = Graph()
        for row in self._query(query):
            graph.add((_from_ox(row["s"]), _from_ox(row["p"]), _from_ox(row["o"])))
        return graph

    def construct(self, query: str) -> str:
        """The N-Triples of a CONSTRUCT query."""
        triples = self._query(query)
        return "".join(f"{t} .\n" for t in triples)

    def to_rdflib(self) -> Dataset:
        """The whole store as an rdflib Dataset (for validation and exports)."""
        dataset = Dataset()
        data = self._ox.serialize(self._store, format=self._ox.RdfFormat.N_QUADS)
        if data:
            dataset.parse(data=data.decode("utf-8") if isinstance(data, bytes) else data, format="nquads")
        return dataset

    def flush(self) -> None:
        """Write what is buffered to disk."""
        if self.path is not None and not self.read_only:
            self._store.flush()

    def close(self) -> None:
        """Release the store."""
        self.flush()
        del self._store


def _from_ox(term):
    """A pyoxigraph term as the rdflib term that parsing its N-Triples would give."""
    from rdflib import BNode

    kind = type(term).__name__
    if kind == "NamedNode":
        return URIRef(term.value)
    if kind == "BlankNode":
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD_STRING) else URIRef(datatype))


XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")


def _plain(term) -> str | None:
    if term is None:
        return None
    return term.value


def serialize(dataset: Dataset, path: Path, *, format: str = "trig") -> None:
    """Write a Dataset as TriG, N-Quads, JSON-LD (named graphs kept) or Turtle (graphs merged)."""
    if format in ("turtle", "ttl"):
        graph = Graph()
        for s, p, o, _ in dataset.quads():
            graph.add((s, p, o))
        graph.serialize(str(path), format="turtle")
        return
    formats = {"trig": "trig", "nquads": "nquads", "nq": "nquads", "jsonld": "json-ld", "json-ld": "json-ld"}
    if format not in formats:
        raise StoreError(f"unknown export format {format!r} (trig, nquads, turtle, jsonld)")
    dataset.serialize(str(path), format=formats[format])


class SparqlEndpointStore:
    """Any SPARQL 1.1 endpoint (Virtuoso, Fuseki, GraphDB, Oxigraph server) by URL.

    Only the graphs under ``{base}graph/`` are ours: counts, dumps and validation leave
    the server's own graphs alone (Virtuoso keeps system graphs in the same store).
    ``user``/``password`` authenticate by HTTP Digest or Basic, whichever the server asks
    for (e.g. Virtuoso's ``/sparql-auth``).
    """

    PAGE = 10_000  # rows per request: Virtuoso cuts result sets at ResultSetMaxRows (10000 by default)

    def __init__(self, query_url: str, update_url: str | None = None, *, base: str = DEFAULT_BASE,
                 timeout: float = 60.0, user: str | None = None, password: str | None = None):
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.base = base
        self.timeout = timeout
        self._opener = _opener(user, password, [self.query_url, self.update_url])

    def _post(self, url: str, form: dict[str, str], accept: str) -> bytes:
        data = urllib.parse.urlencode(form).encode("utf-8")
        request = urllib.request.Request(url, data=data, headers={
            "Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:300]
            raise StoreError(f"{url} answered {error.code}: {detail}") from None
        except urllib.error.URLError as error:
            raise StoreError(f"cannot reach {url}: {error.reason}") from None

    def replace_article(self, graphs: ArticleGraphs) -> None:
        """Replace an article's named graph and upsert the entities it describes."""
        self.update(replacement_update(with_one_label(self, graphs), base=self.base))

    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Replace one named graph with ``graph``."""
        self.update(graph_replacement_update(graph_iri, graph))

    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""
        if not sparql.lstrip().startswith("PREFIX"):
            sparql = PROLOGUE + sparql
        self._post(self.update_url, {"update": sparql}, "*/*")

    def _results(self, query: str, bindings: dict[str, str] | None) -> dict:
        if bindings:
            query = _bind_values(query, bindings)
        raw = self._post(self.query_url, {"query": PROLOGUE + query}, "application/sparql-results+json")
        try:
            return json.loads(raw)
        except ValueError:
            raise StoreError(f"{self.query_url} did not answer SPARQL JSON results: {raw[:200]!r}") from None

    def select(self, query: str, bindings: dict[str, str] | None = None) -> Table:
        """The rows of a SELECT query, ``bindings`` bound as values."""
        results = self._results(query, bindings)
        columns = results["head"].get("vars", [])
        rows = [[(b.get(c) or {}).get("value") for c in columns] for b in results["results"]["bindings"]]
        return Table(columns, rows)

    def ask(self, query: str) -> bool:
        """The answer of an ASK query."""
        return bool(self._results(query, None).get("boolean"))

    def _our_graphs(self) -> list[str]:
        table = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                            f"FILTER(STRSTARTS(STR(?g), \"{self.base}graph/\")) }}")
        return sorted(row[0] for row in table.rows)

    def count(self) -> int:
        """The number of quads in the store."""
        table = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                            f"FILTER(STRSTARTS(STR(?g), \"{self.base}graph/\")) }}")
        return int(table.rows[0][0]) if table.rows else 0

    def article_hashes(self) -> set[str]:
        """The content hashes of the stored articles (a rebuild skips them)."""
        table = self.select("SELECT ?h WHERE { GRAPH ?g { ?a dip:contentHash ?h } }")
        return {row[0] for row in table.rows if row[0]}

    def article_ids(self) -> set[str]:
        """The ids of the stored articles."""
        return {row[0] for row in self.select(_ARTICLE_IDS).rows if row[0]}

    def remove_articles(self, article_ids: list[str]) -> None:
        """Drop these articles' graphs and the entities only they mentioned."""
        for start in range(0, len(article_ids), 500):
            self.update(removal_update(article_ids[start:start + 500], base=self.base))

    def to_rdflib(self) -> Dataset:
        """Our graphs as an rdflib Dataset, read graph by graph and page by page."""
        dataset = Dataset()
        for graph_iri in self._our_graphs():
            graph = dataset.graph(URIRef(graph_iri))
            for offset in range(0, 1 << 62, self.PAGE):
                results = self._results(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }} "
                                        f"ORDER BY ?s ?p ?o LIMIT {self.PAGE} OFFSET {offset}", None)
                bindings = results["results"]["bindings"]
                for b in bindings:
                    graph.add((_rdflib_term(b["s"]), _rdflib_term(b["p"]), _rdflib_term(b["o"])))
                if len(bindings) < self.PAGE:
                    break
        return dataset

    def written_graph(self, graph_iris: list[str]) -> Graph:
        """These article graphs merged, with the descriptions of the entities they mention (to validate them)."""
        merged = Graph()
        values = " ".join(f"<{g}>" for g in graph_iris)
        entities = entities_graph_iri(base=self.base)
        queries = (f"SELECT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}",
                   f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ {{ ?s ?q ?x }} UNION "
                   f"{{ ?x ?q ?s }} FILTER(isIRI(?s)) }} GRAPH <{entities}> {{ ?s ?p ?o }} }}")
        for query in queries:
            for b in self._results(query, None)["results"]["bindings"]:
                merged.add((_rdflib_term(b["s"]), _rdflib_term(b["p"]), _rdflib_term(b["o"])))
        return merged

    def triples_of(self, query: str) -> Graph:
        """The ``?s ?p ?o`` rows of a SELECT query as a graph (typed terms, not strings)."""
        graph = Graph()
        for b in self._results(query, None)["results"]["bindings"]:
            graph.add((_rdflib_term(b["s"]), _rdflib_term(b["p"]), _rdflib_term(b["o"])))
        return graph

    def dump(self, path: Path, *, format: str = "trig") -> None:
        """Write every named graph to ``path`` (TriG by default)."""
        serialize(self.to_rdflib(), path, format=format)

    def close(self) -> None:
        """Release the store."""
        pass


def _opener(user: str | None, password: str | None, urls: list[str]) -> urllib.request.OpenerDirector:
    """A URL opener that answers Digest or Basic challenges with the credentials, if any."""
    if user is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    for url in urls:
        passwords.add_password(None, url, user, password or "")
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords),
                                       urllib.request.HTTPBasicAuthHandler(passwords))


def _rdflib_term(binding: dict):
    from rdflib import BNode

    if binding["type"] == "uri":
        return URIRef(binding["value"])
    if binding["type"] == "bnode":  # Virtuoso names them "nodeID://b10164": not a valid N-Triples label
        return BNode(re.sub(r"[^A-Za-z0-9]", "_", binding["value"]))
    return Literal(binding["value"], lang=binding.get("xml:lang"), datatype=binding.get("datatype"))


def _bind_values(query: str, bindings: dict[str, str]) -> str:
    """Bind variables by a VALUES block placed at the start of the WHERE group (values are escaped terms).

    For a remote endpoint, where the query travels as text; the brace is found among the
    query's tokens, so that a comment or a string holding "WHERE {" does not mislead it.
    """
    from kg.query_guard import where_brace

    names = " ".join(f"?{k}" for k in bindings)
    row = " ".join(_term_sparql(v) for v in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }} "
    brace = where_brace(query)
    if brace is None:
        raise StoreError("cannot bind parameters: the query has no WHERE block")
    return query[:brace + 1] + block + query[brace + 1:]



def open_store(location: str | Path | None, *, base: str = DEFAULT_BASE, read_only: bool = False) -> GraphStore:
    """A store by location: an http(s) endpoint URL, a folder for Oxigraph, or None for memory.

    An endpoint is ``QUERY_URL[,UPDATE_URL]``; credentials may be given in the URL
    (``http://user:password@host:8890/sparql-auth``).

    >>> open_store("http://dba:secret@localhost:8890/sparql-auth").query_url
    'http://localhost:8890/sparql-auth'
    """
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        query_url, _, update_url = location.partition(",")
        query_url, user, password = _split_credentials(query_url)
        update_url = _split_credentials(update_url)[0] if update_url else None
        return SparqlEndpointStore(query_url, update_url, base=base, user=user, password=password)
    return OxigraphStore(Path(location) if location else None, base=base, read_only=read_only)


def _split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``http://user:pw@host/x`` -> (``http://host/x``, user, pw); why: urllib refuses userinfo in URLs."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None, None
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    plain = urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return plain, urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")


_KNOWN_NAMES = """
SELECT ?label ?alias WHERE {
  VALUES ?type { dip:Person dip:Organization }
  ?entity a ?type ; rdfs:label ?label ; skos:altLabel ?alias .
}"""


def known_names(store) -> list[tuple[str, str]]:
    """(label, alias) pairs of the persons and organisations already stored."""
    return [(row[0], row[1]) for row in store.select(_KNOWN_NAMES).rows if row[0] and row[1]]


# -- the event layer (kg.events): read the reports, write the layer back -----------------

_REPORTS = """
SELECT ?st ?s ?p ?o ?article ?published ?date ?m ?confidence ?role ?source WHERE {
  ?st a dip:RelationStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      dip:confidence ?confidence ; prov:wasDerivedFrom ?a .
  ?a dip:articleId ?article .
  OPTIONAL { ?a dcterms:date ?published }
  OPTIONAL { ?st dip:date ?date }
  OPTIONAL { ?st dip:modality ?m }
  OPTIONAL { ?st dip:role ?role }
  OPTIONAL { ?st dip:dateSource ?source }
}"""

_NODES = """
SELECT ?n ?t ?label ?article ?date ?published WHERE {
  GRAPH ?g {
    VALUES ?t { dip:Event dip:Document }
    ?n a ?t ; rdfs:label ?label .
    ?a a dip:Article ; dip:articleId ?article .
    OPTIONAL { ?a dcterms:date ?published }
    OPTIONAL { ?n dip:eventDate ?date }
  }
}"""

_LAYER = "SELECT ?window ?digest WHERE { ?l a dip:EventLayer ; dip:mergeWindowDays ?window ; dip:sourceDigest ?digest }"


def stored_reports(store) -> list:
    """Every statement node of the store as a :class:`kg.events.Report`."""
    from kg.events import Report

    local = lambda iri: iri.rpartition("#")[2] if iri else None  # noqa: E731
    return [Report(st, s, local(p), o, article, published=published, date=date,
                   modality=(local(m) or "asserted").lower(), confidence=float(confidence), role=role, source=source)
            for st, s, p, o, article, published, date, m, confidence, role, source in store.select(_REPORTS).rows]


def stored_nodes(store) -> list:
    """Every per-article event and document node as a :class:`kg.events.Node`, dated by itself or its article."""
    from kg.events import Node

    return [Node(n, t.rpartition("#")[2], label, article, date if date and len(date) == 10 else published)
            for n, t, label, article, date, published in store.select(_NODES).rows]


def articles_digest(store) -> str:
    """A digest of the stored articles' content hashes and of the event layer's version: it changes
    whenever an article is added or replaced, or the merge rule changes."""
    import hashlib

    from kg.events import LAYER_VERSION

    lines = [f"event layer v{LAYER_VERSION}", *sorted(store.article_hashes())]
    return hashlib.sha1("\n".join(lines).encode("ascii")).hexdigest()


def event_layer_is_current(store, *, window_days: int) -> bool:
    """Whether the stored event layer was computed from these articles with this window."""
    rows = store.select(_LAYER).rows
    return bool(rows) and rows[0][0] == str(window_days) and rows[0][1] == articles_digest(store)


def refresh_event_layer(store, *, window_days: int, base: str = DEFAULT_BASE, force: bool = False):
    """Recompute the event layer from the store's statements and replace its graph; the Layer, or None
    when the stored one is current.

    Why recompute rather than update: an article added or replaced can move a report into
    or out of any event of its subject, predicate and object, and merging the whole store
    again costs seconds (bench/RESULTS-events.md); a build interrupted before this step is
    put right by the next one, as the digest no longer matches.
    """
    from kg.events import build_layer
    from kg.rdf import events_graph_iri, layer_to_rdf

    if not force and event_layer_is_current(store, window_days=window_days):
        return None
    layer = build_layer(stored_reports(store), stored_nodes(store), window_days=window_days)
    store.replace_graph(events_graph_iri(base=base), layer_to_rdf(layer, digest=articles_digest(store), base=base))
    return layer


def event_layer_graph(store, *, base: str = DEFAULT_BASE) -> Graph:
    """The event layer with what validating it needs and nothing more: the statements it reports
    (their descriptions, direct triples and articles), the entities it and they name, and the
    nodes merged into others. The statements were validated with their articles; here they are
    the context that lets the layer's own shapes (``sh:class dip:RelationStatement``) be checked."""
    from kg.rdf import events_graph_iri

    events, entities = events_graph_iri(base=base), entities_graph_iri(base=base)
    reported = f"GRAPH <{events}> {{ ?e ?link ?st FILTER(?link IN (dip:report, dip:exemplar)) }}"
    queries = [
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{events}> {{ ?s ?p ?o }} }}",
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ {reported} GRAPH ?g {{ ?st ?p ?o }} BIND(?st AS ?s) }}",
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ {reported} GRAPH ?g {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}"
        " GRAPH ?h { ?s ?p ?o } }",
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ {reported} GRAPH ?g {{ ?st prov:wasDerivedFrom ?s . ?s ?p ?o }} }}",
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ {reported} GRAPH ?g {{ ?st rdf:subject|rdf:object ?s }}"
        f" {{ GRAPH <{entities}> {{ ?s ?p ?o }} }} UNION {{ GRAPH ?g {{ ?s ?p ?o FILTER(?p != rdf:subject) }} }} }}",
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH <{events}> {{ {{ ?x ?q ?s }} UNION {{ ?s ?q ?x }} FILTER(isIRI(?s)) }}"
        f" GRAPH <{entities}> {{ ?s ?p ?o }} }}",
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH <{events}> {{ ?x dip:mergedInto ?s }} GRAPH ?g {{ ?s ?p ?o }} }}",
    ]
    graph = Graph()
    for query in queries:
        graph += store.triples_of(query)
    return graph
