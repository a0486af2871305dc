"""Tidy tables: rows, dtypes, CSV, Parquet, pandas and Arrow."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys

import pytest

import debateparse
from debateparse.export.files import csv_text, encode, open_sink
from debateparse.export.frames import arrow_schema, pandas_dtypes, to_arrow, to_pandas
from debateparse.export.tables import (
    TABLES,
    content_hash,
    debate_id,
    debate_slug,
    debates_table,
    diagnostics_table,
    speakers_table,
    table_rows,
    turns_table,
)
from tests.builders import SHANNON, empty, no_speech, resolved, sitting
from tests.conftest import FIXTURES, REPO, SEED

PYTHON_TYPES = {
    "string": str,
    "int64": int,
    "float64": float,
    "date": dt.date,
    "time": dt.time,
    "list<string>": list,
    "list<struct<scheme,id>>": list,
    "bool": bool,
}


def sample_debates():
    parsed = [debateparse.parse_debate(p, strict=False) for p in sorted(FIXTURES.glob("*/*.txt"))]
    return [*parsed, sitting(), empty(), no_speech()]


def test_turns_table_of_the_seed(seed_debate):
    rows = turns_table(seed_debate)
    assert len(rows) == 43
    assert all(list(row) == list(TABLES["turns"].names) for row in rows)
    first = rows[0]
    slug = "2024-05-15-house-of-commons-ukraine-and-georgia"
    assert first["debate_id"] == f"{slug}-{content_hash(seed_debate)}"
    assert first["source"] == seed_debate.source
    assert (first["index"], first["speaker_id"], first["speaker_name"]) == (
        0,
        "jim-shannon",
        "Jim Shannon",
    )
    assert (first["party"], first["constituency"], first["member_id"]) == ("DUP", None, None)
    assert (first["time"], first["kind"]) == (dt.time(12, 35), "urgent_question")
    assert (first["first_line"], first["last_line"]) == (7, 9)
    assert first["role_text"] == seed_debate.turns[0].role_text
    for row, turn in zip(rows, seed_debate.turns, strict=True):
        assert (row["text"], row["word_count"]) == (turn.text, turn.word_count)
        assert (row["first_line"], row["last_line"]) == (turn.span.start_line, turn.span.end_line)
    sobel = next(r for r in rows if r["speaker_id"] == "alex-sobel")
    assert (sobel["party"], sobel["constituency"]) == ("Labour/Co-operative", "Leeds North West")


def test_word_counts_add_up_per_speaker(seed_debate):
    totals: dict[str, int] = {}
    for row in turns_table(seed_debate):
        totals[row["speaker_id"]] = totals.get(row["speaker_id"], 0) + row["word_count"]
    assert totals == {r["speaker_id"]: r["word_count"] for r in speakers_table(seed_debate)}


def test_speakers_and_resolution_columns(seed_debate):
    debate = resolved(seed_debate, "jim-shannon", SHANNON, datadotparl_id="4131")
    speakers = speakers_table(debate)
    assert len(speakers) == 22
    jim = speakers[0]
    assert jim["roles"] == [
        "Shadow DUP Spokesperson (Human Rights)",
        "Shadow DUP Spokesperson (Health)",
    ]
    assert (jim["member_id"], jim["resolution_method"], jim["resolution_score"]) == (
        SHANNON,
        "exact",
        1.0,
    )
    assert jim["member_ids"] == [{"scheme": "datadotparl_id", "id": "4131"}]
    assert speakers[1]["member_ids"] is None
    assert {r["member_id"] for r in turns_table(debate) if r["speaker_id"] == "jim-shannon"} == {
        SHANNON
    }


def test_diagnostics_and_debates_tables(seed_debate):
    (conflict,) = diagnostics_table(seed_debate)
    assert (conflict["code"], conflict["severity"], conflict["line"]) == (
        "party-conflict",
        "warning",
        213,
    )
    (row,) = debates_table(seed_debate)
    assert (row["title"], row["house"], row["date"], row["start_time"]) == (
        "Ukraine and Georgia",
        "House of Commons",
        dt.date(2024, 5, 15),
        seed_debate.start_time,
    )
    assert (row["turn_count"], row["speaker_count"], row["diagnostic_count"]) == (43, 22, 1)
    assert row["word_count"] == sum(s.word_count for s in seed_debate.speakers.values())


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "debate"),
        ({"source": "archive/2019/Day One.txt"}, "day-one-txt"),
        ({"title": "Engagements", "date": dt.date(2017, 4, 26)}, "2017-04-26-engagements"),
        ({"title": "word " * 40}, "word-" * 15 + "word"),
    ],
)
def test_debate_slug(fields, expected):
    debate = debateparse.Debate(dialect="twfy", **fields)
    assert debate_slug(debate) == expected
    assert debate_id(debate) == f"{expected}-{content_hash(debate)}"
    assert len(content_hash(debate)) == 12


def test_debate_id_is_a_key(seed_debate):
    """The same file in two folders, and two same-titled sections, get different ids; the
    same input gets the same id every time."""
    text = SEED.read_text(encoding="utf-8")
    again = debateparse.parse_text(text, source=seed_debate.source)
    assert debate_id(again) == debate_id(seed_debate)
    moved = debateparse.parse_text(text, source="elsewhere/" + SEED.name)
    assert debate_id(moved) != debate_id(seed_debate)
    first = debateparse.Debate(dialect="twfy", title="Points of Order", source="day.xml")
    second = first.model_copy(update={"turns": seed_debate.turns})
    assert debate_slug(first) == debate_slug(second)
    assert debate_id(first) != debate_id(second)


def test_a_join_on_the_key_keeps_one_row_per_turn(seed_debate):
    pd = pytest.importorskip("pandas")
    moved = debateparse.parse_text(SEED.read_text(encoding="utf-8"), source="b/" + SEED.name)
    turns = to_pandas([seed_debate, moved], "turns")
    speakers = to_pandas([seed_debate, moved], "speakers")
    joined = turns.merge(speakers, on=["debate_id", "speaker_id"])
    assert len(joined) == len(turns) == 2 * 43
    assert isinstance(joined, pd.DataFrame)


def test_every_value_has_its_column_dtype():
    for debate in sample_debates():
        for name, table in TABLES.items():
            for row in table_rows(name, debate):
                for column, value in zip(table.columns, row, strict=True):
                    where = f"{debate.source}: {name}.{column.name} = {value!r}"
                    if value is None:
                        assert column.nullable, where
                    else:
                        assert isinstance(value, PYTHON_TYPES[column.dtype]), where


def test_csv_text_round_trips(seed_debate):
    debate = resolved(seed_debate, "jim-shannon", SHANNON, datadotparl_id="4131")
    for name in TABLES:
        rows = list(csv.DictReader(io.StringIO(csv_text(table_rows(name, debate), name))))
        assert len(rows) == len(table_rows(name, debate))
    turns = list(csv.DictReader(io.StringIO(csv_text(table_rows("turns", debate), "turns"))))
    assert (turns[0]["time"], turns[1]["time"], turns[0]["member_id"]) == ("12:35:00", "", SHANNON)
    assert turns[0]["text"] == debate.turns[0].text
    speakers = list(
        csv.DictReader(io.StringIO(csv_text(table_rows("speakers", debate), "speakers")))
    )
    assert json.loads(speakers[0]["roles"])[1] == "Shadow DUP Spokesperson (Health)"
    assert json.loads(speakers[0]["member_ids"]) == [{"scheme": "datadotparl_id", "id": "4131"}]
    assert speakers[0]["resolution_score"] == "1.0"


def test_formats_doc_lists_every_column_with_its_dtype():
    doc = (REPO / "docs" / "formats.md").read_text(encoding="utf-8")
    for table in TABLES.values():
        for column in table.columns:
            assert f"| `{column.name}` | {column.dtype} |" in doc, f"{table.name}.{column.name}"


# --- pandas and Arrow (run when the extras are installed, as in CI) ----------------------


def test_to_pandas_has_the_documented_dtypes(seed_debate):
    pytest.importorskip("pandas")
    frame = to_pandas([seed_debate, sitting()], "turns")
    assert len(frame) == 43 + 5
    assert {k: str(v) for k, v in frame.dtypes.items()} == pandas_dtypes("turns")
    assert frame.loc[0, "time"] == dt.timedelta(hours=12, minutes=35)
    assert len(frame[frame["time"] > "12:40:00"]) == 0
    debates = to_pandas([seed_debate, sitting()], "debates")
    assert str(debates["date"].dtype) == "datetime64[ns]"
    assert debates.loc[0, "date"] == dt.datetime(2024, 5, 15)
    assert len(debates[debates["date"] > "2024-01-01"]) >= 1
    assert debates["date"].dt.year.iloc[0] == 2024
    assert frame["member_id"].isna().sum() == 43 + 4  # one turn of the sitting is resolved
    for name in TABLES:
        assert {k: str(v) for k, v in to_pandas(empty(), name).dtypes.items()} == pandas_dtypes(
            name
        )


def test_to_arrow_has_the_documented_schema(seed_debate):
    pytest.importorskip("pyarrow")
    for name in TABLES:
        table = to_arrow(seed_debate, name)
        assert table.schema.equals(arrow_schema(name))
        assert table.to_pylist() == [
            dict(zip(TABLES[name].names, map(_arrow_value, r), strict=True))
            for r in table_rows(name, seed_debate)
        ]
    assert to_arrow(empty(), "turns").num_rows == 0


def _arrow_value(value):
    """A row's value as Arrow holds it: dates as midnight, times as time since midnight."""
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, dt.time):
        return dt.datetime.combine(dt.date.min, value) - dt.datetime.min
    return value


def test_parquet_file_reads_back(seed_debate, tmp_path):
    parquet = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "turns.parquet"
    sink = open_sink(path, "turns", "parquet")
    sink.write(encode(table_rows("turns", seed_debate), "turns", "parquet"))
    sink.close()
    assert parquet.read_table(path).equals(to_arrow(seed_debate, "turns"))


@pytest.mark.parametrize(
    ("module", "extra", "convert"),
    [("pandas", "pandas", to_pandas), ("pyarrow", "arrow", to_arrow)],
)
def test_missing_extra_is_named(monkeypatch, seed_debate, module, extra, convert):
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail
    with pytest.raises(ImportError, match=rf"debateparse\[{extra}\]"):
        convert(seed_debate)


def test_unknown_table_is_refused(seed_debate):
    with pytest.raises(ValueError, match="unknown table"):
        to_pandas(seed_debate, "ballots")


def test_debate_methods_are_the_table_functions(seed_debate):
    assert seed_debate.turns_table() == turns_table(seed_debate)
    assert seed_debate.speakers_table() == speakers_table(seed_debate)
    assert seed_debate.diagnostics_table() == diagnostics_table(seed_debate)
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    assert seed_debate.to_pandas("speakers").equals(to_pandas(seed_debate, "speakers"))
    assert seed_debate.to_arrow().equals(to_arrow(seed_debate, "turns"))
    assert len(seed_debate.to_pandas()) == len(seed_debate.turns)
