"""Corpus-run throughput with one worker and with every core.

Writes --files variants of the TheyWorkForYou fixtures to a temporary folder (each
speaker renamed from a pool, speech paragraphs dropped, repeated or extended at random,
so no two files are alike), then prints, best of --repeat runs each:

* ``parse_corpus``: files/s and MB/s of parsing every file and receiving every ``Debate``
  in the calling process, with 1 worker (in process) and with all cores;
* ``write_corpus``: the same for a whole ``debateparse corpus`` run, which writes the
  debates, turns, speakers and diagnostics tables (Parquet when pyarrow is installed,
  else CSV);
* the speed-up of all cores over one worker for each (target >= 1.8x on 2 cores).

The machine may be shared: the runs take turns, the best of each is kept, and the load
average before and after is printed.

Usage: python benchmarks/corpus.py [--files 2000] [--kb 0] [--repeat 3] [--workers N] [--seed 1]
                                  [--format parquet|csv]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
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


def timings(repeat: int, jobs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best wall time of each job over ``repeat`` rounds; the jobs take turns within a
    round, so a burst of load from elsewhere hits them alike. Each time is printed with
    the load average when it was taken."""
    best = dict.fromkeys(jobs, float("inf"))
    for round_ in range(repeat):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            took = time.perf_counter() - start
            best[name] = min(best[name], took)
            print(f"  round {round_ + 1} {name:<8} {took:6.2f} s  load {os.getloadavg()[0]:.2f}")
    return best


def drain_parse(paths: list[Path], workers: int) -> None:
    failed = sum(
        isinstance(outcome, debateparse.DebateParseError)
        for _, outcome in parse_corpus(paths, workers=workers)
    )
    assert failed == 0, f"{failed} variants failed to parse"


def run_write(paths: list[Path], workers: int, out: Path, file_format: str) -> None:
    shutil.rmtree(out, ignore_errors=True)
    report = write_corpus(paths, out, workers=workers, file_format=file_format, progress=False)
    assert report.ok == len(paths), report.summary()


def report(label: str, count: int, megabytes: float, one: float, many: float, n: int) -> None:
    print(f"{label}:")
    print(f"  1 worker  : {count / one:8.0f} files/s {megabytes / one:7.1f} MB/s ({one:.2f} s)")
    print(
        f"  {n} workers : {count / many:8.0f} files/s {megabytes / many:7.1f} MB/s ({many:.2f} s)"
    )
    print(f"  speed-up  : {one / many:.2f}x (target >= 1.8x on 2 cores)")


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
    args = parser.parse_args()
    file_format = args.format

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
        jobs: dict[str, Callable[[], object]] = {}
        for workers in (1, n):
            out = Path(tmp) / f"out-{workers}"
            jobs[f"parse-{workers}"] = partial(drain_parse, paths, workers)
            jobs[f"write-{workers}"] = partial(run_write, paths, workers, out, file_format)
        times = timings(args.repeat, jobs)
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        report(
            "parse_corpus (Debates to the caller)",
            len(paths),
            megabytes,
            times["parse-1"],
            times[f"parse-{n}"],
            n,
        )
        report(
            f"write_corpus ({file_format} tables)",
            len(paths),
            megabytes,
            times["write-1"],
            times[f"write-{n}"],
            n,
        )


if __name__ == "__main__":
    main()
