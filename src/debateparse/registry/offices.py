"""Office titles as data: normalised office keys and the rules for comparing them.

A role-only speaker ("The Minister of State", "Madam Deputy Speaker") is matched against
offices: those held on the debate's date in the registry, and those printed earlier in the
debate beside a name ("The Minister of State, Ministry of Defence (Leo Docherty)").

Normalising an office (``office_key``): case-folded, accents dropped, "&" read as "and",
punctuation (commas, parentheses) turned into spaces, and a leading article ("The",
Welsh "Y") or form of address ("Mr", "Madam") dropped: "Madam Deputy Speaker" ->
"deputy speaker"; "The Minister of State, Ministry of Defence" -> "minister of state
ministry of defence".

An office's *pieces* are its parts read as offices of their own: the text before any
parenthesis or comma ("Minister of State"), each part of a title joined by "and" or a
comma outside parentheses ("Deputy Prime Minister and First Secretary of State"), and the
content of each parenthesised group ("(Minister for the Armed Forces)"). Each piece is
also mapped through ``OFFICE_EQUIVALENTS``.

A printed role P matches an office O (``office_matches``) when P's key equals O's key or
one of O's pieces, or is a word-prefix of either: "minister of state" matches "minister of
state ministry of defence"; "minister" matches "minister for the armed forces"; "minister
of" matches nothing (prefixes end at a word boundary, and "of" is not the end of a title
P could print, but nothing forbids it: a prefix that matches several holders is simply
ambiguous and left unresolved).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from debateparse.registry.names import name_key

__all__ = [
    "ADDRESS_FORMS",
    "OFFICE_EQUIVALENTS",
    "OfficeForms",
    "office_forms",
    "office_key",
    "office_matches",
]

ADDRESS_FORMS: tuple[str, ...] = (
    # Words printed before an office that are not part of it. "Y" is the Welsh article
    # ("Y Llywydd"). Do not add words that start real offices ("Lord" in "Lord Speaker").
    "the",
    "y",
    "mr",
    "mister",
    "madam",
    "madame",
)

OFFICE_EQUIVALENTS: dict[str, str] = {
    # An office key -> the key it is also printed as. In the Commons the Chairman of Ways
    # and Means and his two deputies sit as, and are addressed as, Deputy Speakers; the
    # Senedd's Presiding Officer is the Llywydd.
    "chairman of ways and means": "deputy speaker",
    "first deputy chairman of ways and means": "deputy speaker",
    "second deputy chairman of ways and means": "deputy speaker",
    "speaker of the house of commons": "speaker",
    "presiding officer": "llywydd",
    "llywydd": "presiding officer",
    "dirprwy lywydd": "deputy presiding officer",
    "deputy presiding officer": "dirprwy lywydd",
}

_GROUP = regex.compile(r"\(([^()]*)\)")
_SPLIT = regex.compile(r"\s*(?:,|;|\band\b)\s*")


@lru_cache(maxsize=16384)
def office_key(text: str) -> str:
    """The comparable form of an office title (see the module docstring)."""
    tokens = name_key(text.replace("&", " and ")).split()
    while len(tokens) > 1 and tokens[0] in ADDRESS_FORMS:
        tokens = tokens[1:]
    return " ".join(tokens)


class OfficeForms(NamedTuple):
    """An office title prepared for matching."""

    full: str
    """``office_key`` of the whole title."""
    pieces: frozenset[str]
    """Keys of its parts (see the module docstring), with their equivalents."""


def _top_level_parts(text: str) -> list[str]:
    """Split at commas, semicolons and the word "and" outside parentheses."""
    depth = 0
    masked = []
    for char in text:
        depth += char == "("
        masked.append(char if depth == 0 else "\0")
        depth -= char == ")" and depth > 0
    flat = "".join(masked)
    parts, start = [], 0
    for match in _SPLIT.finditer(flat):
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return parts


@lru_cache(maxsize=16384)
def office_forms(office: str) -> OfficeForms:
    """``office`` as a full key plus its pieces, each with its equivalents."""
    texts = [office, _GROUP.sub(" ", office)]
    texts += _top_level_parts(office)
    texts += _top_level_parts(_GROUP.sub(" ", office))
    texts += _GROUP.findall(office)
    keys = {office_key(t) for t in texts}
    keys |= {OFFICE_EQUIVALENTS[k] for k in keys if k in OFFICE_EQUIVALENTS}
    keys.discard("")
    return OfficeForms(office_key(office), frozenset(keys))


def office_matches(printed: str, forms: OfficeForms) -> bool:
    """Does the printed role key ``printed`` (an ``office_key``) name office ``forms``?"""
    if not printed:
        return False
    if printed == forms.full or printed in forms.pieces:
        return True
    prefix = printed + " "
    return forms.full.startswith(prefix) or any(p.startswith(prefix) for p in forms.pieces)
