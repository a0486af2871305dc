"""TheyWorkForYou line rules: headers (case file), location lines, boilerplate, titles."""

from __future__ import annotations

import datetime as dt

import pytest

import debateparse
from debateparse.dialects import DIALECTS, get_dialect
from debateparse.read import source_from_text
from debateparse.tokenize import tokenize
from tests.casefile import read_cases
from tests.conftest import REPO

TWFY = get_dialect("twfy")
HEADER_CASES = read_cases(REPO / "tests" / "cases" / "twfy_headers.txt")


def _token(line: str):
    (token,) = [t for t in tokenize(source_from_text(line), TWFY) if t.kind != "blank"]
    return token


@pytest.mark.parametrize("case", HEADER_CASES, ids=[c.title for c in HEADER_CASES])
def test_header_cases(case):
    token = _token(case.input)
    assert token.kind == case.expected["kind"], f"{case.title}: {case.input!r} -> {token}"
    if token.kind != "header":
        return
    debate = debateparse.parse_text(case.input + "\n\nSpeech.", dialect="twfy")
    turn = debate.turns[0]
    draft_fields = {"name": turn.speaker_name, "role": turn.role_text}
    for key in ("name", "role"):
        if key in case.expected:
            assert draft_fields[key] == case.expected[key], f"{case.title}: {case.input!r}"
    header_stamp = turn.header[0].text
    for key in ("time", "date"):
        if key in case.expected:
            value = case.expected[key]
            if value is None:
                assert getattr(turn, key) is None, case.title
            else:
                assert value in header_stamp and getattr(turn, key) is not None, case.title


LOCATIONS = [
    # (line, parent, house, start time, date)
    (
        "– in the House of Commons at 12:35 pm on 15 May 2024.",
        None,
        "House of Commons",
        dt.time(12, 35),
        dt.date(2024, 5, 15),
    ),
    (
        "Part of Debate on the Address – in the House of Lords at 3:06 pm on 16th October 2019.",
        "Debate on the Address",
        "House of Lords",
        dt.time(15, 6),
        dt.date(2019, 10, 16),
    ),
    (
        "Part of the debate – in Westminster Hall at 9:30 am on 5 March 2019.",
        None,
        "Westminster Hall",
        dt.time(9, 30),
        dt.date(2019, 3, 5),
    ),
    (
        "Levelling-up and Regeneration Bill – in a Public Bill Committee on 21st June 2022.",
        "Levelling-up and Regeneration Bill",
        "Public Bill Committee",
        None,
        dt.date(2022, 6, 21),
    ),
    (
        "– in the Scottish Parliament on 21 March 2017.",
        None,
        "Scottish Parliament",
        None,
        dt.date(2017, 3, 21),
    ),
    (
        "Private Members’ Business – in the Northern Ireland Assembly at 1:45 pm on 18th May 2009.",
        "Private Members’ Business",
        "Northern Ireland Assembly",
        dt.time(13, 45),
        dt.date(2009, 5, 18),
    ),
    (
        "– Senedd Cymru am 4:06 pm ar 15 Rhagfyr 2021.",
        None,
        "Senedd",
        dt.time(16, 6),
        dt.date(2021, 12, 15),
    ),
    (
        "Part of the debate – in the House of Commons am 10:24 pm ar 20 Mehefin 1991.",
        None,
        "House of Commons",
        dt.time(22, 24),
        dt.date(1991, 6, 20),
    ),
    (
        "1. Questions to the First Minister – in the Senedd on 7 June 2022.",
        "1. Questions to the First Minister",
        "Senedd",
        None,
        dt.date(2022, 6, 7),
    ),
    (
        "Part of The Prime Minister Was Asked – in the House of Commons at 12:00 am on 26 "
        "April 2017.",
        "The Prime Minister Was Asked",
        "House of Commons",
        None,
        dt.date(2017, 4, 26),
    ),
]


@pytest.mark.parametrize(("line", "parent", "house", "start", "date"), LOCATIONS)
def test_location_lines(line, parent, house, start, date):
    debate = debateparse.parse_text(f"A Title\n\n{line}\n\nPhoto of A B A B\n\nWords.")
    assert debate.location is not None and debate.location.text == line
    assert (debate.parent_title, debate.house, debate.start_time, debate.date) == (
        parent,
        house,
        start,
        date,
    )
    assert debate.title == "A Title"


def test_midnight_placeholder_is_noted_and_noon_header_kept():
    debate = debateparse.parse_text(
        "Engagements\n\nPart of The Prime Minister Was Asked – in the House of Commons at "
        "12:00 am on 26 April 2017.\n\nPhoto of Theresa May Theresa May The Prime Minister "
        "12:00, 26 April 2017\n\nFirst, let me.\n"
    )
    assert debate.start_time is None
    assert debate.turns[0].time == dt.time(12, 0)
    assert [d.code for d in debate.diagnostics] == ["time-placeholder"]


@pytest.mark.parametrize(
    "line",
    [
        "Alert me about debates like this",
        "Danfonwch hysbysiad imi am ddadleuon fel hyn",
        "Donate to our crowdfunder",
        "Only a few days to go: We’re raising £25,000 to keep TheyWorkForYou running and make "
        "sure people across the UK can hold their elected representatives to account.",
        "Hansard source (Citation: HC Deb, 15 May 2024, c123)",
    ],
)
def test_boilerplate_lines_are_set_aside_anywhere(line):
    debate = debateparse.parse_text(f"T\n\n{line}\n\nPhoto of A B A B\n\nWords.\n\n{line}\n")
    assert [p.text for p in debate.boilerplate] == [line, line]
    assert debate.turns[0].text == "Words."


def test_title_is_the_line_before_the_location_even_behind_a_banner():
    banner = "We’re raising money to keep TheyWorkForYou running: donate today."
    text = (
        f"{banner}\n\nDonate to our crowdfunder\n\nThe Title\n\n– in the Senedd on 7 June "
        "2022.\n\nPhoto of A B A B\n\nWords."
    )
    debate = debateparse.parse_text(text)
    assert debate.title == "The Title" and debate.title_block.line == 5
    assert len(debate.boilerplate) == 2 and not debate.preamble


def test_chair_notice_is_preamble_not_title():
    text = (
        "[Mr Speaker in the Chair]\n\nPart of the debate – in the House of Commons at 9:30 "
        "am on 25 January 2013.\n\nPhoto of A B A B\n\nWords."
    )
    debate = debateparse.parse_text(text)
    assert debate.title is None
    assert [p.text for p in debate.preamble] == ["[Mr Speaker in the Chair]"]


def test_header_lookalike_is_speech_with_a_diagnostic():
    text = (
        "T\n\n– in the House of Commons at 2:30 pm on 5 March 2019.\n\nPhoto of A B A B\n\n"
        "Words.\n\nPhoto of the week: the Chamber\n\nMore words."
    )
    debate = debateparse.parse_text(text)
    assert len(debate.turns) == 1
    assert debate.turns[0].text == "Words.\n\nPhoto of the week: the Chamber\n\nMore words."
    (note,) = debate.diagnostics
    assert (note.code, note.line) == ("header-lookalike", 9)


def test_rule_names_are_unique_in_every_dialect():
    for dialect in DIALECTS.values():
        assert len(set(dialect.rule_names)) == len(dialect.rule_names), dialect.name
