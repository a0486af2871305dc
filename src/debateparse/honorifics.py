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

The resolver also reads the smaller tables here (``KEY_SEE_TITLES``, ``KEY_BARONIAL_TITLES``,
``KEY_MALE_STYLES``, ``KEY_FEMALE_STYLES``, ``KEY_SURNAME_STYLES``): which titles are a see's,
which a life peer's, and which styles say a sex or stand before a bare surname.

Edit the vocabulary here, never in those modules.
"""

from __future__ import annotations

__all__ = [
    "BARONIAL_TITLES",
    "COMMONER_STYLES",
    "FEMALE_STYLES",
    "GENERATIONAL",
    "HEADER_STYLES",
    "HEREDITARY_RANKS",
    "KEY_BARONIAL_TITLES",
    "KEY_FEMALE_STYLES",
    "KEY_GENERATIONAL",
    "KEY_HEREDITARY_RANKS",
    "KEY_MALE_STYLES",
    "KEY_PEERAGE_TITLES",
    "KEY_POST_NOMINALS",
    "KEY_SEE_TITLES",
    "KEY_STYLES",
    "KEY_SURNAME_STYLES",
    "MALE_STYLES",
    "PEERAGE_TITLES",
    "POST_NOMINALS",
    "SEE_TITLES",
    "SPLIT_LEADING",
    "SPLIT_TRAILING",
    "SURNAME_STYLES",
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

SEE_TITLES: tuple[str, ...] = ("Bishop", "Archbishop")
"""Titles of a see: "Bishop of Leeds" belongs to whoever holds the see."""
HEREDITARY_RANKS: tuple[str, ...] = (
    *("Viscount", "Viscountess", "Earl", "Countess", "Marquess", "Marchioness", "Duke"),
    "Duchess",
)
"""Ranks held by inheritance today: "Earl of Arran" passes to the heir, so it is a title
that passes from person to person even with its "of"."""
BARONIAL_TITLES: tuple[str, ...] = ("Lord", "Baroness", "Baron", "Lady")
"""Titles a new life peer takes, with a designation ("Baroness Stuart of Edgbaston")."""
MALE_STYLES: tuple[str, ...] = ("Mr", "Sir", "Lord", "Earl", "Viscount", "Baron")
"""Styles that say a man: a "Mr Hughes" is not the "Mrs Ann Hughes" of the same debate."""
FEMALE_STYLES: tuple[str, ...] = (
    *("Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness", "Countess", "Viscountess"),
)
"""Styles that say a woman."""
SURNAME_STYLES: tuple[str, ...] = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")
"""Styles printed before a bare surname in Hansard ("Mr. Hughes", "Mrs Browning"); "Sir"
and "Dame" go before a forename ("Sir Oliver"), so they do not make a surname-only name."""

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
KEY_SEE_TITLES: frozenset[str] = frozenset(t.casefold() for t in SEE_TITLES)
KEY_BARONIAL_TITLES: frozenset[str] = frozenset(t.casefold() for t in BARONIAL_TITLES)
KEY_HEREDITARY_RANKS: frozenset[str] = frozenset(t.casefold() for t in HEREDITARY_RANKS)
KEY_MALE_STYLES: frozenset[str] = frozenset(t.casefold() for t in MALE_STYLES)
KEY_FEMALE_STYLES: frozenset[str] = frozenset(t.casefold() for t in FEMALE_STYLES)
KEY_SURNAME_STYLES: frozenset[str] = frozenset(t.casefold() for t in SURNAME_STYLES)

SPLIT_LEADING: frozenset[str] = frozenset(
    {"the"}
    | {token for style in COMMONER_STYLES for token in key_tokens(style)}
    | KEY_PEERAGE_TITLES
)
"""Words a splitter sets aside at the start of a name (compared without a final dot)."""
SPLIT_TRAILING: frozenset[str] = KEY_POST_NOMINALS | KEY_GENERATIONAL
"""Words a splitter sets aside at the end of a name."""
