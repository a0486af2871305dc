"""The Dask recipe of docs/corpus.md with Dask's local process scheduler (no cluster)."""

from __future__ import annotations

import pytest

from debateparse import Debate
from debateparse.corpus import parse_partition, parse_path, write_partition
from debateparse.export import to_arrow, to_pandas
from debateparse.export.frames import pandas_meta
from tests.conftest import PARTITION_PATHS

dask = pytest.importorskip("dask")
bag = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
parquet = pytest.importorskip("pyarrow.parquet")
pd = pytest.importorskip("pandas")

TABLES = ("debates", "turns", "speakers", "diagnostics")
PATHS = PARTITION_PATHS


def expected_debates():
    return [d for d in map(parse_path, PATHS) if isinstance(d, Debate)]


def test_write_partition_on_the_process_scheduler_writes_the_same_tables(tmp_path):
    report = (
        bag.from_sequence(PATHS, npartitions=2)
        .map_partitions(write_partition, str(tmp_path))
        .compute(scheduler="processes", num_workers=2)
    )
    assert [r["ok"] for r in report] == [True, True, False, True]
    expected = expected_debates()
    for name in TABLES:
        read = parquet.read_table(tmp_path / name)
        # Part files are named by a digest of their sources, so a dataset read back comes in
        # file-name order, not partition order: compare the rows, order aside.
        assert sorted(map(repr, read.to_pylist())) == sorted(
            map(repr, to_arrow(expected, name).to_pylist())
        )
    assert sorted(p.name for p in (tmp_path / "turns").iterdir()) == sorted(
        p.name for p in (tmp_path / "debates").iterdir()
    )


def test_write_partition_csv_and_numbered_parts(tmp_path):
    report = write_partition(PATHS[:2], tmp_path, file_format="csv", part=3)
    assert [r["ok"] for r in report] == [True, True]
    frame = pd.read_csv(tmp_path / "turns" / "part-00003.csv")
    assert len(frame) == sum(len(d.turns) for d in expected_debates()[:2])
    with pytest.raises(ValueError, match="file_format"):
        write_partition(PATHS, tmp_path, file_format="xlsx")


def test_parse_partition_keeps_order_and_errors():
    parsed = parse_partition(PATHS)
    assert [source for source, _ in parsed] == PATHS
    assert [isinstance(o, Debate) for _, o in parsed] == [True, True, False, True]


def same_dtypes(frame, expected):
    """Equal dtypes, except that Dask may keep strings as ``string[pyarrow]`` (its
    ``dataframe.convert-string`` option, on by default from dask 2023.7)."""
    for column in expected.columns:
        got, want = frame[column].dtype, expected[column].dtype
        if isinstance(want, pd.StringDtype):
            assert isinstance(got, pd.StringDtype), column
        else:
            assert got == want, column


def test_from_delayed_gives_the_documented_dtypes():
    parts = bag.from_sequence(PATHS, npartitions=2).map(parse_path)
    parts = parts.filter(lambda o: isinstance(o, Debate)).to_delayed()
    with dask.config.set(scheduler="processes", num_workers=2):
        turns = dd.from_delayed(
            [dask.delayed(to_pandas)(p, "turns") for p in parts], meta=pandas_meta("turns")
        ).compute()
    expected = to_pandas(expected_debates(), "turns")
    same_dtypes(turns, expected)
    assert turns.reset_index(drop=True).astype(expected.dtypes).equals(expected)
    assert turns.time.dt.total_seconds().max() > 12 * 3600  # a timedelta column: .dt works
