"""ASCII spellings of names for ids: "Łukasz" -> "Lukasz", "Siân" -> "Sian", "Þór" -> "Thor".

Standard library only: NFKD splits a letter from its accents (which are dropped), and a
small table spells the Latin letters that have no decomposition (ł, ø, đ, ð, þ, æ, œ, ß,
ı, ŋ ...), as ICU's Latin-ASCII transliterator does, and any other Latin letter is the
base letter its Unicode name gives ("LATIN SMALL LETTER B WITH STROKE" -> "b"). Letters of
other scripts are kept as they are (still letters, so ids stay valid XML names).
``benchmarks/transliterate.py`` measures this against Unidecode, text-unidecode and
anyascii.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["to_ascii"]

LATIN_LETTERS = {
    "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l",
    "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Þ": "TH", "þ": "th", "ß": "ss", "ẞ": "SS",
    "ı": "i", "Ħ": "H", "ħ": "h", "Ŧ": "T", "ŧ": "t", "Ŀ": "L", "ŀ": "l", "ĸ": "k",
    "Ŋ": "NG", "ŋ": "ng", "Ə": "E", "ə": "e", "Ɛ": "E", "ɛ": "e", "Ɔ": "O",
    "ɔ": "o", "Ƒ": "F", "ƒ": "f", "Ɓ": "B", "ɓ": "b", "Ɗ": "D", "ɗ": "d", "Ƙ": "K",
    "ƙ": "k", "Ƴ": "Y", "ƴ": "y", "Ʒ": "Z", "ʒ": "z",
    "ʻ": "", "ʼ": "", "ʹ": "", "ʾ": "", "ʿ": "",  # okina, apostrophe and prime letters
}  # fmt: skip
"""Latin letters with no decomposition to plain letters, and their usual ASCII spelling
(Unicode CLDR's Latin-ASCII transform): "ŀ" decomposes to "l·", the others not at all;
apostrophe-like modifier letters are dropped."""

_TABLE = str.maketrans(LATIN_LETTERS)


@lru_cache(maxsize=1024)
def _latin_base(char: str) -> str:
    """The base letter a Latin letter's Unicode name gives ("LATIN CAPITAL LETTER TURNED
    V" -> "V"), else the character itself."""
    words = unicodedata.name(char, "").split()
    if words[:1] != ["LATIN"] or "LETTER" not in words:
        return char
    base = next((w for w in words[words.index("LETTER") + 1 :] if len(w) == 1), None)
    if base is None or not base.isascii():
        return char
    return base.lower() if "SMALL" in words else base


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    """One character in ASCII (or itself, from another script); accents become ""."""
    decomposed = unicodedata.normalize("NFKD", char.translate(_TABLE))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_TABLE)
    return plain if plain.isascii() else "".join(map(_latin_base, plain))


def to_ascii(text: str) -> str:
    """``text`` with accents dropped and Latin letters spelt in ASCII; characters of
    other scripts are kept."""
    if text.isascii():
        return text
    return "".join([c if c.isascii() else _fold(c) for c in text])
