"""Scaling out: partitions of a corpus extracted by Dask workers, written into one store."""
from __future__ import annotations

import json

import pytest

from kg.ingest import read_articles
from kg.pipeline import build, extract_items, resolve_items

from test_pipeline import LINES, _corpus, _outline

distributed = pytest.importorskip(
    "dask.distributed", reason="Dask is not installed: pip install -e '.[distributed]' (the dev extra has it)")


@pytest.fixture(scope="module")
def client():
    """Two worker processes of one thread each, as on two machines of one core."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = _corpus(tmp_path_factory.mktemp("dask") / "news")
    more = [{**line, "id": f"{line['id']}-bis"} for line in LINES]
    (folder / "b_more.jsonl").write_text("".join(json.dumps(line) + "\n" for line in more), encoding="utf-8")
    return folder


def test_dask_workers_extract_what_one_process_does(client, corpus):
    local = _outline(resolve_items(extract_items(read_articles([corpus]))))
    spread = _outline(resolve_items(extract_items(read_articles([corpus]), workers=2, batch_size=2,
                                                  executor=client)))
    assert spread == local
    worked = client.run(lambda: __import__("kg.pipeline").pipeline._warm_pipeline.cache_info().currsize)
    assert len(worked) == 2 and all(worked.values()), "both workers loaded the pipeline and extracted"


def test_a_build_from_dask_workers_fills_the_store_as_a_local_build(client, corpus, tmp_path):
    local = build([corpus], tmp_path / "local", validate=False, html=False)
    spread = build([corpus], tmp_path / "dask", validate=False, html=False, workers=2, executor=client)
    assert (spread.articles, spread.relations, spread.triples) == (local.articles, local.relations, local.triples)
    assert spread.articles == 7 and len(spread.problems) == 3
    again = build([corpus], tmp_path / "dask", validate=False, html=False, workers=2, executor=client)
    assert (again.articles, again.unchanged) == (0, 7)
