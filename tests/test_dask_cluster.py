"""The Dask recipe of docs/corpus.md on a real ``dask.distributed.LocalCluster`` (processes).

Two worker processes with one thread each; every wait has a timeout and the cluster is
closed whatever happens, so a stuck cluster fails these tests instead of hanging the suite.
"""

from __future__ import annotations

import pytest

from debateparse import Debate, Registry
from debateparse.corpus import parse_path, write_partition
from debateparse.corpus.partitions import _loaded
from debateparse.export import to_arrow
from debateparse.export.tables import debate_id
from tests.conftest import PARTITION_PATHS, SHARED

bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
parquet = pytest.importorskip("pyarrow.parquet")

REGISTRY = SHARED / "registry" / "uk_parliamentarians.popolo.json"
TABLES = ("debates", "turns", "speakers", "diagnostics")
WAIT = 240  # seconds: far more than the work needs on a loaded machine
PATHS = PARTITION_PATHS


@pytest.fixture(scope="module")
def client():
    if not REGISTRY.exists():
        pytest.skip("needs ../shared/registry")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=40,  # logging.ERROR
    )
    try:
        with distributed.Client(cluster, timeout=WAIT) as connected:
            connected.wait_for_workers(2, timeout=WAIT)
            yield connected
    finally:
        cluster.close(timeout=60)


@pytest.fixture(scope="module")
def registry():
    return Registry.from_popolo(REGISTRY)


@pytest.fixture(scope="module")
def expected(registry):
    outcomes = [parse_path(p, registry=registry) for p in PATHS]
    return [o for o in outcomes if isinstance(o, Debate)]


def compute(client, collection):
    return client.compute(collection).result(timeout=WAIT)


def assert_tables(out, expected):
    for name in TABLES:
        read = parquet.read_table(out / name).to_pylist()
        want = to_arrow(expected, name).to_pylist()
        key = lambda row: (row["debate_id"], str(row))  # noqa: E731
        assert sorted(read, key=key) == sorted(want, key=key), name


def test_scattered_registry_parses_each_file_once_and_writes_every_table(
    client, registry, expected, tmp_path
):
    handle = client.scatter(registry, broadcast=True)
    report = compute(
        client,
        bag.from_sequence(PATHS, npartitions=2).map_partitions(
            write_partition, str(tmp_path), registry=handle
        ),
    )
    assert [r["source"] for r in report] == PATHS
    assert [r["ok"] for r in report] == [True, True, False, True]
    assert "no speaker header" in report[2]["error"]
    assert sum(r["turns"] for r in report) == sum(len(d.turns) for d in expected)
    assert_tables(tmp_path, expected)
    speakers = parquet.read_table(tmp_path / "speakers").to_pylist()
    assert sum(bool(s["member_ids"]) for s in speakers) >= 10  # resolved on the workers


def test_registry_file_is_loaded_once_per_worker(client, expected, tmp_path):
    client.run(_loaded.cache_clear)
    report = compute(
        client,
        bag.from_sequence(PATHS * 3, npartitions=6).map_partitions(
            write_partition, str(tmp_path), registry=str(REGISTRY)
        ),
    )
    assert sum(r["ok"] for r in report) == 9
    loads = client.run(_loaded.cache_info)
    assert sum(info.misses for info in loads.values()) <= len(loads) == 2
    assert sum(info.hits for info in loads.values()) >= 6 - len(loads)
    # a partition's file is named by its paths: the same partition (here three times, as a
    # retried task would be) overwrites its own file instead of writing its rows again
    assert_tables(tmp_path, expected)


def test_read_back_as_a_dask_dataframe(client, expected, tmp_path):
    dd = pytest.importorskip("dask.dataframe")
    handle = client.scatter(Registry.from_popolo(REGISTRY), broadcast=True)
    compute(
        client,
        bag.from_sequence(PATHS, npartitions=2).map_partitions(
            write_partition, str(tmp_path), registry=handle
        ),
    )
    turns = compute(client, dd.read_parquet(str(tmp_path / "turns")))
    assert len(turns) == sum(len(d.turns) for d in expected)
    assert set(turns.debate_id) == {debate_id(d) for d in expected}
