"""debateparse beside the parsers a user might pick instead, on the same text, in one run.

Run it with an environment that has the peers installed (they are not project
dependencies; see docs/architecture.md "Performance notes")::

    python -m venv .bench-venv && .bench-venv/bin/pip install turnchunk gov-doc-parser -e .
    .bench-venv/bin/python benchmarks/peers.py [--mb 9] [--repeat 3]

Neither peer understands these pages: ``turnchunk`` (plain-transcript format) finds one
turn with no speaker, and ``gov-doc-parser``'s ``parse_hansard`` expects Hansard HTML and
returns a word count with no turns. They are timed anyway, with what they found printed
beside the time, so the comparison is honest about what each does. ``mysoc-validator`` is
the peer for ParlParse XML, benchmarked with the XML reader.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import debateparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from naive import naive_parse
from throughput import bare_scan, best_of, build_text, load, read_all


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=9.0, help="input size in MB")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best kept)")
    args = parser.parse_args()
    text = build_text(args.mb)
    size = len(text.encode("utf-8")) / 1e6
    print(f"input: {size:.1f} MB (seed repeated), {os.cpu_count()} cores; {load()}")
    bare, _ = best_of(args.repeat, lambda: bare_scan(text))
    jobs = {
        "debateparse parse_text": (
            lambda: debateparse.parse_text(text),
            lambda r: f"{len(r.turns)} turns, {len(r.speakers)} speakers",
        ),
        "debateparse parse + read every model": (
            lambda: read_all(debateparse.parse_text(text)),
            lambda r: "every turn, paragraph and speaker built",
        ),
        "naive 30-line regex+pydantic (reference)": (
            lambda: naive_parse(text),
            lambda r: f"{len(r)} turns, no losslessness",
        ),
    }
    try:
        import turnchunk

        jobs["turnchunk.parse(format='plain')"] = (
            lambda: turnchunk.parse(text, format="plain"),
            lambda r: f"{len(r.turns)} turns (WRONG: not its format)",
        )
    except ImportError:
        print("turnchunk not installed: skipped")
    try:
        from gov_doc_parser import parser as gov

        jobs["gov-doc-parser parse_hansard"] = (
            lambda: gov.parse_hansard(text),
            lambda r: (
                f"{r.word_count} words, {len(r.sections)} sections, no turns (WRONG: expects HTML)"
            ),
        )
    except ImportError:
        print("gov-doc-parser not installed: skipped")
    print(f"{'bare re scan (reference)':<42} {size / bare:8.1f} MB/s")
    for label, (job, describe) in jobs.items():
        seconds, at = best_of(args.repeat, job)
        found = describe(job())
        print(
            f"{label:<42} {size / seconds:8.1f} MB/s  ratio to bare scan {bare / seconds:.3f}"
            f"  {at}  [{found}]"
        )


if __name__ == "__main__":
    main()
