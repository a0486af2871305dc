"""The Dask recipe of docs/corpus.md, run with Dask's local process scheduler."""

from __future__ import annotations

import pytest

from debateparse import Debate
from debateparse.corpus import parse_path
from debateparse.export import speakers_table, to_arrow, turns_table
from debateparse.export.frames import arrow_schema, pandas_meta
from tests.conftest import FIXTURES, SEED

dask = pytest.importorskip("dask")
bag = pytest.importorskip("dask.bag")
parquet = pytest.importorskip("pyarrow.parquet")


def is_debate(outcome):
    return isinstance(outcome, Debate)


def test_dask_recipe_writes_the_same_tables(tmp_path):
    paths = [
        SEED,
        FIXTURES / "twfy" / "012-twfy-pbc-2022-witness-session.txt",
        FIXTURES / "twfy" / "003-twfy-commons-2013-division-no-speakers.txt",  # not a debate
        FIXTURES / "twfy" / "017-twfy-senedd-2022-translated-fmq.txt",
    ]
    debates = bag.from_sequence([str(p) for p in paths], npartitions=2).map(parse_path)
    ok = debates.filter(is_debate)
    turns = ok.map(turns_table).flatten().to_dataframe(meta=pandas_meta("turns"))
    speakers = ok.map(speakers_table).flatten().to_dataframe(meta=pandas_meta("speakers"))
    with dask.config.set(scheduler="processes", num_workers=2):
        turns.to_parquet(tmp_path / "turns", schema=arrow_schema("turns"), write_index=False)
        speakers.to_parquet(
            tmp_path / "speakers", schema=arrow_schema("speakers"), write_index=False
        )
    expected = [parse_path(str(p)) for p in paths]
    expected = [d for d in expected if isinstance(d, Debate)]
    assert len(expected) == 3
    for name in ("turns", "speakers"):
        written = parquet.read_table(tmp_path / name)
        assert (
            written.select(arrow_schema(name).names).to_pylist()
            == to_arrow(expected, name).to_pylist()
        )
