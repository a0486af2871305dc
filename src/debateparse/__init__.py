"""debateparse: Hansard-style parliamentary debate text -> typed, lossless data.

>>> from debateparse import parse_debate
>>> debate = parse_debate("fixtures/twfy/commons-2024-05-15-ukraine-and-georgia.txt")
>>> debate.title, len(debate.turns)
('Ukraine and Georgia', 43)
"""

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
