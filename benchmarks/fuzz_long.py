"""Long fuzz run: many small inputs through parse and every exporter.

Usage (one process; resumable; see docs/fuzzing.md)::

    nice -n 10 python benchmarks/fuzz_long.py --count 1000000 --out fuzz-out --cheap 0.9
    nice -n 10 python benchmarks/fuzz_long.py --count 1000000 --out fuzz-out --resume

Each input ``i`` is generated from ``random.Random(seed * 10**9 + i)`` (so any failure can
be regenerated from its number and the run's mix) as one of: random bytes, random text
(any code point, lone surrogates included), random debate-shaped lines, or a window of a
fixture file with byte- and line-level mutations; a ``--cheap`` fraction are small inputs
(up to 6 debate-shaped lines or 24 random characters). Each input is parsed
(``parse_debate`` on the bytes for byte inputs, ``iter_debates`` and ``parse_text`` for
text) and every debate goes through every exporter of ``tests.exporters.EXPORTERS`` (the
list the test suite uses: JSON round trip, tables and CSV, JSON Lines, Arrow, text,
summary, TEI, listPerson, AKN, HTML). Counted:

- *typed*: inputs rejected with a ``DebateParseError`` (fine);
- *untyped*: any other exception, in parse or in an exporter;
- *invariant*: a broken property (``tests.exporters.broken_invariant``: line coverage in
  order, spans in order and in the text; JSON round trip; well-formed XML);
- *hang*: an input that took longer than ``--timeout`` seconds.

Each failure is written to ``OUT/<category>-<n>.json`` (the input, JSON-escaped so lone
surrogates survive, and the traceback). Every ``--every`` inputs the counts so far are
saved to ``OUT/state.json`` (``--resume`` carries on from there, after a crash or a
SIGTERM/SIGINT, which stop the run cleanly) and a line is appended to
``OUT/progress.log``. ``state.json`` also records the commit(s) run and the mix: pairs
``[first input, cheap fraction]``, a new one when ``--resume`` changes ``--cheap``.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import debateparse
from debateparse import Debate, DebateParseError

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the shared exporter list lives beside the tests
from tests.exporters import (  # noqa: E402
    EXPORTERS,
    ExportError,
    broken_invariant,
    export_everything,
    parse_input,
)

FIXTURES = sorted((REPO / "fixtures").glob("*/*.txt"))
SPECIAL = [
    "\ufeff", "\u2028", "\u2029", "\x85", "\r", "\r\n", "\t", "\x0b", "\x0c", "\udcff",
    "\ud800", "\u200b", "\u00a0", "’", "â€™", "Ã©", "\ufffd", "\U0001f600", "\x1c", "\x1d",
    "\x1e", "\x00",
]  # fmt: skip
SPECIAL_BYTES = [b"\xff", b"\xfe", b"\x80", b"\xc3", b"\xe2\x80", b"\x00", b"\xef\xbb\xbf"]
LINES = [
    "Photo of A B A B", "Photo of A B", "– in the House of Commons at 1:00 pm on 1 May 2020.",
    "Alert me about debates like this", "", "Words here.", "Title", "12:45", "Con",
    "Photo of X X Labour 1:31, 7 June 2022", "[Mr Speaker in the Chair]", "Photo of",
    "Mr. Speaker", "Jim Shannon (Strangford) (DUP)", "§ Mr. SpeakerI understand.",
    "ANDREW MARR: Good morning.", ">> Hello.", "Lord Lee Portrait Lord Lee (Con)",
    "The House divided:", "Ayes 1, Noes 37.", "AYES", "Abbott, Ms Diane", "Thank you",
    "Thank you, Mr Speaker.", "Minister", "Ministers make up the Government.",
    "--- Later in debate ---", "Hon. Members: Hear, hear!", "Volume 666: debated on 5 May 2020",
    "The Lord Rose (Con): My Lords, yes.", "HC Deb 21 February 1990 vol 167 cc943-4 3.31 pm",
    '<?xml version="1.0"?>', "<publicwhip>", "<speech>", "</publicwhip>",
]  # fmt: skip
_FIXTURE_LINES: list[list[str]] = []


class HangError(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise HangError


_STOP: list[int] = []


def _stop(signum: int, frame: object) -> None:
    _STOP.append(signum)  # finish the current input, then write the summary


def _fixture_lines() -> list[list[str]]:
    if not _FIXTURE_LINES:
        for path in FIXTURES:
            _FIXTURE_LINES.append(path.read_text("utf-8", errors="replace").split("\n"))
    return _FIXTURE_LINES


def _mutate_text(rng: random.Random, lines: list[str]) -> str:
    lines = list(lines)
    for _ in range(rng.randint(0, 6)):
        op = rng.randrange(6)
        at = rng.randrange(len(lines) + 1)
        if op == 0 and lines:
            del lines[min(at, len(lines) - 1)]
        elif op == 1:
            lines.insert(at, rng.choice(LINES))
        elif op == 2 and lines:
            lines.insert(at, lines[rng.randrange(len(lines))])
        elif op == 3 and lines:
            k = min(at, len(lines) - 1)
            s = lines[k]
            p = rng.randint(0, len(s))
            lines[k] = s[:p] + rng.choice(SPECIAL) + s[p:]
        elif op == 4 and lines:
            k = min(at, len(lines) - 1)
            s = lines[k]
            p = rng.randint(0, len(s))
            lines[k] = s[:p] + s[p + rng.randint(1, 5) :]
        else:
            lines.insert(at, "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(8)))
    sep = rng.choice(["\n", "\n", "\n", "\r\n", "\r", "\u2028", "\x85"])
    return sep.join(lines)


def generate_cheap(rng: random.Random) -> tuple[str, bytes | str]:
    """(kind, input) for one small input: up to 6 debate-shaped lines, or up to 24
    characters of random text (a tenth of the cost of ``generate``'s mix)."""
    if rng.random() < 0.25:
        n = rng.randint(0, 24)
        text = "".join(
            chr(rng.randrange(0x110000) if rng.random() < 0.2 else rng.randrange(0x20, 0x250))
            for _ in range(n)
        )
        return "short-text", text
    lines = [rng.choice(LINES) for _ in range(rng.randint(0, 6))]
    return "short-lines", _mutate_text(rng, lines)


def generate(rng: random.Random, cheap: float = 0.0) -> tuple[str, bytes | str]:
    """(kind, input) for one random input; a ``cheap`` fraction of them are small."""
    if cheap and rng.random() < cheap:
        return generate_cheap(rng)
    kind = rng.randrange(10)
    if kind == 0:
        return "bytes", rng.randbytes(rng.randint(0, 300))
    if kind == 1:
        n = rng.randint(0, 120)
        text = "".join(
            chr(rng.randrange(0x110000) if rng.random() < 0.2 else rng.randrange(0x20, 0x250))
            for _ in range(n)
        )
        return "text", text
    if kind in (2, 3):
        lines = [rng.choice(LINES) for _ in range(rng.randint(0, 30))]
        return "lines", _mutate_text(rng, lines)
    source = rng.choice(_fixture_lines())
    start = rng.randrange(len(source))
    window = source[start : start + rng.randint(1, 40)]
    text = _mutate_text(rng, window)
    if kind == 9:  # bytes-level mutations of an encoded fixture window
        data = bytearray(text.encode("utf-8", errors="surrogatepass"))
        for _ in range(rng.randint(1, 4)):
            p = rng.randint(0, len(data))
            data[p:p] = rng.choice(SPECIAL_BYTES)
        return "fixture-bytes", bytes(data)
    return "fixture", text


def check_debates(debates: list[Debate], text: str | None) -> str | None:
    """Run every exporter (``tests.exporters.EXPORTERS``); return the first broken
    invariant, or None. An exporter's exception propagates (an untyped failure)."""
    for debate in debates:
        export_everything(debate)
    return broken_invariant(debates, text)


def run_one(kind: str, data: bytes | str) -> tuple[str, str | None]:
    """(category, detail) for one input: ok, typed, untyped, invariant."""
    try:
        debates, text, _whole = parse_input(data)
    except DebateParseError:
        return "typed", None
    except HangError:
        raise
    except Exception:
        return "untyped", "parse: " + traceback.format_exc(limit=6)
    try:
        broken = check_debates(debates, text)
    except HangError:
        raise
    except ExportError as error:
        return "invariant", str(error)
    except Exception:
        return "untyped", "export: " + traceback.format_exc(limit=6)
    if broken is not None:
        return "invariant", broken
    return "ok", None


def _commit() -> str:
    try:
        found = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "src", "tests/exporters.py"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return found.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")


class Run:
    """The counts of a run so far, saved to ``OUT/state.json`` at every checkpoint (and
    read back by ``--resume``), with a line appended to ``OUT/progress.log``."""

    def __init__(self, out: Path, seed: int, first: int, cheap: float) -> None:
        self.out = out
        self.state: dict[str, Any] = {
            "seed": seed,
            "first": first,
            "next": first,
            "inputs": 0,
            "seconds": 0.0,
            "mix": [[first, cheap]],
            "counts": dict.fromkeys(("ok", "typed", "untyped", "invariant", "hang"), 0),
            "kinds": {},
            "failure_kinds": {},
            "exporters": [name for name, _ in EXPORTERS],
            "commits": [_commit()],
            "version": debateparse.__version__,
            "started": _now(),
        }

    @classmethod
    def resume(cls, out: Path, cheap: float | None) -> Run:
        run = cls.__new__(cls)
        run.out = out
        run.state = json.loads((out / "state.json").read_text("utf-8"))
        if cheap is not None and cheap != run.state["mix"][-1][1]:
            run.state["mix"].append([run.state["next"], cheap])  # from here on
        commit = _commit()
        if commit not in run.state["commits"]:
            run.state["commits"].append(commit)
        return run

    def count(self, n: int, kind: str, category: str, detail: str | None) -> None:
        state = self.state
        state["counts"][category] += 1
        state["kinds"][kind] = state["kinds"].get(kind, 0) + 1
        state["inputs"] += 1
        state["next"] = n + 1
        if category in ("untyped", "invariant", "hang"):
            key = (detail or "").strip().splitlines()[-1][:200]
            state["failure_kinds"][key] = state["failure_kinds"].get(key, 0) + 1

    def checkpoint(self, seconds: float, final: bool = False) -> str:
        state = self.state
        state["seconds"] = round(state["seconds"] + seconds, 1)
        state["updated"] = _now()
        rate = state["inputs"] / state["seconds"] if state["seconds"] else 0.0
        line = (
            f"{state['updated']} {state['inputs']} inputs (next {state['next']}), "
            f"{rate:.0f}/s, {state['counts']}" + (" [final]" if final else "")
        )
        temporary = self.out / "state.json.tmp"
        temporary.write_text(json.dumps(state, indent=2), "utf-8")
        temporary.replace(self.out / "state.json")
        with (self.out / "progress.log").open("a", encoding="utf-8") as log:
            log.write(line + "\n")
        return line


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _record(
    out: Path, n: int, seed: int, kind: str, data: bytes | str, category: str, detail: str | None
) -> None:
    record: dict[str, Any] = {"n": n, "seed": seed, "kind": kind, "detail": detail}
    if isinstance(data, bytes):
        record["bytes_hex"] = data.hex()
    else:
        record["text"] = data
    path = out / f"{category}-{n}.json"
    path.write_text(json.dumps(record, ensure_ascii=True), "ascii")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="inputs in the whole run")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first input number")
    parser.add_argument("--out", type=Path, default=Path("fuzz-out"))
    parser.add_argument("--timeout", type=int, default=20)
    parser.add_argument("--every", type=int, default=10000, help="inputs per checkpoint")
    parser.add_argument(
        "--cheap",
        type=float,
        default=None,
        help="fraction of small inputs, 0 to 1 (default 0; with --resume, the run's own)",
    )
    parser.add_argument(
        "--resume", action="store_true", help="carry on from OUT/state.json (same seed, mix)"
    )
    parser.add_argument(
        "--until", default=None, help="stop at this UTC time (HH:MM) even if --count is not reached"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.resume and (args.out / "state.json").exists():
        run = Run.resume(args.out, args.cheap)
    else:
        run = Run(args.out, args.seed, args.start, args.cheap or 0.0)
    seed, cheap = run.state["seed"], run.state["mix"][-1][1]
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    deadline = None
    if args.until:
        now = datetime.now(timezone.utc)
        hour, minute = map(int, args.until.split(":"))
        deadline = now.replace(hour=hour, minute=minute, second=0, microsecond=0).timestamp()
    print(run.checkpoint(0.0), flush=True)
    began = time.perf_counter()
    stopped_by = "count"
    while run.state["inputs"] < args.count:
        n = run.state["next"]
        if _STOP or (deadline is not None and n % 100 == 0 and time.time() >= deadline):
            stopped_by = "signal" if _STOP else "deadline"
            break
        kind, data = generate(random.Random(seed * 10**9 + n), cheap)
        signal.alarm(args.timeout)
        try:
            category, detail = run_one(kind, data)
        except HangError:
            category, detail = "hang", f"longer than {args.timeout} s"
        finally:
            signal.alarm(0)
        run.count(n, kind, category, detail)
        if category in ("untyped", "invariant", "hang"):
            _record(args.out, n, seed, kind, data, category, detail)
        if run.state["inputs"] % args.every == 0:
            now = time.perf_counter()
            print(run.checkpoint(now - began), flush=True)
            began = now
    run.state["stopped_by"] = stopped_by
    print(run.checkpoint(time.perf_counter() - began, final=True), flush=True)
    print(json.dumps(run.state, indent=2))
    counts = run.state["counts"]
    return 1 if counts["untyped"] or counts["invariant"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
