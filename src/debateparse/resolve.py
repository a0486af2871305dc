"""Resolve stage: Debate + Registry -> Debate whose speakers carry a member and evidence.

Order, per debate (``docs/registry.md`` has the full rules):

1. Named speakers (``kind == "member"``) by name, house and date (``registry.match``).
2. Role-only speakers (``kind == "role"``): first the debate's own history (a named
   speaker who printed that office earlier, e.g. "The Minister of State, Ministry of
   Defence (Leo Docherty)" before a bare "The Minister of State"), then who held the office
   on the date in the registry, then the name itself ("The Earl of Arran", or an office
   alias the registry dates, "The Prime Minister" 1997-2007).
3. Collective speakers ("Hon. Members") are never resolved.

Nothing is mutated: the result is a copy with new ``Speakers`` and diagnostics. Running it
again on its own result gives the same result (fields the registry filled are cleared
first, and this stage's earlier diagnostics dropped).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from debateparse.models import Debate, Diagnostic, Resolution, SpeakerRecord, Speakers
from debateparse.models.rows import maker
from debateparse.registry.core import Registry, Seat
from debateparse.registry.match import (
    DEFAULT_RULES,
    Candidate,
    Finding,
    ResolutionRules,
    find_by_name,
    find_by_office,
    find_by_surname,
    find_former_member,
    last_evidence,
    placed_day,
    same_party,
    search_by_name,
)
from debateparse.registry.model import LAST_DAY
from debateparse.registry.names import PEERAGE_TITLES, name_form, person_key, title_kind
from debateparse.role_history import RoleHistory
from debateparse.surname_links import SurnameLinks
from debateparse.vocabulary import CHAIR_OFFICE_PATTERN, canonical_party

__all__ = ["RESOLVER_CODES", "ResolutionRules", "resolve_members"]

RESOLVER_CODES = frozenset(
    {"unresolved-member", "ambiguous-member", "member-party-clash", "registry-coverage"}
)
"""Diagnostic codes this stage gives (and replaces when run again)."""

_new_tuple = tuple.__new__
"""Makes a named tuple from every field's value in order: a named tuple's own ``__new__``
is a Python call that costs twice as much, for the few tuples made once per speaker."""

Note = tuple[str, str]
"""(code, message) of a diagnostic, before its line is known."""


class _Outcome(NamedTuple):
    """What was found for one speaker."""

    method: str | None
    """The resolution method, or None when nobody was chosen."""
    finding: Finding | None = None
    score: float = 0.0
    carried: Resolution | None = None
    """For history: the named speaker's resolution whose member is carried over."""
    seat: Seat | None = None
    """The chosen person's seat on the debate's date, if the registry has one."""
    note: Note | None = None


class _Settled(NamedTuple):
    """An outcome turned into the speaker's new fields and diagnostics."""

    resolution: Resolution | None
    """The evidence record, or None when nobody was chosen (``member_id`` follows it)."""
    party: str | None
    """The speaker's party: as printed, or filled from the registry's seat."""
    constituency: str | None
    """The speaker's constituency: as printed, or filled from the registry's seat."""
    notes: tuple[Note, ...]
    seat: Seat | None


@dataclass
class _Context:
    """Per-call memory: the debate, registry, rules and derived look-ups."""

    debate: Debate
    registry: Registry
    rules: ResolutionRules
    chamber: str | None
    day: int | None
    placed: int | None = None
    """The day members are placed by (``match.placed_day``), worked out once."""
    history: RoleHistory | None = None
    links: SurnameLinks | None = None
    scores: Mapping[str, float] = field(default_factory=dict)
    """``rules.method_scores`` as a dict."""
    rules_key: ResolutionRules | None = None
    """The rules as part of memo keys: None for rules equal to the defaults (hashing None
    costs nothing; hashing a rules object is a Python call)."""
    found_scores: dict[tuple[str, int, bool], float] = field(default_factory=dict)
    """Scores of non-fuzzy outcomes by (method, gap, tie broken), worked out once a debate
    (most speakers of a sitting share one)."""

    def role_history(self) -> RoleHistory:
        if self.history is None:
            self.history = RoleHistory(self.debate)
        return self.history

    def surname_links(self) -> SurnameLinks:
        if self.links is None:
            self.links = SurnameLinks(self.debate)
        return self.links

    def when(self) -> str:
        return self.debate.date.isoformat() if self.debate.date else "an unknown date"


def _describe(registry: Registry, person: int, *, houses: bool = False) -> str:
    found = registry.person_at(person)
    text = f"{found.id} ({found.name or 'no name'}"
    if houses:
        text += "; " + (", ".join(sorted(registry.seats(person))) or "no seat recorded")
    return text + ")"


def _found(finding: Finding, context: _Context) -> _Outcome:
    chosen = finding.chosen
    assert chosen is not None
    method, gap, seat, day = chosen.method, chosen.gap, chosen.seat, context.day
    key = (method, gap, finding.tie_broken)
    score = None if method == "fuzzy" else context.found_scores.get(key)
    if score is None:
        score = _score(context, method, gap, finding.tie_broken, chosen.similarity)
        if method != "fuzzy":
            context.found_scores[key] = score
    if seat is not None and (day is None or not seat.first <= day <= seat.last):
        seat = None  # not the seat held on the debate's date
    return _new_tuple(_Outcome, (method, finding, score, None, seat, None))


def _score(
    context: _Context, method: str, gap: int, tie_broken: bool, similarity: float = 100.0
) -> float:
    """The score of a chosen candidate: the method's, scaled by the date, the similarity
    of a fuzzy match and a broken tie."""
    score = context.scores[method]
    if gap:  # date_factor(0) is 1
        score *= context.rules.date_factor(gap)
    if method == "fuzzy":
        score *= similarity / 100
    if tie_broken:
        score *= context.rules.tie_break_factor
    return round(score, 3)


def _not_found(name: str, finding: Finding, context: _Context, what: str) -> _Outcome:
    registry = context.registry
    where = context.chamber or "any house"
    if finding.ranked:
        listing = "; ".join(_describe(registry, c.person) for c in finding.ranked)
        message = f"{name}: {len(finding.ranked)} candidates {what} in {where} on {context.when()}"
        return _Outcome(
            None, finding, note=("ambiguous-member", f"{message}, none preferred: {listing}")
        )
    message = (
        f"{name}: nobody {what} in {where} within {context.rules.max_gap_days} days of "
        f"{context.when()}"
    )
    if finding.excluded:
        listing = "; ".join(_describe(registry, p, houses=True) for p in finding.excluded)
        message += f"; known by the name but not eligible: {listing}"
    return _Outcome(None, finding, note=("unresolved-member", message))


def _resolve_named(record: SpeakerRecord, context: _Context) -> _Outcome:
    # Not remembered here: ``_settle_named`` remembers the settled outcome.
    finding = search_by_name(
        context.registry,
        record.name,
        context.chamber,
        context.placed,
        record.party,
        record.constituency,
        context.rules,
    )
    if finding.chosen:
        return _found(finding, context)
    if not finding.ranked and not finding.excluded:
        former = find_former_member(
            context.registry,
            record.name,
            day=context.day,
            party=record.party,
            rules=context.rules,
        )
        if former.chosen:
            return _found(former, context)
    passing = _passing_title_note(record.name, finding, context)
    if passing is not None:
        return _Outcome(None, finding, note=passing)
    return _not_found(record.name, finding, context, "by name")


def _passing_title_note(name: str, finding: Finding, context: _Context) -> Note | None:
    """For a title that passes from person to person ("Lord Parkinson", "The Bishop of
    Leeds") whose only holders in the registry are not evidenced near the date: an
    ``ambiguous-member`` note naming them and their last evidence (the title may be held
    by someone the registry does not know)."""
    day = context.day
    if finding.ranked or not finding.excluded or day is None:
        return None
    if title_kind(person_key(name)) is None:
        return None
    registry, held = context.registry, []
    for person in finding.excluded:
        last = last_evidence(registry, person, context.chamber)
        if last is not None and last < day:
            held.append(
                f"{_describe(registry, person)}, last evidenced "
                f"{dt.date.fromordinal(last).isoformat()} ({day - last} days before)"
            )
    if not held:
        return None
    message = (
        f"{name}: a title that passes from person to person, and its holders in the registry "
        f"are not evidenced near {context.when()}: "
        f"{'; '.join(held)}; the title may be held by someone the registry does not know"
    )
    return ("ambiguous-member", message)


def _from_pool(
    record: SpeakerRecord,
    pool: tuple[str, ...],
    context: _Context,
    named: Mapping[str, _Settled],
    notes: tuple[str, str] = (
        "short form of {}, who is not resolved",
        "short form of several speakers of the debate: {}",
    ),
) -> _Outcome:
    """The member of the debate's named speakers ``pool`` that a short form (or a role
    printed earlier by them) refers to; ``notes`` word the diagnostics for one unresolved
    speaker and for several."""
    resolutions = [named[s].resolution if s in named else None for s in pool]
    members = {r.member_id for r in resolutions if r is not None}
    speakers = ", ".join(context.debate.speakers.records[s].name for s in pool)
    if len(members) == 1 and all(r is not None for r in resolutions):
        carried = resolutions[0]
        assert carried is not None
        score = round(context.scores["history"] * carried.score, 3)
        return _Outcome("history", None, score, carried, named[pool[0]].seat)
    if len(pool) == 1:
        message = f"{record.name}: {notes[0].format(speakers)}"
        return _Outcome(None, note=("unresolved-member", message))
    message = f"{record.name}: {notes[1].format(speakers)}"
    return _Outcome(None, note=("ambiguous-member", message))


def _resolve_surname(
    record: SpeakerRecord, surname: str, context: _Context, named: Mapping[str, _Settled]
) -> _Outcome:
    """A surname-only header ("Mr. Hughes"): the one named speaker of the debate with that
    surname (his member carried over, method ``history``); failing that, the one member of
    the chamber sitting on the date with that surname; otherwise nobody, with a note."""
    links = context.surname_links()
    pool = links.speakers(record, surname)
    if pool:
        return _from_pool(record, pool, context, named)
    finding = find_by_surname(
        context.registry,
        surname,
        chamber=context.chamber,
        day=context.day,
        party=record.party,
        constituency=record.constituency or links.constituency(surname),
        rules=context.rules,
    )
    if finding.chosen:
        return _found(finding, context)
    return _not_found(record.name, finding, context, "sitting with the surname")


def _from_history(
    record: SpeakerRecord, context: _Context, named: Mapping[str, _Settled]
) -> _Outcome | None:
    """The member of the named speaker(s) who printed this office; None if nobody did."""
    pool = context.role_history().holders(record.name, record.id)
    if not pool:
        return None
    notes = (
        "refers to {} earlier in the debate, who is not resolved",
        "several speakers printed this office: {}; none preferred",
    )
    return _from_pool(record, tuple(pool), context, named, notes)


def _is_name_of_role(printed: str, chosen: Candidate) -> bool:
    """May a role-only speaker take the person found by its printed name? A peer, yes ("The
    Earl of Arran"); an office alias only inside its closed dates (TheyWorkForYou dates "The
    Prime Minister" for Tony Blair 1997-2007; an open-ended alias from an old snapshot is
    not evidence for a later date)."""
    if person_key(printed).split(" ", 1)[0] in PEERAGE_TITLES:
        return chosen.name_gap == 0
    return chosen.name_gap == 0 and chosen.name_closed


def _resolve_role(
    record: SpeakerRecord, context: _Context, named: Mapping[str, _Settled]
) -> _Outcome:
    history = _from_history(record, context, named)
    if history is not None:
        return history
    if context.chamber is None and CHAIR_OFFICE_PATTERN.match(record.name.strip()):
        # Every assembly has a Speaker or Presiding Officer: with the house unknown, the
        # registry's one holder of the office is no evidence that this is that house.
        message = f"{record.name}: a chamber's chair, and the debate's house is unknown"
        return _Outcome(None, note=("unresolved-member", message))
    where = {"chamber": context.chamber, "day": context.day, "rules": context.rules}
    office = find_by_office(context.registry, record.name, **where)  # type: ignore[arg-type]
    if office.chosen:
        return _found(office, context)
    if context.chamber is None and person_key(record.name).split(" ", 1)[0] not in PEERAGE_TITLES:
        # An office is never matched by name when the house is unknown: "Mr. Speaker" is
        # as much a Speaker of an Assembly as of the Commons.
        message = f"{record.name}: an office, and the debate's house is unknown"
        if office.ranked:
            return _not_found(record.name, office, context, "holding the office")
        return _Outcome(None, note=("unresolved-member", message))
    by_name = find_by_name(context.registry, record.name, **where)  # type: ignore[arg-type]
    if by_name.chosen and _is_name_of_role(record.name, by_name.chosen):
        return _found(by_name, context)
    if by_name.chosen:  # an office alias outside its dates: name the person, choose nobody
        people = tuple(c.person for c in by_name.ranked) + by_name.excluded
        by_name = Finding(None, (), people)
    if office.ranked:
        return _not_found(record.name, office, context, "holding the office")
    passing = _passing_title_note(record.name, by_name, context)
    if passing is not None:
        return _Outcome(None, by_name, note=passing)
    return _not_found(record.name, by_name, context, "by office or name")


_make_resolution = maker(Resolution, tuple(Resolution.model_fields))
"""A ``Resolution`` from a dict of every field in order, without re-validation: every value
is of its field's type already (``ids`` a fresh dict)."""


def _resolution(
    outcome: _Outcome, filled: tuple[str, ...], context: _Context, printed: str
) -> Resolution:
    """The evidence record of a resolved outcome (``printed``: the speaker's name as printed)."""
    carried = outcome.carried
    if carried is not None:
        return _make_resolution(
            {
                "member_id": carried.member_id,
                "ids": carried.ids,
                "method": outcome.method,
                "score": outcome.score,
                "candidates": (),
                "filled": filled,
                "name": carried.name,
                "family_name": carried.family_name,
            }
        )
    finding = outcome.finding
    assert finding is not None and finding.chosen is not None
    registry, index = context.registry, finding.chosen.person
    key = person_key(printed) if context.day is None else None
    member_id, ids, name, family = registry.member_on(index, context.day, key)
    return _make_resolution(
        {
            "member_id": member_id,
            "ids": ids,
            "method": outcome.method,
            "score": outcome.score,
            "candidates": ()
            if len(finding.ranked) == 1 and not finding.excluded  # the common case
            else _others(registry, finding),
            "filled": filled,
            "name": name,
            "family_name": family,
        }
    )


def _others(registry: Registry, finding: Finding) -> tuple[str, ...]:
    """Ids of the persons considered beside the chosen one: ranked, then excluded."""
    return tuple(
        registry.person_at(c.person).id for c in finding.ranked if c is not finding.chosen
    ) + tuple(registry.person_at(p).id for p in finding.excluded)


def _party_clash(record: SpeakerRecord, seat: Seat, context: _Context) -> Note | None:
    printed, registered = record.party, seat.party
    if printed is None or registered is None or same_party(printed, registered):
        return None
    if canonical_party(printed) is None or canonical_party(registered) is None:
        return None  # a party debateparse does not know: no basis for a clash
    message = (
        f"{record.name}: header prints {printed}; the registry has {registered} on {context.when()}"
    )
    return ("member-party-clash", message)


def _settle(record: SpeakerRecord, outcome: _Outcome, context: _Context) -> _Settled:
    """The speaker's new fields for an outcome: member, evidence, and party and
    constituency taken from the registry's seat on the date when no header printed them."""
    notes: tuple[Note, ...] = () if outcome.note is None else (outcome.note,)
    party, constituency = record.party, record.constituency
    if outcome.method is None:
        return _Settled(None, party, constituency, notes, None)
    seat = outcome.seat
    filled: tuple[str, ...] = ()
    if seat is not None:
        if party is None and seat.party is not None:
            party, filled = seat.party, ("party",)
        elif (clash := _party_clash(record, seat, context)) is not None:
            notes += (clash,)
        if constituency is None and seat.constituency is not None:
            constituency, filled = seat.constituency, (*filled, "constituency")
    resolution = _resolution(outcome, filled, context, record.name)
    return _new_tuple(_Settled, (resolution, party, constituency, notes, seat))


def _settle_named(record: SpeakerRecord, context: _Context) -> _Settled:
    """``_settle(_resolve_named(...))``, remembered by the registry: it depends only on
    the printed name, party and constituency, the chamber, the day and the rules."""
    key = (
        "speaker",
        record.name,
        record.party,
        record.constituency,
        context.chamber,
        context.day,
        context.rules_key,
    )
    settled = context.registry.recall(key)
    if settled is None:
        settled = _settle(record, _resolve_named(record, context), context)
        context.registry.remember(key, settled)
    return settled  # type: ignore[no-any-return]


def _printed(record: SpeakerRecord) -> SpeakerRecord:
    """The record as the parser made it: fields an earlier resolution filled cleared."""
    if record.resolution is None and record.member_id is None:
        return record
    filled = record.resolution.filled if record.resolution is not None else ()
    return record._replace(
        member_id=None,
        resolution=None,
        party=None if "party" in filled else record.party,
        constituency=None if "constituency" in filled else record.constituency,
    )


def _with_member(record: SpeakerRecord, settled: _Settled) -> SpeakerRecord:
    """The record with its settled member, evidence, party and constituency (built whole:
    ``_replace`` with keywords costs four times as much)."""
    resolution = settled.resolution
    return _new_tuple(
        SpeakerRecord,
        (
            record.id,
            record.name,
            record.kind,
            record.roles,
            settled.party,
            settled.constituency,
            record.turns,
            None if resolution is None else resolution.member_id,
            resolution,
            record.counts,
        ),
    )


def _first_lines(debate: Debate, speaker_ids: set[str]) -> dict[str, int]:
    lines: dict[str, int] = {}
    for turn in debate.turns.records:
        if turn.speaker_id in speaker_ids and turn.speaker_id not in lines:
            lines[turn.speaker_id] = turn.span[0]
    return lines


def _sitting_span(registry: Registry, person: int) -> tuple[int, int] | None:
    """First and last day a person is recorded sitting anywhere (an open seat: no end)."""
    seats = [s for group in registry.seats(person).values() for s in group]
    if not seats:
        return None
    last = max(LAST_DAY if s.open else s.last for s in seats)
    return min(s.first for s in seats), last


def _co_speaker_window(context: _Context, settled: Mapping[str, _Settled]) -> tuple[int, int]:
    """For an undated debate: the days on which every speaker resolved by name sat (all
    spoke on one day). ``(lo, hi)`` with ``lo > hi`` when they never sat together."""
    lo, hi = 0, LAST_DAY
    registry = context.registry
    for done in settled.values():
        resolution = done.resolution
        if resolution is None or resolution.method not in ("exact", "alias"):
            continue
        index = registry.index_of(resolution.member_id)
        span = None if index is None else _sitting_span(registry, index)
        if span is not None:
            lo, hi = max(lo, span[0]), min(hi, span[1])
    return lo, hi


def _by_co_speakers(
    record: SpeakerRecord, context: _Context, window: tuple[int, int]
) -> _Settled | None:
    """An undated debate's tie between namesakes, broken by the co-speakers' window: the
    one candidate who sat while they all did (Gareth Thomas of Harrow West, not of Clwyd
    West, beside Keir Starmer)."""
    finding = find_by_name(
        context.registry,
        record.name,
        chamber=context.chamber,
        day=None,
        party=record.party,
        constituency=record.constituency,
        rules=context.rules,
    )
    if finding.chosen is not None or len(finding.ranked) < 2:
        return None
    lo, hi = window
    kept = [
        c
        for c in finding.ranked
        if (span := _sitting_span(context.registry, c.person)) is not None
        and span[0] <= hi
        and span[1] >= lo
    ]
    if len(kept) != 1:
        return None
    rest = tuple(c for c in finding.ranked if c is not kept[0])
    chosen = Finding(kept[0], (kept[0], *rest), finding.excluded, tie_broken=True)
    return _settle(record, _found(chosen, context), context)


def _coverage_note(context: _Context) -> Diagnostic | None:
    """A registry-coverage note when the debate is dated before the registry's first seat
    in its chamber: members are then placed by their first recorded seats."""
    if context.day is None or context.chamber is None:
        return None
    start = context.registry.coverage_start(context.chamber)
    if start is None or context.day >= start:
        return None
    first = dt.date.fromordinal(start).isoformat()
    message = (
        f"the registry's {context.chamber} seats start {first}, {start - context.day} days "
        f"after this debate ({context.when()}): members are placed by their first recorded "
        "seats, and a surname alone is not matched against the registry"
    )
    return Diagnostic(code="registry-coverage", message=message, line=None, severity="warning")


def resolve_members(
    debate: Debate, registry: Registry, *, rules: ResolutionRules = DEFAULT_RULES
) -> Debate:
    """Give every speaker of ``debate`` a member of ``registry``, with the evidence.

    Args:
        debate: A parsed (or hand-built) debate; its ``house`` and ``date`` steer the search.
        registry: The parliamentarians to resolve against.
        rules: Thresholds and tables (``ResolutionRules``); the defaults are documented
            in ``docs/registry.md``.

    Returns:
        A copy of ``debate`` whose speakers have ``member_id`` and ``resolution`` set (or
        None, with an ``unresolved-member`` or ``ambiguous-member`` diagnostic), party and
        constituency filled from the registry where no header printed them, and a
        ``member-party-clash`` diagnostic where the printed party differs from the
        registry's. The input is not changed; resolving the result again changes nothing.
    """
    day = None if debate.date is None else debate.date.toordinal()
    context = _Context(debate, registry, rules, rules.chamber(debate.house), day)
    context.rules_key = None if rules is DEFAULT_RULES or rules == DEFAULT_RULES else rules
    context.scores = rules.scores()
    context.placed = placed_day(registry, context.chamber, day, rules)
    records = {
        sid: r if r.resolution is None and r.member_id is None else _printed(r)
        for sid, r in debate.speakers.records.items()
    }
    settled: dict[str, _Settled] = {}
    short: dict[str, str] = {}
    peers: list[str] = []
    for sid, record in records.items():
        if record.kind == "member":
            surname, title = name_form(record.name)
            if surname is not None:
                short[sid] = surname
            elif title == "peerage":
                peers.append(sid)
            else:
                settled[sid] = _settle_named(record, context)
    for sid in peers:
        record = records[sid]
        pool = context.surname_links().long_forms(person_key(record.name))
        settled[sid] = (
            _settle(record, _from_pool(record, pool, context, settled), context)
            if pool
            else _settle_named(record, context)
        )
    if context.day is None:
        window = _co_speaker_window(context, settled)
        if window[0] <= window[1] and window != (0, LAST_DAY):
            for sid, done in list(settled.items()):
                if done.notes and done.notes[0][0] == "ambiguous-member":
                    better = _by_co_speakers(records[sid], context, window)
                    if better is not None:
                        settled[sid] = better
    for sid, surname in short.items():
        record = records[sid]
        settled[sid] = _settle(record, _resolve_surname(record, surname, context, settled), context)
    named = dict(settled)
    for sid, record in records.items():
        if record.kind == "role":
            settled[sid] = _settle(record, _resolve_role(record, context, named), context)
    notes: list[Diagnostic] = []
    noted = {sid for sid, s in settled.items() if s.notes}
    lines = _first_lines(debate, noted) if noted else {}
    for sid, done in settled.items():
        records[sid] = _with_member(records[sid], done)
        if done.notes:
            notes.extend(
                Diagnostic(code=code, message=message, line=lines.get(sid), severity="warning")
                for code, message in done.notes
            )
    coverage = _coverage_note(context)
    if coverage is not None:
        notes.append(coverage)
    kept = [d for d in debate.diagnostics if d.code not in RESOLVER_CODES]
    diagnostics = tuple(sorted(kept + notes, key=lambda d: (d.line is None, d.line or 0)))
    speakers = Speakers(records.values(), debate.turns)
    return debate.model_copy(update={"speakers": speakers, "diagnostics": diagnostics})
