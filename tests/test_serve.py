"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1, tested over real HTTP."""
from __future__ import annotations

import http.server
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.serve import make_server

# The statement nodes, not the event layer's nodes, which name the same relation once more.
MEETING = ('SELECT ?date WHERE { ?n a dip:RelationStatement ; rdf:subject ?s ; rdf:predicate dip:met ; '
           'rdf:object ?o ; dip:date ?date . ?s rdfs:label "Vladimir Putin" . ?o rdfs:label "Emomali Rahmon" }')
UPDATE = 'INSERT DATA { <urn:x:a> <urn:x:b> "c" }'


@pytest.fixture(scope="module")
def endpoint(seed_build):
    """The server of make_server's defaults on a free port, serving in a thread."""
    out, _ = seed_build
    server = make_server(out / "store", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def url(server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/sparql"


def request(target: str, *, data: bytes | None = None, content_type: str | None = None,
            accept: str = "application/sparql-results+json", timeout: float = 10) -> tuple[int, bytes]:
    headers = {"Accept": accept} | ({"Content-Type": content_type} if content_type else {})
    try:
        with urllib.request.urlopen(urllib.request.Request(target, data=data, headers=headers),
                                    timeout=timeout) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_binds_loopback_by_default(endpoint):
    assert endpoint.server_address[0] == "127.0.0.1"


def test_answers_a_select_by_get_with_json_results(endpoint):
    status, body = request(url(endpoint) + "?" + urllib.parse.urlencode({"query": MEETING}))
    assert status == 200
    results = json.loads(body)
    assert results["head"]["vars"] == ["date"]
    assert [b["date"]["value"] for b in results["results"]["bindings"]] == ["2022-05-16"]


def test_answers_a_select_posted_as_form_and_as_sparql_query(endpoint):
    form = urllib.parse.urlencode({"query": MEETING}).encode()
    status, body = request(url(endpoint), data=form, content_type="application/x-www-form-urlencoded")
    assert status == 200 and json.loads(body)["results"]["bindings"]
    status, body = request(url(endpoint), data=MEETING.encode(), content_type="application/sparql-query",
                           accept="text/csv")
    assert status == 200 and body.decode().splitlines()[1] == "2022-05-16"


def test_refuses_updates_as_form_and_as_sparql_update(endpoint, seed_build):
    form = urllib.parse.urlencode({"update": UPDATE}).encode()
    assert request(url(endpoint), data=form, content_type="application/x-www-form-urlencoded")[0] == 403
    assert request(url(endpoint), data=UPDATE.encode(), content_type="application/sparql-update")[0] == 403
    assert request(url(endpoint) + "?" + urllib.parse.urlencode({"update": UPDATE}))[0] == 403
    status, body = request(url(endpoint) + "?" + urllib.parse.urlencode({"query": "ASK { <urn:x:a> ?p ?o }"}))
    assert status == 200 and json.loads(body)["boolean"] is False


def test_bad_queries_and_paths_are_client_errors(endpoint):
    assert request(url(endpoint) + "?" + urllib.parse.urlencode({"query": UPDATE}))[0] == 400
    assert request(url(endpoint))[0] == 400
    assert request(url(endpoint).replace("/sparql", "/nope"))[0] == 404


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on ``port``, read from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc/net/tcp")
def test_the_kg_serve_command_listens_on_loopback_only(seed_build):
    out, _ = seed_build
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--out", str(out), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not _listening_addresses(port) and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.2)
        assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, little-endian hex
        status, _ = request(f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": MEETING}))
        assert status == 200
    finally:
        server.terminate()
        server.wait(timeout=10)


# -- a safe endpoint (issue 13) -------------------------------------------------------------

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CONSTRUCT = ('CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l . FILTER(?l = "Vladimir Putin") }')


@pytest.fixture
def server_of(seed_build):
    """Start make_server with options on a free port; every server started is stopped at the end."""
    started = []

    def start(**options):
        out, _ = seed_build
        server = make_server(out / "store", port=0, **options)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


def get(server, query: str, **options) -> tuple[int, bytes]:
    return request(url(server) + "?" + urllib.parse.urlencode({"query": query}), **options)


def raw(server, data: bytes, *, timeout: float = 10) -> bytes:
    """Send raw bytes to the server; what it answers before closing or going quiet."""
    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=timeout) as connection:
        connection.sendall(data)
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
                if b"\r\n\r\n" in answer:
                    break
        except TimeoutError:
            pass
    return answer


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list[str] = []

    def do_GET(self):  # noqa: N802
        self.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        body = b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "leaked"}}]}}'
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    """A local HTTP server that records every request it gets."""
    _Recorder.seen = []
    target = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=target.serve_forever, daemon=True).start()
    yield target, f"http://127.0.0.1:{target.server_address[1]}/sparql"
    target.shutdown()
    target.server_close()


def test_bar_a_service_query_sends_nothing_unless_its_endpoint_is_allowed(server_of, recorder):
    target, endpoint = recorder
    federated = f"SELECT ?x WHERE {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} }}"
    status, body = get(server_of(), federated)
    assert status == 400 and b"federated queries" in body and b"refused" in body
    prefixed = f"PREFIX e: <{endpoint[:-6]}> SELECT ?x WHERE {{ SERVICE SILENT e:sparql {{ ?x ?p ?o }} }}"
    assert get(server_of(), prefixed)[0] == 400
    assert _Recorder.seen == []
    status, body = get(server_of(allow_service=(endpoint,)), federated)
    assert status == 200 and b"leaked" in body and _Recorder.seen  # allowed: the engine does call it


def test_bar_a_cartesian_query_is_stopped_at_the_time_limit_and_the_server_answers_next(server_of):
    server = server_of(timeout=5)
    started = time.monotonic()
    status, body = request(url(server) + "?" + urllib.parse.urlencode({"query": CARTESIAN}), timeout=30)
    assert status == 503 and b"ran longer than 5 s" in body
    assert time.monotonic() - started < 10
    status, body = get(server, "ASK {}")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_bar_a_query_nested_5000_deep_is_refused_and_the_server_lives(server_of):
    server = server_of()
    nested = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    status, body = request(url(server), data=nested.encode(), content_type="application/sparql-query")
    assert status == 400 and b"nested too deeply" in body
    status, body = request(url(server), data=b"#" * 200_000, content_type="application/sparql-query")
    assert status == 400 and b"too long" in body  # whatever it holds
    assert get(server, "ASK {}")[0] == 200


def test_bar_a_foreign_host_header_is_refused(server_of):
    server = server_of()
    port = server.server_address[1]
    query = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    refused = raw(server, f"GET {query} HTTP/1.1\r\nHost: evil.example\r\n\r\n".encode())
    assert refused.startswith(b"HTTP/1.1 403")
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
        assert raw(server, f"GET {query} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()).startswith(b"HTTP/1.1 200")


def test_only_the_protocol_media_types_run_a_query_and_cors_is_opt_in(server_of):
    plain = server_of()
    status, _ = request(url(plain), data=b"query=ASK%20%7B%7D", content_type="text/plain")
    assert status == 415
    with urllib.request.urlopen(url(plain) + "?query=ASK%20%7B%7D", timeout=10) as answer:
        assert answer.headers.get("Access-Control-Allow-Origin") is None
    shared = server_of(cors="https://app.example")
    with urllib.request.urlopen(url(shared) + "?query=ASK%20%7B%7D", timeout=10) as answer:
        assert answer.headers.get("Access-Control-Allow-Origin") == "https://app.example"


def test_malformed_and_stalled_requests_are_answered_or_dropped_and_the_server_lives(server_of):
    server = server_of(socket_timeout=1)
    host = f"127.0.0.1:{server.server_address[1]}"
    for length in ("abc", "-5"):
        answer = raw(server, f"POST /sparql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/sparql-query\r\n"
                             f"Content-Length: {length}\r\n\r\nASK {{}}".encode())
        assert answer.startswith(b"HTTP/1.1 400"), answer
    threads = threading.active_count()
    stalled = []
    for _ in range(40):  # each sends half a request and goes quiet
        connection = socket.create_connection(server.server_address[:2], timeout=10)
        connection.sendall(f"POST /sparql HTTP/1.1\r\nHost: {host}\r\nContent-Length: 100\r\n".encode())
        stalled.append(connection)
    try:
        time.sleep(0.5)
        assert threading.active_count() - threads <= 16  # a bounded pool, not a thread per connection
        started = time.monotonic()
        status, _ = request(url(server) + "?query=ASK%20%7B%7D", timeout=60)
        assert status in (200, 503) and time.monotonic() - started < 10  # stalled clients are dropped
    finally:
        for connection in stalled:
            connection.close()
    assert get(server, "ASK {}")[0] == 200


def test_error_positions_are_those_of_the_query_sent(endpoint):
    status, body = get(endpoint, "SELECT * WHERE {\n  ?s ?p\n}")
    assert status == 400 and b"error at 3:" in body, body  # not shifted by the prefixes the server adds


@pytest.mark.parametrize("accept, parse_as", [
    ("text/turtle", "turtle"), ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld"),
    ("application/n-triples", "nt"), ("application/n-triples;q=0.5, text/turtle", "turtle")])
def test_construct_answers_the_graph_format_asked_for(endpoint, accept, parse_as):
    from rdflib import Graph, Literal

    status, body = get(endpoint, CONSTRUCT, accept=accept)
    assert status == 200
    graph = Graph().parse(data=body, format=parse_as)
    assert Literal("Vladimir Putin") in set(graph.objects())


def test_an_unsupported_accept_is_406(endpoint):
    assert get(endpoint, CONSTRUCT, accept="text/html")[0] == 406
    assert get(endpoint, MEETING, accept="image/png")[0] == 406


def test_a_result_over_the_size_limit_is_an_error_not_a_flood(server_of):
    status, body = get(server_of(max_result_bytes=2_000), "SELECT * WHERE { ?s ?p ?o }")
    assert status == 500 and b"larger than" in body


def test_kg_serve_on_a_busy_port_and_beyond_loopback_are_one_line_messages(seed_build):
    out, _ = seed_build
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        for host in ("127.0.0.1", "0.0.0.0"):
            done = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--out", str(out), "--host", host,
                                   "--port", str(port)], capture_output=True, text=True, timeout=60)
            assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
            assert f"cannot serve on {host}:{port}: Address already in use" in done.stderr
            assert ("warning: serving on 0.0.0.0, beyond this machine" in done.stderr) == (host == "0.0.0.0")
