"""Registry load time, memory, pickling, and resolution overhead on the seed debate.

Prints, for the shared Popolo registry (or ``--registry PATH``):

* load time (best of --repeat fresh loads), and the peak and kept traced memory of a load;
* the pickle's size, and dump and load times (what sending it to a worker costs);
* the seed's parse time without a registry, and the time ``resolve_members`` adds on top,
  best of --runs in this process: the first use of a freshly loaded registry (cold: its
  memory not yet touched, nothing remembered); with the memo emptied before each run
  (every look-up computed, as for a debate whose names are new: the target, <= 15%); and
  warm (the memo filled by earlier runs, as when one registry serves many parses of the
  same people); each as a percentage of the parse.

Usage: python benchmarks/registry.py [--registry PATH] [--repeat 3] [--runs 200]
"""

from __future__ import annotations

import argparse
import pickle
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import debateparse
from debateparse import Registry, resolve_members

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import cpu_name

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "twfy" / "commons-2024-05-15-ukraine-and-georgia.txt"
SHARED = ROOT.parent / "shared" / "registry" / "uk_parliamentarians.popolo.json"


def best_of(runs: int, job: Callable[[], object]) -> float:
    """Smallest wall time of ``runs`` calls of ``job``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registry", type=Path, default=SHARED, help="registry file to load")
    parser.add_argument("--repeat", type=int, default=3, help="loads timed (best kept)")
    parser.add_argument("--runs", type=int, default=200, help="parses/resolutions timed")
    args = parser.parse_args()

    load = best_of(args.repeat, lambda: Registry.load(args.registry))
    tracemalloc.start()
    registry = Registry.load(args.registry)
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    dump = best_of(args.repeat, lambda: pickle.dumps(registry, protocol=pickle.HIGHEST_PROTOCOL))
    data = pickle.dumps(registry, protocol=pickle.HIGHEST_PROTOCOL)
    undump = best_of(args.repeat, lambda: pickle.loads(data))

    text = SEED.read_text(encoding="utf-8")
    debate = debateparse.parse_text(text)
    parse = best_of(args.runs, lambda: debateparse.parse_text(text))
    cold_times = []
    for _ in range(args.repeat):
        fresh = pickle.loads(data)  # a registry that has remembered nothing yet
        start = time.perf_counter()
        resolve_members(debate, fresh)
        cold_times.append(time.perf_counter() - start)
    cold = min(cold_times)
    resolve_members(debate, registry)
    forgetful = best_of(args.runs, lambda: (registry.forget(), resolve_members(debate, registry)))
    resolve_members(debate, registry)
    warm = best_of(args.runs, lambda: resolve_members(debate, registry))
    resolved = resolve_members(debate, registry)
    found = sum(s.member_id is not None for s in resolved.speakers.values())

    print(
        f"machine: {platform.machine()}, {cpu_name()}, "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )
    print(f"registry: {registry!r}")
    print(f"load                  : {load:8.3f} s   (target < 2 s)")
    print(f"memory of a load      : {peak / 1e6:8.1f} MB peak, {retained / 1e6:.1f} MB kept")
    print(
        f"pickle                : {len(data) / 1e6:8.1f} MB, dump {dump:.3f} s, load {undump:.3f} s"
    )
    print(f"seed parse            : {parse * 1e3:8.3f} ms  ({len(debate.turns)} turns)")
    print(
        f"resolution, cold      : {cold * 1e3:8.3f} ms = {cold / parse:6.1%} of the parse "
        "(first use of a freshly loaded registry)"
    )
    print(
        f"resolution, no memo   : {forgetful * 1e3:8.3f} ms = {forgetful / parse:6.1%} "
        "of the parse (target <= 15%; every look-up computed, as for a debate of new names)"
    )
    print(
        f"resolution, warm      : {warm * 1e3:8.3f} ms = {warm / parse:6.1%} of the parse "
        f"(look-ups remembered); {found}/{len(resolved.speakers)} speakers resolved"
    )


if __name__ == "__main__":
    main()
