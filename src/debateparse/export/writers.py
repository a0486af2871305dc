"""Streaming writers: a debate's JSON, JSON Lines and table files written piece by piece.

Each writes the same bytes as rendering the whole output as one string first
(``Debate.to_json``, ``records.jsonl_lines``, ``files.csv_text``), but holds only one turn
(JSON) or one batch of rows (tables) at a time besides the debate itself. Parquet is
written in row groups (``files.ParquetSink``): the same table, read back, as one write.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from debateparse.export.files import csv_text, encode, open_sink
from debateparse.export.tables import TABLES, Row, iter_table_rows
from debateparse.models import Debate
from debateparse.models.turns import Turns

__all__ = ["BATCH_ROWS", "write_json", "write_table", "write_table_csv"]

BATCH_ROWS = 10_000
"""Rows encoded at a time by the table writers, at most."""
BATCH_CHARS = 2_000_000
"""Characters of text in a batch, at most (a batch also ends at the row that passes it):
the turns table of a large debate holds every speech, so its batches are cut by size."""


def write_json(debate: Debate, stream: TextIO, indent: int = 2) -> None:
    """Write ``debate.to_json(indent=indent)`` to ``stream``, one turn at a time."""
    turns = debate.turns
    if not len(turns):
        stream.write(debate.to_json(indent=indent))
        return
    shell = debate.model_copy(update={"turns": Turns()}).to_json(indent=indent)
    key = "\n" + " " * indent + '"turns": []'
    head, tail = shell.split(key, 1)  # the only key of that depth; strings escape quotes
    outer = "\n" + " " * indent
    inner = outer + " " * indent
    stream.write(head + outer + '"turns": [')
    separator = inner
    for turn in turns.one_by_one():
        # A turn's header and paragraphs are its record's: leave them as found (built
        # paragraph models would otherwise stay with the debate).
        unbuilt = [rows for rows in (turn.header, turn.paragraphs) if not rows.built]
        stream.write(separator + turn.model_dump_json(indent=indent).replace("\n", inner))
        for rows in unbuilt:
            rows.forget()
        separator = "," + inner
    stream.write(outer + "]" + tail)


def _batches(rows: Iterable[Row]) -> Iterator[list[Row]]:
    """``rows`` in batches of ``BATCH_ROWS`` rows or ``BATCH_CHARS`` characters of text."""
    batch: list[Row] = []
    size = 0
    for row in rows:
        batch.append(row)
        for cell in row:
            if type(cell) is str:
                size += len(cell)
        if size >= BATCH_CHARS or len(batch) >= BATCH_ROWS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _rows(debates: Iterable[Debate], table: str) -> Iterator[Row]:
    for debate in debates:
        yield from iter_table_rows(table, debate)


def write_table_csv(debates: Iterable[Debate], table: str, stream: TextIO) -> None:
    """Table ``table`` of ``debates`` as CSV (``files.csv_text``), a batch at a time."""
    stream.write(csv_text([], table))
    for batch in _batches(_rows(debates, table)):
        stream.write(encode(batch, table, "csv"))


def write_table(debates: Iterable[Debate], table: str, path: Path, file_format: str) -> None:
    """Table ``table`` of ``debates`` as a ``file_format`` (csv, parquet) file at ``path``,
    a batch at a time."""
    if table not in TABLES:
        raise KeyError(table)
    sink = open_sink(path, table, file_format)
    try:
        for batch in _batches(_rows(debates, table)):
            sink.write(encode(batch, table, file_format))
    finally:
        sink.close()
