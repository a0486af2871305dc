"""JSON round trip: ``Debate.model_validate_json(d.to_json()) == d`` for every parse."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import debateparse
from debateparse import Debate, DebateParseError
from tests.conftest import fixture_texts
from tests.test_properties import LINES


def _round_trips(text: str) -> None:
    try:
        debates = list(debateparse.iter_debates(__import__("io").StringIO(text), strict=False))
    except DebateParseError:
        return
    for debate in debates:
        assert Debate.model_validate_json(debate.to_json()) == debate
        assert Debate.model_validate_json(debate.to_json(indent=None)) == debate


def test_round_trip_after_the_glossary_step_cut_lines():
    # issue 11 item 5: this text failed the round trip
    _round_trips("Photo of David Rees David Rees\ne Po\n Po\nPo")


@given(st.text())
def test_round_trip_over_arbitrary_text(text: str) -> None:
    _round_trips(text)


@given(st.lists(st.sampled_from(LINES), max_size=30).map("\n".join))
def test_round_trip_over_debate_shaped_text(text: str) -> None:
    _round_trips(text)


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.name)
def test_round_trip_over_fixtures(path) -> None:
    _round_trips(path.read_text("utf-8", errors="replace"))
