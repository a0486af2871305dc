"""Transitions that put a line in its place: the preamble, boilerplate, a turn's speech,
unattributed text; and the lines only the preamble holds (title, location, datelines)."""

from __future__ import annotations

from debateparse.assemble import AssembleState, Mode, Transition
from debateparse.dialects.base import Token
from debateparse.transitions.divisions import text_in_division

__all__ = [
    "TEXT_BY_MODE",
    "dateline",
    "flush_pending",
    "location",
    "lookalike",
    "paragraph",
    "set_aside",
    "sitting",
    "skip",
    "start_unattributed",
    "title",
    "to_preamble",
    "to_unattributed",
]


def skip(state: AssembleState, token: Token) -> None:
    """Blank lines only separate paragraphs; their positions live in the line numbers."""


def set_aside(state: AssembleState, token: Token) -> None:
    state.draft.boilerplate.add_token(token, state.source)


def to_preamble(state: AssembleState, token: Token) -> None:
    state.draft.preamble.add_token(token, state.source)


def paragraph(state: AssembleState, token: Token) -> None:
    turn = state.turn
    assert turn is not None
    turn.add_token(token, state.source)
    if state.mode is Mode.HEADER and token.kind == "text":
        state.enter(Mode.IN_TURN)


def to_unattributed(state: AssembleState, token: Token) -> None:
    state.draft.unattributed.add_token(token, state.source)


def flush_pending(state: AssembleState) -> None:
    """Pending header lines with no header after them are ordinary lines after all (a time
    line stays a marker: it is not speech)."""
    pending, state.pending = state.pending, []
    for token in pending:
        TEXT_BY_MODE[state.mode](
            state, token if token.kind == "time" else token._replace(kind="text")
        )


def title(state: AssembleState, token: Token) -> None:
    if state.draft.title is None:
        state.draft.title = token
    else:
        to_preamble(state, token)


def location(state: AssembleState, token: Token) -> None:
    if state.draft.location is None:
        state.draft.location = token
    else:
        to_preamble(state, token)


def dateline(state: AssembleState, token: Token) -> None:
    state.draft.datelines.append(token)
    to_preamble(state, token)
    groups = token.match.groupdict() if token.match is not None else {}
    if groups.get("time"):
        state.pending_time = groups["time"]


def sitting(state: AssembleState, token: Token) -> None:
    """A line naming the sitting a contribution comes from ("Meeting of the Parliament 27
    November 2014 : ..."): a dateline before the first turn, text after; a bare name
    printed right under it is the contribution's header."""
    state.sitting = token.line
    if state.mode is Mode.PREAMBLE:
        dateline(state, token)
    else:
        TEXT_BY_MODE[state.mode](state, token._replace(kind="text"))


def lookalike(state: AssembleState, token: Token) -> None:
    state.note(
        "header-lookalike",
        token.line,
        f"line looks like a speaker header but is not one (rule {token.rule!r}); "
        f"kept as text: {token.text[:80]!r}",
    )
    TEXT_BY_MODE[state.mode](state, token._replace(kind="text"))


def start_unattributed(state: AssembleState, token: Token) -> None:
    state.note(
        "unattributed",
        token.line,
        "text with no speaker header (the header was lost): kept unattributed, "
        f"not given to the speaker before it: {token.text[:60]!r}",
    )
    state.turn = None
    state.enter(Mode.UNATTRIBUTED)
    to_unattributed(state, token)


TEXT_BY_MODE: dict[Mode, Transition] = {
    Mode.PREAMBLE: to_preamble,
    Mode.HEADER: paragraph,
    Mode.IN_TURN: paragraph,
    Mode.DIVISION: text_in_division,
    Mode.UNATTRIBUTED: to_unattributed,
}
