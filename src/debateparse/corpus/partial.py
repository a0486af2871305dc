"""Outputs that never look complete before they are: temporary names, renamed at the end.

While a run writes, each output ``<name>.<suffix>`` is ``<name>.partial.<suffix>``; only
a run that completes renames them. A status file (``run.json``) beside them says
``"running"``, then ``"complete"`` or ``"partial"`` with the counts. Outputs of the same
names left by an earlier run are removed first (the run would overwrite them anyway), so
an interrupted or killed run never leaves a complete-looking file behind.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

__all__ = ["STATUS_FILE", "PartialOutputs", "partial_path"]

STATUS_FILE = "run.json"
"""The status file a corpus run writes in its output folder."""


def partial_path(path: Path) -> Path:
    """``turns.parquet`` -> ``turns.partial.parquet`` (still readable by its suffix)."""
    return path.with_name(f"{path.stem}.partial{path.suffix}")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class PartialOutputs:
    """The outputs of one run in ``folder``: ``finals`` are the names they get when the
    run completes; ``status`` is the status file's name, or None for none."""

    def __init__(
        self, folder: Path, finals: Iterable[Path], status: str | None = STATUS_FILE
    ) -> None:
        self.folder, self.finals = folder, list(finals)
        self.status = None if status is None else folder / status
        for path in self.finals:
            for stale in (path, partial_path(path)):
                with contextlib.suppress(FileNotFoundError):
                    stale.unlink()
        self._write_status({"status": "running", "started": _now()})
        self.started = _now()

    def partial_path(self, final: Path) -> Path:
        """Where ``final`` is written until the run completes."""
        return partial_path(final)

    def partial_paths(self, finals: Iterable[Path]) -> list[Path]:
        """``partial_path`` of each."""
        return [partial_path(path) for path in finals]

    def finish(
        self, written: Iterable[Path], record: dict[str, Any], *, complete: bool
    ) -> list[Path]:
        """End the run: rename ``written`` (final names, written at their partial names)
        when ``complete``, and write the status with ``record``; returns the paths the
        outputs now have."""
        paths = []
        for final in written:
            if complete:
                partial_path(final).replace(final)
                paths.append(final)
            else:
                paths.append(partial_path(final))
        status = "complete" if complete else "partial"
        outputs = [path.name for path in paths]
        self._write_status(
            {
                "status": status,
                "started": self.started,
                "ended": _now(),
                **record,
                "outputs": outputs,
            }
        )
        return paths

    def _write_status(self, record: dict[str, Any]) -> None:
        if self.status is None:
            return
        temporary = self.status.with_name(self.status.name + ".tmp")
        temporary.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        temporary.replace(self.status)
