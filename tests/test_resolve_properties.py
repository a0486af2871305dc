"""Property tests: resolution is idempotent, never mutates, and always explains a miss."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debateparse import Registry, resolve_members
from tests.conftest import FIXTURES
from tests.registry_helpers import built_debate

REGISTRY = Registry.from_popolo(FIXTURES / "registry" / "namesakes.popolo.json")

NAMES = st.sampled_from(
    [
        "Jim Shannon",
        "Jim Shanon",
        "Mike Penning",
        "Angela Smith",
        "Gareth Thomas",
        "Gareth Tomas",
        "Jamie Stone",
        "Paul Girvan",
        "Leo Docherty",
        "Lord Stratford",
        "Tony Banks",
        "Baroness Smith of Basildon",
        "Xavier Nobody",
        "Mr Speaker",
        "Madam Deputy Speaker",
        "The Deputy Prime Minister",
        "The First Minister",
        "The Minister of State",
        "Hon. Members",
        "Several hon. Members",
    ]
)
ROLES = st.sampled_from(
    [
        None,
        None,
        "Labour, Harrow West",
        "Liberal Democrat",
        "DUP, South Antrim",
        "The Minister of State, Ministry of Defence",
        "Speaker",
        "Conservative",
    ]
)
HOUSES = st.sampled_from(
    [
        None,
        "House of Commons",
        "House of Lords",
        "Scottish Parliament",
        "Westminster Hall",
        "Northern Ireland Assembly",
    ]
)
DATES = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2026, 12, 31)))


@st.composite
def debates(draw):
    turns = draw(st.lists(st.tuples(NAMES, ROLES), min_size=1, max_size=8))
    return built_debate(draw(DATES), draw(HOUSES), turns)


@given(debates())
def test_resolution_is_idempotent_and_pure(debate) -> None:
    before = debate.model_dump()
    once = resolve_members(debate, REGISTRY)
    assert debate.model_dump() == before, "the input changed"
    twice = resolve_members(once, REGISTRY)
    assert twice == once
    assert twice.model_dump() == once.model_dump()
    assert once.turns == debate.turns


@given(debates())
def test_every_miss_is_explained_and_collectives_stay_unresolved(debate) -> None:
    resolved = resolve_members(debate, REGISTRY)
    misses = [
        d for d in resolved.diagnostics if d.code in {"unresolved-member", "ambiguous-member"}
    ]
    unresolved = [
        s for s in resolved.speakers.values() if s.kind != "collective" and s.member_id is None
    ]
    assert len(misses) == len(unresolved)
    for speaker in resolved.speakers.values():
        if speaker.kind == "collective":
            assert speaker.member_id is None and speaker.resolution is None
        if speaker.member_id is not None:
            assert speaker.resolution is not None
            assert speaker.resolution.member_id == speaker.member_id
            assert 0.0 < speaker.resolution.score <= 1.0
            assert speaker.member_id not in speaker.resolution.candidates


@pytest.mark.parametrize("house", ["House of Commons", None])
def test_resolution_of_an_empty_debate(house: str | None) -> None:
    debate = built_debate(dt.date(2024, 5, 15), house, [])
    assert resolve_members(debate, REGISTRY) == debate
