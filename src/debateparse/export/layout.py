"""The printed content of a debate in reading order, for the XML writers.

Turns, the preamble and unattributed lines and division lines are kept in separate fields
of a ``Debate``; a document format interleaves them as printed. Site chrome
(``Debate.boilerplate``) is left out, as are the title and location lines, which the
writers put in their headers.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from debateparse.export.xmltree import normal
from debateparse.models import Debate, TurnRecord

__all__ = ["Item", "ItemKind", "has_speech", "header_text", "other_texts", "reading_order"]

ItemKind = Literal["turn", "note", "division"]


class Item(NamedTuple):
    """One piece of the body: a turn (by index) or a printed line of other text."""

    line: int
    kind: ItemKind
    turn: int
    """Index in ``Debate.turns`` for a ``turn``; -1 otherwise."""
    text: str
    """The line's text for ``note`` and ``division``; empty for a ``turn``."""


def has_speech(record: TurnRecord) -> bool:
    """Does the turn have a speech paragraph (not only procedural or marker lines)?"""
    paragraphs = record.paragraphs
    return "text" in map(paragraphs.kind_at, range(len(paragraphs)))


def header_text(record: TurnRecord) -> str:
    """The turn's header as printed, whitespace-normalised."""
    return normal(" ".join(record.header.texts))


def other_texts(record: TurnRecord, *, with_header: bool) -> list[str]:
    """The non-empty normalised texts of a turn without speech: its paragraphs, after its
    header when asked."""
    texts = [header_text(record)] if with_header else []
    texts += map(normal, record.paragraphs.texts)
    return [text for text in texts if text]


def reading_order(debate: Debate) -> list[Item]:
    """Every turn and every other printed line of the body, in input order."""
    items = [
        Item(record.span[0], "turn", index, "") for index, record in enumerate(debate.turns.records)
    ]
    for block in (debate.preamble, debate.unattributed):
        lines = zip(block.texts, block.lines, strict=True)
        items += [Item(line, "note", -1, text) for text, line in lines]
    for division in debate.divisions:
        printed = zip(division.lines.texts, division.lines.lines, strict=True)
        items += [Item(line, "division", -1, text) for text, line in printed]
    items.sort(key=lambda item: item.line)
    return items
