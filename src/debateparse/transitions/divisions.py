"""Transitions inside a division: its heading and counts, the names listed under Ayes and
Noes, and the line that ends it."""

from __future__ import annotations

import regex

from debateparse.assemble import AssembleState, DivisionDraft, Mode
from debateparse.dialects.base import Token

__all__ = ["division_line", "leave_division", "start_division", "text_in_division"]

_DIVISION_NAME = regex.compile(
    r"^\p{Lu}[\p{L}'’ -]{1,40}, (?:rh |Mr\.? |Mrs\.? |Ms\.? |Dr\.? |Sir |Dame |Lord )?"
    r"\p{Lu}[\p{L}'’. -]{0,40}$"
)


def start_division(state: AssembleState, token: Token) -> None:
    if state.mode is not Mode.DIVISION:
        state.resume = Mode.PREAMBLE if state.turn is None else Mode.IN_TURN
        after = len(state.draft.turns) - 1 if state.draft.turns else None
        state.division = DivisionDraft(after)
        state.draft.divisions.append(state.division)
        state.enter(Mode.DIVISION)
    division_line(state, token)


def division_line(state: AssembleState, token: Token) -> None:
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


def text_in_division(state: AssembleState, token: Token) -> None:
    division = state.division
    assert division is not None
    if division.listing is not None and not token.end and _DIVISION_NAME.match(token.text):
        division.lines.add_token(token, state.source)
        division.listing.append(token.text)
        return
    _end_division(state)
    procedural = token._replace(kind="procedural")
    state.table["procedural"](state, procedural)  # the mode resumed: preamble or a turn


def _end_division(state: AssembleState) -> None:
    state.division = None
    state.enter(state.resume)


def leave_division(state: AssembleState, token: Token) -> None:
    _end_division(state)
    state.table[token.kind](state, token)
