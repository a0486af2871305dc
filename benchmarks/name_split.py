"""Name splitting measured: debateparse's splitter (``export.people.name_parts``) against
``nameparser`` on every printed name of the dev corpus.

The truth is the registry's own split: for each speaker resolved against the shared
registry to a person whose main name has ``given_name``/``family_name`` (TheyWorkForYou's
Commons records), is the printed name's surname that family name ("Mr Iain Duncan Smith"
-> "Duncan Smith")? For every printed name, resolved or not: is a post-nominal ("KBE",
"AM", "PC", "MP") ever taken for the surname?

Run: ``python benchmarks/name_split.py`` (needs ``pip install nameparser`` for its column).
"""

from __future__ import annotations

import json
from pathlib import Path

import debateparse
from debateparse.errors import DebateParseError
from debateparse.export.people import name_parts
from debateparse.honorifics import KEY_POST_NOMINALS

ROOT = Path(__file__).resolve().parent.parent.parent / "shared"
REGISTRY = ROOT / "registry" / "uk_parliamentarians.popolo.json"
DIRS = [ROOT / "corpus" / "dev", ROOT / "corpus" / "dev-2"]


def family_names() -> dict[str, str]:
    """Person id -> family name of its main name, where the registry gives one."""
    data = json.loads(REGISTRY.read_text(encoding="utf-8"))
    found = {}
    for person in data["persons"]:
        for name in person.get("other_names", []):
            if name.get("note") == "Main" and name.get("family_name"):
                found[person["id"]] = name["family_name"]
                break
    return found


def ours(name: str) -> str | None:
    parts = name_parts(name)
    return None if parts is None else parts.surname


def theirs(name: str) -> str | None:
    from nameparser import HumanName  # type: ignore[import-not-found,unused-ignore]

    last = str(HumanName(name).last)
    return last or None


def main() -> None:
    registry = debateparse.Registry.from_popolo(REGISTRY)
    families = family_names()
    printed: list[tuple[str, str | None]] = []
    for folder in DIRS:
        for path in sorted(folder.glob("*.txt")):
            try:
                debates = list(debateparse.iter_debates(path, registry=registry))
            except DebateParseError:
                continue
            for debate in debates:
                for speaker in debate.speakers.values():
                    if speaker.kind == "member":
                        printed.append((speaker.name, speaker.member_id))
    try:
        theirs("A B")
        splitters = {"debateparse": ours, "nameparser": theirs}
    except ImportError:
        splitters = {"debateparse": ours}
    truth = [(n, families[m]) for n, m in printed if m in families]
    print(f"printed member names: {len(printed)}; with a registry family name: {len(truth)}")
    for label, split in splitters.items():
        right = sum((split(n) or "").casefold() == family.casefold() for n, family in truth)
        suffix = sum(
            (split(n) or "").casefold().rstrip(".") in KEY_POST_NOMINALS for n, _ in printed
        )
        whole = sum(split(n) is None for n, _ in printed)
        wrong = sum(
            split(n) is not None and (split(n) or "").casefold() != family.casefold()
            for n, family in truth
        )
        print(
            f"{label:12} surname = registry family name: {right}/{len(truth)}"
            f" ({right / max(len(truth), 1):.1%}), another surname: {wrong};"
            f" post-nominal as surname: {suffix};"
            f" not split (kept whole): {whole}"
        )
    for name, family in truth:
        got = {label: split(name) for label, split in splitters.items()}
        if any((g or "").casefold() != family.casefold() for g in got.values()):
            print(
                f"  {name!r}: registry {family!r}, "
                + ", ".join(f"{k} {v!r}" for k, v in got.items())
            )


if __name__ == "__main__":
    main()
