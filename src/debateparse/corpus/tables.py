"""Corpus runs to table files: many files -> debates, turns, speakers, diagnostics.

The workers parse a chunk of files and encode its rows (CSV text or Arrow tables); the
calling process only appends each encoded chunk, in input order, to one file per table
and counts. So the costly work runs in parallel and the output is the same, row for
row, whatever the number of workers.
"""

from __future__ import annotations

import csv
import importlib.util
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal, NamedTuple

from debateparse.api import iter_debates
from debateparse.corpus.inputs import as_paths, find_inputs
from debateparse.corpus.run import (
    Loader,
    Outcome,
    PathLike,
    RegistryArg,
    chunk_registry,
    load_registry,
    map_chunks,
)
from debateparse.dialects import DIALECTS
from debateparse.errors import DebateParseError
from debateparse.export.files import FILE_FORMATS, encode, open_sink
from debateparse.export.tables import TABLES, Row
from debateparse.models import Debate
from debateparse.progress import Progress, progress_bar
from debateparse.registry import Registry

__all__ = [
    "CorpusReport",
    "default_file_format",
    "failure_line",
    "find_inputs",
    "more_sections",
    "sections",
    "write_corpus",
]

_CHUNK_BYTES = 1_000_000
"""Input per chunk (fewer when the run is small: see ``chunks.sized_chunks``); each
chunk's rows are encoded as one batch per table."""
_LISTED_FAILURES = 20
"""Failures named in the summary; all of them are in ``failures.csv``."""
FAILURE_WIDTH = 160
"""Longest failure line in a summary; the whole message is in ``failures.csv``."""


def failure_line(path: PathLike | str, error: DebateParseError | str) -> str:
    """One short line for a failed file: ``SOURCE:LINE: message`` cut to
    ``FAILURE_WIDTH`` characters (``NotADebateError`` explains itself over hundreds of
    characters; the whole message is in ``failures.csv``)."""
    text = str(error).splitlines()[0] if str(error) else ""
    line = text if text.startswith(str(path)) else f"{path}: {text}"
    if len(line) <= FAILURE_WIDTH:
        return line
    return line[: FAILURE_WIDTH - 1].rsplit(" ", 1)[0] + "…"


def default_file_format() -> str:
    """``parquet`` when pyarrow is installed, else ``csv``."""
    return "parquet" if importlib.util.find_spec("pyarrow") is not None else "csv"


class _Chunk(NamedTuple):
    """What a worker sends back for one chunk of files."""

    payloads: dict[str, Any]
    ok: int
    failures: list[tuple[str, str]]
    turns: int
    speakers: int
    size: int


def _size(path: PathLike) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def sections(
    path: PathLike, first: Debate, registry: Registry | Literal["chunk"] | None = "chunk"
) -> list[Debate]:
    """Every debate of a file read by a structured reader (ParlParse XML: one per section;
    ``parse_path`` gave the first, saying more follow), else the one debate.

    The sections after the first are checked against ``registry``; by default the one
    the current chunk was parsed with (``run.chunk_registry``)."""
    if DIALECTS[first.dialect].reader is None or not more_sections(first):
        return [first]
    chosen = chunk_registry() if registry == "chunk" else registry
    return list(iter_debates(path, dialect=first.dialect, registry=chosen))


def more_sections(first: Debate) -> bool:
    """Did the reader say more sections follow the first (``more-debates``)?"""
    return any(d.code == "more-debates" for d in first.diagnostics)


def _encode_chunk(parsed: list[tuple[PathLike, Outcome]], *, file_format: str) -> _Chunk:
    """Runs in a worker: the chunk's rows of every table, encoded for the sinks."""
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    failures, ok, turns, speakers = [], 0, 0, 0
    for path, outcome in parsed:
        if isinstance(outcome, DebateParseError):
            failures.append((str(path), str(outcome)))
            continue
        try:
            debates = sections(path, outcome)
        except DebateParseError as error:
            failures.append((str(path), str(error)))
            continue
        ok += 1
        for debate in debates:
            turns += len(debate.turns)
            speakers += len(debate.speakers)
            for name, table in TABLES.items():
                rows[name] += table.rows(debate)
    payloads = {name: encode(batch, name, file_format) for name, batch in rows.items() if batch}
    size = sum(_size(path) for path, _ in parsed)
    return _Chunk(payloads, ok, failures, turns, speakers, size)


@dataclass
class CorpusReport:
    """The outcome of ``write_corpus``: counts, failures, time and the files written."""

    files: int = 0
    ok: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    """(path, the whole error message) for every file that failed."""
    turns: int = 0
    speakers: int = 0
    size: int = 0
    """Bytes of input read."""
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    def add(self, chunk: _Chunk, files: int) -> None:
        """Count one chunk."""
        self.files += files
        self.ok += chunk.ok
        self.failures += chunk.failures
        self.turns += chunk.turns
        self.speakers += chunk.speakers
        self.size += chunk.size

    def summary(self) -> str:
        """The end-of-run summary printed by ``debateparse corpus``."""
        seconds = max(self.seconds, 1e-9)
        lines = [
            f"files:    {self.files} ({self.ok} ok, {len(self.failures)} failed)",
            f"turns:    {self.turns}",
            f"speakers: {self.speakers}",
            f"time:     {self.seconds:.2f} s ({self.files / seconds:.0f} files/s, "
            f"{self.size / 1e6 / seconds:.1f} MB/s)",
            "output:   " + ", ".join(str(p) for p in self.outputs),
        ]
        if self.failures:
            lines.append("failed:")
            lines += [
                f"  {failure_line(path, error)}" for path, error in self.failures[:_LISTED_FAILURES]
            ]
            if len(self.failures) > _LISTED_FAILURES:
                more = len(self.failures) - _LISTED_FAILURES
                lines.append(f"  … and {more} more (all in failures.csv)")
        return "\n".join(lines)


def _write_failures(path: Path, failures: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["source", "error"])
        writer.writerows(failures)


def write_corpus(
    paths: Iterable[PathLike] | PathLike,
    out_dir: Path,
    *,
    file_format: str | None = None,
    workers: int | None = None,
    registry: RegistryArg | None = None,
    progress: bool | None = None,
    dialect: str = "auto",
    strict: bool = True,
    registry_loader: Loader = load_registry,
) -> CorpusReport:
    """Parse ``paths`` in parallel and write ``<table>.<format>`` for every table (and
    ``failures.csv`` when a file failed) into ``out_dir``.

    ``file_format`` is ``parquet`` or ``csv`` (default: ``default_file_format()``); the
    other arguments are those of ``parse_corpus`` (one folder or glob included).
    """
    paths = as_paths(paths)
    start = time.perf_counter()
    file_format = file_format or default_file_format()
    if file_format not in FILE_FORMATS:
        raise ValueError(f"unknown table format {file_format!r} (choose from {FILE_FORMATS})")
    out_dir.mkdir(parents=True, exist_ok=True)
    report = CorpusReport(outputs=[out_dir / f"{name}.{file_format}" for name in TABLES])
    chunks = map_chunks(
        paths,
        partial(_encode_chunk, file_format=file_format),
        workers=workers,
        registry=registry,
        dialect=dialect,
        strict=strict,
        registry_loader=registry_loader,
        chunk_bytes=_CHUNK_BYTES,
    )
    total = len(paths) if isinstance(paths, Sequence) else None
    with progress_bar(total, enabled=progress) as bar:
        _append(chunks, dict(zip(TABLES, report.outputs, strict=True)), file_format, report, bar)
    if report.failures:
        report.outputs.append(out_dir / "failures.csv")
        _write_failures(report.outputs[-1], report.failures)
    report.seconds = time.perf_counter() - start
    return report


def _append(
    chunks: Iterable[tuple[list[PathLike], _Chunk]],
    paths: dict[str, Path],
    file_format: str,
    report: CorpusReport,
    bar: Progress,
) -> None:
    """Append each chunk's encoded rows to the table files, in order, and count it."""
    sinks = {name: open_sink(path, name, file_format) for name, path in paths.items()}
    try:
        for files, chunk in chunks:
            for name, payload in chunk.payloads.items():
                sinks[name].write(payload)
            report.add(chunk, len(files))
            bar.advance(len(files), failed=len(chunk.failures))
    finally:
        for sink in sinks.values():
            sink.close()
