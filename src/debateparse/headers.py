"""Header forms: a header rule's named groups -> speaker name, role text, time, date, speech.

Hansard prints a header either as "Name (Constituency) (Party)" or as
"Office (Name) (Party)": "The Leader of the House of Commons (Mr Andrew Lansley)",
"Mr Deputy Speaker (Mr Nigel Evans)", "The Deputy Speaker (Lord Faulkner of Worcester) (Lab)".
The speaker is the person; the office (and anything after the name) is the role text. A
header that names only an office ("Mr Deputy Speaker") takes its name from a page label
when the page prints one (ParallelParliament's portrait caption), else the office is the
name. Every dialect's header rules report through the groups named in ``dialects.base``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import regex

from debateparse.honorifics import HEADER_STYLES
from debateparse.roles import OFFICE_WORDS
from debateparse.vocabulary import canonical_party, is_collective, is_role_only

__all__ = [
    "HONORIFICS",
    "HeaderParts",
    "interpret",
    "is_person_name",
    "join_role",
    "split_office_name",
]

HONORIFICS: tuple[str, ...] = HEADER_STYLES
"""Styles that open a person's name in a header (``honorifics.HEADER_STYLES``, the one
vocabulary of styles). Office words ("Minister") are not styles."""
_HONORIFIC = regex.compile(
    r"^(?:"
    + "|".join(regex.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?\s+\p{Lu}"
)
_OFFICE = regex.compile(
    r"(?<![\p{L}-])(?:" + "|".join(regex.escape(w) for w in sorted(OFFICE_WORDS)) + r")(?![\p{L}-])"
)
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*|of|de|la|le|van|von|du|da|di|ap|St\.?)$")
_GROUPS = regex.compile(r"\s*(\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])")
_PEERAGES = tuple(f"{h} " for h in HONORIFICS if h.startswith("The "))
"""Peerage styles printed with "The" ("The Earl of Caithness"): a person, never an office."""
_COLLECTIVE_TAIL = regex.compile(r"\s+rose\s*[—–-]*\s*$|\s*[—–-]+\s*$")


class HeaderParts(NamedTuple):
    """What a header says, as printed."""

    name: str
    role_text: str | None
    time: str | None
    date: str | None


def is_person_name(text: str) -> bool:
    """Does ``text`` look like a person's name ("Mr Andrew Lansley", "Kemi Badenoch")?"""
    text = text.strip()
    if (
        not text
        or canonical_party(text)
        or "," in text
        or (_OFFICE.search(text) and not (_HONORIFIC.match(text)))
    ):
        return False
    if _HONORIFIC.match(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)


def _is_office(text: str) -> bool:
    return is_role_only(text) or (bool(_OFFICE.search(text)) and not _HONORIFIC.match(text))


def split_office_name(text: str) -> tuple[str, str | None]:
    """Split a Hansard header into (speaker name, role text), both as printed.

    "Mr John Spellar (Warley) (Lab)" -> ("Mr John Spellar", "(Warley) (Lab)");
    "The Deputy Speaker (Lord Faulkner of Worcester) (Lab)" ->
    ("Lord Faulkner of Worcester", "The Deputy Speaker (Lab)").
    """
    text = " ".join(text.split())
    first = text.find("(")
    if first <= 0:
        return text, None
    head = text[:first].strip()
    groups = [g.group(1) for g in _GROUPS.finditer(text, first)]
    if "".join(groups).replace(" ", "") != text[first:].replace(" ", ""):
        return text, None  # not a clean run of groups: keep the header whole
    person = groups[0][1:-1].strip()
    if _is_office(head) and is_person_name(person):
        role = " ".join([head, *groups[1:]])
        return person, role
    return head, " ".join(groups) or None


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def interpret(groups: dict[str, Any], stamp: Any = None) -> HeaderParts:
    """Speaker name and role text from a header rule's named groups.

    ``hansard`` (a whole Hansard header) is split into name and role; ``office`` with
    ``name`` makes the office the role; a role-only name with a ``label`` takes the label as
    the name; ``stamp`` (a compiled pattern with ``time`` and ``date`` groups) splits a
    trailing time stamp off the role. This runs once per header of a large file, so the
    common case (a name and a role) takes no detour.
    """
    name = (groups.get("name") or "").strip()
    role = (groups.get("role") or "").strip()
    hansard, office, label = groups.get("hansard"), groups.get("office"), groups.get("label")
    if hansard:
        name, split_role = split_office_name(hansard)
        role = _join(split_role, role)
    if office:
        role = _join(office.strip(), role)
    if is_collective(name):
        name = _COLLECTIVE_TAIL.sub("", name).strip()
    if (
        label
        and label != "None"
        and is_role_only(name)
        and not name.startswith(_PEERAGES)  # "The Earl of Caithness" is a person
        and is_person_name(label)
    ):
        name, role = label.strip(), _join(name, role)
    time, date = groups.get("time"), groups.get("date")
    if time is None and stamp is not None and (role[-1:].isdigit() or role.endswith("m")):
        found = stamp.search(role)
        if found is not None:
            time, date, role = found["time"], found["date"], role[: found.start()].strip()
    return HeaderParts(name, role or None, time, date)


def join_role(*parts: str | None) -> str | None:
    """Role text pieces of a header spread over several lines, joined with "; "."""
    kept = [" ".join(p.split()).strip(" ,;") for p in parts if p and p.strip(" ,;")]
    return "; ".join(kept) or None
