"""The registry's records: ``Person``, ``PersonName`` and ``Membership`` (plain tuples).

A registry holds thousands of persons and tens of thousands of memberships; they are
named tuples rather than pydantic models so that loading, indexing and pickling stay
cheap (``Registry`` builds its look-up indexes from them once).

Dates: ``None`` as a start means "since before anything recorded"; ``None`` as an end
means the membership is open (still running). ``known_until`` qualifies an open
membership: the source was a snapshot of that day, and nothing is known after it, so
the membership is taken to last only until then (see ``Membership.last_day``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from typing import Literal, NamedTuple

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "Membership",
    "MembershipKind",
    "Person",
    "PersonName",
    "day_of",
    "parse_partial_date",
]

MembershipKind = Literal["house", "observation", "office"]
"""``house``: a seat in a chamber (party, constituency, dates). ``observation``: the
person is known to have been a member of the chamber on one day (a point membership:
start equals end), nothing more. ``office``: a ministerial, shadow, committee or
parliamentary post (``role``)."""

FIRST_DAY = 0
"""Day number standing for an unknown start (before every real date)."""
LAST_DAY = dt.date.max.toordinal() + 1
"""Day number standing for an open end (after every real date)."""


def day_of(date: dt.date | None, default: int) -> int:
    """``date`` as a proleptic ordinal day number, or ``default`` when it is None."""
    return default if date is None else date.toordinal()


def parse_partial_date(text: str | None, *, end: bool = False) -> dt.date | None:
    """A Popolo date ("2024", "2024-05" or "2024-05-15") as a date.

    A year or month alone means its first day, or with ``end=True`` its last day (a
    membership ending "2015" lasted to the end of 2015). TheyWorkForYou's "9999-12-31"
    end means open, so it gives None. Raises ``ValueError`` for anything else.
    """
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    if end and text.startswith("9999"):
        return None
    parts = text.split("-")
    if len(parts) == 3:
        return dt.date.fromisoformat(text)
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        day = calendar.monthrange(year, month)[1] if end else 1
        return dt.date(year, month, day)
    if len(parts) == 1 and len(text) == 4:
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    raise ValueError(f"not a date: {text!r}")


class PersonName(NamedTuple):
    """One name a person went by, with the dates it was used if the registry says."""

    text: str
    """The name as the registry writes it ("Michael Penning", "Lord Coaker")."""
    main: bool
    """True for the person's main or display name (a match is ``exact``), False for an
    alternate form (a match is an ``alias``: "Mike Penning", "Martin Docherty-Hughes")."""
    start: dt.date | None = None
    """First day the name was used; None if not recorded."""
    end: dt.date | None = None
    """Last day the name was used; None if still used or not recorded."""
    family: str | None = None
    """The family name within ``text`` when the registry gives it ("Duncan Smith" of
    "Iain Duncan Smith"); None for a peer's title or when not recorded."""


class Person(NamedTuple):
    """A parliamentarian: an id, display name, ids in other schemes, and names."""

    id: str
    """The registry's id ("uk.org.publicwhip/person/13864")."""
    name: str | None
    """Display name; None when the registry gives only ids."""
    ids: tuple[tuple[str, str], ...] = ()
    """Every known id as (scheme, value), the registry's own id first:
    ("theyworkforyou", "uk.org.publicwhip/person/13864"), ("datadotparl_id", "4131"),
    ("wikidata", "Q478702")."""
    names: tuple[PersonName, ...] = ()
    """Every name the person is found by."""
    death: dt.date | None = None
    """Date of death when the registry records it (Popolo ``death_date``): nobody is
    resolved to a person on a later day."""
    birth: dt.date | None = None
    """Date of birth when the registry records it (Popolo ``birth_date``)."""
    surnames: tuple[str, ...] = ()
    """Family names the registry gives the person beside the names themselves (a peer's
    ``surname``: Lord Marlesford is a Schreiber), so that a title can be told from one's
    surname."""

    def ids_by_scheme(self) -> Mapping[str, str]:
        """``ids`` as a dict (first value kept when a scheme repeats)."""
        found = dict(self.ids)
        if len(found) == len(self.ids):  # no scheme repeats: the common case
            return found
        found.clear()
        for scheme, value in self.ids:
            found.setdefault(scheme, value)
        return found


class Membership(NamedTuple):
    """A seat, observation or office held by a person over a period."""

    person_id: str
    kind: MembershipKind
    house: str | None
    """Chamber, canonical name ("House of Commons"); for offices the chamber the office
    belongs to when the registry says, else None."""
    start: dt.date | None = None
    end: dt.date | None = None
    known_until: dt.date | None = None
    """For an open membership taken from a snapshot: the snapshot's date."""
    party: str | None = None
    """Party, canonical name where debateparse knows it ("Conservative", "DUP")."""
    constituency: str | None = None
    role: str | None = None
    """For an office: its title, with the body when the title does not name it
    ("Minister of State, Ministry of Defence")."""

    @property
    def first_day(self) -> int:
        """Ordinal of the first day (``FIRST_DAY`` when unknown)."""
        return day_of(self.start, FIRST_DAY)

    @property
    def last_day(self) -> int:
        """Ordinal of the last day known to be inside: the end date; for an open
        membership ``known_until`` when set, else ``LAST_DAY``."""
        if self.end is not None:
            return self.end.toordinal()
        return day_of(self.known_until, LAST_DAY)
