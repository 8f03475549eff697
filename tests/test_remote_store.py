"""The remote store against a real SPARQL server: Virtuoso Open Source, started and stopped here.

`kg build seeds --store URL` writes through SPARQL 1.1 Update and `kg query --store URL`
reads back. The tests skip, saying why, only where Virtuoso cannot be installed
(Debian package virtuoso-opensource) or started.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from kg.cli import app
from kg.queries import load_query, parse_params
from kg.store import StoreError, open_store

from conftest import ROOT

pytestmark = pytest.mark.server
runner = CliRunner()

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = {http_port}
ServerRoot = {db}
ServerThreads = 4
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""
MEETING = ('SELECT ?date ?evidence WHERE { ?n rdf:subject ?s ; rdf:predicate dip:met ; rdf:object ?o ; '
           'dip:date ?date ; dip:evidence ?evidence . ?s rdfs:label "Vladimir Putin" . '
           '?o rdfs:label "Emomali Rahmon" }')


def _virtuoso_binary() -> str:
    """virtuoso-t, installed from Debian's packages when missing and we may (root with apt-get)."""
    found = shutil.which("virtuoso-t")
    if found is None and os.geteuid() == 0 and shutil.which("apt-get"):
        env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "virtuoso-opensource"]):
            subprocess.run(command, env=env, capture_output=True, timeout=900, check=False)
        found = shutil.which("virtuoso-t")
    if found is None:
        pytest.skip("Virtuoso Open Source (virtuoso-t) is not installed and cannot be installed here: "
                    "apt-get install virtuoso-opensource needs root and Debian's package archive")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(process: subprocess.Popen, url: str, log: Path, *, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.skip(f"Virtuoso could not be started (exit {process.returncode}): {log.read_text()[-500:]}")
        try:
            with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=5):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    process.terminate()
    pytest.skip(f"Virtuoso did not answer on {url} within {seconds:.0f} s: {log.read_text()[-500:]}")


def _grant_update(sql_port: int) -> None:
    """Let the anonymous SPARQL user update (Virtuoso allows it only to dba by default)."""
    isql = shutil.which("isql-vt") or shutil.which("isql")
    if isql is None:
        pytest.skip("Virtuoso's isql (isql-vt) is missing: cannot grant SPARQL_UPDATE")
    subprocess.run([isql, str(sql_port), "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                   capture_output=True, timeout=60, check=True)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A fresh Virtuoso in a temporary folder on free ports; yields its SPARQL endpoint URL."""
    binary = _virtuoso_binary()
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(db=folder, sql_port=sql_port, http_port=http_port))
    log = folder / "server.log"
    with open(log, "w") as handle:
        process = subprocess.Popen([binary, "-f", "-c", str(folder / "virtuoso.ini")], cwd=folder,
                                   stdout=handle, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        _wait_until_up(process, url, log)
        _grant_update(sql_port)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def remote_build(virtuoso, tmp_path_factory):
    """`kg build seeds --store URL`, once."""
    out = tmp_path_factory.mktemp("remote-build")
    result = runner.invoke(app, ["build", str(ROOT / "seeds"), "--store", virtuoso, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.stdout


def query(url: str, *args: str) -> list[dict]:
    result = runner.invoke(app, ["query", *args, "--store", url, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_build_through_the_endpoint_conforms(remote_build):
    _, output = remote_build
    assert "Built 1 article(s)" in output and "SHACL   conforms" in output


def test_query_finds_that_putin_met_rahmon_with_date_and_evidence(virtuoso, remote_build):
    rows = query(virtuoso, MEETING)
    assert rows and rows[0]["date"] == "2022-05-16" and "during a meeting with" in rows[0]["evidence"]
    meetings = query(virtuoso, "meetings", "--param", "actor=Vladimir Putin")
    assert any({"date": "2022-05-16", "predicate": "met", "other": "Emomali Rahmon"}.items() <= row.items()
               for row in meetings)


def test_rebuilding_keeps_the_same_triple_count(virtuoso, remote_build):
    out, _ = remote_build
    store = open_store(virtuoso)
    before = store.count()
    again = runner.invoke(app, ["build", str(ROOT / "seeds"), "--store", virtuoso, "--out", str(out), "--no-validate"])
    assert again.exit_code == 0 and "(1 unchanged)" in again.stdout
    assert store.count() == before
    store.update("DELETE WHERE { GRAPH ?g { ?a dip:contentHash ?h } }")  # forget it: the article is rewritten
    forced = runner.invoke(app, ["build", str(ROOT / "seeds"), "--store", virtuoso, "--out", str(out), "--no-validate"])
    assert forced.exit_code == 0 and "Built 1 article(s) (0 unchanged)" in forced.stdout
    assert store.count() == before


def test_the_remote_store_holds_what_the_embedded_one_holds(virtuoso, remote_build, seed_build):
    local_out, _ = seed_build
    local, remote = open_store(local_out / "store", read_only=True), open_store(virtuoso)
    try:
        assert remote.count() == local.count()
        for name, params in {"meetings": ["actor=Vladimir Putin"], "country_relations": ["a=Russia", "b=Tajikistan"],
                             "roles": []}.items():
            text = load_query(name)
            bindings = parse_params(params, query=text)
            assert remote.select(text, bindings).rows == local.select(text, bindings).rows, name
        events = query(virtuoso, "events_per_month")
        assert {r["plover"] for r in events} >= {"CONSULT", "SUPPORT"}
    finally:
        local.close()


def test_export_reads_every_graph_back(virtuoso, remote_build, tmp_path):
    result = runner.invoke(app, ["export", "--store", virtuoso, "--format", "nquads", "-o", str(tmp_path / "g.nq")])
    assert result.exit_code == 0, result.output
    dataset = Dataset().parse(tmp_path / "g.nq", format="nquads")
    assert sum(1 for _ in dataset.quads()) == open_store(virtuoso).count()


def test_credentials_in_the_url_answer_digest_authentication(virtuoso, remote_build):
    auth = virtuoso.replace("http://", "http://dba:dba@") + "-auth"
    assert open_store(auth).ask("ASK { ?s dip:met ?o }")
    with pytest.raises(StoreError, match="401"):
        open_store(auth.replace("dba:dba", "dba:wrong")).ask("ASK {}")
