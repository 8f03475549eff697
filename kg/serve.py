"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store (``kg serve``).

Queries by GET or POST on ``/sparql``; updates are refused with 403. Bound to
127.0.0.1 unless told otherwise, and safe to leave running while browsing the web:

- a ``Host`` header that does not name this server is refused (DNS rebinding), POST
  bodies are accepted only as the protocol's media types (a page's ``text/plain``
  form cannot run a query), and no CORS header is sent unless ``cors`` names an origin;
- federated queries (``SERVICE``) are refused unless their endpoint is allowed, and
  queries too long or nested too deeply are refused before they reach the engine
  (``kg.query_guard``);
- each query runs in a worker process with a time limit and a result-size limit
  (``kg.querypool``); a bounded pool of threads serves the connections, each with a
  socket time-out, so stalled clients cannot hold the server.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from kg.query_guard import QueryRefused, check_query
from kg.querypool import DEFAULT_MAX_RESULT_BYTES, DEFAULT_TIMEOUT, QueryPool
from kg.store import PREFIXES

log = logging.getLogger(__name__)

#: Seconds a client may take to send its request: a stalled one is dropped.
SOCKET_TIMEOUT = 10.0
#: Threads serving connections, and connections waiting for one beyond which a client gets 503.
THREADS = 16
WAITING = 64
#: No query is sent in a body larger than this.
MAX_BODY_BYTES = 1_000_000
_QUERY_TYPES = ("application/sparql-query", "application/x-www-form-urlencoded")


def is_loopback(host: str) -> bool:
    """True for an address or name of this machine only (127.0.0.0/8, ::1, localhost).

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, port: int) -> set[str]:
    """The ``Host`` header values that name this server: its address and loopback names, with and without port."""
    names = {host, f"[{host}]" if ":" in host else host}
    if is_loopback(host) or host in ("0.0.0.0", "::", ""):
        names |= {"localhost", "127.0.0.1", "[::1]"}
    if not is_loopback(host):
        names |= {socket.gethostname(), socket.getfqdn()}
    return {name.lower() for name in names} | {f"{name}:{port}".lower() for name in names}


def _is_ip_literal(host: str) -> bool:
    """An address typed as such cannot be re-pointed by DNS, so it is no rebinding."""
    address = host.rsplit(":", 1)[0] if host.count(":") == 1 or host.startswith("[") else host
    try:
        ipaddress.ip_address(address.strip("[]"))
        return True
    except ValueError:
        return False


class SparqlServer(HTTPServer):
    """An HTTP server whose connections are served by a bounded pool of threads; it owns the query pool."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler, *, pool: QueryPool, threads: int = THREADS):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.pool = pool
        self._threads = ThreadPoolExecutor(threads, thread_name_prefix="kg-serve")
        self._slots = threading.BoundedSemaphore(threads + WAITING)
        try:
            super().__init__(address, handler)
        except OSError:
            self._close_pools()
            raise

    def process_request(self, request, client_address) -> None:
        if not self._slots.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        self._threads.submit(self._serve, request, client_address)

    def _serve(self, request, client_address) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception as error:  # noqa: BLE001 -- one client's fault is logged, never fatal
            log.debug("request from %s failed: %r", client_address, error)
        finally:
            self.shutdown_request(request)
            self._slots.release()

    def handle_error(self, request, client_address) -> None:
        log.debug("request from %s failed", client_address)

    def _close_pools(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)
        self.pool.close()

    def server_close(self) -> None:
        super().server_close()
        self._close_pools()


def make_server(store_path: Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = DEFAULT_TIMEOUT,
                allow_service: tuple[str, ...] = (), cors: str | None = None, workers: int = 2,
                max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
                socket_timeout: float = SOCKET_TIMEOUT) -> SparqlServer:
    """An HTTP server answering SPARQL queries on the store at ``store_path``, read-only.

    ``timeout`` seconds per query (then 503); ``allow_service`` the endpoints a ``SERVICE``
    may call; ``cors`` the one origin whose pages may read the answers; ``workers`` the
    query processes; ``socket_timeout`` the seconds a client may stall. Raises OSError when
    the address cannot be bound (a busy port, say).
    """
    pool = QueryPool(store_path, workers=workers, timeout=timeout, max_result_bytes=max_result_bytes,
                     prefixes=PREFIXES)
    handler = _handler(allow_service=tuple(allow_service), cors=cors, socket_timeout=socket_timeout)
    server = SparqlServer((host, port), handler, pool=pool)
    server.allowed_hosts = allowed_hosts(host, server.server_address[1])
    return server


def _handler(*, allow_service: tuple[str, ...], cors: str | None, socket_timeout: float):
    class Handler(BaseHTTPRequestHandler):
        server_version = "dipkg-sparql/0.2"
        protocol_version = "HTTP/1.1"
        timeout = socket_timeout  # StreamRequestHandler: a time-out on every read of the socket

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except (TimeoutError, ConnectionError):
                self.close_connection = True  # a stalled or vanished client: drop it quietly

        def do_GET(self) -> None:  # noqa: N802
            if self._host_refused():
                return
            url = urllib.parse.urlsplit(self.path)
            self._answer(url.path, urllib.parse.parse_qs(url.query))

        def do_POST(self) -> None:  # noqa: N802
            if self._host_refused():
                return
            body = self._body()
            if body is None:
                return
            url = urllib.parse.urlsplit(self.path)
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                return self._send(HTTPStatus.FORBIDDEN, "this endpoint is read-only\n")
            if kind not in _QUERY_TYPES:
                return self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                                  f"a query is posted as {' or '.join(_QUERY_TYPES)}, not {kind or 'no type'!r}\n")
            text = body.decode("utf-8", "replace")
            form = {"query": [text]} if kind == "application/sparql-query" else urllib.parse.parse_qs(text)
            self._answer(url.path, form | urllib.parse.parse_qs(url.query))

        def do_OPTIONS(self) -> None:  # noqa: N802 -- a CORS preflight, answered only for the allowed origin
            if self._host_refused():
                return
            self._send(HTTPStatus.NO_CONTENT, b"", extra={
                "Access-Control-Allow-Methods": "GET, POST", "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Access-Control-Max-Age": "600"} if cors else None)

        def _host_refused(self) -> bool:
            host = (self.headers.get("Host") or "").strip().lower()
            if not host:
                self._send(HTTPStatus.BAD_REQUEST, "missing Host header\n")
                return True
            if host in self.server.allowed_hosts or _is_ip_literal(host):
                return False
            self._send(HTTPStatus.FORBIDDEN, f"Host {host!r} does not name this server\n")
            return True

        def _body(self) -> bytes | None:
            """The request body, or None once a 400/413 has been sent for a bad Content-Length."""
            raw = self.headers.get("Content-Length")
            if raw is None or not raw.strip().isdigit():
                self._send(HTTPStatus.BAD_REQUEST if raw is not None else HTTPStatus.LENGTH_REQUIRED,
                           f"a POST needs a Content-Length in bytes, not {raw!r}\n")
                self.close_connection = True
                return None
            length = int(raw)
            if length > MAX_BODY_BYTES:
                self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY_BYTES:,} bytes\n")
                self.close_connection = True
                return None
            return self.rfile.read(length)

        def _answer(self, path: str, form: dict) -> None:
            if path not in ("/sparql", "/query"):
                return self._send(HTTPStatus.NOT_FOUND, "use /sparql\n")
            if "update" in form:
                return self._send(HTTPStatus.FORBIDDEN, "this endpoint is read-only\n")
            if not form.get("query"):
                return self._send(HTTPStatus.BAD_REQUEST, "missing query parameter\n")
            query = form["query"][0]
            try:
                check_query(query, allow_service=allow_service, prefixes=PREFIXES)
            except QueryRefused as error:
                return self._send(HTTPStatus.BAD_REQUEST, f"{error}\n")
            answer = self.server.pool.run(query, accept=self.headers.get("Accept"))
            self._send(HTTPStatus(answer.status), answer.body, answer.content_type)

        def _send(self, status: HTTPStatus, body, content_type: str = "text/plain; charset=utf-8",
                  extra: dict[str, str] | None = None) -> None:
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Content-Type-Options", "nosniff")
            if cors:
                self.send_header("Access-Control-Allow-Origin", cors)
                self.send_header("Vary", "Origin")
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args) -> None:
            pass

    return Handler
