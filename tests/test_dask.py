"""The Dask recipe of docs/corpus.md, run with Dask's local process scheduler."""

from __future__ import annotations

from pathlib import Path

import pytest

from debateparse import Debate
from debateparse.corpus import parse_path
from debateparse.export import to_arrow, to_pandas
from debateparse.export.frames import pandas_meta
from tests.conftest import FIXTURES, SEED

dask = pytest.importorskip("dask")
bag = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
parquet = pytest.importorskip("pyarrow.parquet")

TABLES = ("debates", "turns", "speakers", "diagnostics")


def is_debate(outcome):
    return isinstance(outcome, Debate)


def write_tables(debates, part, out):
    for name in TABLES:
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        parquet.write_table(to_arrow(debates, name), folder / f"part-{part:05d}.parquet")
    return len(debates)


def test_dask_recipe_writes_the_same_tables(tmp_path):
    paths = [
        SEED,
        FIXTURES / "twfy" / "012-twfy-pbc-2022-witness-session.txt",
        FIXTURES / "twfy" / "003-twfy-commons-2013-division-no-speakers.txt",  # not a debate
        FIXTURES / "twfy" / "017-twfy-senedd-2022-translated-fmq.txt",
    ]
    debates = bag.from_sequence([str(p) for p in paths], npartitions=2).map(parse_path)
    parts = debates.filter(is_debate).to_delayed()
    with dask.config.set(scheduler="processes", num_workers=2):
        written = dask.compute(
            *[dask.delayed(write_tables)(p, i, tmp_path) for i, p in enumerate(parts)]
        )
        turns = dd.from_delayed(
            [dask.delayed(to_pandas)(p, "turns") for p in parts], meta=pandas_meta("turns")
        ).compute()
    expected = [parse_path(str(p)) for p in paths]
    expected = [d for d in expected if isinstance(d, Debate)]
    assert len(expected) == sum(written) == 3
    for name in TABLES:
        read = parquet.read_table(tmp_path / name)
        assert read.to_pylist() == to_arrow(expected, name).to_pylist()
    assert list(turns.dtypes) == list(to_pandas(expected, "turns").dtypes)
    assert turns.reset_index(drop=True).equals(to_pandas(expected, "turns"))
