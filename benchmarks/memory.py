"""Peak RSS of streaming, of one huge debate and of the exporters, each in a fresh child.

Peak RSS is the child's ``VmHWM`` (from /proc/self/status, counted from after the imports,
pyarrow's too for Parquet),
not tracemalloc: what the operating system sees. Inputs are built under /tmp (never in the
repository) from the seed debate:

* ``many``: distinct TheyWorkForYou pages (the seed with every speaker renamed "NAME N",
  one page per N) concatenated, as the multi-debate splitting reads them. ``iter_debates``
  over it: peak RSS / the largest debate's bytes, the time to the first debate and the
  total; ``parse_debate`` on it (it returns the first: peak / the first debate's bytes).
* ``huge``: the seed's speeches repeated as one debate. ``parse_debate``: peak / input,
  alone and then reading every turn (which builds and keeps the turn models).
* ``export``: ``debateparse FILE --format json|jsonl|csv|parquet -o OUT`` on ``huge``,
  in the child: peak / input. For Parquet, pyarrow's first write (about 55 MB of its own
  whatever the table's size) is made on a tiny table before the baseline and printed apart
  ("+N MB once").

``--before DIR`` runs the same children on another checkout's ``src`` (the code before a
change) for a before -> after table.

Usage: python benchmarks/memory.py [--many-mb 1000] [--huge-mb 200] [--export-mb 100]
       [--before /tmp/old/src] [--only many,huge,export]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "twfy"
SEED = SEED / "commons-2024-05-15-ukraine-and-georgia.txt"
BOILERPLATE = "Alert me about debates like this\n"

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
import debateparse
def status(key):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith(key))
def touch(debate):
    total = 0
    for turn in debate.turns:
        total += len(turn.text) + turn.span.end
    return total
mode, path = sys.argv[1], sys.argv[2]
constant = 0
if mode not in ("iter", "first"):  # the exporters' imports are a constant, not the input's
    import debateparse.cli
    if mode == "parquet":
        import pyarrow, pyarrow.parquet
        # pyarrow's first Parquet write maps ~55 MB of its own (whatever the table's
        # size): a constant, measured here and reported apart.
        start_rss = status("VmRSS:")
        table = pyarrow.table({"a": ["x" * 100] * 10})
        writer = pyarrow.parquet.ParquetWriter(sys.argv[3] + ".warm", table.schema)
        writer.write_table(table)
        writer.close()
        del table, writer
        constant = status("VmHWM:") - start_rss
before = status("VmRSS:")
start = time.perf_counter()
first = None
count = 0
largest = 0
if mode == "iter":
    for debate in debateparse.iter_debates(path, max_bytes=None):
        if first is None:
            first = time.perf_counter() - start
        count += 1
        touch(debate)
        largest = max(largest, debate.turns[-1].span.end - debate.turns[0].span.start)
        del debate
elif mode == "first":
    touch(debateparse.parse_debate(path, max_bytes=None))
    count = 1
elif mode == "parse":
    debate = debateparse.parse_debate(path, max_bytes=None)
    count = 1
else:
    from debateparse.cli import main
    main([path, "--format", mode, "-o", sys.argv[3], "--max-bytes", str(1 << 40)])
total = time.perf_counter() - start
print(json.dumps({"peak": status("VmHWM:") - before, "first": first, "total": total,
                  "count": count, "constant": constant}))
"""


def distinct_page(seed: str, n: int) -> str:
    """The seed page with every speaker renamed "NAME n" (a distinct debate)."""
    return re.sub(
        r"^Photo of (.+?) \1", lambda m: f"Photo of {m[1]} {n} {m[1]} {n}", seed, flags=re.M
    )


def build_many(path: Path, megabytes: float) -> int:
    """Distinct pages concatenated to ``megabytes``; returns the largest page's bytes."""
    seed = SEED.read_text(encoding="utf-8").strip("\n")
    largest = written = 0
    with path.open("w", encoding="utf-8") as out:
        n = 0
        while written < megabytes * 1e6:
            page = distinct_page(seed, n) + "\n\n"
            size = len(page.encode("utf-8"))
            out.write(page)
            written += size
            largest = max(largest, size)
            n += 1
    return largest


def build_huge(path: Path, megabytes: float) -> int:
    """The seed's heading once, then its speeches repeated (one debate)."""
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split(BOILERPLATE, 1)
    block = ("\n" + body.strip("\n") + "\n").encode("utf-8")
    copies = int(megabytes * 1e6 // len(block)) + 1
    with path.open("wb") as out:
        out.write((head + BOILERPLATE).encode("utf-8"))
        for _ in range(copies):
            out.write(block)
    return path.stat().st_size


def run(src: str | None, *args: str) -> dict[str, float]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = src
    out = subprocess.run(
        [sys.executable, "-c", CHILD, *args], check=True, capture_output=True, text=True, env=env
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def mb(value: float) -> str:
    return f"{value / 1e6:,.0f} MB"


def row(label: str, before: str, after: str, target: str) -> None:
    print(f"{label:<52} {before:>22} {after:>22}   {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--many-mb", type=float, default=1000.0)
    parser.add_argument("--huge-mb", type=float, default=200.0)
    parser.add_argument("--export-mb", type=float, default=100.0)
    parser.add_argument("--before", help="src folder of the code before (a checkout)")
    parser.add_argument("--only", default="many,huge,export")
    args = parser.parse_args()
    only = set(args.only.split(","))
    print(
        f"machine: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}; load {os.getloadavg()[0]:.2f}; peak RSS = VmHWM of a "
        "fresh child over the figure named"
    )
    codes = [("before", args.before), ("after", None)] if args.before else [("after", None)]
    row("", "before" if args.before else "", "after", "target")
    with tempfile.TemporaryDirectory(prefix="debateparse-mem-", dir="/tmp") as tmp:
        folder = Path(tmp)
        if "many" in only:
            many = folder / "many.txt"
            largest = build_many(many, args.many_mb)
            size = many.stat().st_size
            print(f"many: {mb(size)} of distinct pages, largest debate {largest / 1e3:.0f} KB")
            got = {name: run(src, "iter", str(many)) for name, src in codes}
            cells = [f"{g['peak'] / largest:.1f}x ({mb(g['peak'])})" for g in got.values()]
            row("iter_debates peak RSS / largest debate", *_pad(cells), "<= 3x + constant")
            cells = [f"{g['first']:.2f} of {g['total']:.0f} s" for g in got.values()]
            row("iter_debates: first debate after", *_pad(cells), "at once")
            got = {name: run(src, "first", str(many)) for name, src in codes}
            cells = [f"{g['peak'] / largest:.1f}x ({mb(g['peak'])})" for g in got.values()]
            row("parse_debate peak RSS / first debate", *_pad(cells), "bounded by the first")
            many.unlink()
        if "huge" in only:
            huge = folder / "huge.txt"
            size = build_huge(huge, args.huge_mb)
            print(f"huge: {mb(size)}, one debate (the seed's speeches repeated)")
            got = {name: run(src, "parse", str(huge)) for name, src in codes}
            cells = [f"{g['peak'] / size:.2f}x ({g['total']:.0f} s)" for g in got.values()]
            row("parse_debate peak RSS / input", *_pad(cells), "<= 3x")
            got = {name: run(src, "first", str(huge)) for name, src in codes}
            cells = [f"{g['peak'] / size:.2f}x ({g['total']:.0f} s)" for g in got.values()]
            row("the same, then every turn read", *_pad(cells), "<= 3x")
            huge.unlink()
        if "export" in only:
            huge = folder / "export.txt"
            size = build_huge(huge, args.export_mb)
            print(f"export: {mb(size)}, one debate")
            for fmt, suffix in (
                ("json", ".json"),
                ("jsonl", ".jsonl"),
                ("csv", ""),
                ("parquet", ""),
            ):
                out = folder / f"out{suffix}"
                got = {name: run(src, fmt, str(huge), str(out)) for name, src in codes}
                cells = [
                    f"{g['peak'] / size:.2f}x"
                    + (f" (+{mb(g['constant'])} once)" if g["constant"] else "")
                    for g in got.values()
                ]
                row(f"--format {fmt} peak RSS / input", *_pad(cells), "<= 3x")


def _pad(cells: list[str]) -> list[str]:
    return cells if len(cells) == 2 else ["", *cells]


if __name__ == "__main__":
    main()
