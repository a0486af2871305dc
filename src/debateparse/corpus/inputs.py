"""Which files a corpus run reads: a folder, a glob or one file -> sorted paths."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = ["INPUT_PATTERNS", "as_paths", "find_inputs"]

PathLike = str | os.PathLike[str]

INPUT_PATTERNS = ("*.txt", "*.xml")
"""What a folder contributes by default: debate text pages and ParlParse XML days (an
XML file that is not ParlParse fails on its own, quickly: ``api._not_structured``)."""


def find_inputs(spec: str, pattern: str | Sequence[str] = INPUT_PATTERNS) -> list[Path]:
    """The files named by ``spec``: a folder (files matching ``pattern``, one glob or
    several, in it and its subfolders), a glob (``**`` allowed) or one file; sorted, each
    once."""
    path = Path(spec)
    if path.is_dir():
        patterns = (pattern,) if isinstance(pattern, str) else tuple(pattern)
        found = {p for each in patterns for p in path.rglob(each)}
    else:
        # Path.glob takes no absolute pattern, and a user may give one.
        found = {Path(name) for name in glob.glob(spec, recursive=True)}  # noqa: PTH207
    return sorted(p for p in found if p.is_file())


def as_paths(paths: Iterable[PathLike] | PathLike) -> Iterable[PathLike]:
    """``paths`` as given, or, for one path or glob (a ``str`` or ``os.PathLike``), the
    files ``find_inputs`` names: ``parse_corpus("days/")`` reads a folder."""
    if isinstance(paths, (str, os.PathLike)):
        return find_inputs(os.fspath(paths))
    return paths
