"""Table files: rows -> CSV (standard library) or Parquet (the ``[arrow]`` extra).

Writing is split in two so that corpus runs can do the costly half in parallel:
``encode`` turns a batch of rows into a payload (CSV text, or an Arrow table) in a
worker, and a sink appends payloads to one file per table in the calling process.
CSV cells follow the column's dtype: ``None`` is an empty cell, dates and times are
ISO 8601, and list columns are JSON text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from debateparse.export.frames import arrow_schema, require, rows_to_arrow
from debateparse.export.tables import TABLES, DType, Row

__all__ = [
    "FILE_FORMATS",
    "CsvSink",
    "ParquetSink",
    "Sink",
    "csv_text",
    "encode",
    "open_sink",
]

FILE_FORMATS = ("parquet", "csv")
"""Table file formats; each is also its files' suffix."""


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


_CELL: dict[DType, Callable[[Any], str]] = {
    "string": str,
    "int64": str,
    "float64": repr,
    "bool": lambda value: "true" if value else "false",
    "date": lambda value: value.isoformat(),
    "time": lambda value: value.isoformat(),
    "list<string>": _json,
    "list<struct<scheme,id>>": _json,
}
"""How a non-null value of each dtype is written in a CSV cell."""


def _csv_lines(rows: list[Row], table: str, header: bool) -> str:
    columns = TABLES[table].columns
    encoders = [_CELL[c.dtype] for c in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow([c.name for c in columns])
    writer.writerows(
        ["" if v is None else encode(v) for encode, v in zip(encoders, row, strict=True)]
        for row in rows
    )
    return buffer.getvalue()


def csv_text(rows: list[Row], table: str) -> str:
    """Rows of table ``table`` as CSV text, header first."""
    return _csv_lines(rows, table, header=True)


def encode(rows: list[Row], table: str, file_format: str) -> Any:
    """A batch of rows of ``table`` ready for a sink: CSV text without the header, or an
    Arrow table."""
    if file_format == "csv":
        return _csv_lines(rows, table, header=False)
    return rows_to_arrow(rows, table)


class Sink(Protocol):
    """One table file that takes encoded batches (see ``encode``), then is closed."""

    def write(self, payload: Any) -> None:
        """Append a batch."""

    def close(self) -> None:
        """Finish the file."""


class CsvSink:
    """A CSV file with a header row."""

    def __init__(self, path: Path, table: str) -> None:
        self._stream = path.open("w", encoding="utf-8", newline="")
        self._stream.write(_csv_lines([], table, header=True))

    def write(self, payload: str) -> None:
        self._stream.write(payload)

    def close(self) -> None:
        self._stream.close()


class ParquetSink:
    """A Parquet file; batches are gathered into row groups of ``group_rows`` rows or
    ``group_bytes`` bytes, whichever comes first, so that a corpus run writes (and
    compresses) as it goes instead of all at the end."""

    def __init__(
        self, path: Path, table: str, group_rows: int = 50_000, group_bytes: int = 4_000_000
    ) -> None:
        self._parquet = require("pyarrow.parquet", "arrow", "Parquet output")
        self._pa = require("pyarrow", "arrow", "Parquet output")
        self._limits = (group_rows, group_bytes)
        self._pending: list[Any] = []
        self._size = (0, 0)
        self._writer = self._parquet.ParquetWriter(str(path), arrow_schema(table))

    def write(self, payload: Any) -> None:
        if not payload.num_rows:  # a 0-row row group makes HuggingFace datasets fail
            return
        self._pending.append(payload)
        rows, size = self._size
        self._size = (rows + payload.num_rows, size + payload.nbytes)
        if any(have >= limit for have, limit in zip(self._size, self._limits, strict=True)):
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._writer.write_table(self._pa.concat_tables(self._pending))
            self._pending, self._size = [], (0, 0)
            # Arrow's allocator keeps freed batches for reuse; give them back between groups.
            self._pa.default_memory_pool().release_unused()

    def close(self) -> None:
        self._flush()
        self._writer.close()


_SINKS: dict[str, Callable[[Path, str], Sink]] = {"csv": CsvSink, "parquet": ParquetSink}


def open_sink(path: Path, table: str, file_format: str) -> Sink:
    """A sink writing table ``table`` to ``path`` in ``file_format`` (csv or parquet)."""
    return _SINKS[file_format](path, table)
