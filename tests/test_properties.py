"""Properties: round trips, nothing lost, spans in order, and only typed errors."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

import debateparse
from debateparse import DebateParseError
from debateparse.export import canonical_layout
from debateparse.export.text import printed_lines
from debateparse.read import split_lines
from tests.conftest import fixture_texts
from tests.strategies import DebateSpec, debate_specs, render_twfy


@given(debate_specs)
def test_generated_twfy_debates_parse_back_to_their_spec(spec: DebateSpec) -> None:
    text = render_twfy(spec)
    debate = debateparse.parse_text(text)
    assert debate.dialect == "twfy"
    assert (debate.title, debate.house, debate.date, debate.start_time) == (
        spec.title,
        spec.house,
        spec.date,
        spec.start,
    )
    assert [
        (t.speaker_name, t.role_text, tuple(p.text for p in t.paragraphs)) for t in debate.turns
    ] == [(t.name, t.role, t.paragraphs) for t in spec.turns]
    assert debate.turns[0].time == spec.start
    assert debate.to_text() == canonical_layout(text)
    again = debateparse.parse_text(debate.to_text())
    assert again == debate


def _check_invariants(text: str) -> None:
    import io

    try:
        debates = list(debateparse.iter_debates(io.StringIO(text), strict=False))
    except DebateParseError:
        return
    assert debates[0] == debateparse.parse_text(text, strict=False).model_copy(
        update={"diagnostics": debates[0].diagnostics}
    )
    lines = split_lines(text.removeprefix("\ufeff"))
    pieces = [piece for debate in debates for piece in printed_lines(debate)]
    # every non-blank input line is accounted for exactly once, in order
    covered = [p.line for p in pieces]
    assert sorted(covered) == covered
    assert sorted(set(covered)) == [i + 1 for i, line in enumerate(lines) if line.strip()]
    assert all(p.text == p.text.strip() and p.text for p in pieces)
    # turn spans are increasing, disjoint and inside the text
    previous_end = -1
    for turn in (turn for debate in debates for turn in debate.turns):
        span = turn.span
        assert span.start_line <= span.end_line and span.start <= span.end <= len(text)
        assert span.start > previous_end
        previous_end = span.end
    joined = "".join(
        ("" if i == 0 else "\n\n" if debates[i].to_text() and _gap(debates, i, lines) else "\n")
        + debate.to_text()
        for i, debate in enumerate(debates)
    )
    assert joined == canonical_layout(text)


def _gap(debates, index, lines) -> bool:
    """Was there a blank line between the previous debate's last line and this one's first?"""
    last = max(p.line for p in printed_lines(debates[index - 1]))
    first = min(p.line for p in printed_lines(debates[index]))
    return any(not line.strip() for line in lines[last : first - 1])


@given(st.text())
def test_arbitrary_text_gives_a_debate_or_a_typed_error(text: str) -> None:
    _check_invariants(text)


LINES = [
    "Photo of A B A B",
    "Photo of A B",
    "– in the House of Commons at 1:00 pm on 1 May 2020.",
    "Alert me about debates like this",
    "",
    "  ",
    "Words here.",
    "(Translated)",
    "Title",
    "Photo of X X Labour 1:31, 7 June 2022",
    "[Mr Speaker in the Chair]",
    "\t",
    "Photo of",
    "Mr. Speaker",
    "Jim Shannon (Strangford) (DUP)",
    "Jim Shannon",
    "The Minister (Leo Doe)",
    "§ Mr. SpeakerI understand.",
    "ANDREW MARR: Good morning.",
    "INTERVIEWER:",
    ">> Hello.",
    "Lord Lee Portrait Lord Lee (Con)",
    "- Hansard - - - Excerpts",
    "None Portrait Several hon. Members rose—",
    "Jane Doe Excerpts",
    "Monday 3rd June 2024",
    "(5 months ago)",
    "Commons Chamber",
    "12:45",
    "19:50:01",
    "Con",
    "South Holland and The Deepings",
    "The House divided:",
    "Ayes 1, Noes 37.",
    "AYES",
    "Abbott, Ms Diane",
    "To ask Her Majesty's Government whether.",
    "1. What steps will he take? (900085)",
    "HC Deb 21 February 1990 vol 167 cc943-4 3.31 pm",
    "Volume 666: debated on 5 May 2020",
    "The Lord Rose (Con): My Lords, yes.",
    ", Croydon North East",
    "20 Mehefin 1991",
    "Several Hon. Members",
    "--- Later in debate ---",
    "Hon. Members: Hear, hear!",
    "Dispatch Box",
    "Minister",
    "I stand at the Dispatch Box as a Minister.",
    "Ministers make up the Government, at the dispatch box.",
    "The Deputy speaker is in charge of proceedings of the House.",
    "The deputy speaker also presides over the Budget.",
]
"""Lines of every dialect, for the state machine to meet in any order."""


@given(st.lists(st.sampled_from(LINES), max_size=40).map("\n".join))
def test_debate_shaped_text_keeps_every_line(text: str) -> None:
    _check_invariants(text)


@given(st.binary())
def test_arbitrary_bytes_give_a_debate_or_a_typed_error(data: bytes) -> None:
    import io

    with contextlib.suppress(DebateParseError):
        debateparse.parse_debate(io.BytesIO(data), strict=False)


def test_every_fixture_renders_back_to_its_text() -> None:
    # a page holding several debates renders back as its debates in order
    for path in fixture_texts():
        text = path.read_text(encoding="utf-8")
        debates = list(debateparse.iter_debates(path, strict=False))
        rendered = "\n\n".join(debate.to_text() for debate in debates)
        assert rendered == canonical_layout(text), path.name
