"""A ParlParse section as TheyWorkForYou page text, and what the text parser should read
back from it (``expected_turns``), for the round trip.

The page layout is TheyWorkForYou's: the title; a location line ("Part of PARENT – in the
House of Commons at 2:30 pm on 28 March 2023."); then each speech under a "Photo of NAME
NAME" header (with its time when the XML gives one) and each paragraph on its own line.
An oral question's first paragraph is printed with its number and tabled number ("1. What
steps … (904342)"), as the site prints it (several tabled numbers one after another).
Entries with no speaker are printed as paragraphs (a collective name before its words:
"Several hon. Members rose—"). A division is printed as the XML's own entries print it
("The Committee divided: Ayes 248, Noes 299."); its lists of names are not printed.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from debateparse.inline_stage import line_texts
from debateparse.models import Debate, TurnRecord

__all__ = ["ExpectedTurn", "expected_turns", "render_twfy", "turn_lines"]

_NO_SPEAKER = frozenset({"procedural", "interjection"})


def _clock(time: dt.time) -> str:
    hour = time.hour % 12 or 12
    return f"{hour}:{time.minute:02d} {'am' if time.hour < 12 else 'pm'}"


def _day(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def location_line(debate: Debate) -> str:
    """ "Part of PARENT – in the House of Commons at 2:30 pm on 28 March 2023." """
    parts = [f"Part of {debate.parent_title} –" if debate.parent_title else "–"]
    parts.append(f"in the {debate.house}" if debate.house else "in the House")
    if debate.start_time is not None:
        parts.append(f"at {_clock(debate.start_time)}")
    if debate.date is not None:
        parts.append(f"on {_day(debate.date)}.")
    return " ".join(parts)


def turn_lines(record: TurnRecord, date: dt.date | None) -> tuple[str | None, list[str]]:
    """The header line (None for an entry with no speaker) and the paragraph lines."""
    texts = [text for _, text in line_texts(record.paragraphs)]  # stage cuts joined
    ref = record.ref
    if record.kind == "question" and ref is not None and texts:
        number = f"{ref.oral_qnum}. " if ref.oral_qnum else ""
        tabled = "".join(f" ({qnum})" for qnum in ref.qnums)
        texts[0] = f"{number}{texts[0]}{tabled}"
    if record.kind in _NO_SPEAKER:
        if record.speaker_name and texts:
            texts[0] = f"{record.speaker_name} {texts[0]}"
        elif record.speaker_name:
            texts = [record.speaker_name]
        return None, texts
    header = f"Photo of {record.speaker_name} {record.speaker_name}"
    if record.time is not None:
        header += f" {_clock(record.time)}" + (f", {_day(date)}" if date else "")
    return header, texts


def render_twfy(debate: Debate) -> str:
    """The section as TheyWorkForYou page text."""
    blocks: list[str] = []
    if debate.title:
        blocks.append(debate.title)
    blocks.append(location_line(debate))
    blocks.extend(debate.preamble.texts)
    for record in debate.turns.records:
        header, texts = turn_lines(record, debate.date)
        if header is not None:
            blocks.append(header)
        blocks.extend(texts)
    return "\n\n".join(blocks) + "\n"


class ExpectedTurn(NamedTuple):
    """What parsing the rendered text should give for one turn with a speaker."""

    speaker_name: str
    kind: str
    paragraphs: tuple[str, ...]
    member_id: str | None


def expected_turns(debate: Debate) -> tuple[tuple[str, ...], list[ExpectedTurn]]:
    """The lines before the first speaker, and each turn with a speaker, with the lines
    of the entries with no speaker that follow it (the page prints them under it)."""
    leading: list[str] = list(debate.preamble.texts)  # printed after the location line
    turns: list[ExpectedTurn] = []
    speakers = debate.speakers.records
    for record in debate.turns.records:
        header, texts = turn_lines(record, debate.date)
        if header is None:
            if turns:
                last = turns[-1]
                turns[-1] = last._replace(paragraphs=(*last.paragraphs, *texts))
            else:
                leading.extend(texts)
            continue
        member = speakers[record.speaker_id].member_id
        turns.append(ExpectedTurn(record.speaker_name, record.kind, tuple(texts), member))
    return tuple(leading), turns
