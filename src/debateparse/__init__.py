"""debateparse: Hansard-style parliamentary debate text -> typed, lossless data.

>>> from debateparse import parse_debate
>>> debate = parse_debate("fixtures/twfy/commons-2024-05-15-ukraine-and-georgia.txt")
>>> debate.title, len(debate.turns)
('Ukraine and Georgia', 43)

Every public name is imported on first use (PEP 562 ``__getattr__``), so ``import
debateparse`` and ``debateparse --version`` load no parser, model or exporter; ``from
debateparse import X`` and ``debateparse.X`` work as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from debateparse.api import iter_debates, parse_debate, parse_text
    from debateparse.corpus import parse_corpus
    from debateparse.dialects import DIALECTS, Dialect, get_dialect, register_dialect
    from debateparse.errors import (
        DebateParseError,
        EmptyInputError,
        InputDecodeError,
        InputReadError,
        InputTooLargeError,
        NotADebateError,
        RegistryError,
        RegistryNotFoundError,
        UnknownDialectError,
        WorkerCrashError,
    )
    from debateparse.export import (
        debates_table,
        diagnostics_table,
        divisions_table,
        speakers_table,
        to_akoma_ntoso,
        to_arrow,
        to_pandas,
        to_parlamint_listperson,
        to_parlamint_tei,
        turns_table,
        votes_table,
    )
    from debateparse.models import (
        Debate,
        Diagnostic,
        Division,
        Paragraph,
        Resolution,
        Span,
        Speaker,
        Turn,
    )
    from debateparse.registry import Registry, ResolutionRules
    from debateparse.resolve import resolve_members

__version__ = "0.1.0"

__all__ = [
    "DIALECTS",
    "Debate",
    "DebateParseError",
    "Diagnostic",
    "Dialect",
    "Division",
    "EmptyInputError",
    "InputDecodeError",
    "InputReadError",
    "InputTooLargeError",
    "NotADebateError",
    "Paragraph",
    "Registry",
    "RegistryError",
    "RegistryNotFoundError",
    "Resolution",
    "ResolutionRules",
    "Span",
    "Speaker",
    "Turn",
    "UnknownDialectError",
    "WorkerCrashError",
    "__version__",
    "debates_table",
    "diagnostics_table",
    "divisions_table",
    "get_dialect",
    "iter_debates",
    "parse_corpus",
    "parse_debate",
    "parse_text",
    "register_dialect",
    "resolve_members",
    "speakers_table",
    "to_akoma_ntoso",
    "to_arrow",
    "to_pandas",
    "to_parlamint_listperson",
    "to_parlamint_tei",
    "turns_table",
    "votes_table",
]

_LAZY: dict[str, str] = {
    "DIALECTS": "debateparse.dialects",
    "Debate": "debateparse.models",
    "DebateParseError": "debateparse.errors",
    "Diagnostic": "debateparse.models",
    "Dialect": "debateparse.dialects",
    "Division": "debateparse.models",
    "EmptyInputError": "debateparse.errors",
    "InputDecodeError": "debateparse.errors",
    "InputReadError": "debateparse.errors",
    "InputTooLargeError": "debateparse.errors",
    "NotADebateError": "debateparse.errors",
    "Paragraph": "debateparse.models",
    "Registry": "debateparse.registry",
    "RegistryError": "debateparse.errors",
    "RegistryNotFoundError": "debateparse.errors",
    "Resolution": "debateparse.models",
    "ResolutionRules": "debateparse.registry",
    "Span": "debateparse.models",
    "Speaker": "debateparse.models",
    "Turn": "debateparse.models",
    "UnknownDialectError": "debateparse.errors",
    "WorkerCrashError": "debateparse.errors",
    "debates_table": "debateparse.export",
    "diagnostics_table": "debateparse.export",
    "divisions_table": "debateparse.export",
    "get_dialect": "debateparse.dialects",
    "iter_debates": "debateparse.api",
    "parse_corpus": "debateparse.corpus",
    "parse_debate": "debateparse.api",
    "parse_text": "debateparse.api",
    "register_dialect": "debateparse.dialects",
    "resolve_members": "debateparse.resolve",
    "speakers_table": "debateparse.export",
    "to_akoma_ntoso": "debateparse.export",
    "to_arrow": "debateparse.export",
    "to_pandas": "debateparse.export",
    "to_parlamint_listperson": "debateparse.export",
    "to_parlamint_tei": "debateparse.export",
    "turns_table": "debateparse.export",
    "votes_table": "debateparse.export",
}
"""Public name -> the module that defines it, imported on first use."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'debateparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next look-up is a plain global
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
