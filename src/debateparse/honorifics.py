"""One vocabulary of the words around a person's name: styles, peerage titles, post-nominal
letters and generational suffixes, as printed.

Three places read it, each taking what it needs (the derived tables below):

- ``headers.py`` (``HEADER_STYLES``): the printed styles that open a person's name in a
  header ("Mr", "The Lord Bishop", "Rt Hon"), used by the dialects' header patterns;
- ``registry/names.py`` (``KEY_STYLES``, ``KEY_PEERAGE_TITLES``, ``KEY_POST_NOMINALS``,
  ``KEY_GENERATIONAL``): the same words as key tokens, stripped from a commoner's name
  before look-up ("Rt Hon Sir Julian Lewis MP" -> "julian lewis");
- ``export/people.py`` (``SPLIT_LEADING``, ``SPLIT_TRAILING``): the words a name splitter
  sets aside before it takes forenames and a surname, so that "KBE", "AM" or "PC" is never
  a surname.

Edit the vocabulary here, never in those modules.
"""

from __future__ import annotations

__all__ = [
    "COMMONER_STYLES",
    "GENERATIONAL",
    "HEADER_STYLES",
    "KEY_GENERATIONAL",
    "KEY_PEERAGE_TITLES",
    "KEY_POST_NOMINALS",
    "KEY_STYLES",
    "PEERAGE_TITLES",
    "POST_NOMINALS",
    "SPLIT_LEADING",
    "SPLIT_TRAILING",
    "key_tokens",
]

COMMONER_STYLES: tuple[str, ...] = (
    # Styles printed before a commoner's name. Not peerage titles ("Lord", "Lady",
    # "Baroness"): for peers the title is the name ("Lord Coaker" is not "Coaker").
    "The Right Honourable",
    "The Rt Hon",
    "Right Honourable",
    "Right Hon",
    "Rt Hon",
    "The Hon",
    "Honourable",
    "Hon",
    "The Reverend",
    "Reverend",
    "Revd",
    "Rev",
    "Professor",
    "Prof",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Sir",
    "Dame",
    "Cllr",
    "Councillor",
)
"""Styles of a commoner, as printed, longest first where one starts another."""

PEERAGE_TITLES: tuple[str, ...] = (
    # A name starting with one of these is a peer's (or bishop's) title and is kept whole.
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Viscount",
    "Viscountess",
    "Earl",
    "Countess",
    "Marquess",
    "Marchioness",
    "Duke",
    "Duchess",
    "Bishop",
    "Archbishop",
    "Prince",
)
"""Peerage and church titles (the first word of a peer's or bishop's name)."""

POST_NOMINALS: tuple[str, ...] = (
    # Letters after a name that are never its last word: membership of a body, rank at
    # the bar, honours and orders, the Privy Council.
    *("MP", "MSP", "MS", "MLA", "AM", "QC", "KC", "PC", "JP", "DL", "FRS"),
    *("OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "KCB", "GCB", "KCMG", "GCMG", "KCVO"),
)
"""Post-nominal letters ("Jane Hutt MS", "Sir John Smith KBE")."""

GENERATIONAL: tuple[str, ...] = ("Jnr", "Junior", "Jr", "Snr", "Senior", "Sr")
"""Generational suffixes: part of telling two people apart ("Ian Paisley Jnr")."""

HEADER_EXTRAS: tuple[str, ...] = (
    "The Lord Bishop",
    "The Earl",
    "The Duke",
    "The Countess",
    "The Marquess",
)
"""Printed openings of a peer's name with the article, which headers also recognise."""

_NOT_IN_HEADERS = frozenset(
    # Styles that do not open a person's name in a header: "Hon. Members" is a collective,
    # "Councillor" and the long forms are not printed in Hansard headers, and the articled
    # forms are covered by HEADER_EXTRAS. Keep in step with the header patterns' tests.
    {
        "The Right Honourable",
        "The Rt Hon",
        "Right Honourable",
        "The Hon",
        "Honourable",
        "Hon",
        "The Reverend",
        "Cllr",
        "Councillor",
        "Archbishop",
        "Marchioness",
        "Prince",
    }
)

HEADER_STYLES: tuple[str, ...] = (
    *(s for s in COMMONER_STYLES + PEERAGE_TITLES if s not in _NOT_IN_HEADERS),
    *HEADER_EXTRAS,
)
"""Styles that open a person's name in a header (``headers.HONORIFICS``)."""


def key_tokens(form: str) -> tuple[str, ...]:
    """A printed form as key tokens: "Rt Hon" -> ("rt", "hon")."""
    return tuple(form.casefold().replace(".", "").split())


KEY_STYLES: tuple[tuple[str, ...], ...] = tuple(
    sorted({key_tokens(s) for s in COMMONER_STYLES}, key=lambda t: (-len(t), t))
)
"""Commoner styles as key-token tuples, longest first."""
KEY_PEERAGE_TITLES: frozenset[str] = frozenset(t.casefold() for t in PEERAGE_TITLES)
KEY_POST_NOMINALS: frozenset[str] = frozenset(t.casefold() for t in POST_NOMINALS)
KEY_GENERATIONAL: frozenset[str] = frozenset(t.casefold() for t in GENERATIONAL)

SPLIT_LEADING: frozenset[str] = frozenset(
    {"the"}
    | {token for style in COMMONER_STYLES for token in key_tokens(style)}
    | KEY_PEERAGE_TITLES
)
"""Words a splitter sets aside at the start of a name (compared without a final dot)."""
SPLIT_TRAILING: frozenset[str] = KEY_POST_NOMINALS | KEY_GENERATIONAL
"""Words a splitter sets aside at the end of a name."""
