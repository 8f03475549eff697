"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1, tested over real HTTP."""
from __future__ import annotations

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
            accept: str = "application/sparql-results+json") -> tuple[int, bytes]:
    headers = {"Accept": accept} | ({"Content-Type": content_type} if content_type else {})
    try:
        with urllib.request.urlopen(urllib.request.Request(target, data=data, headers=headers), timeout=10) as answer:
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
