"""Debate metadata: title, parent title, house, date and start time.

From, in order: TheyWorkForYou's location line; the page's datelines (the last before the
first turn wins: listing pages print earlier entries above the debate); the header lines
themselves; and, for the title, the dialect's fallback; for the date, the first full date
printed in the preamble ("On 12th February 2015 the House of Lords debated ...").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from debateparse.assemble import DebateDraft
from debateparse.clock import DATE_PATTERN, parse_clock, parse_date, resolve_clock
from debateparse.dialects.base import Token
from debateparse.models import Diagnostic
from debateparse.vocabulary import canonical_house

__all__ = ["is_titlelike", "metadata"]

_GENERIC_PARENTS = regex.compile(r"(?i)^(?:the )?debate$")
_DATE_IN_TEXT = regex.compile(DATE_PATTERN)
_HOUSE_CODES = {"HC": "House of Commons", "HL": "House of Lords"}
_TITLE_END = regex.compile(r"[.,;:]$")
_PART_OF = regex.compile(r"^Part of\b")


_NOT_TITLES = regex.compile(
    # Page chrome shaped like a heading: session labels, a report's own name and date,
    # language switchers, navigation.
    r"(?i)^(?:session \d{4}[-–]\d{2,4}|publications on the internet|(?:un)?corrected transcript"
    r"|official report(?::.*)?|cymraeg|english|gaeilge|previous fragment.*|skip to .*)$"
)


def is_titlelike(text: str) -> bool:
    """Short, capitalised, and not ending like a sentence: a heading, not prose (nor page
    chrome shaped like one)."""
    words = text.split()
    return (
        _NOT_TITLES.match(text) is None
        and 0 < len(words) <= 15
        and len(text) <= 150
        and text[0].isupper()
        and not _TITLE_END.search(text)
        and _DATE_IN_TEXT.fullmatch(text) is None
    )


def _groups(token: Token | None) -> dict[str, Any]:
    return token.match.groupdict() if token is not None and token.match is not None else {}


def _before_first_turn(draft: DebateDraft, tokens: list[Token]) -> list[Token]:
    first = draft.turns[0].first_line if draft.turns else None
    return [t for t in tokens if first is None or t.line < first]


def _start_time(groups: dict[str, Any], line: int, notes: list[Diagnostic]) -> dt.time | None:
    clock = parse_clock(groups["time"]) if groups.get("time") else None
    if clock is None:
        return None
    if (clock.hour, clock.minute, clock.meridiem) == (12, 0, "am"):
        # TheyWorkForYou prints a sitting stored without a time as "12:00 am" (seen on
        # 2017-04-26 Prime Minister's Questions, held at noon): treat it as unknown.
        notes.append(
            Diagnostic(
                code="time-placeholder",
                line=line,
                severity="info",
                message="location time '12:00 am' read as 'time not recorded'",
            )
        )
        return None
    return resolve_clock(clock, None)


def _fallback_title(draft: DebateDraft) -> str | None:
    mode = draft.dialect.title_fallback
    if mode == "none":
        return None
    first = draft.turns[0].first_line if draft.turns else None
    skip = {t.line for t in draft.datelines}
    kinds = draft.preamble.kinds
    candidates = [
        text
        for index, (text, line) in enumerate(
            zip(draft.preamble.texts, draft.preamble.lines, strict=True)
        )
        if (first is None or line < first)
        and line not in skip
        and (kinds is None or kinds[index] == "text")
    ]
    if mode == "last_text":
        return candidates[-1] if candidates and is_titlelike(candidates[-1]) else None
    return next((text for text in candidates if is_titlelike(text)), None)


def _first_date_in_preamble(draft: DebateDraft) -> dt.date | None:
    for text in draft.preamble.texts:
        for found in _DATE_IN_TEXT.finditer(text):
            date = parse_date(found.group())
            if date is not None:
                return date
    return None


def _house(printed: str | None) -> str | None:
    if not printed:
        return None
    return _HOUSE_CODES.get(printed.strip()) or canonical_house(printed)


def metadata(draft: DebateDraft, notes: list[Diagnostic]) -> dict[str, Any]:
    """The ``Debate`` fields that describe the sitting."""
    location = _groups(draft.location)
    datelines = [_groups(t) for t in _before_first_turn(draft, draft.datelines)]
    last = {
        key: next((g[key] for g in reversed(datelines) if g.get(key)), None)
        for key in ("date", "house", "title")
    }
    parent = (location.get("parent") or "").strip() or None
    if parent is not None and _GENERIC_PARENTS.match(parent):
        parent = None
    date_text = location.get("date") or last["date"]
    date = parse_date(date_text) if date_text else _first_date_in_preamble(draft)
    house = location.get("house") or last["house"] or next(iter(draft.header_houses), None)
    title = draft.title.text if draft.title else last["title"] or _fallback_title(draft)
    if (
        title is None
        and parent is not None
        and draft.location is not None
        and not _PART_OF.match(draft.location.text)
    ):
        # "Business of the House - Motion on Standing Orders – in the House of Lords at ...":
        # with no title line above it, the location line prints this debate's own title
        # ("Part of X –" names the debate it is part of instead).
        title, parent = parent, None
    start = _start_time(location, draft.location.line, notes) if draft.location else None
    return {
        "title": title,
        "parent_title": parent,
        "house": _house(house),
        "date": date,
        "start_time": start,
    }
