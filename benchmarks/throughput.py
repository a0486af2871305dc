"""Parse throughput and memory against a bare regex scan of the same text, in one process.

Builds TheyWorkForYou texts from the seed debate (its title and location once, then its
speeches repeated) and prints, best CPU time of --repeat runs each, with the load average beside
each figure (the machine may be shared; ratios taken in the same process cancel most of
its noise):

* the references: a bare ``re.finditer(r"^Photo of (.+)$", text, re.M)`` scan, the same
  scan with the third-party ``regex`` module, and the naive 30-line regex + pydantic
  parser of ``benchmarks/naive.py`` (no losslessness, no diagnostics: a reference only);
* ``parse_text`` on the 30 MB input / the bare scan;
* the parse plus reading every turn's text, span and paragraphs and every speaker (what a
  notebook does) / the bare scan, on 30 MB and 9 MB;
* the same on a worst case where every copy's speakers have distinct names and times, so
  that no header line repeats (no per-parse memo can help);
* MB/s on 5 KB pages (the seed cut at headers) / MB/s on the one large file;
* peak RSS (``VmHWM`` of a fresh child process, not tracemalloc) of
  ``parse_debate`` on the file with every model built, over the input size.

Usage: python benchmarks/throughput.py [--mb 30] [--small-mb 9] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import regex

import debateparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from naive import naive_parse

SEED = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "twfy"
    / ("commons-2024-05-15-ukraine-and-georgia.txt")
)
BOILERPLATE = "Alert me about debates like this\n"
PAGE_BYTES = 5_000


def cpu_name() -> str:
    """The processor's model name (``platform.processor()`` is empty on most Linux)."""
    try:
        with Path("/proc/cpuinfo").open(encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown cpu"


def load() -> str:
    """The load average over the last minute, for printing beside a figure."""
    return f"load {os.getloadavg()[0]:.2f}"


def build_text(megabytes: float, *, distinct: bool = False) -> str:
    """The seed's heading once, then its speeches repeated to at least ``megabytes``; with
    ``distinct``, copy N renames every speaker "NAME N" and shifts the times (no header
    line repeats)."""
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split(BOILERPLATE, 1)
    block = "\n" + body.strip("\n") + "\n"
    copies = int(megabytes * 1_000_000 // len(block.encode("utf-8"))) + 1
    if not distinct:
        return head + BOILERPLATE + block * copies
    header = re.compile(r"^Photo of (.+?) \1", re.M)
    clock = re.compile(r"\b12:(\d\d)\b")

    def renamed(n: int) -> str:
        named = header.sub(lambda m: f"Photo of {m[1]} {n} {m[1]} {n}", block)
        return clock.sub(lambda m: f"{12 + n // 60 % 10}:{n % 60:02d}", named)

    return head + BOILERPLATE + "".join(renamed(n) for n in range(copies))


def pages(total_mb: float) -> list[str]:
    """About ``PAGE_BYTES`` pages: the seed's heading, then its turns cut at headers."""
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split(BOILERPLATE, 1)
    turns = ["Photo of " + t for t in body.split("\nPhoto of ")[1:]]
    found: list[str] = []
    size = 0
    while size < total_mb * 1_000_000:
        page = head + BOILERPLATE
        for turn in turns:
            page += "\n" + turn
            if len(page) >= PAGE_BYTES:
                found.append(page)
                size += len(page.encode("utf-8"))
                page = head + BOILERPLATE
    return found


def best_of(repeat: int, job: Callable[[], object]) -> tuple[float, str]:
    """Smallest CPU time of ``repeat`` runs of ``job``, and the load average then.

    CPU time (``time.process_time``), not wall time: every job here runs in this one
    thread, and on a shared machine the wall clock also counts the time other processes
    held the core (measured: ratios moved from 0.20 to 0.07 under a load of 4 on 2 cores).
    """
    times = []
    for _ in range(repeat):
        start = time.process_time()
        result = job()
        times.append(time.process_time() - start)
        del result
    return min(times), load()


def bare_scan(text: str) -> int:
    return sum(1 for _ in re.finditer(r"^Photo of (.+)$", text, re.M))


REGEX_HEADER = regex.compile(r"^Photo of (.+)$", regex.M)


def regex_scan(text: str) -> int:
    return sum(1 for _ in REGEX_HEADER.finditer(text))


def read_all(debate: debateparse.Debate) -> int:
    """Touch every turn's text, span and paragraphs and every speaker's counts."""
    total = 0
    for turn in debate.turns:
        total += len(turn.text) + turn.span.end + sum(p.line for p in turn.paragraphs)
    for speaker in debate.speakers.values():
        total += speaker.word_count
    return total


def parse_and_read(text: str) -> int:
    return read_all(debateparse.parse_text(text))


RSS_CHILD = """
import sys
def status(key):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith(key))
bare = status("VmRSS:")
import debateparse.api, debateparse.models  # what ``import debateparse`` imported at 0.1
sys.path.insert(0, {bench!r})
from throughput import read_all
before = status("VmRSS:")
debate = debateparse.parse_debate({path!r})
read_all(debate)
print(status("VmHWM:") - before, status("VmRSS:") - before, status("VmHWM:") - bare)
"""
# VmHWM (this process's own peak RSS), not getrusage's ru_maxrss: on Linux that keeps the
# peak of the process image before exec, here the forked benchmark holding its inputs.
# Counted from after the parser's modules are imported, as the figures were (at
# 0.1, ``import debateparse`` imported them; it now defers them to first use), and also
# from the bare interpreter: that adds the imports (pydantic, the compiled rules), about
# 24 MB whatever the input.


def rss_of_parse(text: str) -> tuple[float, float, float]:
    """(peak, kept, peak with the imports) RSS over the input size of ``parse_debate`` plus
    reading every model, in a fresh interpreter (see ``RSS_CHILD``)."""
    with tempfile.TemporaryDirectory(prefix="debateparse-rss-") as tmp:
        path = Path(tmp) / "input.txt"
        data = text.encode("utf-8")
        path.write_bytes(data)
        code = RSS_CHILD.format(bench=str(Path(__file__).resolve().parent), path=str(path))
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout
    peak, kept, whole = map(int, out.split())
    return peak / len(data), kept / len(data), whole / len(data)


def row(label: str, value: str, target: str, at: str) -> None:
    print(f"{label:<58} {value:>22}   {target:<22} {at}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30.0, help="large input in MB")
    parser.add_argument("--small-mb", type=float, default=9.0, help="smaller input in MB")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (best kept)")
    args = parser.parse_args()
    repeat, half = args.repeat, max(1, args.repeat // 2)

    print(
        f"machine: {os.cpu_count()} cores, {platform.machine()}, "
        f"{cpu_name()}, Python {platform.python_version()} "
        f"({platform.python_implementation()}); {load()}"
    )
    text = build_text(args.mb)
    size = len(text.encode("utf-8")) / 1e6
    turns = len(debateparse.parse_text(text).turns)
    print(f"input: {size:.1f} MB, {turns} turns (seed repeated)")

    bare, at_bare = best_of(repeat, lambda: bare_scan(text))
    fast, at_fast = best_of(repeat, lambda: regex_scan(text))
    parse, at_parse = best_of(repeat, lambda: debateparse.parse_text(text))
    read, at_read = best_of(half, lambda: parse_and_read(text))
    naive, at_naive = best_of(repeat, lambda: naive_parse(text))
    row("bare re.finditer header scan (reference)", f"{size / bare:.1f} MB/s", "", at_bare)
    row("regex-module finditer, same scan (reference)", f"{size / fast:.1f} MB/s", "", at_fast)
    row(
        "naive 30-line regex+pydantic parser (reference)",
        f"{size / naive:.1f} MB/s",
        "",
        at_naive,
    )
    row(
        "parse_text / bare scan",
        f"{bare / parse:.3f} ({size / parse:.1f} MB/s)",
        ">= 0.35",
        at_parse,
    )
    row(
        "parse + read every object / bare scan",
        f"{bare / read:.3f} ({size / read:.1f} MB/s)",
        ">= 0.25",
        at_read,
    )
    faster = "naive" if naive < parse else "parse_text"
    row(
        "naive parser time / parse_text time",
        f"{naive / parse:.2f} ({faster} faster)",
        "> 1 (we are faster)",
        at_naive,
    )

    small = build_text(args.small_mb)
    small_mb = len(small.encode("utf-8")) / 1e6
    small_bare, _ = best_of(repeat, lambda: bare_scan(small))
    small_read, at_small = best_of(half, lambda: parse_and_read(small))
    row(
        f"same, {small_mb:.0f} MB: parse + read / bare scan",
        f"{small_bare / small_read:.3f}",
        ">= 0.25",
        at_small,
    )

    worst = build_text(args.mb, distinct=True)
    worst_bare, _ = best_of(repeat, lambda: bare_scan(worst))
    worst_parse, at_wp = best_of(repeat, lambda: debateparse.parse_text(worst))
    worst_read, at_wr = best_of(half, lambda: parse_and_read(worst))
    row(
        "distinct names and times: parse only / bare scan",
        f"{worst_bare / worst_parse:.3f}",
        "",
        at_wp,
    )
    row(
        "distinct names and times: parse + read / bare scan",
        f"{worst_bare / worst_read:.3f}",
        ">= 0.25",
        at_wr,
    )

    small_pages = pages(2.0)
    pages_mb = sum(len(p.encode("utf-8")) for p in small_pages) / 1e6
    paged, at_pages = best_of(repeat, lambda: [debateparse.parse_text(p) for p in small_pages])
    row(
        f"MB/s on {PAGE_BYTES // 1000} KB pages / MB/s on the large file",
        f"{(pages_mb / paged) / (size / parse):.2f} ({pages_mb / paged:.1f} MB/s)",
        ">= 0.5",
        at_pages,
    )

    peak, kept, whole = rss_of_parse(text)
    row(
        "peak RSS, every model built / input (seed repeated)",
        f"{peak:.2f}x (kept {kept:.2f}x; {whole:.2f}x with imports)",
        "<= 3x",
        load(),
    )
    peak, kept, whole = rss_of_parse(worst)
    row(
        "peak RSS, every model built / input (distinct names)",
        f"{peak:.2f}x (kept {kept:.2f}x; {whole:.2f}x with imports)",
        "<= 3x",
        load(),
    )


if __name__ == "__main__":
    main()
