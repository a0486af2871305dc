"""The cheaper resolution path (issue 9, resolution cost): the same answers from the
grouped name index, the pruned nearest-seat search, and one memo entry per named speaker.
``benchmarks/registry.py`` measures the cost itself."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from debateparse import resolve_members
from debateparse.registry.core import NameRef, Registry, Seat, _grouped
from debateparse.registry.match import (
    DEFAULT_RULES,
    _name_fit,
    _nearest_seat,
    _seat_gap,
    _span_gap,
    find_by_name,
)
from debateparse.registry.model import FIRST_DAY, LAST_DAY, Membership, Person, PersonName
from debateparse.registry.names import name_form, person_key, surname_only, title_kind
from debateparse.registry.seat_chain import nearest_in_chain, seat_chain
from tests.registry_helpers import built_debate, members

_seats = st.lists(
    st.builds(
        lambda first, length, party, observed: Seat(
            first, first + length, party, None, observed, False
        ),
        st.integers(0, 60),
        st.integers(0, 20),
        st.sampled_from([None, "Labour"]),
        st.booleans(),
    ),
    max_size=8,
)


def _brute_nearest(seats: list[Seat], day: int | None) -> tuple[int, Seat | None]:
    if not seats:
        return LAST_DAY, None

    def gap(seat: Seat) -> int:
        if day is None:
            return 0
        return seat.first - day if day < seat.first else max(0, day - seat.last)

    ranked = min(seats, key=lambda s: (gap(s), s.party is None, s.observed))
    return gap(ranked), ranked


@given(_seats, st.one_of(st.none(), st.integers(-10, 100)))
def test_nearest_seat_is_the_best_ranked_seat(seats, day) -> None:
    seats = sorted(seats, key=lambda s: (s.first, s.last))
    gap, seat = _nearest_seat(seats, day)
    want_gap, want = _brute_nearest(seats, day)
    assert gap == want_gap, (seats, day)
    if want is not None:
        assert seat is not None
        assert (seat.party is None, seat.observed) == (want.party is None, want.observed)


_refs = st.lists(
    st.builds(
        lambda main, first, length, dated: (
            NameRef(0, main, first, first + length)
            if dated
            else NameRef(0, main, FIRST_DAY, LAST_DAY)
        ),
        st.booleans(),
        st.integers(0, 60),
        st.integers(0, 20),
        st.booleans(),
    ),
    min_size=1,
    max_size=5,
)


@given(_refs, st.one_of(st.none(), st.integers(1, 100)))
def test_name_fit_is_the_best_entry(refs, day) -> None:
    # The flags grouped at load (undated, timeless, closed) give the scan's answer on every
    # real day (ordinals start at 1; FIRST_DAY, 0, is before them all).
    (group,) = _grouped(tuple(refs))
    want = min(
        (0 if day is None else _span_gap(r.first, r.last, day), not r.main, r.last == LAST_DAY)
        for r in refs
    )
    assert _name_fit(group, day) == want, (refs, day)


def _registry() -> Registry:
    persons = [
        Person(
            "a",
            "Ann Smith",
            names=(
                PersonName("Ann Smith", True),
                PersonName("Ann Jones", False, dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
            ),
        ),
        Person("b", "Ann Smith", names=(PersonName("Ann Smith", True),)),
    ]
    seats = [
        Membership("a", "house", "House of Commons", dt.date(1997, 5, 1), dt.date(2001, 5, 14)),
        Membership("b", "house", "House of Commons", dt.date(2010, 5, 6), dt.date(2015, 3, 30)),
    ]
    return Registry(persons, seats)


def test_name_groups_hold_each_persons_entries_once() -> None:
    registry = _registry()
    groups = registry.name_groups("ann smith")
    assert [g.person for g in groups] == [0, 1]
    assert all(g.undated and g.main for g in groups)
    (dated,) = registry.name_groups("ann jones")
    assert not dated.undated and not dated.main
    assert dated.refs[0].first == dt.date(1990, 1, 1).toordinal()
    assert registry.name_groups("nobody") == ()
    assert dated.refs[0].first > FIRST_DAY


def test_dated_and_undated_names_give_the_same_answers_as_before() -> None:
    registry = _registry()
    day = dt.date(1998, 1, 1).toordinal()
    found = find_by_name(registry, "Ann Jones", chamber="House of Commons", day=day)
    assert found.chosen is not None and found.chosen.method == "alias"
    later = dt.date(2012, 1, 1).toordinal()
    smith = find_by_name(registry, "Ann Smith", chamber="House of Commons", day=later)
    assert smith.chosen is not None and smith.chosen.person == 1


def test_find_by_name_without_memo_remembers_nothing() -> None:
    registry = _registry()
    day = dt.date(1998, 1, 1).toordinal()
    find_by_name(registry, "Ann Smith", chamber="House of Commons", day=day, memo=False)
    assert registry.recall(("name", "Ann Smith", "House of Commons", day, None, None)) is None
    key = next(iter(registry._memo), None)  # the memo is private; this test looks inside
    assert key is None


def test_one_memo_entry_per_named_speaker() -> None:
    registry = _registry()
    debate = built_debate(dt.date(1998, 1, 1), "House of Commons", [("Ann Smith", None)])
    resolved = resolve_members(debate, registry)
    assert members(resolved) == {"Ann Smith": "a"}
    kinds = [key[0] for key in registry._memo]
    assert kinds == ["speaker"], kinds
    # Remembered: the same answer again, from the memo.
    assert members(resolve_members(debate, registry)) == {"Ann Smith": "a"}


def test_seats_on_the_same_days_with_and_without_a_party_load() -> None:
    # Sorting whole seats compared None with a party name (TypeError; found by hypothesis).
    day = dt.date(2015, 6, 8)
    seats = [
        Membership("a", "observation", "House of Commons", day, day),
        Membership("a", "observation", "House of Commons", day, day, party="Labour"),
    ]
    registry = Registry([Person("a", "Ann Smith", names=(PersonName("Ann Smith", True),))], seats)
    found = find_by_name(registry, "Ann Smith", chamber=None, day=day.toordinal())
    assert found.chosen is not None and found.chosen.seat is not None
    assert found.chosen.seat.party == "Labour"


_chains = st.lists(
    st.tuples(
        st.integers(1, 15),
        st.integers(0, 20),
        st.sampled_from([None, "Labour"]),
        st.booleans(),
    ),
    max_size=6,
)


def _chained(steps: list[tuple[int, int, str | None, bool]]) -> list[Seat]:
    seats, last = [], -5
    for pause, length, party, observed in steps:
        first = last + pause
        last = first + length
        seats.append(Seat(first, last, party, None, observed, False))
    return seats


def _position(seats: list[Seat] | tuple[Seat, ...], seat: Seat | None) -> int | None:
    return next((i for i, s in enumerate(seats) if s is seat), None)


@given(st.one_of(_chains.map(_chained), _seats), st.integers(-10, 150))
@example([Seat(0, 0, None, None, False), Seat(10, 10, None, None, False)], 5)  # a tie
def test_seat_chain_gives_the_scans_seat(seats, day) -> None:
    # The bisection over a chain finds the very seat the scan does (ties included); lists
    # with overlapping seats get no chain.
    seats = sorted(seats, key=lambda s: (s.first, s.last))
    chain = seat_chain(tuple(seats))
    overlap = any(a.last >= b.first for a, b in pairwise(seats))
    assert (chain is None) == (not seats or overlap), seats
    if chain is not None:
        gap, seat = nearest_in_chain(chain, day)
        want_gap, want = _nearest_seat(seats, day)
        assert (gap, _position(seats, seat)) == (want_gap, _position(seats, want)), (seats, day)


def _seated_registry() -> Registry:
    persons = [
        Person("a", "Ann Smith", ids=(("x", "1"), ("y", "2"), ("x", "3"))),
        Person("b", "Bob Jones", ids=(("x", "4"),)),
    ]
    commons = "House of Commons"
    seats = [
        Membership(
            "a", "house", commons, dt.date(1997, 5, 1), dt.date(2001, 5, 14), party="Labour"
        ),
        Membership("a", "observation", commons, dt.date(2003, 1, 1), dt.date(2003, 1, 1)),
        Membership("a", "house", commons, dt.date(2005, 5, 5), None, party="Labour"),
        Membership(
            "b", "house", commons, dt.date(1997, 5, 1), dt.date(2005, 4, 11), party="Labour"
        ),
        Membership("b", "observation", commons, dt.date(2005, 4, 11), dt.date(2005, 4, 11)),
    ]
    return Registry(persons, seats)


def test_seat_chains_of_a_registry_give_the_scans_answer() -> None:
    registry = _seated_registry()
    commons = "House of Commons"
    assert registry.seat_chain(0, commons) is not None
    assert registry.seat_chain(1, commons) is None  # the observation overlaps the seat
    assert registry.seat_chain(0, "House of Lords") is None
    start = dt.date(1996, 1, 1).toordinal()
    for day in range(start, start + 365 * 12, 7):
        for person in (0, 1):
            want = _nearest_seat(registry.seats(person)[commons], day)
            assert _seat_gap(registry, person, commons, day, DEFAULT_RULES) == want, day


def test_ids_and_display_names_built_at_load() -> None:
    registry = _seated_registry()
    ids = registry.ids_of(0)
    assert ids == registry.person_at(0).ids_by_scheme() == {"x": "1", "y": "2"}
    ids["x"] = "changed"  # a fresh dict each time: the registry's copy is untouched
    assert registry.ids_of(0) == {"x": "1", "y": "2"}
    assert registry.name_on(1, None) == ("Bob Jones", None)
    for index in (0, 1):
        person, day = registry.person_at(index), dt.date(2000, 1, 1).toordinal()
        want = (person.id, person.ids_by_scheme(), *registry.name_on(index, day))
        assert registry.member_on(index, day) == want


def test_name_form_is_both_look_ups() -> None:
    for name in ("Mr. Hughes", "Lord Parkinson", "Julian Lewis", "The Earl of Arran", "Mrs"):
        want = (surname_only(name), title_kind(person_key(name)))
        assert name_form(name) == want, name
