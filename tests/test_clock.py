"""Printed times and dates, and am/pm resolution from context."""

from __future__ import annotations

import datetime as dt

import pytest

from debateparse.clock import Clock, parse_clock, parse_date, resolve_clock

T = dt.time


@pytest.mark.parametrize(
    ("printed", "clock"),
    [
        ("12:35", Clock(12, 35, None)),
        ("2:40 pm", Clock(2, 40, "pm")),
        ("3.31 pm", Clock(3, 31, "pm")),
        ("11:39 A.M.", Clock(11, 39, "am")),
        ("19:50:01", Clock(19, 50, None)),
        ("10:24,", Clock(10, 24, None)),
        ("25:00", None),
        ("13:00 pm", None),
        ("12:61", None),
        ("noon", None),
    ],
)
def test_parse_clock(printed, clock):
    assert parse_clock(printed) == clock


RESOLVE_CASES = [
    # (clock, reference, expected, why)
    (Clock(12, 35, None), T(12, 35), T(12, 35), "same as the start"),
    (Clock(1, 31, None), T(13, 31), T(13, 31), "1:31 in a debate that started at 1:31 pm"),
    (Clock(1, 30, None), T(13, 31), T(13, 30), "a minute before the previous time stays pm"),
    (Clock(10, 24, None), T(22, 24), T(22, 24), "late sitting"),
    (Clock(12, 5, None), T(23, 50), T(0, 5), "past midnight"),
    (Clock(1, 15, None), T(11, 30), T(13, 15), "across noon"),
    (Clock(11, 45, None), T(11, 30), T(11, 45), "morning stays morning"),
    (Clock(2, 0, "pm"), T(9, 0), T(14, 0), "printed pm wins"),
    (Clock(12, 10, "am"), None, T(0, 10), "printed 12 am is after midnight"),
    (Clock(19, 50, None), T(9, 0), T(19, 50), "24-hour clock"),
    (Clock(1, 31, None), None, T(13, 31), "no context: 1-6 o'clock is afternoon"),
    (Clock(9, 30, None), None, T(9, 30), "no context: 7-11 o'clock is morning"),
    (Clock(12, 0, None), None, T(12, 0), "no context: 12 is noon"),
]


@pytest.mark.parametrize(
    ("clock", "reference", "expected", "why"), RESOLVE_CASES, ids=[c[-1] for c in RESOLVE_CASES]
)
def test_resolve_clock(clock, reference, expected, why):
    assert resolve_clock(clock, reference) == expected, why


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("15 May 2024", dt.date(2024, 5, 15)),
        ("16th October 2019", dt.date(2019, 10, 16)),
        ("20 Mehefin 1991", dt.date(1991, 6, 20)),
        ("15 Rhagfyr 2021", dt.date(2021, 12, 15)),
        ("Wednesday 6th March 2013", dt.date(2013, 3, 6)),
        ("31 February 2020", None),
        ("15 Maybe 2024", None),
        ("1 January 1066", None),
    ],
)
def test_parse_date(printed, date):
    assert parse_date(printed) == date


def test_header_times_follow_each_other_through_a_debate():
    import debateparse

    text = (
        "T\n\n– in the Senedd at 12:58 pm on 7 June 2022.\n\n"
        "Photo of A A Labour 12:58, 7 June 2022\n\nOne.\n\n"
        "Photo of B B Labour 1:02, 7 June 2022\n\nTwo.\n\n"
        "Photo of A A Labour 1:01, 7 June 2022\n\nThree.\n"
    )
    debate = debateparse.parse_text(text)
    assert [t.time for t in debate.turns] == [T(12, 58), T(13, 2), T(13, 1)]
