"""Header forms of issue 8's further families, each a general rule (dialects as data):
Hansard headings with a qualifier in parentheses are not headers."""

from __future__ import annotations

import pytest

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
