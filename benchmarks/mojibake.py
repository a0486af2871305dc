"""Mojibake repair: our ``read.repair_mojibake`` (ftfy's ``fix_encoding`` on the lines
our gate suspects) against ftfy on every line (issue 11 item 1 asked to measure ftfy).

Usage: ``python benchmarks/mojibake.py``. Samples are real lines: every line with a
non-ASCII character in the fixtures and ../shared/corpus. Each is mangled as upstream
tools mangle UTF-8 (read as cp1252, the common case; read as Latin-1, leaving C1
controls; mangled twice) and must come back exactly; the clean lines must come back
unchanged (no false repairs). Prints the counts and the time per megabyte of each
repairer, in one process.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from debateparse.read import repair_mojibake

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO / "fixtures", REPO.parent / "shared" / "corpus"]


def _lines() -> list[str]:
    found: dict[str, None] = {}
    for root in SOURCES:
        for path in sorted(root.rglob("*.txt")):
            for line in path.read_text("utf-8", errors="replace").splitlines():
                if line.strip() and not line.isascii() and "\ufffd" not in line:
                    found[line] = None
    return list(found)


def _cp1252(text: str) -> str | None:
    try:
        return text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined: not this mangling
        return None


def _latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def _twice(text: str) -> str | None:
    once = _cp1252(text)
    return None if once is None else _cp1252(once)


MANGLINGS: dict[str, Callable[[str], str | None]] = {
    "cp1252": _cp1252,
    "latin-1": _latin1,
    "cp1252 twice": _twice,
}


def ours(text: str) -> str:
    return repair_mojibake(text)[0]


def main() -> int:
    try:
        import ftfy
    except ImportError:
        print("ftfy is not installed (pip install ftfy)", file=sys.stderr)
        return 1
    repairers: dict[str, Callable[[str], str]] = {
        "debateparse": ours,
        "ftfy.fix_encoding": ftfy.fix_encoding,  # mojibake only
        "ftfy.fix_text": ftfy.fix_text,  # defaults: also uncurls quotes, NFC, ...
    }
    lines = _lines()
    print(f"{len(lines)} real lines with non-ASCII text; ftfy {ftfy.__version__}")
    cases = {"clean (unchanged)": [(line, line) for line in lines]}
    for name, mangle in MANGLINGS.items():
        pairs = [(bad, line) for line in lines if (bad := mangle(line)) is not None]
        cases[f"mangled: {name}"] = pairs
    print(f"{'case':24} {'n':>6} " + " ".join(f"{name:>17}" for name in repairers))
    for case, pairs in cases.items():
        right = {
            name: sum(fix(bad) == good for bad, good in pairs) for name, fix in repairers.items()
        }
        cells = " ".join(f"{right[name] / len(pairs):>17.1%}" for name in repairers)
        print(f"{case:24} {len(pairs):>6} {cells}")
    text = "\n".join(bad for bad, _ in cases["mangled: cp1252"])
    clean = "\n".join(lines)
    megabytes = len(text.encode()) / 1e6
    for name, fix in repairers.items():
        fix(cases["mangled: cp1252"][0][0])  # imports done before timing
        for label, sample in (("mangled", text), ("clean", clean)):
            began = time.process_time()
            fix(sample)
            spent = time.process_time() - began
            print(f"{name:17} {label:8} {spent / megabytes:8.3f} s/MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
