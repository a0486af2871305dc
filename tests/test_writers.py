"""Streaming writers write the bytes of the whole-string renderings (and Parquet the same
table), for every fixture."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import debateparse
from debateparse.cli import main
from debateparse.export import writers
from debateparse.export.files import csv_text, encode, open_sink
from debateparse.export.records import jsonl_lines
from debateparse.export.tables import TABLES, table_rows
from tests.conftest import fixture_texts

FIXTURES = [p for p in fixture_texts() if p.parent.name != "parlparse"]


def _parse(path: Path) -> debateparse.Debate:
    return debateparse.parse_debate(path, strict=False)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_json_is_written_turn_by_turn_with_the_same_bytes(path):
    debate = _parse(path)
    out = io.StringIO()
    writers.write_json(debate, out)
    assert out.getvalue() == debate.to_json(indent=2)
    assert debateparse.Debate.model_validate_json(out.getvalue()) == debate


@pytest.mark.parametrize("table", sorted(TABLES))
def test_csv_tables_are_written_in_batches_with_the_same_bytes(table, monkeypatch):
    monkeypatch.setattr(writers, "BATCH_ROWS", 3)
    debates = [_parse(p) for p in FIXTURES[:6]]
    out = io.StringIO()
    writers.write_table_csv(debates, table, out)
    rows = [row for d in debates for row in table_rows(table, d)]
    assert out.getvalue() == csv_text(rows, table)


def test_batches_end_at_a_size_of_text_as_well_as_a_count_of_rows(monkeypatch):
    monkeypatch.setattr(writers, "BATCH_CHARS", 2_000)
    debate = _parse(next(p for p in FIXTURES if p.name.startswith("commons-2024")))
    rows = table_rows("turns", debate)
    batches = list(writers._batches(rows))
    assert [row for batch in batches for row in batch] == rows
    assert len(batches) > 5

    def text(row):
        return sum(len(cell) for cell in row if isinstance(cell, str))

    for batch in batches[:-1]:  # each ends at the row that reaches the limit
        assert sum(map(text, batch)) >= 2_000 > sum(map(text, batch[:-1]))
    out = io.StringIO()
    writers.write_table_csv([debate], "turns", out)
    assert out.getvalue() == csv_text(rows, "turns")


def test_the_command_line_writes_what_it_wrote_as_one_string(tmp_path, capsys):
    seed = next(p for p in FIXTURES if p.name.startswith("commons-2024"))
    debate = _parse(seed)
    expected = {
        "json": (debate.to_json(indent=2) + "\n").encode(),
        "jsonl": "".join(jsonl_lines(debate)).encode(),
        "csv": csv_text(table_rows("turns", debate), "turns").encode(),
    }
    for fmt, data in expected.items():
        out = tmp_path / f"out.{fmt}"
        assert main([str(seed), "--format", fmt, "-o", str(out)]) == 0
        assert out.read_bytes() == data, fmt
        assert main([str(seed), "--format", fmt]) == 0
        assert capsys.readouterr().out.encode() == data, fmt


def test_parquet_is_the_same_file_when_one_row_group_and_the_same_table_in_many(tmp_path):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    seed = next(p for p in FIXTURES if p.name.startswith("commons-2024"))
    debate = _parse(seed)
    one = tmp_path / "one.parquet"
    sink = open_sink(one, "turns", "parquet")
    sink.write(encode(table_rows("turns", debate), "turns", "parquet"))
    sink.close()
    out = tmp_path / "out.parquet"
    assert main([str(seed), "--format", "parquet", "-o", str(out)]) == 0
    assert out.read_bytes() == one.read_bytes()
    many = tmp_path / "many.parquet"
    writers.BATCH_ROWS, saved = 5, writers.BATCH_ROWS
    try:
        sink_rows = 10
        sink = open_sink(many, "turns", "parquet")
        sink._limits = (sink_rows, 1 << 30)  # type: ignore[attr-defined]
        for batch in writers._batches(table_rows("turns", debate)):
            sink.write(encode(batch, "turns", "parquet"))
        sink.close()
    finally:
        writers.BATCH_ROWS = saved
    assert pq.ParquetFile(many).num_row_groups > 1
    assert pq.read_table(many).equals(pq.read_table(one))


def test_writing_json_keeps_no_models_it_built():
    seed = next(p for p in FIXTURES if p.name.startswith("commons-2024"))
    debate = _parse(seed)
    writers.write_json(debate, io.StringIO())
    assert not debate.turns.built
    assert not any(r.paragraphs.built or r.header.built for r in debate.turns.records)
