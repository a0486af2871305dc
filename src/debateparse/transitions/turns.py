"""Transitions that open and fill turns: speaker headers, the lines around them (a party
line, a time, a date, a place), bare names that may be headers, and copies of a header."""

from __future__ import annotations

from typing import Any

import regex

from debateparse.assemble import HEADER_MEMO, PACK_AFTER, AssembleState, Mode, TurnDraft
from debateparse.dialects.base import Token
from debateparse.headers import HeaderParts, interpret, join_role
from debateparse.tokenize import repeat_rule
from debateparse.transitions.lines import TEXT_BY_MODE, flush_pending, paragraph
from debateparse.vocabulary import is_collective

__all__ = [
    "date_in_header",
    "header_part",
    "header_part_elsewhere",
    "header_part_in_header",
    "name_line",
    "open_turn",
    "text_in_header",
    "time_elsewhere",
    "time_in_header",
    "unattributed_in_header",
]

_PLACE = regex.compile(r"^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|and|of|the|upon|on|in))*$")


def _is_duplicate(turn: TurnDraft | None, name: str, role: str | None) -> bool:
    return turn is not None and not turn.texts and (turn.name, turn.role_text) == (name, role)


def _is_fuller_copy(turn: TurnDraft | None, parts: HeaderParts, rule: str) -> bool:
    """A bare label ("Lord Forsyth of Drumlean:") with nothing under it, then the full
    header of the same person by another rule ("Photo of Lord Forsyth ..."): one header."""
    return (
        turn is not None
        and not turn.texts
        and turn.role_text is None
        and turn.rule != rule
        and turn.name == parts.name
        and bool(parts.role_text or parts.time)
    )


class _Shifted:
    """A rule's match seen from an offset into its line: the groups of a header found
    inside a line, for the part of the line from that header on."""

    __slots__ = ("_match", "_offset", "re")

    def __init__(self, match: Any, offset: int) -> None:
        self._match, self._offset, self.re = match, offset, match.re

    def groupdict(self) -> dict[str, Any]:
        groups: dict[str, Any] = self._match.groupdict()
        groups["before"] = None
        return groups

    def start(self, group: str) -> int:
        return int(self._match.start(group)) - self._offset

    def __getitem__(self, group: str) -> Any:
        return None if group == "before" else self._match[group]


def _split_before(token: Token) -> tuple[Token, Token]:
    """A line with a header inside it -> (the words before the header, the rest)."""
    match = token.match
    assert match is not None
    cut = match.end("before")
    lead = len(token.raw) - len(token.raw.lstrip())
    before = token._replace(
        kind="text",
        rule="before_header",
        text=token.text[:cut].strip(),
        raw=token.raw[: lead + cut],
        match=None,
    )
    rest = token._replace(
        text=token.text[cut:], raw=token.raw[lead + cut :], match=_Shifted(match, cut)
    )
    return before, rest


def _header_inside(state: AssembleState, speech: Token) -> Token | None:
    """The speech on a header's line, as the next header when a ``midline`` rule finds one
    inside it."""
    for line_rule in state.draft.dialect.midline_rules:
        found = line_rule.pattern.match(speech.text)
        if found is None or not found.group("before"):
            continue
        nested = speech._replace(kind="header", rule=line_rule.name, match=found)
        if _has_spoken(state, nested):
            return nested
    return None


def _has_spoken(state: AssembleState, token: Token) -> bool:
    """A rule with a ``spoken`` group finds a repeat header: only of a speaker who has
    spoken (by name, or by the office an earlier header printed)."""
    if not repeat_rule(token, state.draft.dialect.midline):
        return True
    assert token.match is not None
    label = token.match["spoken"]
    return label in state.spoken or any(turn.role_text == label for turn in state.draft.turns)


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
        if len(state.headers) >= HEADER_MEMO:
            state.headers.clear()  # bounded: see ``HEADER_MEMO``
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


def _take_pending(state: AssembleState) -> None:
    """Lines waiting for the next header (a second time stamp) that sit between two copies
    of the open header are that header's, so that they do not open the next turn above
    the copy (found by fuzzing: a header, "12:45", the header again, another header)."""
    pending, state.pending = state.pending, []
    for token in pending:
        header_part(state, token)


def open_turn(state: AssembleState, token: Token) -> None:
    """Start a turn at a header (several, when a line holds more than one)."""
    if not _has_spoken(state, token):
        TEXT_BY_MODE[state.mode](state, token._replace(kind="text", match=None))
        return
    header: Token | None = token
    while header is not None:
        header = _open_one(state, header)


def _open_one(state: AssembleState, token: Token) -> Token | None:
    """Start the turn of one header; return a further header found in its speech."""
    match = token.match
    if match is not None and "before" in match.re.groupindex and match["before"]:
        before, token = _split_before(token)
        flush_pending(state)  # words between a time line and the header: it times nothing
        TEXT_BY_MODE[state.mode](state, before)
    _settle_waiting_names(state)
    parts, groups = _interpret(state, token)
    if state.mode is Mode.HEADER and _is_duplicate(state.turn, parts.name, parts.role_text):
        assert state.turn is not None
        _take_pending(state)
        state.turn.header.append(token)  # the same header printed twice
        return None
    if state.mode is Mode.HEADER and _is_fuller_copy(state.turn, parts, token.rule):
        turn = state.turn
        assert turn is not None
        _take_pending(state)
        turn.header.append(token)
        turn.role_text, turn.time_text = parts.role_text, turn.time_text or parts.time
        turn.date_text = turn.date_text or parts.date
        return None
    if groups.get("house"):
        state.draft.header_houses.append(groups["house"])
    speech = None
    if groups.get("speech"):
        token, speech = _split_inline(token)
    turn = _new_turn(state, token, parts, groups)
    state.spoken.add(turn.name)
    turns = state.draft.turns
    if len(turns) >= PACK_AFTER:
        turns[-1].pack_away()  # it has ended: only read from now on
    turns.append(turn)
    state.turn = turn
    if state.mode is not Mode.HEADER:
        state.enter(Mode.HEADER)
    if speech is None or not speech.text:
        return None
    nested = _header_inside(state, speech) if state.draft.dialect.midline else None
    if nested is not None:
        return nested
    paragraph(state, speech)
    return None


def _new_turn(
    state: AssembleState, head: Token, parts: HeaderParts, groups: dict[str, str | None]
) -> TurnDraft:
    name, role, time, date = parts
    party = None
    if state.pending:  # a time line or a party line printed before the name
        pending, state.pending = state.pending, []
        party = next(
            (
                t.match.groupdict().get("party")
                for t in pending
                if t.kind == "header_part" and t.match
            ),
            None,
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


def name_line(state: AssembleState, token: Token) -> None:
    """A bare name is a header when that person has spoken (or been named in a header), a
    party line stands above it, or it is printed twice in a row; else it waits: a party or
    office line after it makes it a header ("Mark Pawsey" / "Conservative, Rugby"),
    anything else makes it text."""
    party_above = any(t.kind == "header_part" for t in state.pending)
    waiting = state.pending[-1] if state.pending else None
    if waiting is not None and waiting.kind == "name_line" and waiting.text == token.text:
        state.pending.pop()  # the same bare name printed twice: a header and its copy
        open_turn(state, waiting._replace(kind="header"))
        open_turn(state, token._replace(kind="header"))
    elif (
        token.text in state.spoken
        or party_above
        or _under_sitting(state, token)
        or _styled_below_heading(state, token)
    ):
        open_turn(state, token._replace(kind="header"))
    else:
        flush_pending(state)
        state.pending.append(token)


def _styled_below_heading(state: AssembleState, token: Token) -> bool:
    """A styled name alone on a line ("Dr Savage", rule ``styled_name_line``) is a header,
    except as the page's first line: there it is the page's heading (a member's profile)."""
    if token.rule != "styled_name_line":
        return False
    first = next((i for i, text in enumerate(state.source.stripped) if text), 0) + 1
    return token.line > first


def _under_sitting(state: AssembleState, token: Token) -> bool:
    """Is this bare name printed right under a sitting line (a blank line between at most)?"""
    return state.sitting > 0 and 0 < token.line - state.sitting <= 2


def header_part(state: AssembleState, token: Token) -> None:
    """A line continuing the header above (HEADER mode)."""
    turn = state.turn
    assert turn is not None
    turn.header.append(token)
    groups = token.match.groupdict() if token.match is not None else {}
    if groups.get("person") and turn.role_text is None and not turn.texts:
        # an office alone, then the person in parentheses on the next line: the person
        # speaks, the office is the role
        turn.name, turn.role_text = groups["person"], turn.name
        state.spoken.add(turn.name)
    if groups.get("role"):
        turn.role_text = join_role(turn.role_text, groups["role"])
    turn.time_text = turn.time_text or groups.get("time")
    turn.date_text = turn.date_text or groups.get("date")


def header_part_elsewhere(state: AssembleState, token: Token) -> None:
    """A role line under a waiting bare name makes that name a header; a party line above
    a name waits for the header; other parts are just text here."""
    groups = token.match.groupdict() if token.match is not None else {}
    if groups.get("role") and state.pending and state.pending[-1].kind == "name_line":
        name = state.pending.pop()
        open_turn(state, name._replace(kind="header"))
        header_part(state, token)
    elif groups.get("party"):
        state.pending.append(token)
    else:
        flush_pending(state)
        TEXT_BY_MODE[state.mode](state, token._replace(kind="text"))


def header_part_in_header(state: AssembleState, token: Token) -> None:
    """A part under the open header continues it, unless a line waiting for the next
    header (a second time stamp) came between: then the part is not this header's, and a
    turn's lines never interleave with the next one's (found by fuzzing: "12:45" then
    "Con" after a ParallelParliament header)."""
    if state.pending:
        header_part_elsewhere(state, token)
    else:
        header_part(state, token)


def time_in_header(state: AssembleState, token: Token) -> None:
    """A time under the open header is its time, unless it has one or a line already
    waits for the next header (a bare name): then the time waits too, so that the header
    never takes a line printed after one that a later turn may take (found by fuzzing:
    a header, "Photo of", "12:45", "Photo of")."""
    assert state.turn is not None
    if state.turn.time_text is None and not state.pending:
        header_part(state, token)
    else:
        state.pending.append(token)


def time_elsewhere(state: AssembleState, token: Token) -> None:
    state.pending.append(token)


def date_in_header(state: AssembleState, token: Token) -> None:
    groups = token.match.groupdict() if token.match is not None else {}
    if (
        set(k for k, v in groups.items() if v) == {"date"}
        and state.turn
        and not state.turn.date_text
    ):
        header_part(state, token)
    else:
        paragraph(state, token._replace(kind="text"))


def _is_cut_copy(turn: TurnDraft, token: Token) -> bool:
    """A line that is the start of the header again, cut off (an excerpt ending mid-word
    inside a header printed twice)."""
    last = turn.header[-1].text
    return not token.end and len(token.text) < len(last) and last.startswith(token.text)


def text_in_header(state: AssembleState, token: Token) -> None:
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
    paragraph(state, token)


def unattributed_in_header(state: AssembleState, token: Token) -> None:
    """A question right under a header is that member's question."""
    paragraph(state, token._replace(kind="text"))
