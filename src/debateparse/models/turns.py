"""Turns: ``Turn`` (one header and its speech), ``Turns`` and ``Division``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, Field, computed_field, model_validator

from debateparse.models.hooks import exporter
from debateparse.models.lines import FROZEN, Paragraphs, Span, unset
from debateparse.models.rows import Rows, maker

__all__ = [
    "Division",
    "SourceRef",
    "Turn",
    "TurnKind",
    "TurnRecord",
    "Turns",
    "Vote",
    "VoteValue",
]

TurnKind = Literal["speech", "urgent_question", "question", "interjection", "procedural"]
"""What a turn is: a speech; the opening of an urgent question; a numbered oral question;
an interjection by a collective speaker ("Hon. Members", "Several hon. Members rose—"); or a
procedural line given as a turn (chair changes, "Question put and agreed to.")."""


class SourceRef(BaseModel):
    """Where a turn comes from in a structured source (ParlParse XML ``<speech>``)."""

    model_config = FROZEN

    id: str = Field(description='The element\'s id, e.g. "uk.org.publicwhip/debate/2023-…".')
    type: str | None = Field(
        default=None, description='The speech type as given: "Start Question", "Start Answer" …'
    )
    oral_qnum: str | None = Field(default=None, description="Oral question number, if any.")
    qnums: tuple[str, ...] = Field(
        default=(),
        exclude_if=unset,
        description="The tabled questions' numbers, every ``<p qnum>`` in order (a "
        "speech answering grouped questions has several).",
    )
    colnum: str | None = Field(default=None, description="Hansard column number.")
    url: str | None = Field(default=None, description="Source URL, when given.")


class Turn(BaseModel):
    """One speaker header and the speech under it."""

    model_config = FROZEN

    index: int = Field(description="0-based position in `Debate.turns`.")
    kind: TurnKind = Field(default="speech", description="See `TurnKind`.")
    speaker_id: str = Field(description="Key into `Debate.speakers`.")
    speaker_name: str = Field(description="The name as printed in this header.")
    role_text: str | None = Field(
        default=None,
        description="The rest of the header as printed (offices, party, constituency), "
        "without the name, photo caption and time stamp; None if empty.",
    )
    roles: tuple[str, ...] = Field(default=(), description="Offices in `role_text`, deduplicated.")
    time: dt.time | None = Field(default=None, description="Time of the turn, 24-hour.")
    date: dt.date | None = Field(default=None, description="Date printed in the header, if any.")
    header: Paragraphs = Field(description="The header's lines as printed.")
    paragraphs: Paragraphs = Field(
        default_factory=Paragraphs, description="The speech, line by line."
    )
    word_count: int = Field(default=0, description="Words in the speech paragraphs.")
    span: Span = Field(description="Lines and offsets from the header to the last paragraph.")
    ref: SourceRef | None = Field(
        default=None,
        exclude_if=unset,
        description="The source element, for structured input (ParlParse XML).",
    )

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: Any) -> Any:
        """Accept a dump that includes the derived ``text`` field (recomputed on access)."""
        if isinstance(data, dict) and "text" in data:
            return {key: value for key, value in data.items() if key != "text"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def text(self) -> str:
        """The speech: its ``text`` paragraphs joined by a blank line (pieces of one line,
        around a stage direction printed inside it, by a space)."""
        return self.paragraphs.speech_text()

    def _repr_html_(self) -> str:
        """The rich display in Jupyter (``export.html.turn_html``)."""
        result: str = exporter("turn_html")(self)
        return result


_span = maker(Span, ("start_line", "end_line", "start", "end"))
_turn = maker(Turn, tuple(Turn.__pydantic_fields__))


class TurnRecord(NamedTuple):
    """A turn as the parser stores it; ``Turns`` makes the ``Turn`` model on access."""

    kind: TurnKind
    speaker_id: str
    speaker_name: str
    role_text: str | None
    roles: tuple[str, ...]
    time: dt.time | None
    date: dt.date | None
    header: Paragraphs
    paragraphs: Paragraphs
    span: tuple[int, int, int, int]
    """start_line, end_line, start, end"""
    word_count: int | None = None
    """Known word count, or None to count the speech when first asked."""
    ref: SourceRef | None = None
    """The source element, for structured input."""


class Turns(Rows[Turn]):
    """An immutable sequence of ``Turn``, stored as ``TurnRecord`` tuples (see ``Rows``)."""

    __slots__ = ("_pending", "_stored", "_words")
    item_type = Turn
    keeps = False

    def __init__(self, records: Sequence[TurnRecord] = ()) -> None:
        super().__init__()
        self._stored: tuple[TurnRecord, ...] | None = tuple(records)
        self._pending: tuple[int, Callable[[], tuple[TurnRecord, ...]]] | None = None
        self._words: list[int | None] | None = None

    @classmethod
    def deferred(cls, count: int, build: Callable[[], tuple[TurnRecord, ...]]) -> Turns:
        """``count`` turns whose records ``build`` makes when first needed (a debate
        received from a worker process: see ``debateparse.corpus.transport``)."""
        self = cls()
        self._stored, self._pending = None, (count, build)
        return self

    @property
    def _records(self) -> tuple[TurnRecord, ...]:
        stored = self._stored
        if stored is None:
            assert self._pending is not None
            count, build = self._pending
            stored = build()
            if len(stored) != count:
                raise ValueError(f"Turns: {len(stored)} records built, {count} announced")
            self._stored, self._pending = stored, None
        return stored

    @classmethod
    def of(cls, items: Iterable[Turn]) -> Turns:
        """Pack existing ``Turn`` objects (their ``index`` must be their position)."""
        records = []
        for position, t in enumerate(items):
            if t.index != position:
                raise ValueError(f"turn at position {position} has index {t.index}")
            span = (t.span.start_line, t.span.end_line, t.span.start, t.span.end)
            records.append(
                TurnRecord(
                    t.kind,
                    t.speaker_id,
                    t.speaker_name,
                    t.role_text,
                    t.roles,
                    t.time,
                    t.date,
                    t.header,
                    t.paragraphs,
                    span,
                    t.word_count,
                    t.ref,
                )
            )
        return cls(records)

    @classmethod
    def _from_key(cls, key: tuple[object, ...]) -> Turns:
        return cls(key)  # type: ignore[arg-type]

    @property
    def records(self) -> tuple[TurnRecord, ...]:
        """The stored records (fast access without making ``Turn`` objects)."""
        return self._records

    def __len__(self) -> int:
        if self._pending is not None:
            return self._pending[0]
        return len(self._records)

    def word_count(self, index: int) -> int:
        """Words in the speech of turn ``index`` (counted once, then remembered)."""
        words = self._words
        if words is None:
            words = self._words = [r.word_count for r in self._records]
        count = words[index]
        if count is None:
            count = words[index] = self._records[index].paragraphs.speech_word_count()
        return count

    def _make(self, index: int) -> Turn:
        r = self._records[index]
        start_line, end_line, start, end = r.span
        span = _span({"start_line": start_line, "end_line": end_line, "start": start, "end": end})
        return _turn(
            {
                "index": index,
                "kind": r.kind,
                "speaker_id": r.speaker_id,
                "speaker_name": r.speaker_name,
                "role_text": r.role_text,
                "roles": r.roles,
                "time": r.time,
                "date": r.date,
                "header": r.header,
                "paragraphs": r.paragraphs,
                "word_count": self.word_count(index),
                "span": span,
                "ref": r.ref,
            },
        )

    def __iter__(self) -> Iterator[Turn]:
        # One turn at a time, each built when reached: iterating a large debate's turns
        # holds only the turns the caller keeps (not a list of them all).
        if not self._live:
            return map(self._make, range(len(self)))
        return (self._item(index) for index in range(len(self)))

    def _take(self, index: slice) -> Turns:
        # Indexes restart at 0 in a slice, as they are positions.
        return Turns(self._records[index])

    def __reduce__(self) -> tuple[object, ...]:
        # Keep counted words: a worker that counted them spares the receiver the work.
        records = self._records
        if self._words is not None:
            records = tuple(
                r if w is None else r._replace(word_count=w)
                for r, w in zip(records, self._words, strict=True)
            )
        return (Turns, (records,))

    def _key(self) -> tuple[object, ...]:
        # The word count is derived from the paragraphs, so it takes no part in equality.
        return tuple(r._replace(word_count=None) for r in self._records)


VoteValue = Literal["aye", "no", "content", "not-content", "both"]
"""How a member voted, as ParlParse records it (Lords: content / not-content)."""


class Vote(BaseModel):
    """One member's vote in a division, as the source lists it."""

    model_config = FROZEN

    member_id: str | None = Field(description="The source's person id of the voter.")
    name: str = Field(description="The name as printed in the list.")
    vote: VoteValue = Field(description="aye, no (Lords: content, not-content).")
    proxy: str | None = Field(
        default=None, description="Person id of the member who cast the vote by proxy."
    )
    teller: bool = Field(default=False, description="The member was a teller.")


class Division(BaseModel):
    """A recorded vote: counts, and the names when the text lists them."""

    model_config = FROZEN

    ayes: int | None = Field(default=None, description="Ayes (or Contents) count.")
    noes: int | None = Field(default=None, description="Noes (or Not-contents) count.")
    aye_names: tuple[str, ...] = Field(default=(), description="Names listed as voting aye.")
    no_names: tuple[str, ...] = Field(default=(), description="Names listed as voting no.")
    after_turn: int | None = Field(
        default=None, description="Index of the turn the division follows; None if before all."
    )
    lines: Paragraphs = Field(description="The division's lines as printed.")
    span: Span = Field(description="Where the division is printed.")
    number: int | None = Field(
        default=None, exclude_if=unset, description="Division number, when the source has it."
    )
    time: dt.time | None = Field(
        default=None, exclude_if=unset, description="Time of the division, when given."
    )
    votes: tuple[Vote, ...] = Field(
        default=(), exclude_if=unset, description="Every vote with its person id (ParlParse)."
    )
    ref: SourceRef | None = Field(
        default=None, exclude_if=unset, description="The source element (ParlParse)."
    )
