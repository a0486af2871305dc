"""Typed errors: every failure on bad input is a ``DebateParseError`` with source and line."""

from __future__ import annotations

__all__ = [
    "DebateParseError",
    "EmptyInputError",
    "InputDecodeError",
    "InputReadError",
    "InputTooLargeError",
    "MalformedXMLError",
    "NotADebateError",
    "RegistryError",
    "RegistryNotFoundError",
    "UnknownDialectError",
    "WorkerCrashError",
]

_SNIPPET_WIDTH = 60


def _snippet(text: str | None) -> str | None:
    """Shorten ``text`` for an error message."""
    if text is None:
        return None
    text = " ".join(text.split())
    if len(text) > _SNIPPET_WIDTH:
        return text[: _SNIPPET_WIDTH - 1] + "…"
    return text


class DebateParseError(ValueError):
    """Base class for everything debateparse raises about its input.

    Subclasses ``ValueError`` (as dateutil's ``ParserError`` does) so existing
    ``except ValueError`` code keeps working. ``str(error)`` reads
    ``SOURCE:LINE: message: 'snippet'``.

    Attributes:
        message: What went wrong and, where it helps, what was expected.
        source: Path of the input, or ``None`` for text given in memory.
        line: 1-based line the error refers to, or ``None`` for the whole input.
        snippet: A short extract of the offending text, or ``None``.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        snippet: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.snippet = _snippet(snippet)
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.source or "<text>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        text = f"{where}: {self.message}"
        if self.snippet:
            text += f": {self.snippet!r}"
        return text

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments need a custom reduce so errors cross process pools.
        return (_rebuild, (type(self), self.message, self.source, self.line, self.snippet))


def _rebuild(
    cls: type[DebateParseError],
    message: str,
    source: str | None,
    line: int | None,
    snippet: str | None,
) -> DebateParseError:
    return cls(message, source=source, line=line, snippet=snippet)


class EmptyInputError(DebateParseError):
    """The input holds no text at all (empty, or only whitespace)."""


class InputDecodeError(DebateParseError):
    """The input bytes are not text (NUL bytes) or cannot be decoded."""


class InputReadError(DebateParseError):
    """The input cannot be read: a directory, permission denied, a file name too long
    (often a text passed where a path is expected), or another operating-system error.
    ``source`` names the path; a missing file raises ``FileNotFoundError`` instead."""


class InputTooLargeError(DebateParseError):
    """The input is larger than the ``max_bytes`` limit (``limits.MAX_BYTES`` unless
    given); it was not read further."""


class MalformedXMLError(DebateParseError):
    """Structured input (ParlParse XML) that is not well-formed XML, or not the expected
    document (its root element); ``line`` is where the XML parser stopped."""


class NotADebateError(DebateParseError):
    """No speaker header was found, so the text is not a debate in any dialect tried."""


class WorkerCrashError(DebateParseError):
    """A corpus worker process died (killed by a signal, as the OOM killer does) twice
    while parsing this file, once in its chunk and once alone in a fresh worker."""


class UnknownDialectError(DebateParseError):
    """A dialect name was asked for that is not registered."""


class RegistryError(DebateParseError):
    """A registry file cannot be read: unknown format, bad JSON/XML/CSV, missing fields.

    ``source`` is the registry file and ``line`` the line concerned when known (CSV rows,
    XML elements). A ``DebateParseError`` (so a ``ValueError``) like every other input error.
    """


class RegistryNotFoundError(RegistryError):
    """``Registry.default()`` found no downloaded registry in the cache directory.

    The message names the path looked at and the command that fills it
    (``debateparse registry download``).
    """
