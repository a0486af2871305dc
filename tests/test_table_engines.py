"""Every table's Parquet file loads in pandas (same dtypes as ``to_pandas``), HuggingFace
``datasets``, polars and DuckDB, and ``debate_id`` joins the tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from debateparse.export.files import encode, open_sink
from debateparse.export.frames import pandas_dtypes, read_parquet, to_pandas
from debateparse.export.tables import TABLES, table_rows
from debateparse.models import Debate, Diagnostic, Division, Paragraphs, Span, Vote
from tests.builders import empty, sitting

pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")


@pytest.fixture
def tables(seed_debate: Debate, tmp_path: Path) -> dict[str, Path]:
    whole = Diagnostic(code="no-date", severity="info", line=None, message="no date line")
    division = Division(
        lines=Paragraphs(),
        span=Span(start_line=3, end_line=9, start=10, end=90),
        votes=(Vote(member_id="uk.org.publicwhip/person/10001", name="Ann Example", vote="aye"),),
    )
    voted = empty().model_copy(update={"diagnostics": (whole,), "divisions": (division,)})
    debates = [seed_debate, sitting(), voted]
    paths = {}
    for name in TABLES:
        path = tmp_path / f"{name}.parquet"
        sink = open_sink(path, name, "parquet")
        for debate in debates:
            sink.write(encode(table_rows(name, debate), name, "parquet"))
        sink.close()
        paths[name] = path
    return paths


def test_pd_read_parquet_keeps_nullable_ints_and_read_parquet_gives_to_pandas_dtypes(
    tables: dict[str, Path], seed_debate: Debate
) -> None:
    for name, path in tables.items():
        plain = pd.read_parquet(path)
        for column in TABLES[name].columns:
            if column.dtype == "int64":
                assert str(plain[column.name].dtype) == pandas_dtypes(name)[column.name], column
        frame = read_parquet(path, name)
        assert {k: str(v) for k, v in frame.dtypes.items()} == pandas_dtypes(name)
    lines = pd.read_parquet(tables["diagnostics"])["line"]
    assert lines.isna().any() and str(lines.dtype) == "Int64"
    expected = to_pandas([seed_debate, sitting()], "turns")
    pd.testing.assert_frame_equal(read_parquet(tables["turns"], "turns"), expected)


def test_every_table_loads_in_datasets(tables: dict[str, Path]) -> None:
    datasets = pytest.importorskip("datasets")
    for name, path in tables.items():
        assert pd.read_parquet(path).shape[0], f"{name} is empty: datasets cannot load that"
        data = datasets.Dataset.from_parquet(str(path), keep_in_memory=True)
        assert data.num_rows == pd.read_parquet(path).shape[0], name
        assert data.column_names == list(TABLES[name].names)


def test_every_table_loads_in_polars(tables: dict[str, Path]) -> None:
    pl = pytest.importorskip("polars")
    for name, path in tables.items():
        frame = pl.read_parquet(path)
        assert frame.columns == list(TABLES[name].names)
    speakers = pl.read_parquet(tables["speakers"])
    ids = speakers.filter(pl.col("member_ids").is_not_null())["member_ids"].to_list()
    assert ids and all({"scheme", "id"} == set(pair) for pairs in ids for pair in pairs)


def test_every_table_loads_in_duckdb_and_the_key_joins(tables: dict[str, Path]) -> None:
    duckdb = pytest.importorskip("duckdb")
    connection = duckdb.connect()
    for name, path in tables.items():
        count = connection.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()
        assert count is not None and count[0] == pd.read_parquet(path).shape[0], name
    turns, speakers = tables["turns"], tables["speakers"]
    joined = connection.execute(
        f"SELECT count(*) FROM read_parquet('{turns}') t "
        f"JOIN read_parquet('{speakers}') s USING (debate_id, speaker_id)"
    ).fetchone()
    total = connection.execute(f"SELECT count(*) FROM read_parquet('{turns}')").fetchone()
    assert joined == total
    types = connection.execute(
        f"SELECT typeof(date), typeof(start_time) FROM read_parquet('{tables['debates']}') LIMIT 1"
    ).fetchone()
    assert types == ("TIMESTAMP_NS", "BIGINT")  # Parquet has no duration type
    debates = tables["debates"]
    typed = connection.execute(  # the casts docs/formats.md gives for a DATE and a TIME
        "SELECT CAST(date AS DATE), TIME '00:00' + to_microseconds(start_time // 1000) "
        f"FROM read_parquet('{debates}') WHERE date > DATE '2000-01-01' LIMIT 1"
    ).fetchone()
    assert typed is not None and isinstance(typed[0], dt.date) and isinstance(typed[1], dt.time)


def test_plain_pd_read_parquet_filters_dates_and_times_as_the_issue_asks(
    tables: dict[str, Path],
) -> None:
    debates = pd.read_parquet(tables["debates"])
    assert str(debates["date"].dtype) == "datetime64[ns]"
    assert str(debates["start_time"].dtype) == "timedelta64[ns]"
    recent = debates[debates.date > "2024-01-01"]
    assert len(recent) and (recent.date.dt.year >= 2024).all()
    turns = pd.read_parquet(tables["turns"])
    assert str(turns["time"].dtype) == "timedelta64[ns]"
    timed = turns[turns.time.notna()]
    assert len(timed) and (timed.time.dt.components.hours < 24).all()
    assert len(turns[turns.time > "12:00:00"]) <= len(timed)
    for name, path in tables.items():
        plain = pd.read_parquet(path)
        for column in TABLES[name].columns:
            if column.dtype in ("date", "time", "int64"):
                assert str(plain[column.name].dtype) == pandas_dtypes(name)[column.name], column
    pl = pytest.importorskip("polars")
    frame = pl.read_parquet(tables["debates"])
    assert str(frame.schema["date"]).startswith("Datetime")
    assert str(frame.schema["start_time"]).startswith("Duration")
