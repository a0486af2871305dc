"""Read markdown-it-style case files: a title line, then `.`, input, `.`, expected, `.`.

The expected block is ``key: value`` lines (a value ``None`` means absent).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Case(NamedTuple):
    title: str
    line: int
    input: str
    expected: dict[str, str | None]


def read_cases(path: Path) -> list[Case]:
    """Parse a case file into ``Case`` records."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cases, index = [], 0
    while index < len(lines):
        if not lines[index].strip() or lines[index].startswith("#"):
            index += 1
            continue
        title, start = lines[index], index + 1
        if lines[index + 1] != ".":
            raise ValueError(f"{path}:{start}: expected '.' after the title")
        blocks: list[list[str]] = []
        index += 2
        for _ in range(2):
            block = []
            while lines[index] != ".":
                block.append(lines[index])
                index += 1
            blocks.append(block)
            index += 1
        expected = {}
        for entry in blocks[1]:
            key, _, value = entry.partition(": ")
            expected[key] = None if value == "None" else value
        cases.append(Case(title, start, "\n".join(blocks[0]), expected))
    return cases
