"""Flat records: one JSON-ready dict per turn (the ``jsonl`` format).

A record is a row of the ``turns`` table (``export.tables``): the same columns, in the
same order, ``debate_id`` first, with dates and times as ISO 8601 strings, so that a
JSON Lines file and the turns table join on the same keys.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from debateparse.export.tables import TABLES, iter_table_rows
from debateparse.models import Debate

__all__ = ["turn_records", "write_jsonl"]


def _jsonable(value: Any) -> Any:
    isoformat = getattr(value, "isoformat", None)
    return value if isoformat is None else isoformat()


def turn_records(debate: Debate) -> list[dict[str, Any]]:
    """One dict per turn: the turns table's columns, JSON-ready."""
    return list(_each_record(debate))


def _each_record(debate: Debate) -> Iterator[dict[str, Any]]:
    names = TABLES["turns"].names
    for row in iter_table_rows("turns", debate):
        yield {name: _jsonable(value) for name, value in zip(names, row, strict=True)}


def jsonl_lines(debate: Debate) -> Iterator[str]:
    """The debate's turn records as JSON Lines, one line (with its newline) per turn, each
    made when reached."""
    for record in _each_record(debate):
        yield json.dumps(record, ensure_ascii=False) + "\n"


def write_jsonl(debate: Debate, stream: TextIO) -> int:
    """Write the debate's turn records to ``stream``; returns how many were written."""
    count = 0
    for line in jsonl_lines(debate):
        stream.write(line)
        count += 1
    return count
