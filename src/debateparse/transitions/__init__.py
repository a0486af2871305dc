"""The assembler's transitions: one small function per (mode, token kind), and the table.

A transition appends the token's line to the right place of the draft (title, preamble,
boilerplate, a turn's header or speech, a division, unattributed text) and may change mode.
``lines`` puts lines in their place, ``turns`` opens and fills turns, ``divisions`` reads
recorded votes; this module joins them into ``BY_MODE``.
"""

from __future__ import annotations

from collections.abc import Callable

from debateparse.assemble import AssembleState, Mode, Transition
from debateparse.dialects.base import Token, TokenKind
from debateparse.transitions.divisions import division_line, leave_division, start_division
from debateparse.transitions.lines import (
    TEXT_BY_MODE,
    dateline,
    flush_pending,
    location,
    lookalike,
    set_aside,
    sitting,
    skip,
    start_unattributed,
    title,
    to_unattributed,
)
from debateparse.transitions.turns import (
    date_in_header,
    header_part_elsewhere,
    header_part_in_header,
    name_line,
    open_turn,
    text_in_header,
    time_elsewhere,
    time_in_header,
    unattributed_in_header,
)

__all__ = ["BY_MODE", "TRANSITIONS", "flush_pending"]

_ALWAYS: dict[TokenKind, Transition] = {
    "blank": skip,
    "boilerplate": set_aside,
    "separator": set_aside,
    "header": open_turn,
    "time": time_elsewhere,
    "header_part": header_part_elsewhere,
    "lookalike": lookalike,
    "name_line": name_line,
    "division": start_division,
    "unattributed": start_unattributed,
    "sitting": sitting,
}
_SPECIFIC: dict[Mode, dict[TokenKind, Transition]] = {
    Mode.PREAMBLE: {"title": title, "location": location, "dateline": dateline},
    Mode.HEADER: {
        "header_part": header_part_in_header,
        "time": time_in_header,
        "dateline": date_in_header,
        "text": text_in_header,
        "unattributed": unattributed_in_header,
    },
    Mode.IN_TURN: {},
    Mode.DIVISION: {
        "division": division_line,
        "header": leave_division,
        "procedural": leave_division,
        "unattributed": leave_division,
    },
    Mode.UNATTRIBUTED: {"unattributed": to_unattributed},
}
_AS_TEXT: tuple[TokenKind, ...] = (
    *("title", "location", "dateline", "marker", "procedural", "stage", "text"),
)


def _table(mode: Mode) -> dict[TokenKind, Transition]:
    table: dict[TokenKind, Transition] = {kind: TEXT_BY_MODE[mode] for kind in _AS_TEXT}
    table.update(_ALWAYS)
    table.update(_SPECIFIC[mode])
    return table


BY_MODE: dict[Mode, dict[TokenKind, Transition]] = {mode: _table(mode) for mode in Mode}
"""The transitions of each mode: token kind -> transition."""
TRANSITIONS: dict[tuple[Mode, TokenKind], Callable[[AssembleState, Token], None]] = {
    (mode, kind): fn for mode, table in BY_MODE.items() for kind, fn in table.items()
}
"""(mode, token kind) -> transition: every pair a dialect can produce is here."""
