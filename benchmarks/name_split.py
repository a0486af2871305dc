"""Name splitting measured: debateparse's splitter (``export.people.name_parts``) against
``nameparser`` on every printed name of the dev corpus.

The truth is the registry's own split: for each speaker resolved against the shared
registry to a person whose main name has ``given_name``/``family_name`` (TheyWorkForYou's
Commons records), is the printed name's surname that family name ("Mr Iain Duncan Smith"
-> "Duncan Smith")? For every printed name, resolved or not: is a post-nominal ("KBE",
"AM", "PC", "MP") ever taken for the surname? For every printed office or group nobody was
resolved to ("The Minister of State", "Hon. Members"): is it given a surname? And what the
exports write: ``registry_name_parts`` of each resolved speaker against the family name.

Run: ``python benchmarks/name_split.py`` (needs ``pip install nameparser`` for its column).
"""

from __future__ import annotations

import json
from pathlib import Path

import debateparse
from debateparse.errors import DebateParseError
from debateparse.export.people import name_parts
from debateparse.honorifics import KEY_POST_NOMINALS
from debateparse.name_split import registry_name_parts

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
    others: list[str] = []  # offices and groups as printed ("The Minister of State")
    exported: list[tuple[str | None, str]] = []  # (export surname, registry family)
    for folder in DIRS:
        for path in sorted(folder.glob("*.txt")):
            try:
                debates = list(debateparse.iter_debates(path, registry=registry))
            except DebateParseError:
                continue
            for debate in debates:
                for speaker in debate.speakers.values():
                    forms = dict.fromkeys(
                        t.speaker_name
                        for t in debate.turns
                        if t.speaker_id == speaker.id and t.speaker_name
                    ) or {speaker.name: None}
                    if speaker.kind == "member":
                        printed.extend((form, speaker.member_id) for form in forms)
                    elif speaker.member_id is None:
                        others.extend(forms)
                    if speaker.member_id in families:
                        parts = registry_name_parts(speaker)
                        surname = None if parts is None else parts.surname
                        exported.append((surname, families[speaker.member_id]))
    try:
        theirs("A B")
        splitters = {"debateparse": ours, "nameparser": theirs}
    except ImportError:
        splitters = {"debateparse": ours}
    truth = [(n, families[m]) for n, m in printed if m in families]
    print(
        f"printed member names: {len(printed)}; with a registry family name: {len(truth)}; "
        f"printed offices and groups (unresolved): {len(others)}"
    )
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
        office = sum(split(n) is not None for n in others)
        print(
            f"{label:12} printed name: surname = registry family name: {right}/{len(truth)}"
            f" ({right / max(len(truth), 1):.1%}), another surname: {wrong};"
            f" post-nominal as surname: {suffix}; not split (kept whole): {whole};"
            f" an office or group given a surname: {office}/{len(others)}"
        )
    right = sum((got or "").casefold() == family.casefold() for got, family in exported)
    print(
        f"{'exports':12} registry_name_parts of resolved speakers (TEI listPerson, speakers"
        f" table): surname = registry family name: {right}/{len(exported)}"
    )
    for name, family in truth:
        got = {label: split(name) for label, split in splitters.items()}
        if any((g or "").casefold() != family.casefold() for g in got.values()):
            print(
                f"  {name!r}: registry {family!r}, "
                + ", ".join(f"{k} {v!r}" for k, v in got.items())
            )
    for name in others:
        got = {label: split(name) for label, split in splitters.items()}
        if any(g is not None for g in got.values()):
            print(f"  office {name!r}: " + ", ".join(f"{k} {v!r}" for k, v in got.items()))


if __name__ == "__main__":
    main()
