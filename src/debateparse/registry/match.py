"""Candidate search: a printed name or office -> registry persons ranked by house and date.

The rules (``ResolutionRules`` holds every threshold):

1. **Name.** Each key of ``names.name_variants`` is looked up in turn; the first that finds
   anybody gives the candidates. A match on a main or display name is ``exact``, on an
   alternate name ``alias`` (and every match of the second, shortened variant is an alias).
2. **House.** A candidate must have a seat or observation in the debate's chamber
   (``rules.ResolutionRules.chambers`` maps Westminster Hall and the committees to theirs). One
   with seats only in other chambers is excluded; one with no seat recorded at all is kept,
   ranked as if ``max_gap_days`` away. With no house known, every chamber counts.
3. **Date.** The *gap* is the larger of two: the number of days from the debate's date to
   the nearest seat in that chamber (0 inside one; an open seat read from a snapshot ends
   at the snapshot's date), and the days from the date to the period the matched name was
   used (0 inside it or when undated). Candidates more than ``max_gap_days`` away are excluded. The
   smallest gap wins. A title that passes from person to person (``names.title_kind``)
   needs a seat evidenced within ``title_margin_days`` of the date (``_holds_title_near``);
   a recorded death excludes a person on every later day.
4. **Ties** (equal smallest gaps) are broken by the printed party, then the printed
   constituency, each used only when it keeps at least one candidate. A tie left after
   that is ambiguous: nobody is chosen.
5. **Fuzzy.** Only when no person at all is known by the name: rapidfuzz's ``fuzz.ratio``
   (0-100) between the person key and the keys of every person sitting in the chamber
   within ``max_gap_days`` of the date. A match needs ``fuzzy_threshold``; one person
   above it is chosen (``fuzzy``), several are ambiguous.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from debateparse.honorifics import KEY_BARONIAL_TITLES
from debateparse.registry.core import NameGroup, Registry, Seat
from debateparse.registry.model import LAST_DAY
from debateparse.registry.names import name_key, name_variants, title_kind
from debateparse.registry.offices import office_forms, office_key, office_matches
from debateparse.registry.rules import (
    DEFAULT_RULES,
    WESTMINSTER,
    ResolutionRules,
    same_party,
)
from debateparse.registry.seat_chain import nearest_in_chain

__all__ = [
    "DEFAULT_RULES",
    "Candidate",
    "Finding",
    "ResolutionRules",
    "choose",
    "find_by_name",
    "find_by_office",
    "find_by_surname",
    "find_former_member",
    "last_evidence",
    "placed_day",
    "same_party",
    "search_by_name",
]


class Candidate(NamedTuple):
    """A person considered for a speaker."""

    gap: int
    """Days from the date (see the module docstring); the rank."""
    person: int
    """Position in ``Registry.persons``."""
    method: str
    """exact, alias, office or fuzzy."""
    seat: Seat | None
    """The person's seat nearest the date in the chamber, if any."""
    similarity: float = 100.0
    """``fuzz.ratio`` for a fuzzy match, else 100."""
    name_gap: int = 0
    """Days from the date to the period the matched name was used (0 inside or undated)."""
    name_closed: bool = False
    """The matched name has an end date (a dated alias such as "The Prime Minister" for
    Tony Blair, 1997-2007, rather than an open one)."""


class Finding(NamedTuple):
    """The outcome of one search."""

    chosen: Candidate | None
    """The person chosen, or None (nobody found, or a tie)."""
    ranked: tuple[Candidate, ...]
    """Eligible candidates, best first (the chosen one first when there is one)."""
    excluded: tuple[int, ...]
    """Persons found by the name but not eligible (other chamber, or too far in time)."""
    tie_broken: bool = False
    """The printed party or constituency decided between equally near candidates."""


_new_tuple = tuple.__new__
"""Makes a named tuple from every field's value in order: a named tuple's own ``__new__``
is a Python call that costs twice as much (for the tuples made once per candidate)."""


def _span_gap(first: int, last: int, day: int) -> int:
    return first - day if day < first else (day - last if day > last else 0)


def _nearest_seat(seats: Iterable[Seat], day: int | None) -> tuple[int, Seat | None]:
    """(gap, seat) of the seat nearest the day: the smallest gap, then one with a party,
    then a seat record over an observation. ``seats`` are sorted by their first day."""
    best: tuple[int, bool, bool] | None = None
    chosen = None
    for seat in seats:
        if day is None:
            gap = 0
        elif day < seat.first:
            if best is not None and seat.first - day > best[0]:
                break  # this seat and every later one start further off
            gap = seat.first - day
        else:
            gap = day - seat.last if day > seat.last else 0
        if best is not None and gap > best[0]:
            continue
        rank = (gap, seat.party is None, seat.observed)
        if best is None or rank < best:
            best, chosen = rank, seat
            if rank == (0, False, False):
                break  # a seat with a party covering the day: none ranks higher
    return (LAST_DAY, None) if best is None else (best[0], chosen)


def _holds_title_near(
    registry: Registry, person: int, seat: Seat, day: int, rules: ResolutionRules, title: str
) -> bool:
    """May a seat's holder be the one a passing title (the person key ``title``: a see, a
    bare peerage title, a hereditary rank) names on ``day``? Only with evidence near the
    day, ``title_margin_days`` either side, never from before the seat's start: a closed
    seat up to its end; a seat the registry says still runs, always; an open seat read from
    a snapshot up to the snapshot's date, and after it

    * for a life peer's title that is not the holder's surname ("Lord Marlesford", a
      Schreiber: the Crown creates no second Lord Marlesford), still: the title is his;
    * for a see, for ``see_tenure_days`` after the snapshot, and never past the holder's
      70th birthday (bishops retire at 70);
    * otherwise (a surname title, "Lord Parkinson", given again to the next Parkinson; a
      hereditary rank, which passes to the heir) only while an office the person held is
      near the day."""
    margin = rules.title_margin_days
    if day < seat.first - margin:
        return False
    if day <= seat.last + margin:
        return True
    if not seat.open:
        return False  # the seat ended: the title passed on
    kind = title_kind(title)
    if kind == "peerage" and _personal_title(registry, person, title):
        return True
    if kind == "see":
        limit = seat.last + rules.see_tenure_days
        birth = registry.birth_date(person)
        if birth is not None:
            limit = min(limit, _seventieth_birthday(birth))
        if day <= limit:
            return True
    return any(first - margin <= day <= last + margin for first, last in registry.activity(person))


def _personal_title(registry: Registry, person: int, title: str) -> bool:
    """Is a bare peerage title ("lord marlesford") not the holder's surname? Only when the
    registry gives the holder a surname and none is the title's name."""
    surnames = registry.surname_keys(person)
    return bool(surnames) and title.split(" ", 1)[1] not in surnames


def _seventieth_birthday(birth: dt.date) -> int:
    try:
        return birth.replace(year=birth.year + 70).toordinal()
    except ValueError:  # born on 29 February
        return dt.date(birth.year + 70, 3, 1).toordinal()


def last_evidence(registry: Registry, person: int, chamber: str | None) -> int | None:
    """The last day the registry evidences a person sitting in the chamber (any chamber
    when None): the latest seat end (an open seat from a snapshot: the snapshot's date) or,
    while a seat has no known end, the latest office end. None without a seat there."""
    seats = registry.seats(person)
    held = (
        [s for group in seats.values() for s in group]
        if chamber is None
        else seats.get(chamber, ())
    )
    if not held:
        return None
    last = max(s.last for s in held)
    if any(s.open for s in held):
        last = max([last, *(end for _, end in registry.activity(person))])
    return last


def _seat_gap(
    registry: Registry,
    person: int,
    chamber: str | None,
    day: int | None,
    rules: ResolutionRules,
    title: str | None = None,
) -> tuple[int, Seat | None] | None:
    """(gap, nearest seat) in the chamber; None when the person sits only elsewhere (or,
    for a passing title, holds no seat near the day)."""
    death = registry.death_day(person)
    if death is not None and day is not None and day > death:
        return None  # nobody speaks after his death
    if title is None and day is not None and chamber is not None:
        chain = registry.seat_chain(person, chamber)
        if chain is not None:  # the common case: no two seats overlap
            return nearest_in_chain(chain, day)
    seats = registry.seats(person)
    if not seats:
        return None if title is not None and day is not None else (rules.max_gap_days, None)
    if chamber is None:
        held: Iterable[Seat] = sorted(
            (s for group in seats.values() for s in group), key=lambda s: (s.first, s.last)
        )
    elif chamber not in seats:
        return None
    else:
        held = seats[chamber]
    if title is not None and day is not None:
        held = [s for s in held if _holds_title_near(registry, person, s, day, rules, title)]
        if not held:
            return None
    return _nearest_seat(held, day)


def _name_fit(group: NameGroup, day: int | None) -> tuple[int, bool, bool]:
    """(gap, not a main name, open-ended) of the best of a person's entries under a name key
    on ``day``: the smallest of the entries' triples, so a closed name covering the day
    wins over an open one. Names grouped at load (``NameGroup.timeless``) skip the scan."""
    if group.undated:  # the common case: no name dates, so the gap is 0
        return 0, not group.main, True
    if group.timeless:  # a main name of every day: gap 0, closed only inside a closed one
        for first, last in group.closed:
            if day is None or first <= day <= last:
                return 0, False, False
        return 0, False, True
    return min(
        (0 if day is None else _span_gap(r.first, r.last, day), not r.main, r.last == LAST_DAY)
        for r in group.refs
    )


def _candidate(
    registry: Registry,
    group: NameGroup,
    shortened: bool,
    chamber: str | None,
    day: int | None,
    rules: ResolutionRules,
    title: str | None = None,
) -> Candidate | None:
    person, seat = group.person, None
    if title is None and day is not None and (chain := registry.seat_chain(person, chamber)):
        if chain.death is not None and day > chain.death:
            return None  # nobody speaks after his death
        seat_gap, seat = nearest_in_chain(chain, day)  # ``_seat_gap``'s common case
    else:
        placed = _seat_gap(registry, person, chamber, day, rules, title)
        if placed is None:
            return None
        seat_gap, seat = placed
    if group.undated:  # the common case: ``_name_fit`` gives (0, not group.main, True)
        method = "alias" if shortened or not group.main else "exact"
        return _new_tuple(Candidate, (seat_gap, person, method, seat, 100.0, 0, False))
    name_gap, not_main, open_end = _name_fit(group, day)
    method = "alias" if shortened or not_main else "exact"
    gap = seat_gap if seat_gap > name_gap else name_gap
    return Candidate(gap, group.person, method, seat, 100.0, name_gap, not open_end)


def _break_ties(
    top: list[Candidate], party: str | None, constituency: str | None
) -> list[Candidate]:
    if party is not None:
        kept = [c for c in top if c.seat is not None and same_party(party, c.seat.party)]
        top = kept or top
    if constituency is not None and len(top) > 1:
        wanted = name_key(constituency)
        kept = [
            c
            for c in top
            if c.seat and c.seat.constituency and name_key(c.seat.constituency) == wanted
        ]
        top = kept or top
    return top


def choose(
    candidates: list[Candidate],
    excluded: tuple[int, ...],
    party: str | None = None,
    constituency: str | None = None,
) -> Finding:
    """Rank eligible candidates by gap and pick the nearest, breaking ties as documented."""
    if len(candidates) < 2:  # nobody, or one: nothing to rank
        return (
            Finding(candidates[0], (candidates[0],), excluded)
            if candidates
            else Finding(None, (), excluded)
        )
    ranked = sorted(candidates)
    top = [c for c in ranked if c.gap == ranked[0].gap]
    if len(top) == 1:
        return Finding(top[0], tuple(ranked), excluded)
    kept = _break_ties(top, party, constituency)
    if len(kept) == 1:
        rest = tuple(c for c in ranked if c is not kept[0])
        return Finding(kept[0], (kept[0], *rest), excluded, tie_broken=True)
    return Finding(None, tuple(ranked), excluded)


def _by_name(
    registry: Registry, name: str, chamber: str | None, day: int | None, rules: ResolutionRules
) -> tuple[list[Candidate], tuple[int, ...], bool]:
    """Eligible candidates, excluded persons, and whether anybody had the name."""
    for position, key in enumerate(name_variants(name)):
        groups = registry.name_groups(key)
        if not groups:
            continue
        found, excluded = [], []
        title = key if title_kind(key) is not None else None
        shortened, limit = position > 0, rules.max_gap_days
        for group in groups:
            candidate = _candidate(registry, group, shortened, chamber, day, rules, title)
            if candidate is None or candidate.gap > limit:
                excluded.append(group.person)
            else:
                found.append(candidate)
        return found, tuple(excluded), True
    return [], (), False


def _fuzzy_pool(
    registry: Registry, chamber: str | None, day: int | None, rules: ResolutionRules
) -> tuple[list[str], list[int]]:
    """Name keys (and their persons) of everybody sitting in the chamber near the date."""
    memo_key = ("fuzzy-pool", chamber, day, rules.max_gap_days)
    pool = registry.recall(memo_key)
    if pool is None:
        near: set[int] = set()
        for person, seats in registry.seated_persons():
            groups = seats.values() if chamber is None else (seats.get(chamber, ()),)
            if any(
                day is None or _span_gap(s.first, s.last, day) <= rules.max_gap_days
                for group in groups
                for s in group
            ):
                near.add(person)
        keys, persons = [], []
        for key in registry.name_keys():
            for person in dict.fromkeys(r.person for r in registry.name_refs(key)):
                if person in near:
                    keys.append(key)
                    persons.append(person)
        pool = (keys, persons)
        registry.remember(memo_key, pool)
    return pool  # type: ignore[no-any-return]


def _by_fuzzy(
    registry: Registry, name: str, chamber: str | None, day: int | None, rules: ResolutionRules
) -> list[Candidate]:
    from rapidfuzz import fuzz, process  # only a fuzzy look-up needs it: imported then

    keys, persons = _fuzzy_pool(registry, chamber, day, rules)
    query = name_variants(name)[0]
    best: dict[int, float] = {}
    for _, score, index in process.extract(
        query, keys, scorer=fuzz.ratio, score_cutoff=rules.fuzzy_threshold, limit=None
    ):
        person = persons[index]
        best[person] = max(score, best.get(person, 0.0))
    found = []
    for person, score in best.items():
        placed = _seat_gap(registry, person, chamber, day, rules)
        if placed is not None:
            found.append(Candidate(placed[0], person, "fuzzy", placed[1], score))
    return found


def placed_day(
    registry: Registry, chamber: str | None, day: int | None, rules: ResolutionRules
) -> int | None:
    """The day members are placed by: ``day``, or the first day of the registry's seats in
    the chamber when ``day`` is before it by at most ``max_gap_days`` (the registry knows
    nothing earlier, so a member is measured from his first recorded seat; ``resolve``
    gives a registry-coverage note). Further back, the day itself, so nobody is near."""
    if day is None or chamber is None:
        return day
    start = registry.coverage_start(chamber)
    if start is not None and day < start <= day + rules.max_gap_days:
        return start
    return day


def find_by_name(
    registry: Registry,
    name: str,
    *,
    chamber: str | None,
    day: int | None,
    party: str | None = None,
    constituency: str | None = None,
    rules: ResolutionRules = DEFAULT_RULES,
    memo: bool = True,
) -> Finding:
    """Find the person a printed name refers to in a chamber on a day (ordinal). With
    ``memo=False`` the answer is computed and not remembered (for a caller that remembers
    what it makes of it)."""
    if day is not None and chamber is not None:
        day = placed_day(registry, chamber, day, rules)
    if not memo:
        return search_by_name(registry, name, chamber, day, party, constituency, rules)
    memo_key = ("name", name, chamber, day, party, constituency, rules)
    found = registry.recall(memo_key)
    if found is None:
        found = search_by_name(registry, name, chamber, day, party, constituency, rules)
        registry.remember(memo_key, found)
    return found  # type: ignore[no-any-return]


def search_by_name(
    registry: Registry,
    name: str,
    chamber: str | None,
    day: int | None,
    party: str | None,
    constituency: str | None,
    rules: ResolutionRules,
) -> Finding:
    """``find_by_name`` on a day already placed (``placed_day``), computed and not
    remembered: for a caller that places the day once and remembers what it makes of it."""
    candidates, excluded, known = _by_name(registry, name, chamber, day, rules)
    if len(candidates) == 1:  # the common case: ``choose`` has nothing to rank
        return _new_tuple(Finding, (candidates[0], (candidates[0],), excluded, False))
    if known:
        return choose(candidates, excluded, party, constituency)
    fuzzy = _by_fuzzy(registry, name, chamber, day, rules)
    if len(fuzzy) == 1:
        return Finding(fuzzy[0], tuple(fuzzy), ())
    return Finding(None, tuple(sorted(fuzzy, key=lambda c: -c.similarity)), ())


def _office_counts_in(house: str | None, chamber: str | None) -> bool:
    if house is None or chamber is None or house == chamber:
        return True
    return house in WESTMINSTER and chamber in WESTMINSTER


def find_by_office(
    registry: Registry,
    printed: str,
    *,
    chamber: str | None,
    day: int | None,
    rules: ResolutionRules = DEFAULT_RULES,
) -> Finding:
    """Find who held the printed office on the day (offices in the registry)."""
    if day is None:
        return Finding(None, (), ())
    memo_key = ("office", printed, chamber, day, rules)
    found = registry.recall(memo_key)
    if found is None:
        key = office_key(printed)
        holders = dict.fromkeys(
            o.person
            for o in registry.offices_on(day)
            if _office_counts_in(o.house, chamber) and office_matches(key, office_forms(o.role))
        )
        candidates, excluded = [], []
        for person in holders:
            placed = _seat_gap(registry, person, chamber, day, rules)
            if placed is None or placed[0] > rules.max_gap_days:
                excluded.append(person)
            else:
                candidates.append(Candidate(placed[0], person, "office", placed[1]))
        # Holding the office on the day is the evidence; the seat only rules people out.
        found = (
            Finding(candidates[0], tuple(candidates), tuple(excluded))
            if len(candidates) == 1
            else Finding(None, tuple(sorted(candidates)), tuple(excluded))
        )
        registry.remember(memo_key, found)
    return found  # type: ignore[no-any-return]


def _sitting_near(
    registry: Registry, person: int, chamber: str, day: int, rules: ResolutionRules
) -> list[Seat]:
    return [
        s
        for s in registry.seats(person).get(chamber, ())
        if _span_gap(s.first, s.last, day) <= rules.sitting_margin_days
    ]


def find_by_surname(
    registry: Registry,
    surname: str,
    *,
    chamber: str | None,
    day: int | None,
    party: str | None = None,
    constituency: str | None = None,
    rules: ResolutionRules = DEFAULT_RULES,
) -> Finding:
    """The one member of the chamber sitting on the day (within ``sitting_margin_days``)
    whose name ends with the surname key; several are told apart only by the printed (or
    referred-to) party and constituency. Without a chamber or a date, or for a date before
    the registry's seats in the chamber, nobody is chosen: who sat is not known."""
    people = registry.surname_persons(surname)
    start = registry.coverage_start(chamber) if chamber is not None else None
    if day is None or chamber is None or start is None or day < start:
        return Finding(None, (), people)
    memo_key = ("surname", surname, chamber, day, party, constituency, rules)
    found = registry.recall(memo_key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    near: dict[int, list[Seat]] = {}
    candidates, excluded = [], []
    for person in people:
        seats = _sitting_near(registry, person, chamber, day, rules)
        if seats:
            near[person] = seats
            gap, seat = _nearest_seat(seats, day)
            candidates.append(Candidate(gap, person, "alias", seat))
        else:
            excluded.append(person)
    kept = sorted(candidates)
    broken = False
    if len(kept) > 1 and party is not None:
        by_party = [c for c in kept if any(same_party(party, s.party) for s in near[c.person])]
        broken, kept = bool(by_party), by_party or kept
    if len(kept) > 1 and constituency is not None:
        wanted = name_key(constituency)
        by_seat = [
            c
            for c in kept
            if any(s.constituency and name_key(s.constituency) == wanted for s in near[c.person])
        ]
        broken, kept = bool(by_seat) or broken, by_seat or kept
    if len(kept) == 1:
        rest = tuple(c for c in sorted(candidates) if c is not kept[0])
        found = Finding(kept[0], (kept[0], *rest), tuple(excluded), tie_broken=broken)
    else:
        found = Finding(None, tuple(sorted(candidates)), tuple(excluded))
    registry.remember(memo_key, found)
    return found


_DESIGNATED = KEY_BARONIAL_TITLES  # titles a new life peer takes (honorifics)


def find_former_member(
    registry: Registry,
    name: str,
    *,
    day: int | None,
    party: str | None = None,
    rules: ResolutionRules = DEFAULT_RULES,
) -> Finding:
    """A new peer the registry knows only from the Commons. "Baroness Stuart of Edgbaston"
    is the one former member of the House of Commons named Stuart whose constituency names
    the designation ("Birmingham, Edgbaston"); a bare "Lord Harper (Con)" is the one former
    member named Harper, of the printed party. Either way with a seat before the date; a
    bare title without a printed party, or a title fitting several, finds nobody."""
    tokens = name_variants(name)[0].split()
    if len(tokens) < 2 or tokens[0] not in _DESIGNATED:
        return Finding(None, (), ())
    cut = tokens.index("of", 2) if "of" in tokens[2:] else len(tokens)
    surname = " ".join(tokens[1:cut])
    place = " " + " ".join(tokens[cut + 1 :]) + " " if cut < len(tokens) - 1 else None
    if not surname or (place is None and party is None):
        return Finding(None, (), ())

    def fits(seat: Seat) -> bool:
        if day is not None and seat.first > day:
            return False
        if place is not None:
            return bool(seat.constituency) and place in f" {name_key(seat.constituency or '')} "
        return same_party(party, seat.party)

    found = [
        Candidate(rules.max_gap_days, person, "alias", None)
        for person in registry.surname_persons(surname)
        if any(fits(s) for s in registry.seats(person).get("House of Commons", ()))
    ]
    return Finding(found[0], tuple(found), ()) if len(found) == 1 else Finding(None, (), ())
