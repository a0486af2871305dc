"""The assembler's transitions: one small function per (mode, token kind), and the table.

A transition appends the token's line to the right place of the draft (title, preamble,
boilerplate, a turn's header or speech, a division, unattributed text) and may change mode.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from debateparse.assemble import (
    AssembleState,
    DivisionDraft,
    Mode,
    Transition,
    TurnDraft,
)
from debateparse.dialects.base import Token, TokenKind
from debateparse.headers import HeaderParts, interpret, join_role
from debateparse.vocabulary import is_collective

__all__ = ["BY_MODE", "TRANSITIONS", "flush_pending"]

_DIVISION_NAME = regex.compile(
    r"^\p{Lu}[\p{L}'’ -]{1,40}, (?:rh |Mr\.? |Mrs\.? |Ms\.? |Dr\.? |Sir |Dame |Lord )?"
    r"\p{Lu}[\p{L}'’. -]{0,40}$"
)
_PLACE = regex.compile(r"^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|and|of|the|upon|on|in))*$")


# --- places to put a line ----------------------------------------------------------------
def _skip(state: AssembleState, token: Token) -> None:
    """Blank lines only separate paragraphs; their positions live in the line numbers."""


def _set_aside(state: AssembleState, token: Token) -> None:
    state.draft.boilerplate.add_token(token, state.source)


def _to_preamble(state: AssembleState, token: Token) -> None:
    state.draft.preamble.add_token(token, state.source)


def _paragraph(state: AssembleState, token: Token) -> None:
    turn = state.turn
    assert turn is not None
    turn.add_token(token, state.source)
    if state.mode is Mode.HEADER and token.kind == "text":
        state.enter(Mode.IN_TURN)


def _to_unattributed(state: AssembleState, token: Token) -> None:
    state.draft.unattributed.add_token(token, state.source)


def flush_pending(state: AssembleState) -> None:
    """Pending header lines with no header after them are ordinary lines after all (a time
    line stays a marker: it is not speech)."""
    pending, state.pending = state.pending, []
    for token in pending:
        _TEXT_BY_MODE[state.mode](
            state, token if token.kind == "time" else token._replace(kind="text")
        )


# --- the preamble ------------------------------------------------------------------------
def _title(state: AssembleState, token: Token) -> None:
    if state.draft.title is None:
        state.draft.title = token
    else:
        _to_preamble(state, token)


def _location(state: AssembleState, token: Token) -> None:
    if state.draft.location is None:
        state.draft.location = token
    else:
        _to_preamble(state, token)


def _dateline(state: AssembleState, token: Token) -> None:
    state.draft.datelines.append(token)
    _to_preamble(state, token)
    groups = token.match.groupdict() if token.match is not None else {}
    if groups.get("time"):
        state.pending_time = groups["time"]


def _lookalike(state: AssembleState, token: Token) -> None:
    state.note(
        "header-lookalike",
        token.line,
        f"line looks like a speaker header but is not one (rule {token.rule!r}); "
        f"kept as text: {token.text[:80]!r}",
    )
    _TEXT_BY_MODE[state.mode](state, token._replace(kind="text"))


# --- headers -----------------------------------------------------------------------------
def _is_duplicate(turn: TurnDraft | None, name: str, role: str | None) -> bool:
    return turn is not None and not turn.texts and (turn.name, turn.role_text) == (name, role)


def _split_inline(token: Token) -> tuple[Token, Token]:
    """A header line with speech on it -> (header part, speech part), both as printed."""
    match = token.match
    assert match is not None
    cut = match.start("speech")
    lead = len(token.raw) - len(token.raw.lstrip())
    head = token._replace(text=token.text[:cut].strip(), raw=token.raw[: lead + cut])
    speech_text = token.text[cut:].strip()
    speech = token._replace(
        kind="text", rule="inline_speech", text=speech_text, raw=token.raw[lead + cut :], match=None
    )
    return head, speech


def _interpret(state: AssembleState, token: Token) -> tuple[HeaderParts, dict[str, Any]]:
    known = state.headers.get(token.text)
    if known is None:
        groups = token.match.groupdict() if token.match is not None else {}
        known = state.headers[token.text] = (
            interpret(groups, state.draft.dialect.header_stamp),
            groups,
        )
    return known


def _settle_waiting_names(state: AssembleState) -> None:
    """A bare name still waiting when a real header comes was text; lines after it (a
    time, a party line) still belong to the header."""
    names = [i for i, t in enumerate(state.pending) if t.kind == "name_line"]
    if names:
        keep = state.pending[names[-1] + 1 :]
        state.pending = state.pending[: names[-1] + 1]
        flush_pending(state)
        state.pending = keep


def _open_turn(state: AssembleState, token: Token) -> None:
    _settle_waiting_names(state)
    parts, groups = _interpret(state, token)
    if state.mode is Mode.HEADER and _is_duplicate(state.turn, parts.name, parts.role_text):
        assert state.turn is not None
        state.turn.header.append(token)  # the same header printed twice
        return
    if groups.get("house"):
        state.draft.header_houses.append(groups["house"])
    speech = None
    if groups.get("speech"):
        token, speech = _split_inline(token)
    turn = _new_turn(state, token, parts, groups)
    state.spoken.add(turn.name)
    state.draft.turns.append(turn)
    state.turn = turn
    if state.mode is not Mode.HEADER:
        state.enter(Mode.HEADER)
    if speech is not None and speech.text:
        _paragraph(state, speech)


def _new_turn(
    state: AssembleState, head: Token, parts: HeaderParts, groups: dict[str, str | None]
) -> TurnDraft:
    name, role, time, date = parts
    party = None
    if state.pending:  # a time line or a party line printed before the name
        pending, state.pending = state.pending, []
        party = next(
            (t.match["party"] for t in pending if t.kind == "header_part" and t.match), None
        )
        times = [t.match["time"] for t in pending if t.kind == "time" and t.match]
        time = time or (times[-1] if times else None)
        role = join_role(party, role)
        header = [*pending, head]
    else:
        header = [head]
    if state.pending_time is not None:
        time, state.pending_time = time or state.pending_time, None
    kind = "question" if groups.get("qnum") else None
    if groups.get("label") == "None" and not is_collective(name):
        kind = "procedural"
    return TurnDraft(
        [], [], None, None, header, name, role, time, date, head.rule, kind, party is not None
    )


def _name_line(state: AssembleState, token: Token) -> None:
    """A bare name is a header when that person has spoken (or been named in a header), a
    party line stands above it, or it is printed twice in a row; else it waits: a party or
    office line after it makes it a header ("Mark Pawsey" / "Conservative, Rugby"),
    anything else makes it text."""
    party_above = any(t.kind == "header_part" for t in state.pending)
    waiting = state.pending[-1] if state.pending else None
    if waiting is not None and waiting.kind == "name_line" and waiting.text == token.text:
        state.pending.pop()  # the same bare name printed twice: a header and its copy
        _open_turn(state, waiting._replace(kind="header"))
        _open_turn(state, token._replace(kind="header"))
    elif token.text in state.spoken or party_above:
        _open_turn(state, token._replace(kind="header"))
    else:
        flush_pending(state)
        state.pending.append(token)


def _header_part(state: AssembleState, token: Token) -> None:
    """A line continuing the header above (HEADER mode)."""
    turn = state.turn
    assert turn is not None
    turn.header.append(token)
    groups = token.match.groupdict() if token.match is not None else {}
    if groups.get("role"):
        turn.role_text = join_role(turn.role_text, groups["role"])
    turn.time_text = turn.time_text or groups.get("time")
    turn.date_text = turn.date_text or groups.get("date")


def _header_part_elsewhere(state: AssembleState, token: Token) -> None:
    """A role line under a waiting bare name makes that name a header; a party line above
    a name waits for the header; other parts are just text here."""
    groups = token.match.groupdict() if token.match is not None else {}
    if groups.get("role") and state.pending and state.pending[-1].kind == "name_line":
        name = state.pending.pop()
        _open_turn(state, name._replace(kind="header"))
        _header_part(state, token)
    elif groups.get("party"):
        state.pending.append(token)
    else:
        flush_pending(state)
        _TEXT_BY_MODE[state.mode](state, token._replace(kind="text"))


def _time_in_header(state: AssembleState, token: Token) -> None:
    assert state.turn is not None
    if state.turn.time_text is None:
        _header_part(state, token)
    else:
        state.pending.append(token)


def _time_elsewhere(state: AssembleState, token: Token) -> None:
    state.pending.append(token)


def _date_in_header(state: AssembleState, token: Token) -> None:
    groups = token.match.groupdict() if token.match is not None else {}
    if (
        set(k for k, v in groups.items() if v) == {"date"}
        and state.turn
        and not state.turn.date_text
    ):
        _header_part(state, token)
    else:
        _paragraph(state, token._replace(kind="text"))


def _is_cut_copy(turn: TurnDraft, token: Token) -> bool:
    """A line that is the start of the header again, cut off (an excerpt ending mid-word
    inside a header printed twice)."""
    last = turn.header[-1].text
    return not token.end and len(token.text) < len(last) and last.startswith(token.text)


def _text_in_header(state: AssembleState, token: Token) -> None:
    turn = state.turn
    assert turn is not None
    if _is_cut_copy(turn, token):
        turn.header.append(token._replace(kind="header_part"))
        return
    if turn.expects_place and not token.end and len(token.text) <= 60 and _PLACE.match(token.text):
        turn.expects_place = False
        turn.header.append(token._replace(kind="header_part"))
        turn.role_text = join_role(turn.role_text, token.text)
        return
    _paragraph(state, token)


def _unattributed_in_header(state: AssembleState, token: Token) -> None:
    """A question right under a header is that member's question."""
    _paragraph(state, token._replace(kind="text"))


# --- divisions and lost headers ----------------------------------------------------------
def _start_division(state: AssembleState, token: Token) -> None:
    if state.mode is not Mode.DIVISION:
        state.resume = Mode.PREAMBLE if state.turn is None else Mode.IN_TURN
        after = len(state.draft.turns) - 1 if state.draft.turns else None
        state.division = DivisionDraft(after)
        state.draft.divisions.append(state.division)
        state.enter(Mode.DIVISION)
    _division_line(state, token)


def _division_line(state: AssembleState, token: Token) -> None:
    division = state.division
    assert division is not None
    division.lines.add_token(token, state.source)
    groups = token.match.groupdict() if token.match is not None else {}
    if groups.get("ayes"):
        division.ayes = int(groups["ayes"])
    if groups.get("noes"):
        division.noes = int(groups["noes"])
    heading = token.text.upper()
    if heading in ("AYES", "CONTENTS"):
        division.listing = division.aye_names
    elif heading in ("NOES", "NOT-CONTENTS"):
        division.listing = division.no_names


def _text_in_division(state: AssembleState, token: Token) -> None:
    division = state.division
    assert division is not None
    if division.listing is not None and not token.end and _DIVISION_NAME.match(token.text):
        division.lines.add_token(token, state.source)
        division.listing.append(token.text)
        return
    _end_division(state)
    procedural = token._replace(kind="procedural")
    _TEXT_BY_MODE[state.mode](state, procedural)


def _end_division(state: AssembleState) -> None:
    state.division = None
    state.enter(state.resume)


def _leave_division(state: AssembleState, token: Token) -> None:
    _end_division(state)
    state.table[token.kind](state, token)


def _start_unattributed(state: AssembleState, token: Token) -> None:
    state.note(
        "unattributed",
        token.line,
        "text with no speaker header (the header was lost): kept unattributed, "
        f"not given to the speaker before it: {token.text[:60]!r}",
    )
    state.turn = None
    state.enter(Mode.UNATTRIBUTED)
    _to_unattributed(state, token)


_TEXT_BY_MODE: dict[Mode, Transition] = {
    Mode.PREAMBLE: _to_preamble,
    Mode.HEADER: _paragraph,
    Mode.IN_TURN: _paragraph,
    Mode.DIVISION: _text_in_division,
    Mode.UNATTRIBUTED: _to_unattributed,
}

_ALWAYS: dict[TokenKind, Transition] = {
    "blank": _skip,
    "boilerplate": _set_aside,
    "separator": _set_aside,
    "header": _open_turn,
    "time": _time_elsewhere,
    "header_part": _header_part_elsewhere,
    "lookalike": _lookalike,
    "name_line": _name_line,
    "division": _start_division,
    "unattributed": _start_unattributed,
}
_SPECIFIC: dict[Mode, dict[TokenKind, Transition]] = {
    Mode.PREAMBLE: {"title": _title, "location": _location, "dateline": _dateline},
    Mode.HEADER: {
        "header_part": _header_part,
        "time": _time_in_header,
        "dateline": _date_in_header,
        "text": _text_in_header,
        "unattributed": _unattributed_in_header,
    },
    Mode.IN_TURN: {},
    Mode.DIVISION: {
        "division": _division_line,
        "header": _leave_division,
        "procedural": _leave_division,
        "unattributed": _leave_division,
    },
    Mode.UNATTRIBUTED: {"unattributed": _to_unattributed},
}
_AS_TEXT: tuple[TokenKind, ...] = ("title", "location", "dateline", "marker", "procedural", "text")


def _table(mode: Mode) -> dict[TokenKind, Transition]:
    table: dict[TokenKind, Transition] = {kind: _TEXT_BY_MODE[mode] for kind in _AS_TEXT}
    table.update(_ALWAYS)
    table.update(_SPECIFIC[mode])
    return table


BY_MODE: dict[Mode, dict[TokenKind, Transition]] = {mode: _table(mode) for mode in Mode}
"""The transitions of each mode: token kind -> transition."""
TRANSITIONS: dict[tuple[Mode, TokenKind], Callable[[AssembleState, Token], None]] = {
    (mode, kind): fn for mode, table in BY_MODE.items() for kind, fn in table.items()
}
"""(mode, token kind) -> transition: every pair a dialect can produce is here."""
