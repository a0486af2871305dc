"""Name keys: printed and registry names -> comparable keys, styles stripped (data tables).

A *key* is a name case-folded, without accents, apostrophes or full stops, with every
other run of punctuation turned into one space ("Docherty-Hughes" -> "docherty hughes").
A *person key* also drops the styles around a commoner's name ("Rt Hon Sir Julian Lewis
MP" -> "julian lewis"). Peers keep their title, which is their name: "Lord Coaker" and
"Baroness Smith of Basildon" stay whole (only a leading "The" goes: "The Earl of Arran"
-> "earl of arran", as TheyWorkForYou lists him).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from debateparse.honorifics import (
    KEY_FEMALE_STYLES,
    KEY_GENERATIONAL,
    KEY_HEREDITARY_RANKS,
    KEY_MALE_STYLES,
    KEY_PEERAGE_TITLES,
    KEY_POST_NOMINALS,
    KEY_SEE_TITLES,
    KEY_STYLES,
    KEY_SURNAME_STYLES,
)

__all__ = [
    "GENERATIONAL",
    "HONORIFICS",
    "PEERAGE_TITLES",
    "SUFFIXES",
    "gender_of_styles",
    "name_form",
    "name_key",
    "name_variants",
    "person_key",
    "styles_of",
    "surname_only",
    "title_kind",
]

HONORIFICS: tuple[tuple[str, ...], ...] = KEY_STYLES
"""Leading styles stripped from a commoner's name (repeatedly: "Rt Hon Sir"), as key
tokens, longest first; the vocabulary is ``debateparse.honorifics``."""

SUFFIXES: frozenset[str] = KEY_POST_NOMINALS
"""Trailing post-nominals: "Jane Hutt MS" -> "jane hutt"."""

GENERATIONAL: frozenset[str] = KEY_GENERATIONAL
"""Trailing "Jnr"/"Snr": kept in the first lookup ("Ian Paisley Jnr" is a registry name),
dropped only in the second, when the full form found nobody."""

PEERAGE_TITLES: frozenset[str] = KEY_PEERAGE_TITLES
"""A name starting with one of these is a peer's (or bishop's) name and is kept whole; a
"The" before one is dropped ("The Earl of Arran" -> "earl of arran")."""

_SEES: frozenset[str] = KEY_SEE_TITLES
"""Titles of a see: "Bishop of Leeds" belongs to whoever holds the see."""
_HEREDITARY: frozenset[str] = KEY_HEREDITARY_RANKS
"""Ranks held by inheritance today (``honorifics.HEREDITARY_RANKS``)."""

MALE_STYLES: frozenset[str] = KEY_MALE_STYLES
"""Styles that say a man (``honorifics.MALE_STYLES``)."""
FEMALE_STYLES: frozenset[str] = KEY_FEMALE_STYLES
"""Styles that say a woman (``honorifics.FEMALE_STYLES``)."""
SURNAME_STYLES: frozenset[str] = KEY_SURNAME_STYLES
"""Styles printed before a bare surname ("Mr. Hughes"; ``honorifics.SURNAME_STYLES``)."""

_APOSTROPHES = regex.compile(r"['’‘`.]")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """``text`` case-folded, accents dropped, apostrophes and full stops removed, other
    punctuation turned to single spaces: "Seán O'Brien-Smith" -> "sean obrien smith"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    plain = _APOSTROPHES.sub("", plain)
    return _NOT_ALNUM.sub(" ", plain).strip()


def _strip_styles(tokens: list[str]) -> list[str]:
    changed = True
    while changed and tokens:
        changed = False
        if tokens[0] == "the" and len(tokens) > 1 and tokens[1] in PEERAGE_TITLES:
            tokens = tokens[1:]
        if tokens[0] in PEERAGE_TITLES:
            # "The Lord Bishop of Leeds" is "Bishop of Leeds", as the registry lists him.
            if tokens[0] == "lord" and len(tokens) > 2 and tokens[1] in _SEES:
                return tokens[1:]
            return tokens
        for style in HONORIFICS:
            if len(tokens) > len(style) and tuple(tokens[: len(style)]) == style:
                tokens = tokens[len(style) :]
                changed = True
                break
    return tokens


@lru_cache(maxsize=65536)
def person_key(text: str) -> str:
    """The key a person is looked up by: ``name_key`` without leading styles and trailing
    post-nominals ("Rt Hon Sir Julian Lewis MP" -> "julian lewis")."""
    tokens = _strip_styles(name_key(text).split())
    while len(tokens) > 2 and tokens[-1] in SUFFIXES:
        tokens.pop()
    return " ".join(tokens)


@lru_cache(maxsize=16384)
def title_kind(key: str) -> str | None:
    """What kind of passing title (one that passes from person to person) a person key is:
    ``"see"`` for a bishop's ("bishop of leeds"), ``"peerage"`` for a bare peerage title
    without a territorial designation ("lord parkinson", "baroness brinton"),
    ``"hereditary"`` for a rank held by inheritance ("earl of arran", "viscount
    hailsham"), else None (a commoner's name, or a baron's or baroness's title with its
    designation, "lord parkinson of whitley bay", which names one life peer)."""
    tokens = key.split()
    if len(tokens) < 2 or tokens[0] not in PEERAGE_TITLES:
        return None
    if tokens[0] in _SEES:
        return "see"
    if "of" not in tokens:
        return "peerage"
    return "hereditary" if tokens[0] in _HEREDITARY else None


@lru_cache(maxsize=16384)
def styles_of(text: str) -> tuple[str, ...]:
    """The leading styles of a printed name, as key tokens ("Rt Hon Mr X" -> ("rt", "hon",
    "mr")); a peerage title counts as a style here ("Lord Coaker" -> ("lord",))."""
    tokens = name_key(text).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if tokens and tokens[0] in PEERAGE_TITLES:
        return (tokens[0],)
    rest = _strip_styles(list(tokens))
    return tuple(tokens[: len(tokens) - len(rest)])


@lru_cache(maxsize=16384)
def gender_of_styles(styles: tuple[str, ...]) -> str | None:
    """ "m" or "f" when a style says so, else None."""
    if any(s in MALE_STYLES for s in styles):
        return "m"
    if any(s in FEMALE_STYLES for s in styles):
        return "f"
    return None


@lru_cache(maxsize=16384)
def surname_only(text: str) -> str | None:
    """The surname key of a name printed as a style and one word ("Mr. Hughes" -> "hughes",
    "Mr Campbell-Savours" -> "campbell savours", "Mrs Browning"), else None."""
    words = text.replace(".", ". ").split()
    if len(words) < 2 or name_key(words[-2]) not in SURNAME_STYLES:
        return None
    styles = styles_of(text)
    if not styles or styles[-1] not in SURNAME_STYLES:
        return None
    return name_key(words[-1]) or None


@lru_cache(maxsize=16384)
def name_form(text: str) -> tuple[str | None, str | None]:
    """``surname_only(text)`` and ``title_kind(person_key(text))``, in one look-up (the
    resolver sorts every speaker by both)."""
    return surname_only(text), title_kind(person_key(text))


@lru_cache(maxsize=16384)
def name_variants(text: str) -> tuple[str, ...]:
    """Person keys to try for a printed name, in order: the full key, then (only if they
    differ) the key without a generational suffix or middle initials ("John A. Smith Jnr"
    -> "john a smith jnr", "john smith")."""
    full = person_key(text)
    tokens = full.split()
    if tokens and tokens[-1] in GENERATIONAL and len(tokens) > 2:
        tokens = tokens[:-1]
    if len(tokens) > 2 and tokens[0] not in PEERAGE_TITLES:
        tokens = [tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1]]
    short = " ".join(tokens)
    return (full,) if short == full or not short else (full, short)
