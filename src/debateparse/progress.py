"""Progress of a corpus run on standard error: files done, files/s and errors so far.

Drawn by tqdm (a dependency): it is small, has no dependencies of its own, computes the
rate and remaining time, redraws at most ten times a second, and switches itself off
when standard error is not a terminal.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["Progress", "progress_bar"]


class Progress:
    """Counts files and errors and shows them on a bar (or on nothing when disabled)."""

    __slots__ = ("_bar", "done", "failed")

    def __init__(self, bar: tqdm[Any]) -> None:
        self._bar = bar
        self.done = 0
        self.failed = 0

    def advance(self, done: int = 1, failed: int = 0) -> None:
        """Count ``done`` more files, ``failed`` of which failed."""
        self.done += done
        if failed:
            self.failed += failed
            self._bar.set_postfix(errors=self.failed, refresh=False)
        self._bar.update(done)


@contextmanager
def progress_bar(total: int | None, *, enabled: bool | None) -> Iterator[Progress]:
    """A progress bar for ``total`` files (None if unknown): shown always (True), never
    (False), or only when standard error is a terminal (None)."""
    from tqdm import tqdm  # imported on first use: it takes longer to import than to parse

    with tqdm(
        total=total,
        unit="file",
        desc="parsing",
        disable=None if enabled is None else not enabled,
        dynamic_ncols=True,
        postfix={"errors": 0},
    ) as bar:
        yield Progress(bar)
