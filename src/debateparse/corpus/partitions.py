"""Partitions for outside schedulers (Dask): parse a partition's files once, write every table.

A scheduler such as Dask hands each task a partition of paths. ``write_partition`` parses
each file once and writes the rows of every table from the same debates, one file per
table under ``OUT/<table>/`` (a dataset per table that ``dask.dataframe.read_parquet``
reads), and returns one summary row per file, failures included. The registry is either
a ``Registry`` (scatter it once to the workers and pass the handle) or a registry file,
loaded once per worker process (``worker_registry``) and kept for every later task.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from debateparse.corpus.run import Outcome, PathLike, RegistryArg, load_registry, parse_path
from debateparse.corpus.tables import sections
from debateparse.errors import DebateParseError
from debateparse.export.files import FILE_FORMATS, csv_text, encode
from debateparse.export.frames import require
from debateparse.export.tables import TABLES, Row
from debateparse.registry import Registry

__all__ = ["parse_partition", "worker_registry", "write_partition"]


@lru_cache(maxsize=4)
def _loaded(path: str) -> Registry:
    return load_registry(path)


def worker_registry(registry: RegistryArg | None) -> Registry | None:
    """The ``Registry`` to parse with in this process: a registry file (or ``"default"``)
    is loaded on the first call and the same object returned afterwards (one load per
    worker process, whatever the number of tasks); a ``Registry`` or ``None`` is
    returned as it is."""
    if isinstance(registry, (str, os.PathLike)):
        return _loaded(os.fspath(registry))
    return registry


def parse_partition(
    paths: Iterable[PathLike],
    *,
    registry: RegistryArg | None = None,
    dialect: str = "auto",
    strict: bool = True,
) -> list[tuple[str, Outcome]]:
    """``(path, Debate or DebateParseError)`` for each path, in order, each parsed once
    (``parse_path``), with the registry from ``worker_registry``."""
    loaded = worker_registry(registry)
    return [
        (str(path), parse_path(path, registry=loaded, dialect=dialect, strict=strict))
        for path in paths
    ]


def _part_name(sources: list[str]) -> str:
    """A file name that is the same for the same partition in every run and differs
    between partitions (the sources' digest), so a task run twice overwrites its file."""
    digest = hashlib.sha1("\0".join(sources).encode("utf-8"), usedforsecurity=False)
    return f"part-{digest.hexdigest()[:16]}"


def _summary(source: str, outcome: Outcome) -> dict[str, Any]:
    if isinstance(outcome, DebateParseError):
        return {"source": source, "ok": False, "error": str(outcome), "turns": 0}
    return {"source": source, "ok": True, "error": None, "turns": len(outcome.turns)}


def write_partition(
    paths: Iterable[PathLike],
    out: PathLike,
    *,
    registry: RegistryArg | None = None,
    dialect: str = "auto",
    strict: bool = True,
    file_format: str = "parquet",
    part: int | None = None,
) -> list[dict[str, Any]]:
    """Parse a partition's files once and write every table of their debates.

    Writes ``OUT/<table>/part-<id>.<format>`` for each table with rows (``id`` is ``part``
    as five digits when given, else a digest of the partition's paths), Parquet with the
    documented schema or CSV with a header. Returns one row per file: ``source``, ``ok``,
    ``error`` (the message, or ``None``) and ``turns``; a file that fails is reported,
    never raised.
    """
    if file_format not in FILE_FORMATS:
        raise ValueError(f"file_format must be one of {', '.join(FILE_FORMATS)}")
    parsed = parse_partition(paths, registry=registry, dialect=dialect, strict=strict)
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    report = []
    for source, outcome in parsed:
        if isinstance(outcome, DebateParseError):
            report.append(_summary(source, outcome))
            continue
        try:
            debates = sections(source, outcome, worker_registry(registry))
        except DebateParseError as error:
            report.append(_summary(source, error))
            continue
        report.append(_summary(source, outcome))
        for debate in debates:
            for name, table in TABLES.items():
                rows[name] += table.rows(debate)
    stem = _part_name([s for s, _ in parsed]) if part is None else f"part-{part:05d}"
    for name, batch in rows.items():
        if batch:
            _write(batch, name, Path(out) / name / f"{stem}.{file_format}", file_format)
    return report


def _write(rows: list[Row], table: str, path: Path, file_format: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if file_format == "csv":
        path.write_text(csv_text(rows, table), encoding="utf-8")
        return
    parquet = require("pyarrow.parquet", "arrow", "Parquet output")
    parquet.write_table(encode(rows, table, "parquet"), path)
