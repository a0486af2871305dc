"""Properties: round trips, nothing lost, spans in order, and only typed errors."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import fixture_texts
from tests.strategies import DebateSpec, debate_specs, render_twfy

import debateparse
from debateparse import DebateParseError
from debateparse.export import canonical_layout
from debateparse.export.text import printed_lines


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
    try:
        debate = debateparse.parse_text(text, strict=False)
    except DebateParseError:
        return
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pieces = list(printed_lines(debate))
    # every non-blank input line is accounted for exactly once, in order
    covered = [p.line for p in pieces]
    assert sorted(covered) == covered
    assert sorted(set(covered)) == [i + 1 for i, line in enumerate(lines) if line.strip()]
    assert all(p.text == p.text.strip() and p.text for p in pieces)
    # turn spans are increasing, disjoint and inside the text
    previous_end = -1
    for turn in debate.turns:
        span = turn.span
        assert span.start_line <= span.end_line and span.start <= span.end <= len(text)
        assert span.start > previous_end
        previous_end = span.end
    assert debate.to_text() == canonical_layout(text)


@given(st.text())
def test_arbitrary_text_gives_a_debate_or_a_typed_error(text: str) -> None:
    _check_invariants(text)


@given(
    st.lists(
        st.sampled_from(
            [
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
            ]
        ),
        max_size=30,
    ).map("\n".join)
)
def test_debate_shaped_text_keeps_every_line(text: str) -> None:
    _check_invariants(text)


@given(st.binary())
def test_arbitrary_bytes_give_a_debate_or_a_typed_error(data: bytes) -> None:
    import io

    with contextlib.suppress(DebateParseError):
        debateparse.parse_debate(io.BytesIO(data), strict=False)


def test_every_fixture_renders_back_to_its_text() -> None:
    for path in fixture_texts():
        text = path.read_text(encoding="utf-8")
        debate = debateparse.parse_debate(path, strict=False)
        assert debate.to_text() == canonical_layout(text), path.name
