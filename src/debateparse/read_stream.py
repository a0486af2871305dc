"""Incremental read stage: a binary file -> blocks of decoded lines, read in chunks.

``iter_blocks`` decodes as ``read.decode`` and ``read.source_from_text`` do for the whole
file (byte-order marks, UTF-8 with a per-line cp1252 fallback, mojibake repair, NUL and
empty input refused, ``max_bytes``), with the same lines and diagnostics, but holds only
one chunk of the input at a time. A block ends after a line feed, so a CR LF is never cut
and each line is decoded whole.

One decision needs the whole file: a file that is not valid UTF-8 and has no line of UTF-8
beyond ASCII is cp1252 throughout (one ``decoded-as-cp1252`` diagnostic, no mojibake
repair), else only its bad lines are (``line-decoded-as-cp1252`` for each). At the first
bad line the rest of a seekable file is scanned for such a line (reading it in chunks, then
seeking back); a pipe, which cannot be scanned, is taken as UTF-8 with bad lines.

Errors come when the reader reaches them, after the blocks before them.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from debateparse.errors import EmptyInputError, InputDecodeError, InputTooLargeError
from debateparse.models import Diagnostic
from debateparse.read import (
    _BOMS,
    _CONTENT,
    _NUL_BYTE,
    LINE_BREAK,
    MOJIBAKE_SUSPECT,
    _refuse_binary,
    cp1252_line_note,
    repair_lines,
)

__all__ = ["CHUNK", "Block", "iter_blocks"]

CHUNK = 1 << 20
"""Bytes read at a time."""


@dataclass(slots=True)
class Block:
    """Consecutive decoded lines of the input."""

    lines: list[str]
    """The lines without their endings."""
    separators: list[int]
    """Length of each line's ending (0 for the input's last line)."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    bom: int = 0
    """1 when the decoded text starts with U+FEFF (only ever on the first block)."""


def _too_large(limit: int, path: str | None) -> InputTooLargeError:
    return InputTooLargeError(
        f"input larger than max_bytes={limit}: not read further "
        "(pass a larger max_bytes, or --max-bytes, to read it)",
        source=path,
    )


class _Chunks:
    """The handle's bytes chunk by chunk, counting them against ``limit``."""

    def __init__(self, handle: IO[bytes], limit: int | None, path: str | None) -> None:
        self.handle, self.limit, self.path, self.size = handle, limit, path, 0

    def read(self) -> bytes:
        want = CHUNK if self.limit is None else min(CHUNK, self.limit + 1 - self.size)
        part = self.handle.read(max(want, 1))
        self.size += len(part)
        if self.limit is not None and self.size > self.limit:
            raise _too_large(self.limit, self.path)
        return part


def _unusual_breaks(text: str) -> bool:
    """Does ``text`` hold a line break other than a line feed? (Four scans at C speed.)"""
    return "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text


def _split(text: str, final: bool) -> tuple[list[str], list[int], str]:
    """``text`` cut into lines and their endings; the unfinished last line is returned
    apart unless ``final`` (a trailing CR may be the first half of a CR LF)."""
    if not _unusual_breaks(text):  # the usual case: line feeds only
        lines = text.split("\n")
        separators = [1] * len(lines)
        separators[-1] = 0
        if final:
            return lines, separators, ""
        rest = lines.pop()
        separators.pop()
        return lines, separators, rest
    lines = []
    separators = []
    position = 0
    for found in LINE_BREAK.finditer(text):
        if not final and found.end() == len(text) and found.group() == "\r":
            break
        lines.append(text[position : found.start()])
        separators.append(found.end() - found.start())
        position = found.end()
    rest = text[position:]
    if final:
        lines.append(rest)
        separators.append(0)
        rest = ""
    return lines, separators, rest


class _Decoder:
    """Decoding state of an input without a byte-order mark (UTF-8 or cp1252)."""

    def __init__(self, chunks: _Chunks, path: str | None) -> None:
        self.chunks, self.path = chunks, path
        self.line = 1
        """Number of the next line (counted by every line break)."""
        self.byte_line = 1
        """Number of the next line counted by line feeds (as ``decode`` names bad bytes)."""
        self.utf8_seen = False
        self.cp1252 = False
        """The whole input is cp1252 (no UTF-8 line beyond ASCII anywhere)."""
        self.mixed = False
        """Decided at a bad line: other lines are UTF-8 (so only bad lines are cp1252)."""

    def check_nul(self, data: bytes) -> None:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputDecodeError(
                _NUL_BYTE,
                source=self.path,
                line=self.byte_line + data.count(b"\n", 0, nul),
            )

    def block(self, data: bytes, rest: bytes, final: bool) -> Block:
        """Decode ``data`` (whole lines, ending in a line feed unless ``final``)."""
        if self.cp1252:
            text = data.decode("cp1252", errors="debateparse-whatwg")
            return self._lines(text, final, [], repair=False)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return self._by_line(data, rest, final)
        self.utf8_seen = self.utf8_seen or not data.isascii()
        # Mojibake starts with a character of U+00C2-U+00F4: in UTF-8, a 0xC3 byte.
        return self._lines(text, final, [], repair=b"\xc3" in data)

    def _lines(self, text: str, final: bool, notes: list[Diagnostic], repair: bool) -> Block:
        lines, separators, _ = _split(text, final)  # (not final: it ends with a line feed)
        if repair and MOJIBAKE_SUSPECT.search(text) is not None:
            notes.extend(repair_lines(lines, self.line))
        self.line += len(lines)
        self.byte_line += text.count("\n")
        return Block(lines, separators, notes)

    def _by_line(self, data: bytes, rest: bytes, final: bool) -> Block:
        """A block that is not all UTF-8: each line decoded alone, as ``decode`` does."""
        raws = data.split(b"\n")
        pieces: list[str] = []
        notes: list[Diagnostic] = []
        line, byte_line = self.line, self.byte_line
        for index, raw in enumerate(raws):
            try:
                piece = raw.decode("utf-8")
                self.utf8_seen = self.utf8_seen or not raw.isascii()
            except UnicodeDecodeError:
                piece = raw.decode("cp1252", errors="debateparse-whatwg")
                if not (self.utf8_seen or self.mixed):
                    if not self._utf8_ahead(raws[index + 1 :], rest):
                        return self._whole_cp1252(data, final, byte_line)
                    self.mixed = True
                notes.append(cp1252_line_note(line))
            pieces.append(piece)
            line += 1 + len(LINE_BREAK.findall(piece)) - (1 if piece.endswith("\r") else 0)
            byte_line += 1
        return self._lines("\n".join(pieces), final, notes, repair=True)

    def _whole_cp1252(self, data: bytes, final: bool, first_bad: int) -> Block:
        self.cp1252 = True
        note = Diagnostic(
            code="decoded-as-cp1252",
            message=f"input is not valid UTF-8 (first bad byte on line {first_bad}); "
            "decoded as cp1252",
            line=first_bad,
            severity="warning",
        )
        text = data.decode("cp1252", errors="debateparse-whatwg")
        return self._lines(text, final, [note], repair=False)

    def _utf8_ahead(self, raws: list[bytes], rest: bytes) -> bool:
        """Is any later line UTF-8 beyond ASCII? Reads the rest of a seekable file (then
        seeks back); True for a file that cannot seek (taken as UTF-8 with bad lines)."""
        if any(_utf8_beyond_ascii(raw) for raw in raws):
            return True
        handle = self.chunks.handle
        try:
            where = handle.tell() if handle.seekable() else None
        except (OSError, ValueError):
            where = None
        if where is None:
            return True
        found, pending = False, rest
        try:
            while not found:
                part = handle.read(CHUNK)
                if not part:
                    found = _utf8_beyond_ascii(pending)
                    break
                pending += part
                cut = pending.rfind(b"\n") + 1
                found = any(map(_utf8_beyond_ascii, pending[:cut].split(b"\n")))
                pending = pending[cut:]
        finally:
            handle.seek(where)
        return found


def _utf8_beyond_ascii(raw: bytes) -> bool:
    if raw.isascii():
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _marked(first: bytes) -> tuple[bytes, str] | None:
    for bom, encoding in _BOMS:
        if first.startswith(bom):
            return bom, encoding
    return None


def _read_head(chunks: _Chunks) -> bytes:
    """The first chunk, at least four bytes unless the input is shorter (for the BOM)."""
    head = chunks.read()
    while 0 < len(head) < 4:
        more = chunks.read()
        if not more:
            break
        head += more
    return head


def _with_bom(blocks: Iterator[Block]) -> Iterator[Block]:
    """Note a leading U+FEFF (offsets then start at 1, as ``source_from_text`` does)."""
    first = next(blocks, None)
    if first is None:
        return
    if first.lines and first.lines[0].startswith("\ufeff"):
        first.lines[0] = first.lines[0][1:]
        first.bom = 1
    yield first
    yield from blocks


def iter_blocks(handle: IO[bytes], path: str | None, max_bytes: int | None) -> Iterator[Block]:
    """The input's decoded lines, block by block (see the module docstring).

    Raises:
        InputTooLargeError: more than ``max_bytes`` bytes (when they are reached).
        InputDecodeError: NUL bytes without a UTF-16/32 mark, invalid marked text.
        EmptyInputError: nothing but whitespace (at the end of the input).
    """
    chunks = _Chunks(handle, max_bytes, path)
    head = _read_head(chunks)
    _refuse_binary(head, path)
    marked = _marked(head)
    blocks = _marked_blocks(chunks, head, *marked, path) if marked else _blocks(chunks, head, path)
    content = False
    for block in _with_bom(blocks):
        content = content or any(_CONTENT.search(line) for line in block.lines)
        yield block
    if not content:
        raise EmptyInputError(
            "empty input: expected debate text, found nothing but whitespace",
            source=path,
            line=1,
        )


def _blocks(chunks: _Chunks, head: bytes, path: str | None) -> Iterator[Block]:
    decoder = _Decoder(chunks, path)
    pending = head
    decoder.check_nul(head)
    while True:
        cut = pending.rfind(b"\n") + 1
        if cut:
            data, pending = pending[:cut], pending[cut:]
            yield decoder.block(data, pending, final=False)
        part = chunks.read()
        if not part:
            yield decoder.block(pending, b"", final=True)
            return
        decoder.check_nul(part)  # (pending bytes hold no line feed: the count is right)
        pending += part


def _marked_blocks(
    chunks: _Chunks, head: bytes, bom: bytes, encoding: str, path: str | None
) -> Iterator[Block]:
    """Text with a byte-order mark, decoded strictly in its encoding."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    data = head[len(bom) :]
    carry = ""
    newlines = 0
    while True:
        final = not data
        try:
            text = carry + decoder.decode(data, final=final)
        except UnicodeDecodeError as error:
            raise InputDecodeError(
                f"invalid {encoding.upper()} although the text starts with its "
                f"byte-order mark ({error.reason})",
                source=path,
                line=newlines + error.object.count(b"\n", 0, error.start) + 1,
            ) from None
        newlines += data.count(b"\n")
        if "\x00" in text:
            raise InputDecodeError(
                # UTF-8 has no NUL in text, marked or not (as ``read.decode`` says it)
                _NUL_BYTE if encoding == "utf-8" else "binary input: NUL character in the text",
                source=path,
                line=newlines - data.count(b"\n") + text.count("\n", 0, text.find("\x00")) + 1,
            )
        lines, separators, carry = _split(text, final)
        if lines:
            yield Block(lines, separators)
        if final:
            return
        data = chunks.read()


def seekable_size(handle: IO[bytes]) -> int | None:
    """The size of a regular file behind ``handle`` (None when it is not one)."""
    try:
        status = os.fstat(handle.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None
