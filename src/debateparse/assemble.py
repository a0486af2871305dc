"""Assemble stage: tokens -> a draft debate, by a state machine over (mode, token kind).

One ``AssembleState`` is made per parse. Each transition is a small function
``(state, token) -> None`` chosen from ``TRANSITIONS`` by the current mode and the token's
kind; transitions only append to the state. Nothing here interprets names, roles or
times: that is ``normalize``'s job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from itertools import compress

from debateparse.dialects.base import Dialect, Token, TokenKind
from debateparse.models import Diagnostic, ParagraphKind, Paragraphs
from debateparse.read import Source

__all__ = ["TRANSITIONS", "AssembleState", "DebateDraft", "Mode", "Pieces", "TurnDraft", "assemble"]

_PARAGRAPH_KINDS: dict[str, ParagraphKind] = {"procedural": "procedural", "marker": "marker"}
"""Token kind -> paragraph kind for lines inside a turn; everything else is text."""


class Mode(Enum):
    """Where the machine is: before the first header, or inside a turn."""

    PREAMBLE = "preamble"
    IN_TURN = "in_turn"


@dataclass(slots=True)
class Pieces:
    """Printed lines collected in order, as parallel lists (packed into ``Paragraphs``)."""

    texts: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    raws: list[str | None] | None = None
    kinds: list[ParagraphKind] | None = None

    def add(self, text: str, line: int, raw: str, kind: ParagraphKind = "text") -> None:
        """Add one line; ``raw`` is kept only when it differs from ``text``."""
        size = len(self.texts)
        self.texts.append(text)
        self.lines.append(line)
        if raw != text:
            if self.raws is None:
                self.raws = [None] * size
            self.raws.append(raw)
        elif self.raws is not None:
            self.raws.append(None)
        if kind != "text":
            if self.kinds is None:
                self.kinds = ["text"] * size
            self.kinds.append(kind)
        elif self.kinds is not None:
            self.kinds.append("text")

    def add_token(self, token: Token, source: Source) -> None:
        """Add a token's line, or every non-blank line of a run."""
        if not token.end:
            self.add(token.text, token.line, token.raw, _PARAGRAPH_KINDS.get(token.kind, "text"))
            return
        first, last = token.line - 1, token.end
        chunk = source.stripped[first:last]
        if (
            self.raws is None
            and self.kinds is None
            and (source.is_flush or source.lines[first:last] == chunk)
        ):
            self.texts.extend(filter(None, chunk))
            self.lines.extend(compress(range(first + 1, last + 1), chunk))
            return
        for offset, text in enumerate(chunk):
            if text:
                self.add(text, first + offset + 1, source.lines[first + offset].rstrip())

    @property
    def last_line(self) -> int:
        return self.lines[-1]

    def pack(self) -> Paragraphs:
        """The collected lines as ``Paragraphs``."""
        return Paragraphs.trusted(
            tuple(self.texts),
            tuple(self.lines),
            None if self.raws is None else tuple(self.raws),
            None if self.kinds is None else tuple(self.kinds),
        )


@dataclass(slots=True)
class TurnDraft(Pieces):
    """A turn being built: the pieces of its speech, plus its header as printed."""

    header: list[Token] = field(default_factory=list)
    """The header's line(s); for a header sharing a line with speech, that prefix."""
    name: str = ""
    role_text: str | None = None
    time_text: str | None = None
    date_text: str | None = None
    rule: str = ""

    @property
    def first_line(self) -> int:
        return self.header[0].line

    @property
    def last_line(self) -> int:
        return self.lines[-1] if self.lines else self.header[-1].last_line


@dataclass(slots=True)
class DebateDraft:
    """Everything the state machine found, still as printed."""

    dialect: Dialect
    title: Token | None = None
    location: Token | None = None
    preamble: Pieces = field(default_factory=Pieces)
    boilerplate: Pieces = field(default_factory=Pieces)
    turns: list[TurnDraft] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


Transition = Callable[["AssembleState", Token], None]


@dataclass(slots=True)
class AssembleState:
    """The machine's state for one parse."""

    source: Source
    draft: DebateDraft
    mode: Mode = Mode.PREAMBLE
    turn: TurnDraft | None = None
    table: dict[TokenKind, Transition] = field(default_factory=dict)
    """The transitions of the current mode (``TRANSITIONS`` split by mode)."""

    def enter(self, mode: Mode) -> None:
        """Switch mode and the transitions in force."""
        self.mode = mode
        self.table = _BY_MODE[mode]

    def __repr__(self) -> str:
        return (
            f"AssembleState(mode={self.mode.value}, turns={len(self.draft.turns)}, "
            f"preamble={len(self.draft.preamble.texts)})"
        )

    def push(self, token: Token) -> None:
        """Add ``token`` (a line or a run) to the open turn's paragraphs."""
        assert self.turn is not None
        self.turn.add_token(token, self.source)


def _skip(state: AssembleState, token: Token) -> None:
    """Blank lines only separate paragraphs; their positions live in the line numbers."""


def _set_aside(state: AssembleState, token: Token) -> None:
    state.draft.boilerplate.add_token(token, state.source)


def _title(state: AssembleState, token: Token) -> None:
    state.draft.title = token


def _location(state: AssembleState, token: Token) -> None:
    if state.draft.location is None:
        state.draft.location = token
    else:
        _to_preamble(state, token)


def _to_preamble(state: AssembleState, token: Token) -> None:
    state.draft.preamble.add_token(token, state.source)


def _note_lookalike(state: AssembleState, token: Token) -> None:
    state.draft.diagnostics.append(
        Diagnostic(
            code="header-lookalike",
            message=f"line looks like a speaker header but is not one (rule "
            f"{token.rule!r}); kept as text: {token.text[:80]!r}",
            line=token.line,
            severity="warning",
        )
    )


def _lookalike_in_preamble(state: AssembleState, token: Token) -> None:
    _note_lookalike(state, token)
    _to_preamble(state, token)


def _lookalike_in_turn(state: AssembleState, token: Token) -> None:
    _note_lookalike(state, token)
    state.push(token)


def _open_turn(state: AssembleState, token: Token) -> None:
    match = token.match
    assert match is not None
    groups = match.groupdict()
    role = (groups.get("role") or "").strip()
    time, date = groups.get("time"), groups.get("date")
    stamp = state.draft.dialect.header_stamp
    if time is None and stamp is not None and (role[-1:].isdigit() or role.endswith("m")):
        found = stamp.search(role)
        if found is not None:
            time, date, role = found["time"], found["date"], role[: found.start()].strip()
    state.turn = TurnDraft(
        [], [], None, None, [token], groups["name"].strip(), role or None, time, date, token.rule
    )
    state.draft.turns.append(state.turn)
    if state.mode is not Mode.IN_TURN:
        state.enter(Mode.IN_TURN)


def _paragraph(state: AssembleState, token: Token) -> None:
    state.push(token)


_ANY_MODE: dict[TokenKind, Transition] = {
    "blank": _skip,
    "boilerplate": _set_aside,
    "header": _open_turn,
}
TRANSITIONS: dict[tuple[Mode, TokenKind], Transition] = {
    **{(Mode.PREAMBLE, kind): fn for kind, fn in _ANY_MODE.items()},
    **{(Mode.IN_TURN, kind): fn for kind, fn in _ANY_MODE.items()},
    (Mode.PREAMBLE, "title"): _title,
    (Mode.PREAMBLE, "location"): _location,
    (Mode.PREAMBLE, "lookalike"): _lookalike_in_preamble,
    (Mode.PREAMBLE, "procedural"): _to_preamble,
    (Mode.PREAMBLE, "marker"): _to_preamble,
    (Mode.PREAMBLE, "text"): _to_preamble,
    (Mode.IN_TURN, "title"): _paragraph,
    (Mode.IN_TURN, "location"): _paragraph,
    (Mode.IN_TURN, "lookalike"): _lookalike_in_turn,
    (Mode.IN_TURN, "procedural"): _paragraph,
    (Mode.IN_TURN, "marker"): _paragraph,
    (Mode.IN_TURN, "text"): _paragraph,
}
"""(mode, token kind) -> transition. Every pair a dialect can produce must be here."""

_BY_MODE: dict[Mode, dict[TokenKind, Transition]] = {
    mode: {kind: fn for (m, kind), fn in TRANSITIONS.items() if m is mode} for mode in Mode
}


def assemble(tokens: list[Token], source: Source, dialect: Dialect) -> DebateDraft:
    """Run the state machine over ``tokens`` and return the draft debate."""
    state = AssembleState(source, DebateDraft(dialect))
    state.enter(Mode.PREAMBLE)
    for token in tokens:
        state.table[token.kind](state, token)
    return state.draft
