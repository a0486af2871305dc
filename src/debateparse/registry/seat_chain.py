"""Seat chains: a person's seats in one chamber that never overlap, indexed at load.

Almost every person's seats in a chamber form a chain: sorted by first day, each ends
before the next starts (3,346 of the 3,390 seat lists of the shared UK registry). On a
day, the nearest seat of a chain is then one of two, the last to start by the day and
the next to start after it, found by bisection rather than a scan (``nearest_in_chain``
gives the verdict of ``match._nearest_seat``, ties included).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from debateparse.registry.core import Seat

__all__ = ["SeatChain", "nearest_in_chain", "seat_chain"]


class SeatChain(NamedTuple):
    """Seats sorted by first day, each ending before the next starts."""

    seats: tuple[Seat, ...]
    firsts: tuple[int, ...]
    """Each seat's first day, for bisection."""
    death: int | None = None
    """The holder's day of death, if recorded (nobody sits after it)."""


def seat_chain(seats: tuple[Seat, ...], death: int | None = None) -> SeatChain | None:
    """The chain of ``seats`` (sorted by first day), or None when two overlap, one ends
    before it starts, or there are none."""
    if not seats or any(s.first > s.last for s in seats):
        return None
    if any(a.last >= b.first for a, b in pairwise(seats)):
        return None
    return SeatChain(seats, tuple(s.first for s in seats), death)


def nearest_in_chain(chain: SeatChain, day: int) -> tuple[int, Seat]:
    """(gap, seat) of the chain's seat nearest ``day``: the smallest gap, then one with a
    party, then a seat record over an observation, then the earlier seat."""
    seats = chain.seats
    after = bisect_right(chain.firsts, day)  # seats[after:] start after the day
    if after == 0:
        seat = seats[0]
        return seat.first - day, seat
    # Of the seats started by the day, the last ends latest (a chain): it is nearest.
    before = seats[after - 1]
    gap = day - before.last if day > before.last else 0
    if gap == 0 or after == len(seats):
        return gap, before  # inside a seat, or nothing starts later
    seat = seats[after]
    later = seat.first - day
    if (later, seat.party is None, seat.observed) < (gap, before.party is None, before.observed):
        return later, seat
    return gap, before
