"""Limits that keep a result bounded: input size and diagnostics per code.

- ``MAX_BYTES``: the default ``max_bytes`` of ``parse_debate``, ``iter_debates`` and
  ``parse_text`` (and ``--max-bytes`` of the command line); a larger input raises
  ``InputTooLargeError`` after reading at most ``max_bytes + 1`` bytes.
- ``MAX_DIAGNOSTICS_PER_CODE``: a Debate lists at most this many diagnostics of one code;
  past it one ``diagnostics-capped`` summary diagnostic gives the number left out and the
  lines they concern.
"""

from __future__ import annotations

from collections.abc import Iterable

from debateparse.models import Diagnostic

__all__ = ["MAX_BYTES", "MAX_DIAGNOSTICS_PER_CODE", "DiagnosticLog"]

MAX_BYTES = 2 * 1024**3
"""Default input size limit: 2 GiB (bytes of a file, characters of a text)."""
MAX_DIAGNOSTICS_PER_CODE = 100
"""Diagnostics of one code kept in a Debate; the rest are counted in one summary."""


class DiagnosticLog(list[Diagnostic]):
    """A list of diagnostics that keeps at most ``cap`` of each code and counts the rest."""

    def __init__(
        self, items: Iterable[Diagnostic] = (), cap: int = MAX_DIAGNOSTICS_PER_CODE
    ) -> None:
        super().__init__()
        self.cap = cap
        self.counts: dict[str, int] = {}
        self.dropped: dict[str, list[int | None]] = {}
        """Code -> [count left out, first line, last line]."""
        self.extend(items)

    def append(self, item: Diagnostic) -> None:
        seen = self.counts.get(item.code, 0) + 1
        self.counts[item.code] = seen
        if seen <= self.cap:
            super().append(item)
            return
        record = self.dropped.get(item.code)
        if record is None:
            self.dropped[item.code] = [1, item.line, item.line]
            return
        record[0] = (record[0] or 0) + 1
        if item.line is not None:
            record[1] = item.line if record[1] is None else min(record[1], item.line)
            record[2] = item.line if record[2] is None else max(record[2], item.line)

    def extend(self, items: Iterable[Diagnostic]) -> None:
        for item in items:
            self.append(item)
        if isinstance(items, DiagnosticLog):  # what the other log left out, left out here
            for code, (count, first, last) in items.dropped.items():
                self.counts[code] = self.counts.get(code, 0) + (count or 0)
                mine = self.dropped.setdefault(code, [0, first, last])
                mine[0] = (mine[0] or 0) + (count or 0)
                for index, line, pick in ((1, first, min), (2, last, max)):
                    if line is not None:
                        known = mine[index]
                        mine[index] = line if known is None else pick(known, line)

    def summaries(self) -> list[Diagnostic]:
        """One ``diagnostics-capped`` diagnostic per code that went past the cap."""
        notes = []
        for code, (count, first, last) in self.dropped.items():
            where = "" if first is None else f" (lines {first}-{last})"
            notes.append(
                Diagnostic(
                    code="diagnostics-capped",
                    line=first,
                    severity="info",
                    message=f"{count} more {code!r} diagnostics{where} not listed: a debate "
                    f"lists at most {self.cap} of one code",
                )
            )
        return notes
