"""Corpus-run throughput with one worker and with every core.

Writes --files variants of the TheyWorkForYou fixtures to a temporary folder (each
speaker renamed from a pool, speech paragraphs dropped, repeated or extended at random,
so no two files are alike), then prints, best of --repeat runs each:

* ``parse_corpus``: files/s and MB/s of parsing every file and receiving every ``Debate``
  in the calling process, with 1 worker (in process) and with all cores;
* ``write_corpus``: the same for a whole ``debateparse corpus`` run, which writes the
  debates, turns, speakers and diagnostics tables (Parquet when pyarrow is installed,
  else CSV);
* ``parse_corpus`` again from a cold caller: each run in a fresh interpreter, as the
  command line starts (its CPU time is that process's own, imports included, and its
  workers', each of which compiles the rules it uses: a warm caller's are inherited);
* the speed-up of all cores over one worker for each (target >= 1.8x on 2 cores), in
  wall time, and from CPU time: the one-worker CPU time over what the run needs on free
  cores, max(parent CPU, (parent + worker CPU) / cores), a figure that load from other
  work on a shared machine moves much less than wall time.

The machine may be shared: the runs take turns, the best of each is kept, and the load
average before and after is printed. ``--only parse cold`` skips ``write_corpus``.

Usage: python benchmarks/corpus.py [--files 2000] [--kb 0] [--repeat 3] [--workers N] [--seed 1]
                                  [--format parquet|csv] [--only parse|write|cold ...]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import debateparse
from debateparse.corpus import default_file_format, parse_corpus, write_corpus
from debateparse.export.files import FILE_FORMATS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "twfy"
FIRST = [
    "Ada",
    "Bridget",
    "Cyril",
    "Dilys",
    "Emrys",
    "Fiona",
    "Gareth",
    "Hywel",
    "Iona",
    "Jamal",
    "Keir",
    "Lowri",
    "Morag",
    "Niall",
]
LAST = [
    "Abbott",
    "Baird",
    "Cairns",
    "Dunlop",
    "Evans",
    "Fraser",
    "Gill",
    "Hughes",
    "Irvine",
    "Jones",
    "Khan",
    "Lloyd",
    "Mackay",
]
EXTRA = (
    "I am grateful to the Minister for that answer.",
    "The House will want to hear more about this in due course.",
    "We will look carefully at the detail and return to it.",
)


def templates() -> list[tuple[str, debateparse.Debate]]:
    """The TheyWorkForYou fixtures that parse to a debate, with their parse."""
    found = []
    for path in sorted(FIXTURES.glob("*.txt")):
        debate = debateparse.parse_debate(path, strict=False)
        if debate.turns:
            found.append((path.read_text(encoding="utf-8"), debate))
    return found


def variant(text: str, debate: debateparse.Debate, rng: random.Random) -> str:
    """``text`` with its speakers renamed and its speech paragraphs perturbed."""
    lines = text.split("\n")
    speech = {line for turn in debate.turns for line in turn.paragraphs.lines}
    out = []
    for number, line in enumerate(lines, start=1):
        if number not in speech:
            out.append(line)
            continue
        roll = rng.random()
        if roll < 0.1:
            continue  # drop the paragraph (the blank line around it stays)
        out.append(line)
        if roll < 0.2:
            out += ["", line]
        elif roll < 0.3:
            out[-1] = f"{line} {rng.choice(EXTRA)}"
    varied = "\n".join(out)
    for speaker in debate.speakers.values():
        if speaker.kind == "member":
            varied = varied.replace(speaker.name, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    return varied


def grown(text: str, kilobytes: float) -> str:
    """``text`` with its speeches (from the first header on) repeated to ``kilobytes``."""
    start = text.find("\nPhoto of ")
    if not kilobytes or start < 0:
        return text
    body = text[start:]
    copies = max(0, int((kilobytes * 1000 - len(text)) // max(1, len(body))) + 1)
    return text + body * copies


def make_files(
    folder: Path, count: int, seed: int, kilobytes: float = 0
) -> tuple[list[Path], float]:
    """``count`` variant files in ``folder`` (each grown to ``kilobytes`` when given);
    returns them and their size in MB."""
    rng = random.Random(seed)
    sources = templates()
    paths = []
    size = 0
    for number in range(count):
        text, debate = sources[number % len(sources)]
        path = folder / f"{number:05d}.txt"
        data = grown(variant(text, debate, rng), kilobytes).encode("utf-8")
        path.write_bytes(data)
        size += len(data)
        paths.append(path)
    return paths, size / 1e6


def _cpu() -> tuple[float, float]:
    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime, children.ru_utime + children.ru_stime


def timings(
    repeat: int, jobs: dict[str, Callable[[], object]]
) -> dict[str, tuple[float, float, float]]:
    """Best (wall, parent CPU, worker CPU) of each job over ``repeat`` rounds, best by
    wall time and by CPU time separately; the jobs take turns within a round, so a burst
    of load from elsewhere hits them alike. Each time is printed with the load average
    when it was taken (worker CPU is counted when the pool's workers have ended)."""
    best = {name: (float("inf"),) * 3 for name in jobs}
    for round_ in range(repeat):
        for name, job in jobs.items():
            start, (mine, children) = time.perf_counter(), _cpu()
            own = job()
            took = time.perf_counter() - start
            after_mine, after_children = _cpu()
            parent, workers = after_mine - mine, after_children - children
            if isinstance(own, tuple):  # a job in its own process reports its own split
                parent, workers = own
            wall, best_parent, best_workers = best[name]
            if parent + workers < best_parent + best_workers:
                best_parent, best_workers = parent, workers
            best[name] = (min(wall, took), best_parent, best_workers)
            print(
                f"  round {round_ + 1} {name:<8} {took:6.2f} s wall, CPU {parent:5.2f} s here "
                f"+ {workers:5.2f} s workers  load {os.getloadavg()[0]:.2f}"
            )
    return best


def drain_parse(paths: list[Path], workers: int) -> None:
    failed = sum(
        isinstance(outcome, debateparse.DebateParseError)
        for _, outcome in parse_corpus(paths, workers=workers)
    )
    assert failed == 0, f"{failed} variants failed to parse"


COLD_CHILD = """
import resource, sys
from debateparse.corpus import parse_corpus
from debateparse.errors import DebateParseError
paths = open(sys.argv[1], encoding="utf-8").read().split("\\n")
outcomes = parse_corpus(paths, workers=int(sys.argv[2]))
failed = sum(isinstance(outcome, DebateParseError) for _, outcome in outcomes)
assert failed == 0, failed
mine = resource.getrusage(resource.RUSAGE_SELF)
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(mine.ru_utime + mine.ru_stime, children.ru_utime + children.ru_stime)
"""


def cold_parse(listing: Path, workers: int) -> tuple[float, float]:
    """``drain_parse`` in a fresh interpreter; its own (CPU, worker CPU)."""
    out = subprocess.run(
        [sys.executable, "-c", COLD_CHILD, str(listing), str(workers)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    parent, workers_cpu = map(float, out.split())
    return parent, workers_cpu


def run_write(paths: list[Path], workers: int, out: Path, file_format: str) -> None:
    shutil.rmtree(out, ignore_errors=True)
    report = write_corpus(paths, out, workers=workers, file_format=file_format, progress=False)
    assert report.ok == len(paths), report.summary()


def report(
    label: str,
    count: int,
    megabytes: float,
    one: tuple[float, float, float],
    many: tuple[float, float, float],
    n: int,
) -> None:
    wall_one, wall_many = one[0], many[0]
    cpu_one = one[1] + one[2]
    parent, workers = many[1], many[2]
    needs = max(parent, (parent + workers) / min(n, os.cpu_count() or 1))
    print(f"{label}:")
    print(
        f"  1 worker  : {count / wall_one:8.0f} files/s {megabytes / wall_one:7.1f} MB/s "
        f"({wall_one:.2f} s; CPU {cpu_one:.2f} s)"
    )
    print(
        f"  {n} workers : {count / wall_many:8.0f} files/s {megabytes / wall_many:7.1f} MB/s "
        f"({wall_many:.2f} s; CPU {parent:.2f} s here + {workers:.2f} s in workers)"
    )
    print(
        f"  speed-up  : {wall_one / wall_many:.2f}x wall, {cpu_one / needs:.2f}x from CPU time "
        f"(target >= 1.8x on 2 cores); load {os.getloadavg()[0]:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="files to make")
    parser.add_argument(
        "--kb", type=float, default=0, help="grow each file to about this many KB (0: as is)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best kept)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="all cores")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the variants")
    parser.add_argument(
        "--format", choices=FILE_FORMATS, default=default_file_format(), help="table files"
    )
    parser.add_argument(
        "--only", nargs="+", choices=("parse", "write", "cold"), help="run only these"
    )
    args = parser.parse_args()
    file_format = args.format
    kinds = args.only or ["parse", "write", "cold"]

    with tempfile.TemporaryDirectory(prefix="debateparse-corpus-") as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        paths, megabytes = make_files(folder, args.files, args.seed, args.kb)
        print(
            f"machine: {os.cpu_count()} cores, {platform.machine()}, "
            f"Python {platform.python_version()}; load average {os.getloadavg()[0]:.2f}"
        )
        print(f"input: {len(paths)} files, {megabytes:.1f} MB (variants of {FIXTURES.name}/)")
        n = args.workers
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(map(str, paths)), encoding="utf-8")
        jobs: dict[str, Callable[[], object]] = {}
        for workers in (1, n):
            out = Path(tmp) / f"out-{workers}"
            if "parse" in kinds:
                jobs[f"parse-{workers}"] = partial(drain_parse, paths, workers)
            if "write" in kinds:
                jobs[f"write-{workers}"] = partial(run_write, paths, workers, out, file_format)
            if "cold" in kinds:
                jobs[f"cold-{workers}"] = partial(cold_parse, listing, workers)
        times = timings(args.repeat, jobs)
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        labels = {
            "parse": "parse_corpus (Debates to the caller)",
            "write": f"write_corpus ({file_format} tables)",
            "cold": "parse_corpus from a cold caller (a fresh interpreter, as the command line)",
        }
        for kind in kinds:
            report(labels[kind], len(paths), megabytes, times[f"{kind}-1"], times[f"{kind}-{n}"], n)


if __name__ == "__main__":
    main()
