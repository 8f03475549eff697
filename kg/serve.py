"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store (``kg serve``).

Queries by GET or POST on ``/sparql``; updates are refused with 403. Bound to
127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.store import PROLOGUE

_FORMATS = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "text/csv": "CSV", "text/tab-separated-values": "TSV", "application/sparql-results+xml": "XML",
}


def make_server(store_path: Path, *, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL queries on the store at ``store_path``, read-only."""
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(store_path))

    class Handler(BaseHTTPRequestHandler):
        server_version = "dipkg-sparql/0.1"

        def do_GET(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            self._answer(url.path, urllib.parse.parse_qs(url.query))

        def do_POST(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if kind == "application/sparql-update":
                return self._send(HTTPStatus.FORBIDDEN, "this endpoint is read-only\n")
            form = {"query": [body]} if kind == "application/sparql-query" else urllib.parse.parse_qs(body)
            self._answer(url.path, form)

        def _answer(self, path: str, form: dict) -> None:
            if path not in ("/sparql", "/query"):
                return self._send(HTTPStatus.NOT_FOUND, "use /sparql\n")
            if "update" in form:
                return self._send(HTTPStatus.FORBIDDEN, "this endpoint is read-only\n")
            if not form.get("query"):
                return self._send(HTTPStatus.BAD_REQUEST, "missing query parameter\n")
            query = form["query"][0]
            try:
                results = store.query(PROLOGUE + query, use_default_graph_as_union=True)
            except SyntaxError as error:
                return self._send(HTTPStatus.BAD_REQUEST, f"invalid SPARQL: {error}\n")
            accept = (self.headers.get("Accept") or "application/sparql-results+json").split(",")[0].strip()
            if isinstance(results, pyoxigraph.QueryTriples):
                data = results.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES)
                return self._send(HTTPStatus.OK, data, "application/n-triples")
            name = _FORMATS.get(accept, "JSON")
            data = results.serialize(format=getattr(pyoxigraph.QueryResultsFormat, name))
            content_type = next((k for k, v in _FORMATS.items() if v == name), "application/sparql-results+json")
            self._send(HTTPStatus.OK, data, content_type)

        def _send(self, status: HTTPStatus, body, content_type: str = "text/plain; charset=utf-8") -> None:
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args) -> None:
            pass

    return ThreadingHTTPServer((host, port), Handler)
