"""``Registry``: persons and memberships, immutable once loaded, with look-up indexes.

The indexes are built once, in the constructor: names by person key, each person's seats
by chamber (as day-number intervals), and the offices sorted by start. A registry pickles
as its two tuples of records and rebuilds the indexes when unpickled, so sending one to
worker processes costs little. Results of pure look-ups may be remembered in a private
memo (never pickled); that changes no answer.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from debateparse.registry.model import (
    FIRST_DAY,
    LAST_DAY,
    Membership,
    Person,
    day_of,
)
from debateparse.registry.names import PEERAGE_TITLES, name_key, person_key
from debateparse.registry.seat_chain import SeatChain, seat_chain

__all__ = ["NameGroup", "NameRef", "OfficeRef", "Registry", "Seat"]

_MEMO_LIMIT = 200_000
"""Memo entries kept before the memo is emptied (bounds memory in long runs)."""


class NameRef(NamedTuple):
    """An index entry: a person found by a name key, and when the name was used."""

    person: int
    """Position of the person in ``Registry.persons``."""
    main: bool
    """A main or display name (else an alternate form)."""
    first: int
    """Ordinal of the first day the name was used (``FIRST_DAY`` if unknown)."""
    last: int
    """Ordinal of the last day (``LAST_DAY`` if still used or unknown)."""


class NameGroup(NamedTuple):
    """The index entries of one name key for one person, grouped once at load."""

    person: int
    """Position of the person in ``Registry.persons``."""
    refs: tuple[NameRef, ...]
    """The person's entries under the key (one per dated use of the name)."""
    undated: bool
    """No entry has dates: the name's gap is 0 on every day."""
    main: bool
    """Some entry is a main or display name."""
    timeless: bool = False
    """Some main entry has no dates: on every day the name's gap is 0 and it is a main
    name, so only ``closed`` need be read."""
    closed: tuple[tuple[int, int], ...] = ()
    """(first, last) of the main entries with an end date: a day inside one makes the
    match a closed name (``Candidate.name_closed``)."""


class Seat(NamedTuple):
    """A person's seat or observation in one chamber, as an interval of day numbers."""

    first: int
    last: int
    party: str | None
    constituency: str | None
    observed: bool
    """An observation (a point membership), not a seat record."""
    open: bool = False
    """The seat has no end date (still running, or known only until a snapshot)."""


class OfficeRef(NamedTuple):
    """An office held over an interval of day numbers."""

    first: int
    last: int
    person: int
    role: str
    house: str | None
    """The chamber the registry files the office under, if any."""


class Registry:
    """Parliamentarians to resolve speakers against: persons, their ids and memberships.

    Build one with a loader (``Registry.from_popolo``, ``from_parlamint``, ``from_csv``,
    ``load`` to pick by format, or ``default`` for the downloaded TheyWorkForYou file),
    then pass it to any number of parses: ``parse_debate(path, registry=registry)``.
    """

    __slots__ = (
        "_activity",
        "_births",
        "_by_id",
        "_chains",
        "_coverage",
        "_dated_names",
        "_deaths",
        "_display",
        "_families",
        "_groups",
        "_ids",
        "_memberships",
        "_memo",
        "_names",
        "_of_person",
        "_offices",
        "_persons",
        "_seats",
        "_source",
    )

    def __init__(
        self,
        persons: Iterable[Person],
        memberships: Iterable[Membership] = (),
        *,
        source: str | None = None,
    ) -> None:
        """Index ``persons`` and ``memberships``; raise ``ValueError`` on a repeated
        person id. Memberships of unknown persons are kept but not indexed."""
        self._persons: tuple[Person, ...] = tuple(persons)
        self._memberships: tuple[Membership, ...] = tuple(memberships)
        self._source = source
        self._build()
        self._memo: dict[Any, Any] = {}  # set last: it marks the registry as built

    # --- loading ---------------------------------------------------------------------
    @classmethod
    def from_popolo(cls, *paths: str | os.PathLike[str]) -> Registry:
        """Load TheyWorkForYou-style Popolo JSON: ``people.json`` and, optionally, office
        files in the same style (``ministers.json``) whose memberships are added."""
        from debateparse.registry.popolo import load_popolo

        return load_popolo(*paths)

    @classmethod
    def from_parlamint(
        cls, list_person: str | os.PathLike[str], list_org: str | os.PathLike[str] | None = None
    ) -> Registry:
        """Load a ParlaMint TEI ``listPerson`` file (with its ``listOrg``, found beside it
        when not given) for party and house names."""
        from debateparse.registry.parlamint import load_parlamint

        return load_parlamint(list_person, list_org)

    @classmethod
    def from_csv(cls, path: str | os.PathLike[str]) -> Registry:
        """Load a CSV roster: ``id,name,aliases,house,party,constituency,start_date,end_date``."""
        from debateparse.registry.roster import load_roster

        return load_roster(path)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Registry:
        """Load a registry file of any supported format (by extension, else content)."""
        from debateparse.registry.formats import load_registry

        return load_registry(path)

    @classmethod
    def default(cls, cache_dir: str | os.PathLike[str] | None = None) -> Registry:
        """Load the TheyWorkForYou ``people.json`` saved by ``debateparse registry
        download``; raises ``RegistryNotFoundError`` if it has not been downloaded."""
        from debateparse.registry.cache import load_default

        return load_default(cache_dir)

    # --- indexes ---------------------------------------------------------------------
    def _build(self) -> None:
        by_id: dict[str, int] = {}
        names: dict[str, list[NameRef]] = {}
        for index, person in enumerate(self._persons):
            if person.id in by_id:
                raise ValueError(f"person id {person.id!r} appears twice")
            by_id[person.id] = index
            seen: set[tuple[str, bool, int, int]] = set()
            for name in person.names:
                key = person_key(name.text)
                entry = (key, name.main, day_of(name.start, FIRST_DAY), day_of(name.end, LAST_DAY))
                if key and entry not in seen:
                    seen.add(entry)
                    names.setdefault(key, []).append(NameRef(index, *entry[1:]))
        self._by_id = by_id
        self._families = {
            index: family
            for index, person in enumerate(self._persons)
            if (family := _family_of(person)) is not None
        }
        self._dated_names = {
            index: dated
            for index, person in enumerate(self._persons)
            if (dated := _dated_names(person))
        }
        self._display = tuple(
            _display_name(person, self._families.get(index))
            for index, person in enumerate(self._persons)
        )
        self._ids = tuple(dict(person.ids_by_scheme()) for person in self._persons)
        self._names = {key: tuple(refs) for key, refs in names.items()}
        self._groups = {key: _grouped(refs) for key, refs in self._names.items()}
        seats: dict[int, dict[str, list[Seat]]] = {}
        of_person: dict[int, list[int]] = {}
        offices = []
        activity: dict[int, list[tuple[int, int]]] = {}
        for position, m in enumerate(self._memberships):
            holder = by_id.get(m.person_id)
            if holder is None:
                continue
            of_person.setdefault(holder, []).append(position)
            if m.kind == "office":
                activity.setdefault(holder, []).append((m.first_day, m.last_day))
                if m.role:
                    offices.append(OfficeRef(m.first_day, m.last_day, holder, m.role, m.house))
            elif m.house is not None:
                seat = Seat(
                    m.first_day,
                    m.last_day,
                    m.party,
                    m.constituency,
                    m.kind == "observation",
                    m.end is None,
                )
                seats.setdefault(holder, {}).setdefault(m.house, []).append(seat)
        self._seats = {
            person: {house: tuple(sorted(s, key=_seat_order)) for house, s in houses.items()}
            for person, houses in seats.items()
        }
        self._of_person = {person: tuple(p) for person, p in of_person.items()}
        self._activity = {person: tuple(sorted(a)) for person, a in activity.items()}
        self._deaths = {
            index: person.death.toordinal()
            for index, person in enumerate(self._persons)
            if person.death is not None
        }
        self._chains: dict[tuple[int, str | None], SeatChain] = {
            (person, house): chain
            for person, houses in self._seats.items()
            for house, held in houses.items()
            if (chain := seat_chain(held, self._deaths.get(person))) is not None
        }
        self._births = {
            index: person.birth
            for index, person in enumerate(self._persons)
            if person.birth is not None
        }
        coverage: dict[str, int] = {}
        for houses in self._seats.values():
            for house, held in houses.items():
                starts = [s.first for s in held if s.first != FIRST_DAY]
                if starts:
                    coverage[house] = min(coverage.get(house, LAST_DAY), *starts)
        self._coverage = coverage
        offices.sort(key=lambda o: (o.first, o.last, o.person, o.role))
        self._offices = tuple(offices)

    # --- reading -----------------------------------------------------------------------
    @property
    def persons(self) -> tuple[Person, ...]:
        """Every person, in load order."""
        return self._persons

    @property
    def memberships(self) -> tuple[Membership, ...]:
        """Every membership, in load order."""
        return self._memberships

    @property
    def source(self) -> str | None:
        """Where the registry was loaded from (paths), if known."""
        return self._source

    def __len__(self) -> int:
        return len(self._persons)

    def __iter__(self) -> Iterator[Person]:
        return iter(self._persons)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._by_id

    def __getitem__(self, person_id: str) -> Person:
        return self._persons[self._by_id[person_id]]

    def get(self, person_id: str) -> Person | None:
        """The person with id ``person_id``, or None."""
        index = self._by_id.get(person_id)
        return None if index is None else self._persons[index]

    def family_name(self, person_id: str) -> str | None:
        """The family name the registry gives the person's main name, if any ("Duncan
        Smith" for Iain Duncan Smith)."""
        index = self._by_id.get(person_id)
        return None if index is None else self._families.get(index)

    def name_on(
        self, index: int, day: int | None, key: str | None = None
    ) -> tuple[str | None, str | None]:
        """(name, family name within it) the person at ``index`` went by on ordinal ``day``:
        of the main names the registry dates, the one nearest the day (Dale Campbell-Savours,
        not Lord Campbell-Savours, in a Commons debate of 1991); with no day, the dated main
        name whose person key is ``key`` (the name printed); else the display name."""
        dated = self._dated_names.get(index)
        if dated is None:  # the common case: no dated main name
            return self._display[index]
        best = None
        if day is not None:
            rank = None
            for entry in dated:
                first, last, _, family = entry
                gap = first - day if day < first else (day - last if day > last else 0)
                if rank is None or (gap, family is None) < rank:
                    best, rank = entry, (gap, family is None)
                    if rank == (0, False):
                        break  # a name with its family in use on the day
        elif key is not None:
            best = next((n for n in dated if person_key(n[2]) == key), None)
        return self._display[index] if best is None else (best[2], best[3])

    def member_on(
        self, index: int, day: int | None, key: str | None = None
    ) -> tuple[str, dict[str, str], str | None, str | None]:
        """(id, ``ids_of``, and ``name_on``'s name and family) of the person at ``index``:
        what a resolution records, in one call."""
        dated = self._dated_names.get(index)
        name = self._display[index] if dated is None else self.name_on(index, day, key)
        return self._persons[index].id, self._ids[index].copy(), name[0], name[1]

    def ids_of(self, index: int) -> dict[str, str]:
        """``ids_by_scheme`` of the person at ``index``, as a fresh dict (built at load:
        copying a dict costs a seventh of building one from the pairs)."""
        return self._ids[index].copy()

    def memberships_of(self, person_id: str) -> tuple[Membership, ...]:
        """The memberships of one person, in load order."""
        index = self._by_id.get(person_id)
        positions = self._of_person.get(index, ()) if index is not None else ()
        return tuple(self._memberships[p] for p in positions)

    def find(self, name: str) -> tuple[Person, ...]:
        """Persons known by the printed ``name`` (styles stripped), in load order, whatever
        their house or dates; see ``resolve_members`` for resolution in context."""
        refs = self._names.get(person_key(name), ())
        return tuple(self._persons[i] for i in sorted({r.person for r in refs}))

    # --- for the resolver ---------------------------------------------------------------
    def index_of(self, person_id: str) -> int | None:
        """Position of the person with id ``person_id`` in ``persons``, or None."""
        return self._by_id.get(person_id)

    def person_at(self, index: int) -> Person:
        """The person at position ``index``."""
        return self._persons[index]

    def name_refs(self, key: str) -> tuple[NameRef, ...]:
        """Index entries for a person key (see ``names.person_key``)."""
        return self._names.get(key, ())

    def name_groups(self, key: str) -> tuple[NameGroup, ...]:
        """Index entries for a person key grouped by person, in first-entry order."""
        return self._groups.get(key, ())

    def name_keys(self) -> Iterable[str]:
        """Every indexed person key."""
        return self._names.keys()

    def seats(self, person: int) -> dict[str, tuple[Seat, ...]]:
        """A person's seats and observations by chamber (empty if none recorded)."""
        return self._seats.get(person, {})

    def seat_chain(self, person: int, chamber: str | None) -> SeatChain | None:
        """A person's seats in ``chamber`` as a chain (None when they overlap or there are
        none): see ``seat_chain.nearest_in_chain``."""
        return self._chains.get((person, chamber))

    def activity(self, person: int) -> tuple[tuple[int, int], ...]:
        """A person's offices (any post the registry records, with or without a role) as
        (first, last) day numbers, sorted: evidence that the person was active then."""
        return self._activity.get(person, ())

    def birth_date(self, person: int) -> dt.date | None:
        """The person's date of birth, when the registry records it."""
        return self._births.get(person)

    def surname_keys(self, person: int) -> frozenset[str]:
        """Name keys of the family names the registry gives the person (of their names,
        and a peer's ``surname``): "Lord Marlesford" -> {"schreiber"}."""
        found = self._persons[person]
        named = {name_key(n.family) for n in found.names if n.family}
        return frozenset({name_key(s) for s in found.surnames} | named)

    def death_day(self, person: int) -> int | None:
        """Ordinal of the person's date of death, when the registry records it."""
        return self._deaths.get(person)

    def seated_persons(self) -> Iterable[tuple[int, dict[str, tuple[Seat, ...]]]]:
        """(person position, seats by chamber) for every person with a seat."""
        return self._seats.items()

    def coverage_start(self, chamber: str) -> int | None:
        """Ordinal of the first day any seat in ``chamber`` is recorded from (None when the
        registry has no dated seat there): before it the registry knows nobody."""
        return self._coverage.get(chamber)

    def surname_persons(self, surname: str) -> tuple[int, ...]:
        """Persons whose commoner's name ends with the surname key ``surname`` (one or two
        words: "hughes", "duncan smith"); peers' titles are not surnames."""
        index: dict[str, tuple[int, ...]] | None = self._memo.get(("surnames",))
        if index is None:
            found: dict[str, dict[int, None]] = {}
            for key, refs in self._names.items():
                tokens = key.split()
                if len(tokens) < 2 or tokens[0] in PEERAGE_TITLES:
                    continue
                for size in (1, 2):
                    if len(tokens) > size:
                        tail = " ".join(tokens[-size:])
                        for ref in refs:
                            found.setdefault(tail, {})[ref.person] = None
            index = {tail: tuple(people) for tail, people in found.items()}
            self.remember(("surnames",), index)
        return index.get(surname, ())

    def offices_on(self, day: int) -> tuple[OfficeRef, ...]:
        """Offices held on ordinal day ``day`` (start and end inclusive)."""
        key = ("offices", day)
        found: tuple[OfficeRef, ...] | None = self._memo.get(key)
        if found is None:
            found = tuple(o for o in self._offices if o.first <= day <= o.last)
            self.remember(key, found)
        return found

    def recall(self, key: Any) -> Any:
        """A memoised look-up result, or None."""
        return self._memo.get(key)

    def forget(self) -> None:
        """Empty the memo (answers stay the same; benchmarks use it to time look-ups)."""
        self._memo.clear()

    def remember(self, key: Any, value: Any) -> None:
        """Memoise a pure look-up result (the memo is emptied when it grows large)."""
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = value

    # --- identity -----------------------------------------------------------------------
    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._persons, self._memberships, self._source))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Registry):
            return NotImplemented
        return (self._persons, self._memberships) == (other._persons, other._memberships)

    def __hash__(self) -> int:
        return hash((len(self._persons), len(self._memberships)))  # consistent with __eq__

    def __repr__(self) -> str:
        where = f", source={self._source!r}" if self._source else ""
        return (
            f"Registry({len(self._persons)} persons, {len(self._memberships)} memberships{where})"
        )

    def __setattr__(self, name: str, value: Any) -> None:
        if hasattr(self, "_memo"):
            raise AttributeError("Registry is immutable")
        object.__setattr__(self, name, value)


def _family_of(person: Person) -> str | None:
    """The family name of the person's main names first, else of an alternate name."""
    ranked = sorted(person.names, key=lambda n: not n.main)
    return next((n.family for n in ranked if n.family), None)


def _display_name(person: Person, family: str | None) -> tuple[str | None, str | None]:
    """(name, family name within it) of a person's display name: the family only when the
    name ends with it and is not a peer's title."""
    name = person.name
    if not name or not family or not name.endswith(family):
        return name, None
    peer = person_key(name).split(" ", 1)[0] in PEERAGE_TITLES  # a title, no family
    return name, None if peer else family


def _dated_names(person: Person) -> tuple[tuple[int, int, str, str | None], ...]:
    """(first, last, text, family) of the person's main names with a start or an end."""
    return tuple(
        (day_of(n.start, FIRST_DAY), day_of(n.end, LAST_DAY), n.text, n.family)
        for n in person.names
        if n.main and (n.start is not None or n.end is not None)
    )


def _seat_order(seat: Seat) -> tuple[int, int]:
    """Seats sort by their days only (a party may be None; ties keep load order)."""
    return seat.first, seat.last


def _grouped(refs: tuple[NameRef, ...]) -> tuple[NameGroup, ...]:
    by_person: dict[int, list[NameRef]] = {}
    for ref in refs:
        by_person.setdefault(ref.person, []).append(ref)
    return tuple(
        NameGroup(
            person,
            tuple(own),
            all(r.first == FIRST_DAY and r.last == LAST_DAY for r in own),
            any(r.main for r in own),
            any(r.main and r.first == FIRST_DAY and r.last == LAST_DAY for r in own),
            tuple((r.first, r.last) for r in own if r.main and r.last != LAST_DAY),
        )
        for person, own in by_person.items()
    )


def _rebuild(
    persons: tuple[Person, ...], memberships: tuple[Membership, ...], source: str | None
) -> Registry:
    return Registry(persons, memberships, source=source)
