"""Where each element of a streamed XML file sits, so that XML-derived spans carry real
lines and character offsets (lxml gives an element's first line, never its end or offset).

``LineTable`` wraps the binary stream ``iterparse`` reads: it decodes each chunk as it
passes (by the file's declared encoding), records where every line starts and keeps the
text not yet forgotten. The reader forgets what lies before each new section, so the
table holds about one section, whatever the file's size.
"""

from __future__ import annotations

import bisect
import codecs
import re
from array import array
from typing import IO

__all__ = ["LineTable"]

_ENCODING = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._-]+)"
)
_KEEP_LINES = 1024
"""Lines forgotten at once (each forgetting copies what is kept)."""


class LineTable:
    """A read-through wrapper of a binary stream that records lines and keeps the text.

    Offsets count characters of the decoded text after a byte-order mark, as
    ``Span.start`` and ``Span.end`` do for text input.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self._decoder: codecs.IncrementalDecoder | None = None
        self._starts = array("q", [0])  # offset of line ``_first + i``
        self._first = 1
        self._chars = 0
        self._chunks: list[str] = []
        self._text = ""  # the text from offset ``_base``, with ``_chunks`` not yet joined
        self._base = 0

    def read(self, size: int = -1) -> bytes:
        """Read from the stream (lxml calls this), noting the lines that went by."""
        data = self.stream.read(size)
        if self._decoder is None:
            self._decoder = _decoder_for(data)
        text = self._decoder.decode(data, final=not data)
        find, base, at = text.find, self._chars, text.find("\n")
        starts = self._starts
        while at >= 0:
            starts.append(base + at + 1)
            at = find("\n", at + 1)
        self._chars += len(text)
        self._chunks.append(text)
        return data

    def extent(self, tag: str, first: int, last: int, empty: bool) -> tuple[int, int, int, int]:
        """``(start_line, end_line, start, end)`` of the element ``<tag>`` that opens on
        line ``first`` and whose last child opens on line ``last``: from its ``<`` to
        just past its end tag (or ``/>`` when it is ``empty``)."""
        start = self._find(f"<{tag}", self._line_start(first))
        if start < 0:
            start = self._line_start(first)
        if empty:
            close, width = self._find(">", start), 1
        else:
            close, width = self._find(f"</{tag}", self._line_start(last)), 0
            if close >= 0:
                close, width = self._find(">", close), 1
        end = self._chars if close < 0 else close + width
        return first, self._line_of(max(start, end - 1)), start, max(start, end)

    def forget_before(self, line: int) -> None:
        """Drop what lies before ``line``: no element will start there again."""
        drop = min(line - self._first, len(self._starts) - 1)
        if drop > _KEEP_LINES:
            self._join()
            cut = self._starts[drop] - self._base
            self._text, self._base = self._text[cut:], self._base + cut
            del self._starts[:drop]
            self._first += drop

    def _join(self) -> None:
        if self._chunks:
            self._text += "".join(self._chunks)
            self._chunks = []

    def _find(self, needle: str, offset: int) -> int:
        self._join()
        found = self._text.find(needle, max(offset - self._base, 0))
        return found if found < 0 else found + self._base

    def _line_start(self, line: int) -> int:
        starts = self._starts
        return starts[min(max(line - self._first, 0), len(starts) - 1)]

    def _line_of(self, offset: int) -> int:
        return self._first + max(bisect.bisect_right(self._starts, offset) - 1, 0)


def _decoder_for(head: bytes) -> codecs.IncrementalDecoder:
    found = _ENCODING.match(head)
    name = found.group(1).decode("ascii") if found else "utf-8"
    try:
        info = codecs.lookup(name)
    except LookupError:
        info = codecs.lookup("utf-8")
    if info.name == "utf-8":
        info = codecs.lookup("utf-8-sig")  # a byte-order mark is not a character of the text
    return info.incrementaldecoder("replace")
