"""Read stage: path, file object or bytes -> ``Source`` (decoded text plus a line table)."""

from __future__ import annotations

import codecs
import errno
import os
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import add
from pathlib import Path
from typing import IO, Any, Union

import regex

from debateparse.errors import (
    DebateParseError,
    EmptyInputError,
    InputDecodeError,
    InputReadError,
    InputTooLargeError,
)
from debateparse.limits import MAX_BYTES
from debateparse.models import Diagnostic, Span

__all__ = [
    "LINE_BREAK",
    "Source",
    "SourceLike",
    "check_source",
    "decode",
    "read_error",
    "read_source",
    "repair_lines",
    "repair_mojibake",
    "source_from_text",
    "split_lines",
    "without_surrogates",
]

SourceLike = Union[str, "os.PathLike[str]", IO[bytes], IO[str]]
"""What ``parse_debate`` accepts: a path (``str`` is always a path) or an open file."""

# Byte-order marks, longest first: UTF-32 LE starts with the UTF-16 LE mark.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NUL_BYTE = (
    "binary input: NUL byte found; expected UTF-8, UTF-16 with a byte-order mark, or cp1252 text"
)
"""The message for NUL bytes in input that is not UTF-16/32."""
LINE_BREAK = regex.compile("\r\n|[\r\n\x85\u2028\u2029]")
"""Line breaks: CR LF, CR, LF, NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR."""
_NEWLINE = LINE_BREAK
_UNUSUAL_BREAKS = ("\r", "\x85", "\u2028", "\u2029")
"""Line breaks other than LF. Looked for with ``in`` (a memchr-like search, 15x faster
than one regex character class over a large text)."""
_SURROGATE = regex.compile("[\ud800-\udfff]")
_CONTENT = regex.compile(r"[^\s\ufeff]")


def _whatwg_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Map the five bytes cp1252 leaves undefined to the same code point, as browsers do."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return "".join(chr(b) for b in bad), error.end


codecs.register_error("debateparse-whatwg", _whatwg_cp1252)


@dataclass(frozen=True)
class Source:
    """Decoded input text with its lines.

    The table of line offsets (``starts``) is built when first needed.
    """

    text: str
    path: str | None
    lines: list[str]
    """The lines without their line endings."""
    bom: int = 0
    """1 when the text starts with a byte-order mark (offsets then start at 1)."""
    separators: list[int] | None = None
    """Length of each line's ending, or None when every line ends with one ``\\n``."""
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    base: int = 0
    """Lines of the input before ``lines[0]`` (a block of a streamed input; line numbers
    and ``starts`` are the input's own, indexes into ``lines`` and ``text`` are local)."""

    @cached_property
    def stripped(self) -> list[str]:
        """Each line without surrounding whitespace (the same object when nothing to strip)."""
        return list(map(str.strip, self.lines))

    @cached_property
    def is_flush(self) -> bool:
        """True when no line has leading or trailing whitespace (so ``stripped == lines``)."""
        return self.stripped == self.lines

    @cached_property
    def starts(self) -> array[int]:
        """Offset in ``text`` where each line starts."""
        if self.separators is None:
            lengths = accumulate(map(len, self.lines), initial=self.bom)
            return array("q", map(add, lengths, range(len(self.lines))))
        widths = map(add, map(len, self.lines), self.separators)
        return array("q", accumulate(widths, initial=self.bom))[: len(self.lines)]

    def start_of(self, line: int) -> int:
        """Offset where 1-based ``line`` (of the whole input) starts."""
        return self.starts[line - 1 - self.base]

    def end_of(self, line: int) -> int:
        """Offset where 1-based ``line`` (of the whole input) ends, before its ending."""
        index = line - 1 - self.base
        return self.starts[index] + len(self.lines[index])

    def offset_of(self, line: int) -> int:
        """Offset where 1-based ``line`` starts (counted, without building ``starts``)."""
        chunk = self.lines[: line - 1]
        ends = line - 1 if self.separators is None else sum(self.separators[: line - 1])
        return self.bom + sum(map(len, chunk)) + ends

    def lines_at(self, offsets: list[int]) -> list[int]:
        """1-based lines holding the sorted character ``offsets``."""
        if self.separators is not None:
            starts = self.starts
            return [bisect_right(starts, offset) for offset in offsets]
        found, line, position, text = [], 1, 0, self.text
        for offset in offsets:
            line += text.count("\n", position, offset)
            position = offset
            found.append(line)
        return found

    def span(self, start_line: int, end_line: int) -> Span:
        """The ``Span`` from the start of ``start_line`` to the end of ``end_line`` (1-based)."""
        start, end = self.start_of(start_line), self.end_of(end_line)
        return Span(start_line=start_line, end_line=end_line, start=start, end=end)


def _line_of(data: bytes | str, index: int) -> int:
    newline: bytes | str = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, index) + 1  # type: ignore[arg-type]


def decode(data: bytes, path: str | None = None) -> tuple[str, tuple[Diagnostic, ...]]:
    """Decode input bytes: BOM-marked UTF-8/16/32, else UTF-8, else cp1252.

    Raises:
        InputDecodeError: NUL bytes outside a UTF-16/32 text, or an invalid UTF-16/32 text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            nul = data.find(b"\x00") if encoding == "utf-8" else -1
            if nul >= 0:  # UTF-8 has no NUL in text, marked or not
                raise InputDecodeError(_NUL_BYTE, source=path, line=_line_of(data, nul))
            try:
                return data[len(bom) :].decode(encoding), ()
            except UnicodeDecodeError as error:
                raise InputDecodeError(
                    f"invalid {encoding.upper()} although the text starts with its "
                    f"byte-order mark ({error.reason})",
                    source=path,
                    line=_line_of(data, error.start),
                ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputDecodeError(
            _NUL_BYTE,
            source=path,
            line=_line_of(data, nul),
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = _line_of(data, error.start)
    else:
        # Mojibake starts with a character of U+00C2-U+00F4: in UTF-8, a 0xC3 byte.
        return repair_mojibake(text) if b"\xc3" in data else (text, ())
    mixed = _decode_by_line(data)
    if mixed is not None:
        text, notes = mixed
        repaired, repairs = repair_mojibake(text)
        return repaired, (*notes, *repairs)
    text = data.decode("cp1252", errors="debateparse-whatwg")
    note = Diagnostic(
        code="decoded-as-cp1252",
        message=f"input is not valid UTF-8 (first bad byte on line {line}); decoded as cp1252",
        line=line,
        severity="warning",
    )
    return text, (note,)


def cp1252_line_note(line: int) -> Diagnostic:
    """The warning for one line that is not UTF-8 in input that otherwise is."""
    return Diagnostic(
        code="line-decoded-as-cp1252",
        message=f"line {line} is not valid UTF-8 (the rest of the input is): decoded as cp1252",
        line=line,
        severity="warning",
    )


def _decode_by_line(data: bytes) -> tuple[str, tuple[Diagnostic, ...]] | None:
    """UTF-8 text with some lines in another encoding: each line decoded as UTF-8, the
    others as cp1252, each named in a ``line-decoded-as-cp1252`` diagnostic. None when no
    line holds UTF-8 beyond ASCII (a cp1252 file throughout, decoded whole as before)."""
    pieces: list[str] = []
    notes: list[Diagnostic] = []
    utf8_seen = False
    line = 1
    for raw in data.split(b"\n"):
        try:
            piece = raw.decode("utf-8")
            utf8_seen = utf8_seen or not raw.isascii()
        except UnicodeDecodeError:
            piece = raw.decode("cp1252", errors="debateparse-whatwg")
            notes.append(cp1252_line_note(line))
        pieces.append(piece)
        inner = len(LINE_BREAK.findall(piece)) - (1 if piece.endswith("\r") else 0)
        line += 1 + inner
    if not utf8_seen:
        return None
    return "\n".join(pieces), tuple(notes)


_CP1252_HIGH = bytes(range(0x80, 0xC0)).decode("cp1252", errors="debateparse-whatwg")
MOJIBAKE_SUSPECT = regex.compile("[\u00c2-\u00f4][\u0080-\u00bf" + regex.escape(_CP1252_HIGH) + "]")
"""A UTF-8 lead byte then a continuation byte, as cp1252 or Latin-1 shows them ("â€",
"Ã©", "â\x80"): the lines ftfy is asked to look at. Others cannot be mojibake."""


def _repaired(number: int, line: str, fixed: str) -> Diagnostic:
    return Diagnostic(
        code="mojibake-repaired",
        message=f"line {number}: text mis-decoded upstream (UTF-8 read as cp1252 or "
        f"Latin-1, once or more) repaired: {line.strip()[:60]!r} -> {fixed.strip()[:60]!r}",
        line=number,
        severity="warning",
    )


def _fix_encoding(line: str) -> str:
    """ftfy's repair of one line (imported on the first suspect line: most input has
    none). A repair that would make a line break, a NUL or a lone surrogate is refused:
    the read stage's lines are decided before repair."""
    from ftfy import fix_encoding

    fixed = fix_encoding(line)
    if fixed == line or LINE_BREAK.search(fixed) or "\x00" in fixed or _SURROGATE.search(fixed):
        return line
    return fixed


def repair_lines(lines: list[str], first: int = 1) -> list[Diagnostic]:
    """Repair mojibake (see ``repair_mojibake``) in ``lines`` in place, numbered from
    ``first``: one ``mojibake-repaired`` diagnostic per line repaired."""
    notes: list[Diagnostic] = []
    search = MOJIBAKE_SUSPECT.search
    for index, line in enumerate(lines):
        if search(line) is None:
            continue
        fixed = _fix_encoding(line)
        if fixed != line:
            notes.append(_repaired(first + index, line, fixed))
            lines[index] = fixed
    return notes


def repair_mojibake(text: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """Repair UTF-8 text that was mis-decoded before it reached us ("Russiaâ€™s" ->
    "Russia’s"; read as cp1252 or Latin-1, once or twice): each line holding a UTF-8
    byte pair as cp1252 or Latin-1 shows it is given to ftfy's ``fix_encoding``, with one
    ``mojibake-repaired`` diagnostic per line it changed."""
    if MOJIBAKE_SUSPECT.search(text) is None:
        return text, ()
    lines = LINE_BREAK.split(text)
    breaks = [*LINE_BREAK.findall(text), ""]
    notes = repair_lines(lines)
    return "".join(map(str.__add__, lines, breaks)), tuple(notes)


def split_lines(text: str) -> list[str]:
    """``text`` cut at every line break of ``LINE_BREAK`` (the read stage's lines)."""
    return LINE_BREAK.split(text)


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (which no encoding can write) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _replace_surrogates(
    text: str, path: str | None, diagnostics: tuple[Diagnostic, ...]
) -> tuple[str, tuple[Diagnostic, ...]]:
    """Lone surrogates (not text: no encoding can write them) become U+FFFD, noted once."""
    found = _SURROGATE.search(text)
    if found is None:
        return text, diagnostics
    count = len(_SURROGATE.findall(text))
    line = len(LINE_BREAK.findall(text, 0, found.start())) + 1
    note = Diagnostic(
        code="lone-surrogate",
        message=f"{count} lone surrogate code point(s) (not valid Unicode text; the first "
        f"on line {line}) replaced by U+FFFD",
        line=line,
        severity="warning",
    )
    return _SURROGATE.sub("\ufffd", text), (*diagnostics, note)


def source_from_text(
    text: str, path: str | None = None, diagnostics: tuple[Diagnostic, ...] = ()
) -> Source:
    """Build the line table for decoded ``text``.

    Lines end at CR LF, CR, LF, NEL, U+2028 or U+2029. Lone surrogates (which no exporter
    can encode) are replaced by U+FFFD with a ``lone-surrogate`` diagnostic.

    Raises:
        InputDecodeError: the text holds NUL characters (binary data read as text).
        EmptyInputError: the text is empty or only whitespace.
    """
    nul = text.find("\x00")
    if nul >= 0:
        raise InputDecodeError(
            "binary input: NUL character in the text", source=path, line=_line_of(text, nul)
        )
    if _CONTENT.search(text) is None:
        raise EmptyInputError(
            "empty input: expected debate text, found nothing but whitespace",
            source=path,
            line=1,
        )
    text, diagnostics = _replace_surrogates(text, path, diagnostics)
    bom = 1 if text.startswith("\ufeff") else 0
    if not any(breaker in text for breaker in _UNUSUAL_BREAKS):
        return Source(text, path, text[bom:].split("\n"), bom, None, diagnostics)
    lines = _NEWLINE.split(text[bom:])
    separators = [len(m.group()) for m in _NEWLINE.finditer(text, bom)] + [0]
    return Source(text, path, lines, bom, separators, diagnostics)


def _path_of(handle: object) -> str | None:
    name = getattr(handle, "name", None)
    return os.fspath(name) if isinstance(name, (str, os.PathLike)) else None


def check_source(source: object) -> None:
    """Raise ``TypeError`` unless ``source`` is a path or an open file."""
    if isinstance(source, (str, os.PathLike)) or callable(getattr(source, "read", None)):
        return
    if isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError(
            "expected a path (str or os.PathLike) or an open file, got bytes; "
            "wrap bytes as io.BytesIO(data), or use parse_text() for text"
        )
    raise TypeError(
        f"expected a path (str or os.PathLike) or an open file, got {type(source).__name__}"
    )


def read_error(error: OSError | ValueError, path: str) -> Exception:
    """The error to raise for an operating-system error reading ``path``: a missing file
    keeps its ``FileNotFoundError``; anything else is an ``InputReadError`` naming it."""
    if isinstance(error, FileNotFoundError):
        return error
    if isinstance(error, IsADirectoryError):
        reason = "is a directory, not a file (parse_corpus reads many files)"
    elif isinstance(error, PermissionError):
        reason = "permission denied"
    elif isinstance(error, OSError) and error.errno == errno.ENAMETOOLONG:
        reason = "file name too long (a str is always a path: use parse_text() for text)"
    elif isinstance(error, ValueError):
        reason = f"not a usable path ({error}; a str is always a path: use parse_text() for text)"
    else:
        reason = error.strerror or str(error)
    snippet = path if len(path) > 60 else None
    return InputReadError(f"cannot read: {reason}", source=path[:200], snippet=snippet)


_CHUNK = 1 << 20
_WIDE_BOMS = tuple(bom for bom, encoding in _BOMS if encoding != "utf-8")


def _refuse_binary(head: bytes, path: str | None) -> None:
    """``InputDecodeError`` at once for NUL bytes in the first chunk of a text without a
    UTF-16/32 byte-order mark (so ``/dev/zero`` is refused without reading it all)."""
    nul = head.find(b"\x00")
    if nul >= 0 and not head.startswith(_WIDE_BOMS):
        raise InputDecodeError(
            _NUL_BYTE,
            source=path,
            line=_line_of(head, nul),
        )


def _read_all(handle: IO[bytes] | IO[str], limit: int | None, path: str | None) -> bytes | str:
    """Everything ``handle`` holds, read in chunks: at most ``limit + 1`` units, and binary
    data (NUL in the first chunk of bytes without a UTF-16/32 mark) is refused at once."""
    parts: list[Any] = []
    size = 0
    while True:
        want = _CHUNK if limit is None else min(_CHUNK, limit + 1 - size)
        part = handle.read(max(want, 1))
        if not part:
            break
        if not parts and isinstance(part, bytes):
            _refuse_binary(part, path)
        parts.append(part)
        size += len(part)
        if limit is not None and size > limit:
            raise InputTooLargeError(
                f"input larger than max_bytes={limit}: not read further "
                "(pass a larger max_bytes, or --max-bytes, to read it)",
                source=path,
            )
    if not parts:
        empty: bytes | str = handle.read()  # the empty value of the right type
        return empty
    joined: bytes | str = parts[0][:0].join(parts)
    return joined


def read_source(source: SourceLike, max_bytes: int | None = MAX_BYTES) -> Source:
    """Read a path or an open (binary or text) file into a ``Source``.

    A ``str`` is always a path, never text. A missing file raises ``FileNotFoundError``;
    a directory, a file without read permission or a name too long raise
    ``InputReadError``; more than ``max_bytes`` bytes (characters for a text file)
    ``InputTooLargeError``; anything but a path or a file ``TypeError``.
    """
    check_source(source)
    if isinstance(source, (str, os.PathLike)):
        file_path = os.fspath(source)
        try:
            with Path(file_path).open("rb") as handle:
                data = _read_all(handle, max_bytes, file_path)
        except DebateParseError:
            raise
        except (OSError, ValueError) as error:
            raise read_error(error, file_path) from None
        assert isinstance(data, bytes)
        text, notes = decode(data, file_path)
        return source_from_text(text, file_path, notes)
    name = _path_of(source)
    content = _read_all(source, max_bytes, name)
    if isinstance(content, bytes):
        text, notes = decode(content, name)
        return source_from_text(text, name, notes)
    if isinstance(content, str):
        return source_from_text(content, name)
    raise TypeError(f"expected a path or a file object, got {type(source).__name__}")
