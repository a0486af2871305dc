"""A registry for ParlParse XML: the file's ``person_id`` is kept, never replaced, and
what the registry knows of that person is filled in: the name they went by on the day,
and the party and constituency of the seat they held then. Where the registry does not
know the id, has no seat for the person in this house on the day, or knows them by
other names than the one printed, a diagnostic says so (and nothing else changes).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from debateparse.models import Debate, Diagnostic, Resolution, SpeakerRecord, Speakers
from debateparse.registry import Registry
from debateparse.registry.core import Seat
from debateparse.registry.model import Person
from debateparse.registry.names import person_key
from debateparse.registry.rules import DEFAULT_RULES, ResolutionRules
from debateparse.vocabulary import is_role_only

__all__ = ["REGISTRY_CODES", "apply_registry"]

REGISTRY_CODES = frozenset({"unknown-person-id", "member-not-seated", "member-name-differs"})
"""The diagnostics ``apply_registry`` writes (and replaces when applied again)."""
_SOURCE_SCHEME = "theyworkforyou"
_BY_SOURCE_ID = ("parlparse-source-ids",)
"""The registry memo key of its ``theyworkforyou`` ids -> person positions."""


class _Checked(NamedTuple):
    record: SpeakerRecord
    note: tuple[str, str] | None


def apply_registry(
    debate: Debate, registry: Registry, *, rules: ResolutionRules = DEFAULT_RULES
) -> Debate:
    """``debate`` (a ParlParse section) with each source-given member checked against
    ``registry`` and completed from it; its ids are never changed.

    A speaker whose ``person_id`` the registry knows (as its own id, or as the person's
    ``theyworkforyou`` id) gets the registry's ids and its name for the person on the
    debate's date in ``Resolution.ids``, ``name`` and ``family_name``, and the party and
    constituency of the seat held in the debate's chamber that day (``filled`` says
    which). Diagnostics: ``unknown-person-id`` (the registry does not know the id),
    ``member-not-seated`` (no seat in this chamber on the day), ``member-name-differs``
    (the printed name is none of the person's names). Applying it again changes nothing.
    """
    chamber = rules.chamber(debate.house)
    day = None if debate.date is None else debate.date.toordinal()
    records = dict(debate.speakers.records)
    notes: list[Diagnostic] = []
    for sid, record in records.items():
        resolution = record.resolution
        if record.member_id is None or resolution is None or resolution.method != "source":
            continue
        checked = _check(_unfilled(record), registry, chamber, day, debate.date)
        records[sid] = checked.record
        if checked.note is not None:
            code, message = checked.note
            line = debate.turns.records[record.turns[0]].span[0] if record.turns else None
            notes.append(Diagnostic(code=code, message=message, line=line, severity="warning"))
    kept = [d for d in debate.diagnostics if d.code not in REGISTRY_CODES]
    diagnostics = tuple(sorted(kept + notes, key=lambda d: (d.line is None, d.line or 0)))
    speakers = Speakers(records.values(), debate.turns)
    return debate.model_copy(update={"speakers": speakers, "diagnostics": diagnostics})


def _unfilled(record: SpeakerRecord) -> SpeakerRecord:
    """The record as the reader made it: fields an earlier application filled cleared."""
    filled = record.resolution.filled if record.resolution is not None else ()
    return record._replace(
        party=None if "party" in filled else record.party,
        constituency=None if "constituency" in filled else record.constituency,
    )


def _check(
    record: SpeakerRecord,
    registry: Registry,
    chamber: str | None,
    day: int | None,
    date: dt.date | None,
) -> _Checked:
    person_id = record.member_id
    assert person_id is not None and record.resolution is not None
    index = _position(registry, person_id)
    if index is None:
        message = (
            f"{record.name or 'the speaker'}: person id {person_id!r} is not in the registry; "
            "kept as the file gives it"
        )
        return _Checked(record, ("unknown-person-id", message))
    person = registry.person_at(index)
    key = person_key(record.name) if record.name and day is None else None
    name, family = registry.name_on(index, day, key)  # as the name resolver records it
    seat = _seat_on(registry.seats(index).get(chamber or "", ()), day)
    changes = _from_seat(record, seat)
    resolution = Resolution(
        member_id=person_id,
        ids={**person.ids_by_scheme(), _SOURCE_SCHEME: person_id},
        method="source",
        score=1.0,
        filled=tuple(changes),
        name=name,
        family_name=family,
    )
    checked = record._replace(**changes, resolution=resolution)  # type: ignore[arg-type]
    note = None
    if seat is None and day is not None and chamber is not None:
        note = (
            "member-not-seated",
            f"{record.name}: the registry has {person.name or person_id} ({person_id}) but "
            f"no {chamber} seat for them on {date}{_known(registry.seats(index), chamber)}; "
            "the id is kept as the file gives it",
        )
    elif not _is_known_as(person, record.name):
        note = (
            "member-name-differs",
            f"printed {record.name!r}, but the registry knows {person_id} as "
            f"{person.name or 'another name'!r}; the id is kept as the file gives it",
        )
    return _Checked(checked, note)


def _from_seat(record: SpeakerRecord, seat: Seat | None) -> dict[str, str]:
    """The party and constituency of ``seat`` that the record does not have yet."""
    if seat is None:
        return {}
    found = {"party": seat.party, "constituency": seat.constituency}
    return {
        field: value
        for field, value in found.items()
        if value is not None and getattr(record, field) is None
    }


def _known(seats: dict[str, tuple[Seat, ...]], chamber: str) -> str:
    """What the registry does record of the person, for a ``member-not-seated`` note."""
    here = seats.get(chamber, ())
    if here:
        days = sorted({s.first for s in here})
        shown = ", ".join(str(dt.date.fromordinal(d)) for d in days[:3])
        kind = "only as observed" if all(s.observed for s in here) else "with seats from"
        return f" (it records them there {kind} {shown}{' …' if len(days) > 3 else ''})"
    elsewhere = sorted(seats)
    return f" (it seats them in {', '.join(elsewhere)})" if elsewhere else ""


def _position(registry: Registry, person_id: str) -> int | None:
    """The person with ``person_id`` as the registry's own id, else as their
    ``theyworkforyou`` id (a ParlaMint or CSV registry with its own ids)."""
    index = registry.index_of(person_id)
    if index is not None:
        return index
    by_source: dict[str, int] | None = registry.recall(_BY_SOURCE_ID)
    if by_source is None:
        by_source = {
            value: position
            for position, person in enumerate(registry.persons)
            for scheme, value in person.ids
            if scheme == _SOURCE_SCHEME
        }
        registry.remember(_BY_SOURCE_ID, by_source)
    return by_source.get(person_id)


def _seat_on(seats: tuple[Seat, ...], day: int | None) -> Seat | None:
    """The seat held on ``day`` (a seat record before an observation); else the latest
    open seat begun before it (one with no end date, known only until the registry's
    snapshot: still running as far as the registry says); else None."""
    if day is None:
        return None
    held = [s for s in seats if s.first <= day <= s.last]
    if held:
        return min(held, key=lambda s: s.observed)
    running = [s for s in seats if s.open and not s.observed and s.first <= day]
    return max(running, key=lambda s: s.first) if running else None


def _is_known_as(person: Person, printed: str) -> bool:
    """Is ``printed`` one of the person's names (or an office, which names nobody)?"""
    if not printed or is_role_only(printed):
        return True
    key = person_key(printed)
    return any(person_key(name.text) == key for name in person.names) or (
        person.name is not None and person_key(person.name) == key
    )
