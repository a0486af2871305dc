"""Lines as printed: ``Span``, ``Paragraph``, ``Paragraphs`` and ``Diagnostic``.

Line numbers are 1-based and inclusive; character offsets index the decoded input text
(after a byte-order mark, before line endings are normalised), start inclusive and end
exclusive, as Python slices do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from debateparse.models.rows import Rows, maker

__all__ = [
    "FROZEN",
    "SPOKEN_KINDS",
    "Diagnostic",
    "Paragraph",
    "ParagraphKind",
    "Paragraphs",
    "Severity",
    "Span",
    "StoredTexts",
    "count_words",
    "load_texts",
    "store_texts",
    "unset",
]

FROZEN = ConfigDict(frozen=True, extra="forbid", defer_build=True)
"""Every model: frozen, no unknown fields; its validator is built on first use, not at
import (building them all would double the time ``import debateparse`` takes)."""


def unset(value: Any) -> bool:
    """``exclude_if`` of the fields added for structured sources (ParlParse XML): left out
    of dumps when unset (None or empty), so text input serializes as it always did."""
    return not value


ParagraphKind = Literal["text", "marker", "procedural", "stage", "motion"]
"""``text``: ordinary text (in a turn: words spoken). ``marker``: an editorial marker line
such as "(Translated)", kept but not part of the speech text. ``procedural``: the
business of the House inside a turn ("Question put and agreed to."). ``stage``: a stage
direction, what the report says happened in the room ("(Laughter.)", "[Interruption.]",
"Hon. Members: Hear, hear!"; see ``debateparse.dialects.stage``). ``motion``: words the
source marks as the text of a motion, amendment or other text read out (ParlParse XML
``<p pwmotiontext="yes">``: "That an Humble Address be presented …"). ``text`` and
``motion`` are the speech text (``SPOKEN_KINDS``)."""

SPOKEN_KINDS: frozenset[ParagraphKind] = frozenset({"text", "motion"})
"""Paragraph kinds that are words spoken: the speech text, word counts, TEI ``seg``s."""

Severity = Literal["info", "warning", "error"]


def count_words(texts: Iterable[str]) -> int:
    """Words in ``texts``: maximal runs of non-whitespace, exactly as ``str.split`` finds
    them. A text with no whitespace but single inner spaces (``isprintable`` is False for
    every other whitespace character) is counted by its spaces, without splitting."""
    total = 0
    for text in texts:
        if text and text[0] != " " and text[-1] != " " and text.isprintable() and "  " not in text:
            total += text.count(" ") + 1
        elif text:
            total += len(text.split())
    return total


StoredTexts = bytes | tuple[str, ...]
"""Paragraph texts as ``Paragraphs`` keeps them (``store_texts``)."""


def store_texts(texts: Sequence[str]) -> StoredTexts:
    """``texts`` as stored: their UTF-8 joined by line feeds (a text of curly quotes takes
    half the memory of a ``str``, and one object a block instead of one a line), or the
    tuple itself when empty or when that cannot hold them (a text with a line feed or a
    lone surrogate). One form for given texts, so stored forms compare as the texts do."""
    if not texts:
        return ()
    joined = texts[0] if len(texts) == 1 else "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        return tuple(texts)
    try:
        return joined.encode()
    except UnicodeEncodeError:
        return tuple(texts)


def load_texts(stored: StoredTexts) -> tuple[str, ...]:
    """The texts ``store_texts`` stored."""
    if type(stored) is bytes:
        return tuple(stored.decode().split("\n"))
    return stored  # type: ignore[return-value]


def _joined(stored: StoredTexts, separator: str) -> str:
    """The stored texts joined by ``separator``."""
    if type(stored) is bytes:
        text = stored.decode()
        return text if separator == "\n" else text.replace("\n", separator)
    return separator.join(stored)  # type: ignore[arg-type]


_ENCODED: dict[tuple[str, ...], tuple[bytes, ...]] = {}
"""``Paragraphs.holds_any``'s needles, encoded once."""


class Span(BaseModel):
    """Where something sits in the input."""

    model_config = FROZEN

    start_line: int = Field(description="First line, 1-based.")
    end_line: int = Field(description="Last line, 1-based, inclusive.")
    start: int = Field(description="Offset of the first character in the decoded text.")
    end: int = Field(description="Offset just past the last character (exclusive).")


class Paragraph(BaseModel):
    """One printed line of text (or the part of a line a header did not take).

    ``text`` has surrounding whitespace removed. ``raw`` keeps the text as printed (without
    trailing whitespace) when it differs from ``text``: leading indentation, or, for a
    header printed on the same line as its speech, the exact prefix up to the speech.
    """

    model_config = FROZEN

    text: str = Field(description="The text, stripped.")
    line: int = Field(description="1-based line number in the input.")
    raw: str | None = Field(
        default=None, description="The text as printed, when it differs from `text`."
    )
    kind: ParagraphKind = Field(default="text", description="See `ParagraphKind`.")
    pid: str | None = Field(
        default=None,
        exclude_if=unset,
        description="The source's paragraph id (ParlParse XML ``<p pid>``).",
    )
    style: str | None = Field(
        default=None,
        exclude_if=unset,
        description="The source's paragraph class as given (ParlParse XML ``<p class>``: "
        '"indent", "italic").',
    )

    @property
    def printed(self) -> str:
        """The text exactly as printed (``raw`` when set, else ``text``)."""
        return self.text if self.raw is None else self.raw


class Paragraphs(Rows[Paragraph]):
    """An immutable sequence of ``Paragraph``, stored as parallel tuples (see ``Rows``).

    Each ``Paragraph`` is built when read and kept only while the caller holds it
    (``keeps`` is False): a large debate has a paragraph per printed line. The texts are a
    tuple, or stored as one UTF-8 string (``store_texts``: a large debate's turns) and
    decoded when read; either way they compare, hash and pickle as the texts."""

    __slots__ = ("_kinds", "_lines", "_pids", "_raws", "_styles", "_texts")
    item_type = Paragraph
    keeps = False
    _texts: StoredTexts

    def __init__(
        self,
        texts: Sequence[str] = (),
        lines: Sequence[int] = (),
        raws: Sequence[str | None] | None = None,
        kinds: Sequence[ParagraphKind] | None = None,
        pids: Sequence[str | None] | None = None,
        styles: Sequence[str | None] | None = None,
    ) -> None:
        super().__init__()
        self._pids = None if pids is None or all(p is None for p in pids) else tuple(pids)
        self._styles = None if styles is None or all(c is None for c in styles) else tuple(styles)
        if isinstance(texts, bytes):
            raise TypeError("Paragraphs: texts must be strings")
        self._lines = tuple(lines)
        count = len(texts)
        self._raws = None if raws is None or all(r is None for r in raws) else tuple(raws)
        self._kinds = None if kinds is None or all(k == "text" for k in kinds) else tuple(kinds)
        if len(self._lines) != count or any(
            extra is not None and len(extra) != count
            for extra in (self._raws, self._kinds, self._pids, self._styles)
        ):
            raise ValueError(
                "Paragraphs: texts, lines, raws, kinds, pids and styles differ in length"
            )
        self._texts = tuple(texts)

    @classmethod
    def trusted(
        cls,
        texts: tuple[str, ...] | bytes,
        lines: tuple[int, ...],
        raws: tuple[str | None, ...] | None = None,
        kinds: tuple[ParagraphKind, ...] | None = None,
    ) -> Paragraphs:
        """Build from tuples the parser knows are consistent: equal lengths, ``raws`` None
        when no paragraph has one, ``kinds`` None when all are text. ``texts`` may be
        stored (``store_texts``), as the drafts of a large debate are."""
        self = cls.__new__(cls)
        self._texts, self._lines, self._raws, self._kinds = texts, lines, raws, kinds
        self._pids = self._styles = None
        self._cache = self._live = None
        return self

    @classmethod
    def of(cls, items: Iterable[Paragraph]) -> Paragraphs:
        """Pack existing ``Paragraph`` objects."""
        items = tuple(items)
        return cls(
            [p.text for p in items],
            [p.line for p in items],
            [p.raw for p in items],
            [p.kind for p in items],
            [p.pid for p in items],
            [p.style for p in items],
        )

    @classmethod
    def _from_key(cls, key: tuple[object, ...]) -> Paragraphs:
        return cls(*key)  # type: ignore[arg-type]

    @property
    def texts(self) -> tuple[str, ...]:
        """Every paragraph's text, without making ``Paragraph`` objects (decoded anew
        each time: keep the tuple to read it more than once)."""
        return load_texts(self._texts)

    def packed(self) -> Paragraphs:
        """These paragraphs with their texts stored (``store_texts``): equal, smaller."""
        stored = self._texts
        if type(stored) is bytes:
            return self
        texts = store_texts(stored)  # type: ignore[arg-type]
        if type(texts) is not bytes:
            return self
        copy = Paragraphs.trusted(texts, self._lines, self._raws, self._kinds)
        copy._pids, copy._styles = self._pids, self._styles
        return copy

    def holds_any(self, needles: tuple[str, ...]) -> bool:
        """Does some text hold one of ``needles`` (searched in the stored form, without
        decoding; a needle never spans two texts, which a line feed parts)?"""
        stored = self._texts
        if type(stored) is bytes:
            encoded = _ENCODED.get(needles)
            if encoded is None:
                encoded = _ENCODED[needles] = tuple(needle.encode() for needle in needles)
            for needle in encoded:  # noqa: SIM110 (``any`` of a generator costs more here)
                if needle in stored:
                    return True
            return False
        return any(needle in text for text in stored for needle in needles)  # type: ignore[operator]

    def joined(self, separator: str = "\n") -> str:
        """Every paragraph's text joined by ``separator`` (a line feed: without splitting)."""
        return _joined(self._texts, separator)

    @property
    def lines(self) -> tuple[int, ...]:
        """Every paragraph's line number."""
        return self._lines

    @property
    def pids(self) -> tuple[str | None, ...]:
        """Every paragraph's source id (all None for text input)."""
        return (None,) * len(self._lines) if self._pids is None else self._pids

    @property
    def styles(self) -> tuple[str | None, ...]:
        """Every paragraph's source class (all None for text input)."""
        return (None,) * len(self._lines) if self._styles is None else self._styles

    def kind_at(self, index: int) -> ParagraphKind:
        """The kind of paragraph ``index``, without making the object."""
        return "text" if self._kinds is None else self._kinds[index]

    def speech_texts(self) -> tuple[str, ...]:
        """Texts of the spoken paragraphs (``SPOKEN_KINDS``: the speech, in a turn)."""
        texts = load_texts(self._texts)
        if self._kinds is None:
            return texts
        return tuple(t for t, k in zip(texts, self._kinds, strict=True) if k in SPOKEN_KINDS)

    def speech_word_count(self) -> int:
        """``count_words`` of ``speech_texts``; texts stored as one string (``store_texts``)
        are counted in one piece when every paragraph is spoken (see ``count_words``:
        joined by spaces, they count as the texts do when no text is empty or starts or
        ends with a space)."""
        stored = self._texts
        if self._kinds is not None or type(stored) is not bytes:
            return count_words(self.speech_texts())
        joined = stored.decode()
        flat = joined.replace("\n", " ")
        if flat and flat[0] != " " and flat[-1] != " " and flat.isprintable() and "  " not in flat:
            return flat.count(" ") + 1
        return count_words(joined.split("\n"))

    def speech_text(self) -> str:
        """The speech as one string: the spoken paragraphs joined by a blank line, and
        the pieces of one line (a line cut at a stage direction printed inside it) as
        printed, by a space where the line had one ("Winterton——who", "want. Thank")."""
        if self._kinds is None:
            return _joined(self._texts, "\n\n")
        texts = load_texts(self._texts)
        raws = self._raws or (None,) * len(texts)
        out: list[str] = []
        previous, spaced = -1, False
        for text, line, kind, raw in zip(texts, self._lines, self._kinds, raws, strict=True):
            spaced = (spaced and line == previous) or (raw is not None and raw[:1].isspace())
            if kind in SPOKEN_KINDS:
                if out:
                    out.append(("" if not spaced else " ") if line == previous else "\n\n")
                out.append(text)
                spaced = False
            previous = line
        return "".join(out)

    def __len__(self) -> int:
        return len(self._lines)

    def _make(self, index: int) -> Paragraph:
        stored = self._texts
        text = stored[index] if type(stored) is tuple else load_texts(stored)[index]
        return _paragraph(
            {
                "text": text,
                "line": self._lines[index],
                "raw": None if self._raws is None else self._raws[index],
                "kind": "text" if self._kinds is None else self._kinds[index],
                "pid": None if self._pids is None else self._pids[index],
                "style": None if self._styles is None else self._styles[index],
            },
        )

    def __iter__(self) -> Iterator[Paragraph]:
        # Decode the texts once, not once a paragraph (``Rows.__iter__`` builds the items
        # still missing one by one when some are alive).
        made = self._make_all()
        live = self._live
        if live:
            for index, item in enumerate(made):
                found = live.get(index)
                if found is None:
                    live[index] = item  # type: ignore[assignment]
                else:
                    made[index] = found
        return iter(made)  # type: ignore[arg-type]

    def _make_all(self) -> list[Paragraph | None]:
        texts = load_texts(self._texts)
        size = len(texts)
        raws = self._raws or (None,) * size
        kinds = self._kinds or ("text",) * size
        pids = self._pids or (None,) * size
        styles = self._styles or (None,) * size
        make = _paragraph
        return [
            make({"text": t, "line": n, "raw": r, "kind": k, "pid": p, "style": c})
            for t, n, r, k, p, c in zip(texts, self._lines, raws, kinds, pids, styles, strict=True)
        ]

    def _take(self, index: slice) -> Paragraphs:
        return Paragraphs(
            load_texts(self._texts)[index],
            self._lines[index],
            None if self._raws is None else self._raws[index],
            None if self._kinds is None else self._kinds[index],
            None if self._pids is None else self._pids[index],
            None if self._styles is None else self._styles[index],
        )

    def _key(self) -> tuple[object, ...]:
        # The texts as read, whichever way they are stored.
        texts = load_texts(self._texts)
        return (texts, self._lines, self._raws, self._kinds, self._pids, self._styles)


_paragraph = maker(Paragraph, ("text", "line", "raw", "kind", "pid", "style"))


class Diagnostic(BaseModel):
    """A recoverable oddity found while parsing, with the line it concerns."""

    model_config = FROZEN

    code: str = Field(description='Stable kebab-case code, e.g. "header-lookalike".')
    message: str = Field(description="Human-readable explanation.")
    line: int | None = Field(default=None, description="1-based line, or None for the whole text.")
    severity: Severity = Field(default="warning", description="info, warning or error.")
