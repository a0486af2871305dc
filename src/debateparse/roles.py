"""Role text -> offices, party and constituency.

A header's role text mixes offices ("Minister of State (Ministry of Defence)"), a
backbencher's "Party, Constituency", Hansard's "(Constituency) (Party)" and markers such
as "[V]". Commas split offices only outside parentheses, and a piece that names no office
("Foreign Affairs Committee" after "Chair") continues the office before it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from debateparse.vocabulary import EMBEDDED_PARTY_PATTERN, canonical_party

__all__ = ["OFFICE_WORDS", "RoleInfo", "parse_role_text", "split_top_level"]

OFFICE_WORDS: frozenset[str] = frozenset(
    {
        # A piece of role text that contains one of these words is an office of its own; a
        # piece without one continues the previous office. Do not add words that name bodies
        # ("Committee", "Ministry", "Department", "Office"): "Chair, Foreign Affairs Committee"
        # and "Minister of State, Ministry of Justice" are single offices.
        "Minister",
        "Ministers",
        "Secretary",
        "Under-Secretary",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Chair",
        "Chairman",
        "Chairwoman",
        "Co-Chair",
        "Vice-Chair",
        "Speaker",
        "Leader",
        "Whip",
        "Chancellor",
        "President",
        "Vice-President",
        "Convener",
        "Attorney",
        "Attorney-General",
        "Solicitor",
        "Solicitor-General",
        "Advocate",
        "Advocate-General",
        "Paymaster",
        "Presiding",
        "Llywydd",
        "Member",
        "Shadow",
        "Prime",
        "Counsel",
        "Treasurer",
        "Comptroller",
        "Commissioner",
        "Officer",
        "Deputy",
        "Parliamentary",
        "Steward",
        "Bailiff",
        "Captain",
        "Chief",
        "Father",
        "Mother",
        "Lord",
        "Privy",
        "Seal",
        "Senior",
        "Leas-Lywydd",
        "Chairperson",
        "Rapporteur",
        "Envoy",
        "Adviser",
        "Champion",
        "Tsar",
    }
)
_OFFICE = regex.compile(
    r"(?<![\p{L}-])(?:"
    + "|".join(sorted(map(regex.escape, OFFICE_WORDS), key=len, reverse=True))
    + r")(?![\p{L}-])"
)
_TRAILING_GROUP = regex.compile(r"\s*(?:\((?P<paren>[^()]*)\)|\[(?P<square>[^\[\]]*)\])\s*$")
_PARENS = regex.compile(r"\([^()]*\)")
_PIECE_SEPARATORS = ",;"


class RoleInfo(NamedTuple):
    """What one header's role text says about the speaker."""

    roles: tuple[str, ...]
    """Offices, deduplicated, in printed order."""
    party: str | None
    """Party printed as such ("Conservative, Wrexham", "(Lab)"), canonical name."""
    constituency: str | None
    """Constituency printed as such."""
    office_parties: tuple[str, ...]
    """Parties named inside offices ("Shadow DUP Spokesperson"), one per office."""


def split_top_level(text: str, separators: str = _PIECE_SEPARATORS) -> list[str]:
    """Split at ``separators`` that are outside parentheses and brackets; strip pieces."""
    pieces: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        elif char in separators and depth == 0:
            pieces.append(text[start:index].strip())
            start = index + 1
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _is_office(piece: str) -> bool:
    return _OFFICE.search(piece) is not None


def _merge_offices(pieces: list[str]) -> list[str]:
    """Join pieces that name no office onto the office before them."""
    offices: list[str] = []
    for piece in pieces:
        if offices and not _is_office(piece):
            offices[-1] = f"{offices[-1]}, {piece}"
        else:
            offices.append(piece)
    return offices


def _dedupe(items: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept: list[str] = []
    for item in items:
        key = " ".join(item.split()).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return tuple(kept)


def _office_party(office: str) -> str | None:
    match = EMBEDDED_PARTY_PATTERN.search(_PARENS.sub("", office))
    return None if match is None else canonical_party(match["party"])


def _peel_trailing_groups(text: str) -> tuple[str, list[str]]:
    """Remove trailing "(Party)" and "[V]" groups; return the rest and the parties found."""
    parties: list[str] = []
    while (match := _TRAILING_GROUP.search(text)) is not None:
        party = canonical_party(match["paren"]) if match["paren"] is not None else None
        if match["square"] is None and party is None:
            break
        if party is not None:
            parties.insert(0, party)
        text = text[: match.start()]
    return text.strip(), parties


def _parenthesised_only(text: str) -> list[str] | None:
    """The contents of "(A) (B)" role text, or None if it is not only such groups."""
    groups = regex.findall(r"\(([^()]*)\)", text)
    if groups and not regex.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text).strip(" ,;"):
        return [g.strip() for g in groups]
    return None


def _split_pieces(rest: str, parties: list[str]) -> tuple[list[str], str | None]:
    """Offices and constituency of role text whose trailing groups are peeled off."""
    groups = _parenthesised_only(rest)
    pieces: list[str] = []
    places: list[str] = []
    if groups is None:  # TheyWorkForYou style: "Office, Office" or "Party, Constituency"
        for position, piece in enumerate(split_top_level(rest)):
            party = canonical_party(piece)
            if party is None:
                pieces.append(piece)
            elif position == 0:
                parties.insert(0, party)
            else:
                parties.append(party)
        if pieces and not any(map(_is_office, pieces)):
            return [], ", ".join(pieces)  # "Conservative, Wrexham", "Croydon North East"
        return pieces, None
    for group in groups:  # Hansard style: "(Warley)", "(The Minister of State, ...)"
        party = canonical_party(group)
        if party is not None:
            parties.append(party)
        elif _is_office(group):
            pieces.extend(split_top_level(group))
        else:
            places.append(group)
    return pieces, places[0] if places else None


@lru_cache(maxsize=8192)
def parse_role_text(role_text: str | None) -> RoleInfo:
    """Split one header's role text into offices, party and constituency."""
    if not role_text or not role_text.strip():
        return RoleInfo((), None, None, ())
    rest, parties = _peel_trailing_groups(role_text.strip())
    pieces, constituency = _split_pieces(rest, parties)
    roles = _dedupe(_merge_offices(pieces))
    office_parties = tuple(p for office in roles if (p := _office_party(office)))
    return RoleInfo(roles, parties[0] if parties else None, constituency, office_parties)
