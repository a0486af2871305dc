"""Debate metadata: title, parent title, house, date and start time.

The title: the title line, a dateline's title, or the dialect's fallback. The date and the
house come from the first source in ``DATE_SOURCES`` (and ``HOUSE_SOURCES``) that gives one:
TheyWorkForYou's location line; the debate's own datelines (after its title line); a
citation of the sitting anywhere on the page (``dialects.citations``); an entry of the
page's index that labels this debate (a dateline just above an earlier copy of the title);
a date printed in the title ("... - Apr 27", the year from the page's other dates); the
page's other datelines (the last before the first turn); the first full date printed in the
preamble ("On 12th February 2015 the House of Lords debated ..."). A date from a listing
above the title never wins over the debate's own date line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

import regex

from debateparse.assemble import DebateDraft
from debateparse.clock import (
    DATE_PATTERN,
    DAY_FIRST_DATE_PATTERN,
    date_parser,
    parse_clock,
    parse_date,
    resolve_clock,
)
from debateparse.dialects.base import Token
from debateparse.dialects.citations import CITATIONS, HOUSE_CODES, citation_body
from debateparse.models import Diagnostic
from debateparse.vocabulary import canonical_house

__all__ = ["DATE_SOURCES", "find_citation", "is_titlelike", "metadata", "title_date"]

_GENERIC_PARENTS = regex.compile(r"(?i)^(?:the )?debate$")
_DATE_IN_TEXT = regex.compile(DATE_PATTERN)
_DATE_IN_PROSE = regex.compile(DAY_FIRST_DATE_PATTERN)
"""The preamble's prose is searched for British dates only ("On 12th February 2015 ...");
a US or ISO date counts on a line of its own (a dateline), not inside a sentence."""
_TITLE_END = regex.compile(r"[.,;:]$")
_PART_OF = regex.compile(r"^Part of\b")
_BULLET = regex.compile(r"^[•·▪‣◦]\s*")
"""An outline's bullet before a heading ("• Portfolio Question Time"): layout, not title."""


_NOT_TITLES = regex.compile(
    # Page chrome shaped like a heading: session labels, a report's own name and date,
    # language switchers, navigation, a blog's section labels ("Category: Parliament").
    r"(?i)^(?:session \d{4}[-–]\d{2,4}|(?:categor(?:y|ies)|tags?|archives?|filed under)\s*:.*"
    r"|publications on the internet|(?:un)?corrected transcript"
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


def _fallback_title(draft: DebateDraft) -> tuple[str, int] | None:
    """The dialect's fallback title and its line."""
    mode = draft.dialect.title_fallback
    if mode == "none":
        return None
    first = draft.turns[0].first_line if draft.turns else None
    skip = {t.line for t in draft.datelines}
    kinds = draft.preamble.kinds
    candidates = [
        (_BULLET.sub("", text), line)
        for index, (text, line) in enumerate(
            zip(draft.preamble.texts, draft.preamble.lines, strict=True)
        )
        if (first is None or line < first)
        and line not in skip
        and (kinds is None or kinds[index] == "text")
    ]
    if mode == "last_text":
        return candidates[-1] if candidates and is_titlelike(candidates[-1][0]) else None
    return next((found for found in candidates if is_titlelike(found[0])), None)


def _first_date_in_preamble(draft: DebateDraft) -> dt.date | None:
    for text in draft.preamble.texts:
        for found in _DATE_IN_PROSE.finditer(text):
            date = parse_date(found.group())
            if date is not None:
                return date
    return None


_CITATION_FIRST = frozenset("HVCLW[(S")
"""First characters of a citation line (``HC``/``HL``, ``Volume``, a chamber, a bracket,
``Source:``/``Citation:``): other lines are not tried."""


def find_citation(texts: Iterable[str]) -> tuple[dt.date | None, str | None]:
    """The date and house of the first whole-line citation of a sitting among ``texts``
    (``dialects.citations.CITATIONS``); each is None when no citation gives it."""
    date: dt.date | None = None
    house: str | None = None
    for text in texts:
        if len(text) > 120 or text[:1] not in _CITATION_FIRST:
            continue
        body = citation_body(text)
        for rule in CITATIONS:
            found = rule.pattern.match(body)
            if found is None:
                continue
            groups = found.groupdict()
            if date is None and groups.get("date"):
                date = parse_date(groups["date"])
            if house is None and groups.get("house"):
                house = groups["house"]
            break
        if date is not None and house is not None:
            break
    return date, house


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?"
_TITLE_DATE = regex.compile(
    # "Westminster Hall debate on Fire and Rehire - Apr 27", "Statement: 4 June",
    # "Questions to the Minister, Tuesday 14 May 2024"
    rf"(?:\s?[:,|]\s+|\s[-–—]\s*|\s(?:on|of)\s)(?P<date>(?:{_DAY}\s)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s"
    rf"{_MONTH}|{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s(?P<year>\d{{4}}))?)\s*$"
)


def title_date(title: str, reference: dt.date | None) -> dt.date | None:
    """A date printed at the end of a title. Without a year, the year is the reference
    date's (the page's own date, printed on or after the debate): the latest such date
    not after it. None when the title prints no date, or no year can be had."""
    found = _TITLE_DATE.search(title)
    if found is None:
        return None
    if found["year"]:
        return parse_date(found["date"])
    if reference is None:
        return None
    try:
        parsed = date_parser().parse(
            found["date"].rstrip(".,"), default=dt.datetime(reference.year, 1, 1)
        )
    except (ValueError, OverflowError):
        return None
    day: dt.date = parsed.date()
    if day > reference:
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return None
    return day


def _date_of(token: Token) -> dt.date | None:
    text = _groups(token).get("date")
    return parse_date(text) if text else None


class _DateContext(NamedTuple):
    draft: DebateDraft
    location: dict[str, Any]
    datelines: list[Token]
    """The datelines before the first turn."""
    title: str | None
    title_line: int | None


def _from_location(ctx: _DateContext) -> dt.date | None:
    text = ctx.location.get("date")
    return parse_date(text) if text else None


def _own_datelines(ctx: _DateContext) -> list[Token]:
    if ctx.title_line is None:
        return ctx.datelines
    return [t for t in ctx.datelines if t.line >= ctx.title_line]


def _from_own_dateline(ctx: _DateContext) -> dt.date | None:
    return next(filter(None, map(_date_of, reversed(_own_datelines(ctx)))), None)


def _texts(draft: DebateDraft) -> Iterator[str]:
    yield from draft.preamble.texts
    for turn in draft.turns:
        yield from turn.texts


def _from_citation(ctx: _DateContext) -> dt.date | None:
    return find_citation(_texts(ctx.draft))[0]


def _from_index_entry(ctx: _DateContext) -> dt.date | None:
    """A listing above the debate prints its title under its date ("Wed 30th Mar 2022" /
    "Health and Care Bill"): the dateline just above an earlier copy of the title."""
    if ctx.title is None or ctx.title_line is None:
        return None
    preamble = ctx.draft.preamble
    copies = [
        line
        for text, line in zip(preamble.texts, preamble.lines, strict=True)
        if line < ctx.title_line and text == ctx.title
    ]
    for copy in copies:
        above = [t for t in ctx.datelines if copy - 2 <= t.line < copy and _date_of(t)]
        if above:
            return _date_of(above[-1])
    return None


def _from_title(ctx: _DateContext) -> dt.date | None:
    if ctx.title is None:
        return None
    reference = next(filter(None, map(_date_of, ctx.datelines)), None)
    return title_date(ctx.title, reference or _first_date_in_preamble(ctx.draft))


def _from_listing(ctx: _DateContext) -> dt.date | None:
    return next(filter(None, map(_date_of, reversed(ctx.datelines))), None)


def _from_preamble(ctx: _DateContext) -> dt.date | None:
    return _first_date_in_preamble(ctx.draft)


DATE_SOURCES: tuple[tuple[str, Callable[[_DateContext], dt.date | None]], ...] = (
    ("location", _from_location),
    ("own_dateline", _from_own_dateline),
    ("citation", _from_citation),
    ("index_entry", _from_index_entry),
    ("title", _from_title),
    ("listing", _from_listing),
    ("preamble", _from_preamble),
)
"""Where the debate's date comes from, strongest first: the first that gives one wins."""


def _debate_date(ctx: _DateContext) -> dt.date | None:
    for _name, source in DATE_SOURCES:
        date = source(ctx)
        if date is not None:
            return date
    return None


_CHAIR_NOTICE_END = regex.compile(r"\s*[\[(][^\[\]()\n]{1,80}\bin the Chair\.?[\])]\.?$")
"""A chair notice printed at the end of a title line ("Rail Services [Mr Philip Hollobone in
the Chair]"): the sitting's chair, not part of the title."""
_PARENT_HEADINGS = regex.compile(r"(?i)^(?:oral answers to questions|written answers)$")
"""Headings that stand over a day's questions: the parent of the question's own title."""


def _parent_heading(draft: DebateDraft, title: str | None) -> str | None:
    """ "Oral Answers to Questions" printed in the preamble when the title is another heading
    (the department's, or the question's): the parent title."""
    first = draft.turns[0].first_line if draft.turns else None
    for text, line in zip(draft.preamble.texts, draft.preamble.lines, strict=True):
        if first is not None and line >= first:
            break
        if _PARENT_HEADINGS.match(text) and text != title:
            return text
    return None


_TITLE_SEGMENTS = regex.compile(r"\s+[-–—|]\s+|:\s+|,\s+")
_NAMED_HOUSES = frozenset(
    {"house of commons", "house of lords", "westminster hall", "scottish parliament"}
    | {"senedd", "senedd cymru", "welsh parliament", "northern ireland assembly"}
)
"""House names distinctive enough to name the house when a title segment is exactly one."""


def _house_in_title(title: str | None) -> str | None:
    """A house named as a whole segment of the title ("First Minister's Questions - Scottish
    Parliament: 5th June 2014"), never inside a name ("Scottish Parliament (Elections)
    Bill")."""
    if not title:
        return None
    for segment in _TITLE_SEGMENTS.split(title):
        if segment.strip().casefold() in _NAMED_HOUSES:
            return segment.strip()
    return None


def _house(printed: str | None) -> str | None:
    if not printed:
        return None
    return HOUSE_CODES.get(printed.strip()) or canonical_house(printed)


def metadata(draft: DebateDraft, notes: list[Diagnostic]) -> dict[str, Any]:
    """The ``Debate`` fields that describe the sitting."""
    location = _groups(draft.location)
    before = _before_first_turn(draft, draft.datelines)
    datelines = [_groups(t) for t in before]
    last = {
        key: next((g[key] for g in reversed(datelines) if g.get(key)), None)
        for key in ("house", "title")
    }
    parent = (location.get("parent") or "").strip() or None
    if parent is not None and _GENERIC_PARENTS.match(parent):
        parent = None
    title: str | None
    title_line: int | None = None
    if draft.title is not None:
        title, title_line = draft.title.text, draft.title.line
    elif last["title"]:
        title = last["title"]
        title_line = next(t.line for t in reversed(before) if _groups(t).get("title"))
    else:
        fallback = _fallback_title(draft)
        title, title_line = fallback if fallback is not None else (None, None)
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
    if title is not None:
        title = _CHAIR_NOTICE_END.sub("", title) or title
    if parent is None:
        parent = _parent_heading(draft, title)
    date = _debate_date(_DateContext(draft, location, before, title, title_line))
    house = (
        location.get("house")
        or last["house"]
        or find_citation(_texts(draft))[1]
        or next(iter(draft.header_houses), None)
        or _house_in_title(title)
    )
    start = _start_time(location, draft.location.line, notes) if draft.location else None
    return {
        "title": title,
        "parent_title": parent,
        "house": _house(house),
        "date": date,
        "start_time": start,
    }
