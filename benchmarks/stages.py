"""Where a parse's time goes, stage by stage, against the bare header scan, in one process.

The profile behind the throughput targets that are not met (see the README): for the
seed repeated to --mb MB (and, with --distinct, every copy's speakers renamed), the best
CPU time of --repeat runs of each stage, in ms per MB and as a multiple of the bare
``re.finditer(r"^Photo of (.+)$")`` scan of the same text:

* read: ``source_from_text`` (lines, offsets, line-ending checks);
* classify: ``tokenize.classify``, every line judged by the dialect's rules (detection
  included, which on a large file classifies only its first lines);
* assemble: the state machine over the tokens, turn drafts, and packing a large
  debate's ended turns (also printed alone: the parse with and without packing);
* normalize: the drafts to turn records, speakers, metadata and the ``Debate``;
* reading every turn's text, span and paragraphs and every speaker (``throughput.read_all``).

Stage times come from wrapping the stage functions (a few calls a parse, so the wrapping
costs nothing measurable); "assemble" is the rest of ``parse_text``. With --profile, the
functions with most own time under cProfile are printed too.

Usage: python benchmarks/stages.py [--mb 10] [--repeat 3] [--distinct] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import debateparse
import debateparse.api as api
import debateparse.streaming as streaming
import debateparse.transitions.turns as turns

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import bare_scan, best_of, build_text, load, read_all

_SPENT: dict[str, float] = {}


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            _SPENT[name] = _SPENT.get(name, 0.0) + time.process_time() - start

    return wrapper


def stage_times(text: str, repeat: int) -> dict[str, float]:
    """Best CPU seconds of each stage over ``repeat`` parses of ``text``."""
    best: dict[str, float] = {}
    originals = (api.source_from_text, streaming.classify, api.normalize)
    api.source_from_text = _timed("read", originals[0])
    streaming.classify = _timed("classify", originals[1])
    api.normalize = _timed("normalize", originals[2])
    try:
        for _ in range(repeat):
            _SPENT.clear()
            start = time.process_time()
            debateparse.parse_text(text)
            total = time.process_time() - start
            spent = dict(_SPENT)
            spent["assemble"] = total - sum(spent.values())
            spent["parse_text"] = total
            for name, seconds in spent.items():
                best[name] = min(best.get(name, float("inf")), seconds)
    finally:
        api.source_from_text, streaming.classify, api.normalize = originals
    return best


def without_packing(text: str, repeat: int) -> float:
    """Best CPU seconds of ``parse_text`` with no turn packed away."""
    saved = turns.PACK_AFTER
    turns.PACK_AFTER = 1 << 62
    try:
        return best_of(repeat, lambda: debateparse.parse_text(text))[0]
    finally:
        turns.PACK_AFTER = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="input size in MB")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best kept)")
    parser.add_argument("--distinct", action="store_true", help="rename every copy's speakers")
    parser.add_argument("--profile", action="store_true", help="print a cProfile top 25")
    args = parser.parse_args()
    text = build_text(args.mb, distinct=args.distinct)
    size = len(text.encode("utf-8")) / 1e6
    debateparse.parse_text(text[:200_000])  # first use: imports, compiled rules, validators
    print(
        f"machine: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}; input {size:.1f} MB "
        f"({'distinct names' if args.distinct else 'seed repeated'}); {load()}"
    )
    bare, _ = best_of(args.repeat, lambda: bare_scan(text))
    stages = stage_times(text, args.repeat)
    unpacked = without_packing(text, args.repeat)
    parsed = debateparse.parse_text(text)
    reading, at = best_of(args.repeat, lambda: read_all(parsed))

    def line(name: str, seconds: float, share_of: float) -> None:
        print(
            f"  {name:<34} {seconds / size * 1e3:8.1f} ms/MB  {seconds / bare:6.2f}x the scan"
            f"  {seconds / share_of:6.1%}"
        )

    total = stages["parse_text"]
    print(f"bare scan: {bare / size * 1e3:.1f} ms/MB ({size / bare:.0f} MB/s)")
    print("stage (share of parse_text):")
    for name in ("read", "classify", "assemble", "normalize"):
        line(name, stages[name], total)
    line("  of which packing ended turns", max(total - unpacked, 0.0), total)
    line("parse_text", total, total)
    print("after the parse (share of parse + read):")
    line("read every turn and speaker", reading, total + reading)
    line("parse + read", total + reading, total + reading)
    print(
        f"to reach 0.35 of the scan, parse_text may take {bare / 0.35 / size * 1e3:.1f} ms/MB "
        f"(now {total / size * 1e3:.1f}); parse + read at 0.25: "
        f"{bare / 0.25 / size * 1e3:.1f} ms/MB (now {(total + reading) / size * 1e3:.1f}); {at}"
    )
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(lambda: read_all(debateparse.parse_text(text)))
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
