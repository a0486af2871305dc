"""Render a ParlParse day as TheyWorkForYou text, re-parse it, and print the round trip and
the agreement of registry resolution (by name, house and date) with the XML's person_id.

    python benchmarks/parlparse_agreement.py [DAY.xml] [--registry POPOLO.json]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from debateparse import Registry, iter_debates
from debateparse.parlparse.roundtrip import round_trip

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "registry"
DAY = SHARED / "raw" / "mysoc-validator" / "debates2023-03-28d.xml"
POPOLO = SHARED / "uk_parliamentarians.popolo.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("day", nargs="?", type=Path, default=DAY)
    parser.add_argument("--registry", type=Path, default=POPOLO)
    args = parser.parse_args()
    registry = Registry.from_popolo(args.registry)
    started = time.perf_counter()
    result = round_trip(iter_debates(args.day), registry)
    took = time.perf_counter() - started
    print(f"{args.day.name}: {result.sections} sections, {took:.2f} s")
    print(
        f"round trip: {result.turns_equal}/{result.turns} turns with a speaker back with the "
        f"same name, kind and paragraphs; titles {result.titles_equal}/{result.sections}"
    )
    for mismatch in result.mismatches:
        print(f"  differs: {mismatch.title!r} ({mismatch.what})")
    print(
        f"agreement with person_id: {result.agree}/{result.with_person_id} = "
        f"{result.agreement:.1%}; different person: {len(result.differ)}; "
        f"unresolved: {len(result.unresolved)}"
    )
    for title, name, want, got in result.differ:
        print(f"  DIFFERENT {title!r}: {name} -> {got} (XML {want})")
    for title, name, want in result.unresolved:
        print(f"  unresolved {title!r}: {name} (XML {want})")


if __name__ == "__main__":
    main()
