"""The dialect registry: name -> ``Dialect``. New sources register a table, not a branch."""

from __future__ import annotations

from debateparse.dialects.base import Dialect, LineRule, Token, TokenKind
from debateparse.dialects.hansard import HANSARD
from debateparse.dialects.parallelparliament import PARALLELPARLIAMENT
from debateparse.dialects.parlparse import PARLPARSE
from debateparse.dialects.transcript import TRANSCRIPT
from debateparse.dialects.twfy import TWFY
from debateparse.errors import UnknownDialectError

__all__ = [
    "DIALECTS",
    "Dialect",
    "LineRule",
    "Token",
    "TokenKind",
    "get_dialect",
    "register_dialect",
]

DIALECTS: dict[str, Dialect] = {}
"""Registered dialects in detection order (earlier wins a tie)."""


def register_dialect(dialect: Dialect, *, replace: bool = False) -> Dialect:
    """Add ``dialect`` to the registry (``replace=True`` to override a name)."""
    if dialect.name in DIALECTS and not replace:
        raise ValueError(f"dialect {dialect.name!r} is already registered")
    DIALECTS[dialect.name] = dialect
    return dialect


def get_dialect(name: str) -> Dialect:
    """Look a dialect up by name.

    Raises:
        UnknownDialectError: no dialect has that name.
    """
    try:
        return DIALECTS[name]
    except KeyError:
        known = ", ".join(sorted(DIALECTS)) or "none"
        raise UnknownDialectError(
            f"unknown dialect {name!r}; known dialects: {known} (or 'auto')"
        ) from None


for _dialect in (TWFY, PARALLELPARLIAMENT, HANSARD, TRANSCRIPT, PARLPARSE):
    register_dialect(_dialect)
