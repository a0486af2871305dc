"""debateparse: Hansard-style parliamentary debate text -> typed, lossless data.

>>> from debateparse import parse_debate
>>> debate = parse_debate("fixtures/twfy/commons-2024-05-15-ukraine-and-georgia.txt")
>>> debate.title, len(debate.turns)
('Ukraine and Georgia', 43)
"""

from debateparse.api import iter_debates, parse_debate, parse_text
from debateparse.dialects import DIALECTS, Dialect, get_dialect, register_dialect
from debateparse.errors import (
    DebateParseError,
    EmptyInputError,
    InputDecodeError,
    NotADebateError,
    RegistryError,
    RegistryNotFoundError,
    UnknownDialectError,
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
    "__version__",
    "get_dialect",
    "iter_debates",
    "parse_debate",
    "parse_text",
    "register_dialect",
    "resolve_members",
]
