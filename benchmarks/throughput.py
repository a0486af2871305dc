"""Parse throughput against a bare regex scan of the same text, in the same process.

Builds a >= 30 MB TheyWorkForYou text from the seed debate (its title and location once,
then its speeches repeated), then prints, best of --repeat runs each:

* MB/s of a bare ``re.finditer(r"^Photo of (.+)$", text, re.M)`` pass (the baseline);
* MB/s of ``debateparse.parse_text(text, dialect=...)`` and the ratio to the baseline;
* MB/s of the parse plus reading every turn, paragraph and speaker (``Debate.turns`` and
  friends build their pydantic objects on first access; this figure includes that);
* peak traced memory of one parse (tracemalloc), as a multiple of the input size;
* the same parse ratio on a worst case where every copy's speakers have distinct names, so
  that no header line repeats (the parser judges each distinct header line once per parse;
  a real debate repeats its Speaker and answering ministers, the plain seed repeats all).

Usage: python benchmarks/throughput.py [--mb 30] [--repeat 5] [--dialect auto]
"""

from __future__ import annotations

import argparse
import platform
import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import debateparse

SEED = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "twfy"
    / ("commons-2024-05-15-ukraine-and-georgia.txt")
)
BOILERPLATE = "Alert me about debates like this\n"


def build_text(megabytes: float, *, distinct: bool = False) -> str:
    """The seed's heading once, then its speeches repeated to at least ``megabytes``; with
    ``distinct``, copy N renames every speaker "NAME N" (no header line repeats)."""
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split(BOILERPLATE, 1)
    block = "\n" + body.strip("\n") + "\n"
    copies = int(megabytes * 1_000_000 // len(block.encode("utf-8"))) + 1
    if not distinct:
        return head + BOILERPLATE + block * copies
    header = re.compile(r"^Photo of (.+?) \1", re.M)
    renamed = (
        header.sub(lambda m, n=n: f"Photo of {m[1]} {n} {m[1]} {n}", block) for n in range(copies)
    )
    return head + BOILERPLATE + "".join(renamed)


def best_of(repeat: int, job: Callable[[], object]) -> float:
    """Smallest wall time of ``repeat`` runs of ``job`` (its result freed after timing)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - start)
        del result
    return min(times)


def bare_scan(text: str) -> int:
    return sum(1 for _ in re.finditer(r"^Photo of (.+)$", text, re.M))


def parse_and_read(text: str, dialect: str) -> int:
    debate = debateparse.parse_text(text, dialect=dialect)
    total = 0
    for turn in debate.turns:
        total += len(turn.text) + turn.span.end + sum(p.line for p in turn.paragraphs)
    for speaker in debate.speakers.values():
        total += speaker.word_count
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30.0, help="input size in MB (>= 30)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (best kept)")
    parser.add_argument("--dialect", default="auto", help="dialect to parse with")
    args = parser.parse_args()

    text = build_text(args.mb)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    turns = len(debateparse.parse_text(text, dialect=args.dialect).turns)

    bare = best_of(args.repeat, lambda: bare_scan(text))
    parse = best_of(args.repeat, lambda: debateparse.parse_text(text, dialect=args.dialect))
    read = best_of(max(1, args.repeat // 2), lambda: parse_and_read(text, args.dialect))

    tracemalloc.start()
    debate = debateparse.parse_text(text, dialect=args.dialect)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del debate

    worst = build_text(args.mb, distinct=True)
    worst_mb = len(worst.encode("utf-8")) / 1_000_000
    worst_bare = best_of(args.repeat, lambda: bare_scan(worst))
    worst_parse = best_of(args.repeat, lambda: debateparse.parse_text(worst, dialect=args.dialect))

    print(
        f"machine: {platform.machine()}, {platform.processor() or 'unknown cpu'}, "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )
    print(f"input: {size_mb:.1f} MB, {turns} turns, dialect={args.dialect}")
    print(f"bare re.finditer scan : {size_mb / bare:8.1f} MB/s  ({bare:.3f} s)")
    print(
        f"parse_text            : {size_mb / parse:8.1f} MB/s  ({parse:.3f} s)  "
        f"ratio {bare / parse:.3f} (target >= 0.25)"
    )
    print(
        f"parse + read all      : {size_mb / read:8.1f} MB/s  ({read:.3f} s)  "
        f"ratio {bare / read:.3f}"
    )
    print(
        f"peak memory of parse  : {peak / 1e6:8.1f} MB = {peak / 1e6 / size_mb:.2f}x input "
        f"(target <= 4x)"
    )
    print(
        f"worst case, no header repeated: parse {worst_mb / worst_parse:.1f} MB/s, bare "
        f"{worst_mb / worst_bare:.1f} MB/s, ratio {worst_bare / worst_parse:.3f}"
    )


if __name__ == "__main__":
    main()
