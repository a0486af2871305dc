"""ParlParse XML: read speed and memory, side by side with mysoc-validator's reader.

On the real Commons day (``../shared/registry/raw/mysoc-validator/debates2023-03-28d.xml``),
in this one process, best of --repeat runs:

* debateparse ``iter_debates`` (streamed; every section, turn, division and vote built):
  MB/s and speeches/s;
* a bare ``lxml.etree.iterparse`` pass that clears each element (the floor for any
  streaming reader): MB/s, and debateparse's ratio to it;
* mysoc-validator's ``Transcript.from_xml_path`` (pydantic models of the whole file; a
  test/benchmark-only dependency): speeches/s, and the ratio;
* whether both readers agree on the speech count and on every speech's person id.

Peak memory (max RSS of a fresh process, and of the same process after its imports) of each
reader on the real day, and of debateparse streaming the day's sections repeated to
--mb MB (200 by default) while keeping nothing: bounded memory means the figure stays near
the one-day figure.

Usage: python benchmarks/parlparse.py [--repeat 3] [--mb 200] [--no-big]
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAY = ROOT.parent / "shared" / "registry" / "raw" / "mysoc-validator" / "debates2023-03-28d.xml"

_MEMORY = """
import sys
def hwm():  # peak RSS of this process (ru_maxrss would include the parent's, kept over exec)
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise SystemExit("no /proc/self/status: peak RSS needs Linux")
kind, path = sys.argv[1], sys.argv[2]
if kind == "debateparse":
    from debateparse import iter_debates
    def job():
        n = 0
        for debate in iter_debates(path):
            n += len(debate.turns)
        return n
elif kind == "mysoc":
    from pathlib import Path
    from mysoc_validator.models.transcripts import Transcript
    def job():
        return sum(1 for _ in Transcript.from_xml_path(Path(path)).iter_speeches())
before = hwm()
count = job()
after = hwm()
print(count, before, after)
"""


def best_of(runs: int, job: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = job()
        best = min(best, time.perf_counter() - start)
    return best, result


def debateparse_ids(path: Path) -> list[str | None]:
    from debateparse import iter_debates

    ids = []
    for debate in iter_debates(path):
        speakers = debate.speakers.records
        for turn in debate.turns.records:
            ids.append(speakers[turn.speaker_id].member_id)
    return ids


def mysoc_ids(path: Path) -> list[str | None]:
    from mysoc_validator.models.transcripts import Transcript

    transcript = Transcript.from_xml_path(path)
    return [None if s.nospeaker == "true" else s.person_id for s in transcript.iter_speeches()]


def bare_iterparse(path: Path) -> int:
    from lxml import etree

    n = 0
    for _, element in etree.iterparse(str(path), events=("end",)):
        if element.tag == "speech":
            n += 1
        parent = element.getparent()
        if parent is not None and parent.getparent() is None:
            element.clear()
            while element.getprevious() is not None:
                del parent[0]
    return n


def peak(kind: str, path: Path) -> tuple[int, float, float]:
    """(count, peak RSS of the whole process, RSS peak after the imports alone), in MB."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY, kind, str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    count, before, after = int(out[0]), int(out[1]), int(out[2])
    return count, after / 1e6, before / 1e6


def repeated(path: Path, megabytes: float, folder: Path) -> Path:
    """The day's sections (everything inside <publicwhip>) repeated to ``megabytes``."""
    data = path.read_bytes()
    start = data.index(b">", data.index(b"<publicwhip")) + 1
    end = data.rindex(b"</publicwhip>")
    body = data[start:end]
    times = max(1, int(megabytes * 1e6 / len(body)) + 1)
    big = folder / "repeated.xml"
    with big.open("wb") as out:
        out.write(data[:start])
        for _ in range(times):
            out.write(body)
        out.write(data[end:])
    return big


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--mb", type=float, default=200.0)
    parser.add_argument("--no-big", action="store_true", help="skip the repeated file")
    parser.add_argument("day", nargs="?", type=Path, default=DAY)
    args = parser.parse_args()
    from debateparse import iter_debates

    size = args.day.stat().st_size / 1e6
    print(f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"{args.day.name}: {size:.2f} MB")

    ours_ids, theirs_ids = debateparse_ids(args.day), mysoc_ids(args.day)
    agree = sum(a == b for a, b in zip(ours_ids, theirs_ids, strict=False))
    print(
        f"agreement: {len(ours_ids)} speeches (debateparse) vs {len(theirs_ids)} "
        f"(mysoc-validator); person ids equal on {agree}/{len(theirs_ids)} speeches"
    )

    def ours() -> int:
        return sum(len(d.turns) for d in iter_debates(args.day))

    def theirs() -> int:
        return len(mysoc_ids(args.day))

    t_ours, speeches = best_of(args.repeat, ours)
    t_bare, _ = best_of(args.repeat, lambda: bare_iterparse(args.day))
    t_theirs, _ = best_of(args.repeat, theirs)
    n = int(speeches)  # type: ignore[call-overload]
    print(f"{'reader':<40} {'MB/s':>8} {'speeches/s':>11} {'ratio':>7}")
    print(f"{'debateparse iter_debates':<40} {size / t_ours:8.2f} {n / t_ours:11,.0f} {1:7.2f}")
    print(
        f"{'bare lxml iterparse + clear (floor)':<40} {size / t_bare:8.2f} {n / t_bare:11,.0f} "
        f"{t_ours / t_bare:7.2f}"
    )
    print(
        f"{'mysoc-validator Transcript.from_xml_path':<40} {size / t_theirs:8.2f} "
        f"{n / t_theirs:11,.0f} {t_ours / t_theirs:7.2f}"
    )
    print("(ratio: debateparse's time / that reader's time)")

    _, ours_mb, ours_base = peak("debateparse", args.day)
    _, theirs_mb, theirs_base = peak("mysoc", args.day)
    print(
        f"peak RSS, one day: debateparse {ours_mb:.1f} MB (imports alone {ours_base:.1f}), "
        f"mysoc-validator {theirs_mb:.1f} MB (imports alone {theirs_base:.1f})"
    )
    if not args.no_big:
        with tempfile.TemporaryDirectory() as folder:
            big = repeated(args.day, args.mb, Path(folder))
            big_mb = big.stat().st_size / 1e6
            start = time.perf_counter()
            turns, big_peak, base = peak("debateparse", big)
            took = time.perf_counter() - start
            print(
                f"streaming {big_mb:.0f} MB ({turns:,} turns): {big_mb / took:.2f} MB/s, "
                f"peak RSS {big_peak:.1f} MB (imports alone {base:.1f}; "
                f"{big_peak / big_mb:.3f}x the input)"
            )


if __name__ == "__main__":
    main()
