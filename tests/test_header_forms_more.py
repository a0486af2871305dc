"""Header forms of issue 8's further families, each a general rule (dialects as data):
Hansard headings with a qualifier in parentheses are not headers."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

import debateparse

HEADINGS_NOT_HEADERS = [
    # A Hansard question heading: a subject with a qualifier in parentheses.
    "East Anglia (East-West Route)",
    "Intersections (Parking Restrictions)",
    "Royal Mail (Privatisation)",
]


@pytest.mark.parametrize("heading", HEADINGS_NOT_HEADERS)
def test_heading_with_a_qualifier_is_not_a_header(heading):
    text = (
        "Volume 708: debated on Wednesday 10 March 1965\n\n"
        "The Joint Parliamentary Secretary to the Ministry of Transport (Mr. Stephen Swingler)\n\n"
        "The need for such markings is being considered.\n\n"
        f"{heading}\n\n"
        "asked the Minister of Transport what plans he has for the road.\n"
    )
    debate = debateparse.parse_text(text, dialect="hansard")
    assert [t.speaker_name for t in debate.turns] == ["Mr. Stephen Swingler"], heading


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Kim Johnson (Liverpool, Riverside) (Lab)", "Kim Johnson"),
        ("Kate Osborne (Jarrow) (Lab)", "Kate Osborne"),
        ("Jim Shannon (Strangford) (DUP)", "Jim Shannon"),
    ],
)
def test_plain_name_with_a_party_group_is_still_a_header(header, name):
    text = f"Volume 750: debated on Wednesday 15 May 2024\n\n{header}\n\nI beg to move.\n"
    debate = debateparse.parse_text(text, dialect="hansard")
    assert [t.speaker_name for t in debate.turns] == [name]


def _turns(text: str, dialect: str = "auto") -> list[tuple[str | None, str | None, str]]:
    debate = debateparse.parse_text(text, dialect=dialect, strict=False)
    return [(t.speaker_name, t.role_text, " ".join(t.text.split()[:3])) for t in debate.turns]


def test_scottish_official_report_bulleted_numbered_headers():
    text = (
        "Official Report\n\n  • Meeting of the Parliament 11 December 2019\n"
        "      • Portfolio Question Time\n"
        "          • The Deputy Presiding Officer (Christine Grahame):\n\n"
        "            The first item of business is portfolio question time.\n\n"
        "          • Prison Estate\n"
        "            • 1. Rachael Hamilton (Ettrick, Roxburgh and Berwickshire) (Con):\n\n"
        "              To ask the Scottish Government how it is addressing concerns.\n\n"
        "            • Rachael Hamilton:\n\n              The process has taken 10 years.\n"
    )
    debate = debateparse.parse_text(text)
    assert (debate.dialect, debate.title, str(debate.date)) == (
        "hansard",
        "Portfolio Question Time",
        "2019-12-11",
    )
    assert _turns(text) == [
        ("Christine Grahame", "The Deputy Presiding Officer", "The first item"),
        ("Rachael Hamilton", "(Ettrick, Roxburgh and Berwickshire) (Con)", "To ask the"),
        ("Rachael Hamilton", None, "The process has"),
    ]
    assert debate.turns[1].kind == "question"


def test_name_alone_under_a_meeting_date_is_a_header_and_the_heading_above_the_title():
    text = (
        "Official Report: search what was said in Parliament\n\n"
        "Meeting of the Parliament\n\nUrgent Questions\n\nMeeting date: 14 May 2021\n\n"
        "Alison Johnstone\n\nI appreciate that this is a very important matter.\n\n"
        "Meeting of the Parliament\n\nDeputy Presiding Officers\n\nMeeting date: 14 May 2021\n\n"
        "Alison Johnstone\n\nGood morning.\n"
    )
    debates = list(debateparse.iter_debates(io.StringIO(text)))
    assert [(d.title, str(d.date)) for d in debates] == [
        ("Urgent Questions", "2021-05-14"),
        ("Deputy Presiding Officers", "2021-05-14"),
    ]
    assert [t.speaker_name for d in debates for t in d.turns] == ["Alison Johnstone"] * 2


def test_headers_without_a_colon_in_pages_quoting_hansard():
    text = (
        "John Stonehouse – 1975 Personal Statement\n\n"
        "    I think I should first explain where I am speaking from.\n\n"
        "    Mr. Speaker Order. The rules are very, very strict.\n\n"
        "    Mr. Stonehouse I simply wanted to say that.\n"
    )
    assert _turns(text) == [
        ("Mr. Speaker", None, "Order. The rules"),
        ("Mr. Stonehouse", None, "I simply wanted"),
    ]


def test_a_header_without_a_colon_alone_is_prose():
    text = "A profile\n\nMr. Stonehouse I think was the last to leave the party that night.\n"
    assert _turns(text) == []


def test_repeat_headers_inside_a_line_only_for_those_who_have_spoken():
    text = (
        "A caption page\n\n"
        "into use, for homes. Johann Lamont (Glasgow Pollok) (Lab): To ask the First Minister "
        "about the day. The First Minister (Alex Salmond): Later today, I will travel.\n\n"
        "in the conflict. Johann Lamont: I thank the First Minister. He does not know? "
        "The First Minister: We published the paper. Ruth Davidson: Not a speaker yet.\n"
    )
    assert _turns(text) == [
        ("Johann Lamont", "(Glasgow Pollok) (Lab)", "To ask the"),
        ("Alex Salmond", "The First Minister", "Later today, I"),
        ("Johann Lamont", None, "I thank the"),
        ("The First Minister", None, "We published the"),
    ]
    debate = debateparse.parse_text(text)
    assert "Ruth Davidson: Not a speaker yet." in debate.turns[-1].text
    assert debate.to_text() == text.rstrip("\n") or debate.to_text() == text


def test_a_weak_label_is_supported_by_the_pages_chair_notice():
    text = (
        "Official Report: Monday 17 February 2020\n\n"
        "The Assembly met at 12:00 pm (Mr Speaker in the Chair).\n\n"
        "Assembly Business\n\n"
        "Mr Speaker: Members, a point of order was raised last Monday.\n"
    )
    assert _turns(text) == [("Mr Speaker", None, "Members, a point")]
    unsupported = "A quotation\n\nMr Speaker: Members, a point of order was raised last Monday.\n"
    assert _turns(unsupported) == []


def test_styled_name_alone_is_a_header_below_the_page_heading_only():
    explainer = (
        "This information is provided by Parallel Parliament and does not comprise part of "
        "the offical record"
    )
    text = f"(1 week ago)\n{explainer}\nDr Savage\nAt the start of the debate, I suggested it.\n"
    assert _turns(text, "parallelparliament") == [("Dr Savage", None, "At the start")]
    heading = "Lord German\nMain Page: Lord German (Liberal Democrat - Life peer)\n"
    assert _turns(heading + "(1 year ago)\nIt was a fine debate.\n", "parallelparliament") == []


@pytest.mark.parametrize(
    ("stamp", "time"),
    [("7 pm", "19:00"), ("7.30 pm", "19:30"), ("11 a.m.", "11:00"), ("7:30 PM", "19:30")],
)
def test_standalone_time_lines_with_or_without_minutes(stamp, time):
    text = (
        "Volume 750: debated on Wednesday 15 May 2024\n\n"
        f"{stamp}\n\nJim Shannon (Strangford) (DUP)\n\nI beg to move.\n"
    )
    (turn,) = debateparse.parse_text(text, dialect="hansard").turns
    assert str(turn.time)[:5] == time, stamp


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("June 5, 2014", "2014-06-05"),
        ("Thursday, June 5, 2014", "2014-06-05"),
        ("Nov. 3, 2019", "2019-11-03"),
        ("2014-06-05", "2014-06-05"),
    ],
)
@pytest.mark.parametrize("dialect", ["hansard", "parallelparliament", "transcript"])
def test_us_and_iso_date_lines(line, date, dialect):
    header = {
        "hansard": "Jim Shannon (Strangford) (DUP)\n\nI beg to move.\n\nMr Speaker\n\nOrder.\n",
        "parallelparliament": "Jim Shannon Portrait Jim Shannon (Strangford) (DUP)\n"
        "- Hansard - - - Excerpts\n\nI beg to move.\n",
        "transcript": "ANDREW MARR: Good morning.\n\nJIM SHANNON: Good morning.\n",
    }[dialect]
    text = f"Fishing Quotas\n\n{line}\n\n{header}"
    debate = debateparse.parse_text(text, dialect=dialect)
    assert str(debate.date) == date, (line, dialect)


_PROSE = st.lists(
    st.sampled_from(
        ["the", "House", "will", "note", "that", "this", "matter", "has", "been", "raised"]
    ),
    min_size=5,
    max_size=12,
)
_LABELS = st.sampled_from(["Johann Lamont", "The First Minister", "Mr Smith", "Dr Huq"])
_STARTS = st.sampled_from(["I", "The", "Order.", "We", "Let"])


@given(st.lists(st.tuples(_PROSE, _LABELS, _STARTS, _PROSE), min_size=1, max_size=4))
def test_labels_inside_lines_and_styled_names_without_colons_need_a_speaker_first(parts):
    # "... end of a sentence. Johann Lamont: I ..." (nobody has spoken yet) and a lone
    # "Mr Smith I ..." paragraph are prose: no turn.
    lines = []
    for before, label, start, after in parts:
        lines.append(f"{' '.join(before).capitalize()}. {label}: {start} {' '.join(after)}.")
    lines.append(f"Mr Smith {parts[0][2]} {' '.join(parts[0][3])}.")
    text = "\n\n".join(lines)
    debate = debateparse.parse_text(text, strict=False)
    assert not debate.turns, [t.speaker_name for t in debate.turns]


def test_two_line_member_site_headers():
    text = (
        "News from Westminster\n\nJim Shannon\n(Strangford) (DUP)\n\n"
        "I beg to move that this House has considered the matter.\n\n"
        "Kate Osborne\n(Jarrow) (Lab)\n\nI agree with him.\n"
    )
    assert _turns(text) == [
        ("Jim Shannon", "(Strangford) (DUP)", "I beg to"),
        ("Kate Osborne", "(Jarrow) (Lab)", "I agree with"),
    ]


@pytest.mark.parametrize("line", ["(in the Chair)", "(East-West Route)", "(Mr. Stephen Swingler)"])
def test_a_parenthesised_line_without_a_party_does_not_make_a_name_a_header(line):
    text = f"News from Westminster\n\nRail Services\n{line}\n\nThe debate was well attended.\n"
    assert _turns(text) == []
