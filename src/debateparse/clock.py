"""Times and dates as printed in debates, and am/pm resolution from context."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any, Literal, NamedTuple

import regex

__all__ = [
    "DATE_PATTERN",
    "DAY_FIRST_DATE_PATTERN",
    "HOUR_PATTERN",
    "ISO_DATE_PATTERN",
    "TIME_PATTERN",
    "US_DATE_PATTERN",
    "Clock",
    "date_parser",
    "parse_clock",
    "parse_date",
    "resolve_clock",
]

Meridiem = Literal["am", "pm"]

# A clock time as printed: "12:35", "2:40 pm", "3.31 pm", "19:50:01", "11:39 A.M.".
TIME_PATTERN = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
_WELSH_MONTHS = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)
# An hour with no minutes, as a standalone time line prints it: "7 pm", "11 a.m.".
HOUR_PATTERN = r"\d{1,2}\s?[AaPp]\.?\s?[Mm]\.?"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"
# US order, month first: "May 8, 2016", "November 3, 2019", "Thursday, June 5, 2014".
US_DATE_PATTERN = (
    _WEEKDAY + r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? "
    r"\d{1,2}(?:st|nd|rd|th)?, \d{4}"
)
# ISO 8601: "2024-05-15".
ISO_DATE_PATTERN = r"(?<!\d)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
# A date as printed: "15 May 2024", "16th October 2019", "20 Mehefin 1991",
# "Wednesday 6th March 2013", "27 February 2019", and the US and ISO forms.
DAY_FIRST_DATE_PATTERN = _WEEKDAY + r"\d{1,2}(?:st|nd|rd|th)? \p{L}{3,10},? \d{4}"
DATE_PATTERN = (
    r"(?:" + DAY_FIRST_DATE_PATTERN + r"|" + US_DATE_PATTERN + r"|" + ISO_DATE_PATTERN + r")"
)
_CLOCK = regex.compile(
    # one-digit minutes only with a.m./p.m. (historic Hansard's "4.1 p.m." is 4:01 pm); no
    # minutes at all only with them too ("7 pm")
    r"^(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}|\d(?=\s?[AaPp]\.?\s?[Mm]))(?::(?P<second>\d{2}))?"
    r"|(?=\s?[AaPp]\.?\s?[Mm]))(?:\s?(?P<mer>[AaPp])\.?\s?[Mm]\.?)?$"
)
# Look back this far before the previous time when choosing am or pm, so that a header
# printed a minute "earlier" than the one before it is not pushed twelve hours ahead.
_BACKWARD_TOLERANCE_MIN = 60
_MINUTES_PER_DAY = 24 * 60


class Clock(NamedTuple):
    """A time as printed: hour and minute, and am/pm when the text says."""

    hour: int
    minute: int
    meridiem: Meridiem | None


@lru_cache(maxsize=1)
def date_parser() -> Any:
    """dateutil's date parser with Welsh month names added (cy.theyworkforyou.com pages).

    Built on first use: importing dateutil's parser costs a tenth of a second, which a
    command such as ``debateparse --version`` should not pay.
    """
    from dateutil import parser as dateutil_parser

    class WelshEnglishParserInfo(dateutil_parser.parserinfo):
        MONTHS = [  # noqa: RUF012 - dateutil reads this class attribute
            (*english, welsh)
            for english, welsh in zip(dateutil_parser.parserinfo.MONTHS, _WELSH_MONTHS, strict=True)
        ]

    return dateutil_parser.parser(WelshEnglishParserInfo())


_DEFAULT_DAY = dt.datetime(1900, 1, 1)


def parse_clock(text: str) -> Clock | None:
    """Read a printed time ("1:31", "2:40 pm", "3.31 pm", "19:50:01", "7 pm"); None if
    invalid."""
    match = _CLOCK.match(text.strip().rstrip(","))
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    mer = match["mer"]
    meridiem: Meridiem | None = None if mer is None else ("pm" if mer in "Pp" else "am")
    if minute > 59 or hour > 23 or (meridiem is not None and not 1 <= hour <= 12):
        return None
    return Clock(hour, minute, meridiem)


@lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """Read a printed date ("16th October 2019", "20 Mehefin 1991"); None if not a date."""
    try:
        parsed: dt.datetime = date_parser().parse(text.strip().rstrip(".,"), default=_DEFAULT_DAY)
    except (ValueError, OverflowError):
        return None
    if not 1800 <= parsed.year <= 2100:
        return None
    return parsed.date()


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _candidates(clock: Clock) -> tuple[int, ...]:
    """Minutes after midnight this clock may mean."""
    hour, minute = clock.hour, clock.minute
    if clock.meridiem == "am":
        return ((hour % 12) * 60 + minute,)
    if clock.meridiem == "pm":
        return ((hour % 12 + 12) * 60 + minute,)
    if hour == 0 or hour > 12:
        return (hour * 60 + minute,)
    return ((hour % 12) * 60 + minute, (hour % 12 + 12) * 60 + minute)


def _prior(clock: Clock) -> int:
    """Sitting hours decide when nothing else does: 1-6 o'clock is afternoon, 7-11 morning."""
    hour = clock.hour
    if 1 <= hour <= 6:
        hour += 12
    return hour * 60 + clock.minute


def resolve_clock(clock: Clock, reference: dt.time | None) -> dt.time:
    """Resolve a printed time to 24-hour, using the time before it when am/pm is not printed.

    With a reference (the debate's start or the previous turn's time) the candidate that
    comes soonest after it wins, allowing a small step back; with none, sitting hours decide.
    """
    options = _candidates(clock)
    if len(options) == 1:
        minutes = options[0]
    elif reference is None:
        minutes = _prior(clock)
    else:
        base = _minutes(reference) - _BACKWARD_TOLERANCE_MIN
        minutes = min(options, key=lambda m: (m - base) % _MINUTES_PER_DAY)
    return dt.time(minutes // 60, minutes % 60)
