"""How a corpus run cuts its files into tasks: by input size, fitted to the run.

A fixed count of files per task fits no run: 128 files of 30 KB make a few long tasks
and 200 files of 300 KB make two uneven chunks, so one worker idles while the other
finishes. ``sized_chunks`` fills each task with about ``budget`` bytes of input (at
least one file, at most ``max_files``), and when the run's size is known (a sequence
of paths) it lowers the budget so that every worker gets several tasks. A file that
cannot be sized (missing, unreadable) counts as empty: its worker reports the error.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

__all__ = ["TASK_BYTES", "sized_chunks"]

TASK_BYTES = 256_000
"""Input per task: about 15 ms of parsing, long enough that the round trip to a worker
(well under a millisecond) costs little, short enough to share the work out evenly."""
_TASKS_PER_WORKER = 8
"""A run of known size is cut into at least this many tasks per worker, so that the
workers end together."""
_MAX_FILES = 256
"""Most files in one task (many tiny files: bounds the task's paths and results)."""


def _size(path: str | os.PathLike[str]) -> int:
    try:
        return Path(path).stat().st_size
    except (OSError, ValueError):
        return 0


def sized_chunks(
    paths: Iterable[str | os.PathLike[str]],
    workers: int,
    *,
    budget: int = TASK_BYTES,
    max_files: int = _MAX_FILES,
) -> Iterator[list[str | os.PathLike[str]]]:
    """``paths`` in order, in lists of about ``budget`` bytes of input each."""
    if isinstance(paths, Sequence):
        sizes = [_size(path) for path in paths]
        share = sum(sizes) // max(1, workers * _TASKS_PER_WORKER)
        budget = max(1, min(budget, share))
        sized: Iterable[tuple[str | os.PathLike[str], int]] = zip(paths, sizes, strict=True)
    else:
        sized = ((path, _size(path)) for path in paths)
    chunk: list[str | os.PathLike[str]] = []
    filled = 0
    for path, size in sized:
        chunk.append(path)
        filled += size
        if filled >= budget or len(chunk) >= max_files:
            yield chunk
            chunk, filled = [], 0
    if chunk:
        yield chunk
