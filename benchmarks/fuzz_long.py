"""Long fuzz run: many small inputs through parse and every exporter.

Usage::

    nice -n 19 python benchmarks/fuzz_long.py --count 1000000 --out fuzz-out [--seed 0]

Each input ``i`` is generated from ``random.Random(seed * 10**9 + i)`` (so any failure can
be regenerated from its number) as one of: random bytes, random text (any code point,
lone surrogates included), random debate-shaped lines, or a window of a fixture file with
byte- and line-level mutations. Each input is parsed (``parse_debate`` on the bytes for
byte inputs, ``iter_debates``/``parse_text`` for text) and every debate goes through
``to_json`` + ``Debate.model_validate_json`` (must equal), every table of
``export.TABLES``, ``to_text``, ParlaMint TEI and Akoma Ntoso. Counted:

- *typed*: inputs rejected with a ``DebateParseError`` (fine);
- *untyped*: any other exception, in parse or in an exporter;
- *invariant*: a broken property (line coverage in order, spans in order and in the text,
  JSON round trip);
- *hang*: an input that took longer than ``--timeout`` seconds.

Each failure is written to ``OUT/<category>-<n>.json`` (the input, JSON-escaped so lone
surrogates survive, and the traceback). A summary line is printed every ``--every`` inputs
and a final JSON summary at the end (also written to ``OUT/summary.json``).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import signal
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import debateparse
from debateparse import Debate, DebateParseError
from debateparse.export import (
    debates_table,
    diagnostics_table,
    divisions_table,
    speakers_table,
    to_akoma_ntoso,
    to_arrow,
    to_parlamint_tei,
    turns_table,
    votes_table,
)
from debateparse.export.text import printed_lines

REPO = Path(__file__).resolve().parent.parent
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
TABLE_FUNCTIONS = (
    debates_table,
    turns_table,
    speakers_table,
    diagnostics_table,
    divisions_table,
    votes_table,
)
try:
    import pyarrow  # noqa: F401

    ARROW = True
except ImportError:
    ARROW = False


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


def generate(rng: random.Random) -> tuple[str, bytes | str]:
    """(kind, input) for one random input."""
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


def _lines_of(text: str) -> list[str]:
    # the read stage's line breaks (see docs/formats.md)
    try:
        from debateparse.read import split_lines
    except ImportError:  # before line breaks other than CR/LF were read
        import regex

        return regex.split(r"\r\n|\r|\n", text.removeprefix("\ufeff"))
    return split_lines(text.removeprefix("\ufeff"))


def check_debates(debates: list[Debate], text: str | None) -> str | None:
    """Run every exporter; return a description of the first broken invariant."""
    for debate in debates:
        again = Debate.model_validate_json(debate.to_json())
        if again != debate:
            return "json round trip differs"
        for table in TABLE_FUNCTIONS:
            table(debate)
        if ARROW:
            to_arrow(debate, "turns")
        debate.to_text()
        to_parlamint_tei(debate)
        to_akoma_ntoso(debate)
    if text is None or not debates or debates[0].dialect == "parlparse":
        return None
    lines = _lines_of(text)
    pieces = [piece for debate in debates for piece in printed_lines(debate)]
    covered = [p.line for p in pieces]
    if sorted(covered) != covered:
        return "printed lines out of order"
    if sorted(set(covered)) != [i + 1 for i, line in enumerate(lines) if line.strip()]:
        return "a non-blank line is lost or invented"
    previous_end = -1
    for turn in (turn for debate in debates for turn in debate.turns):
        span = turn.span
        if not (span.start_line <= span.end_line and span.start <= span.end <= len(text)):
            return "turn span outside the text"
        if span.start <= previous_end:
            return "turn spans overlap"
        previous_end = span.end
    return None


def run_one(kind: str, data: bytes | str) -> tuple[str, str | None]:
    """(category, detail) for one input: ok, typed, untyped, invariant."""
    try:
        if isinstance(data, bytes):
            debates = [debateparse.parse_debate(io.BytesIO(data), strict=False)]
            text = None
        else:
            debates = list(debateparse.iter_debates(io.StringIO(data), strict=False))
            debateparse.parse_text(data, strict=False)
            text = data
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
    except Exception:
        return "untyped", "export: " + traceback.format_exc(limit=6)
    if broken is not None:
        return "invariant", broken
    return "ok", None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first input number")
    parser.add_argument("--out", type=Path, default=Path("fuzz-out"))
    parser.add_argument("--timeout", type=int, default=20)
    parser.add_argument("--every", type=int, default=10000)
    parser.add_argument(
        "--until", default=None, help="stop at this UTC time (HH:MM) even if --count is not reached"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGTERM, _stop)
    deadline = None
    if args.until:
        now = datetime.now(timezone.utc)
        hour, minute = map(int, args.until.split(":"))
        deadline = now.replace(hour=hour, minute=minute, second=0, microsecond=0).timestamp()
    counts: dict[str, int] = {"ok": 0, "typed": 0, "untyped": 0, "invariant": 0, "hang": 0}
    kinds: dict[str, int] = {}
    began = time.perf_counter()
    failures: dict[str, int] = {}
    done = 0
    for n in range(args.start, args.start + args.count):
        if _STOP or (deadline is not None and n % 100 == 0 and time.time() >= deadline):
            break
        rng = random.Random(args.seed * 10**9 + n)
        kind, data = generate(rng)
        kinds[kind] = kinds.get(kind, 0) + 1
        signal.alarm(args.timeout)
        try:
            category, detail = run_one(kind, data)
        except HangError:
            category, detail = "hang", f"longer than {args.timeout} s"
        finally:
            signal.alarm(0)
        counts[category] += 1
        done += 1
        if category in ("untyped", "invariant", "hang"):
            key = (detail or "").strip().splitlines()[-1][:200]
            failures[key] = failures.get(key, 0) + 1
            record: dict[str, Any] = {"n": n, "seed": args.seed, "kind": kind, "detail": detail}
            if isinstance(data, bytes):
                record["bytes_hex"] = data.hex()
            else:
                record["text"] = data
            path = args.out / f"{category}-{n}.json"
            path.write_text(json.dumps(record, ensure_ascii=True), "ascii")
        if done % args.every == 0:
            rate = done / (time.perf_counter() - began)
            print(f"{done} inputs, {rate:.0f}/s, {counts}", flush=True)
    elapsed = time.perf_counter() - began
    summary = {
        "inputs": done,
        "stopped_by": "signal" if _STOP else "deadline" if done < args.count else "count",
        "first": args.start,
        "seed": args.seed,
        "seconds": round(elapsed, 1),
        "rate_per_s": round(done / elapsed, 1) if elapsed else None,
        "counts": counts,
        "kinds": kinds,
        "failure_kinds": failures,
        "version": debateparse.__version__,
    }
    print(json.dumps(summary, indent=2))
    (args.out / f"summary-{args.seed}-{args.start}.json").write_text(json.dumps(summary, indent=2))
    return 1 if counts["untyped"] or counts["invariant"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
