"""The printed content of a debate in reading order, for the XML writers.

Turns, the preamble and unattributed lines and division lines are kept in separate fields
of a ``Debate``; a document format interleaves them as printed. Site chrome
(``Debate.boilerplate``) is left out, as are the title and location lines, which the
writers put in their headers.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

import regex

from debateparse.dialects.stage import INLINE_STAGE
from debateparse.export.xmltree import normal
from debateparse.models import SPOKEN_KINDS, Debate, TurnRecord

__all__ = [
    "Item",
    "ItemKind",
    "has_speech",
    "header_text",
    "inline_stages",
    "other_texts",
    "printed_header",
    "reading_order",
]

ItemKind = Literal["turn", "note", "stage", "division"]


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
    return any(paragraphs.kind_at(i) in SPOKEN_KINDS for i in range(len(paragraphs)))


def header_text(record: TurnRecord) -> str:
    """The turn's header as printed, whitespace-normalised."""
    return normal(" ".join(record.header.texts))


_TRAILING_GROUPS = regex.compile(
    r"^(?P<office>.*?[^\s(])(?P<groups>(?:\s*\([^()]*\)|\s*\[[^\]]*\])+)$"
)
"""An office followed by printed groups: "The Deputy Speaker (Lab)" -> office, " (Lab)"."""
_OFFICE = regex.compile(
    # A role printed as the office a speaker holds ("The Prime Minister", "Mr Deputy
    # Speaker"): Hansard prints these first, with the name after it in parentheses.
    r"(?i)^(?:the |mr\.? |madam |madame |y )(?!hon\b)"
)
_HEADER_TAIL_CHROME = regex.compile(
    # What page chrome and time stamps leave on a header line after the printed header.
    r"(?i)\s*(?:-\s*(?:hansard|view speech|excerpts|link to this speech)\b.*"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:,.*)?)$"
)


def printed_header(record: TurnRecord) -> str:
    """The turn's header as Hansard prints it: the name and the role, without the page's
    chrome (portrait captions, "Photo of", "- Hansard -" links, time stamps).

    A role in parentheses follows the name ("Sarah Atherton (Wrexham) (Con)"); an office
    ("Mr Deputy Speaker", "The Deputy Speaker (Lab)") comes first with the name in
    parentheses after it ("The Deputy Speaker (Lord Faulkner of Worcester) (Lab)"); any
    other role follows the name, separated by a comma. A turn with no speech keeps the
    words printed after the name ("Several hon. Members rose—").
    """
    name, role = normal(record.speaker_name), normal(record.role_text)
    if not role or role.casefold() == name.casefold():
        text = name
    elif role.startswith(("(", "[")):
        text = f"{name} {role}"
    elif _OFFICE.match(role):
        match = _TRAILING_GROUPS.match(role)
        office, groups = (match["office"], match["groups"]) if match else (role, "")
        text = f"{office} ({name}){groups}" if name else role
    else:
        text = f"{name}, {role}" if name else role
    if not has_speech(record):
        text = f"{text} {_tail(record, name)}".strip()
    return text or record.speaker_id


def _tail(record: TurnRecord, name: str) -> str:
    """Words printed after the name on a header line with no role ("rose—")."""
    if not name or record.role_text:
        return ""
    for line in record.header.texts:
        at = line.casefold().rfind(name.casefold())
        if at >= 0:
            return normal(_HEADER_TAIL_CHROME.sub("", line[at + len(name) :]))
    return ""


def other_texts(record: TurnRecord, *, with_header: bool) -> list[str]:
    """The non-empty normalised texts of a turn without speech: its paragraphs, after its
    header when asked."""
    texts = [printed_header(record)] if with_header else []
    texts += map(normal, record.paragraphs.texts)
    return [text for text in texts if text]


def inline_stages(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is a stage direction) at bracketed stage directions
    printed inside it ("Mr Speaker—[Laughter.] I …"); one text piece when there are none."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in INLINE_STAGE.finditer(text):
        if match.start() > at:
            pieces.append((text[at : match.start()], False))
        pieces.append((match[0], True))
        at = match.end()
    if at < len(text) or not pieces:
        pieces.append((text[at:], False))
    return pieces


def reading_order(debate: Debate) -> list[Item]:
    """Every turn and every other printed line of the body, in input order."""
    items = [
        Item(record.span[0], "turn", index, "") for index, record in enumerate(debate.turns.records)
    ]
    for block in (debate.preamble, debate.unattributed):
        for index, (text, line) in enumerate(zip(block.texts, block.lines, strict=True)):
            kind: ItemKind = "stage" if block.kind_at(index) == "stage" else "note"
            items.append(Item(line, kind, -1, text))
    for division in debate.divisions:
        printed = zip(division.lines.texts, division.lines.lines, strict=True)
        items += [Item(line, "division", -1, text) for text, line in printed]
    items.sort(key=lambda item: item.line)
    return items
