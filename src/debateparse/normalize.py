"""Normalize stage: draft -> ``Debate``; times resolved, roles split, speakers merged.

Within one document the same printed name (compared by slug) is one speaker, whatever
role text each header carries; distinct names stay distinct speakers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from debateparse.assemble import DebateDraft, DivisionDraft, Pieces, TurnDraft
from debateparse.clock import parse_clock, parse_date, resolve_clock
from debateparse.dialects.base import Token
from debateparse.inline_stage import split_inline_stages
from debateparse.limits import DiagnosticLog
from debateparse.metadata import metadata
from debateparse.models import (
    Debate,
    Diagnostic,
    Division,
    Paragraph,
    SpeakerKind,
    SpeakerRecord,
    Speakers,
    TurnKind,
    TurnRecord,
    Turns,
)
from debateparse.models.lines import count_words
from debateparse.read import Source
from debateparse.roles import RoleInfo, parse_role_text
from debateparse.transliterate import to_ascii
from debateparse.vocabulary import is_collective, is_role_only

__all__ = ["build_speakers", "normalize", "slugify", "word_count"]

_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


_PLAIN_STYLE = regex.compile(r"^(?:mr|mrs|ms|miss|mx|dr)-(?=[^-]+-[^-]+)")
"""A plain style before a full name: "Mr Nigel Evans" is the "Nigel Evans" of the next
header. Not before a surname alone ("Mr Lansley" may be either of two Lansleys) nor
before an office ("Mr Speaker")."""


@lru_cache(maxsize=8192)
def slugify(name: str) -> str:
    """A stable id for a printed name: "Mr. Speaker" -> "mr-speaker", "Mr Nigel Evans" ->
    "nigel-evans" (the same speaker as "Nigel Evans"), "Łukasz Siân" -> "lukasz-sian"
    (Latin letters in ASCII: ``to_ascii``)."""
    plain = to_ascii(name.casefold())
    slug = _NOT_ALNUM.sub("-", plain).strip("-") or "unnamed"
    return slug if is_role_only(name) else _PLAIN_STYLE.sub("", slug)


def word_count(texts: tuple[str, ...] | list[str]) -> int:
    """Words (maximal runs of non-whitespace, as ``str.split`` finds them) in ``texts``."""
    return count_words(texts)


def _single(token: Token) -> Paragraph:
    raw = token.raw if token.raw != token.text else None
    return Paragraph(text=token.text, line=token.line, raw=raw)


@dataclass
class _Context:
    """Per-parse memory: the time the next header's am/pm is judged against."""

    source: Source
    draft: DebateDraft
    clock: dt.time | None
    diagnostics: list[Diagnostic]
    names: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """Printed name -> (speaker id, is collective)."""
    roles: dict[str | None, tuple[str | None, tuple[str, ...]]] = field(default_factory=dict)
    """Role text -> (the first turn's role text object, offices): every turn of a role
    text then holds one string (a header with its own time is read into its own)."""


def _first_speech(paragraphs: Pieces) -> str:
    if paragraphs.kinds is None:
        return paragraphs.texts[0] if paragraphs.texts else ""
    return next(
        (t for t, k in zip(paragraphs.texts, paragraphs.kinds, strict=True) if k == "text"), ""
    )


def _speech_kind(draft: TurnDraft, context: _Context) -> TurnKind:
    """The kind the header announces, else one the speech's opening announces
    ("(Urgent Question):", "1. Will the First Minister ... OQ58152"), else speech."""
    if draft.kind is not None:
        return draft.kind  # type: ignore[return-value]
    kinds = context.draft.dialect.turn_kinds
    if kinds:
        first = _first_speech(draft)
        for pattern, kind in kinds:
            if pattern.match(first):
                return kind  # type: ignore[return-value]
    return "speech"


def _turn_time(draft: TurnDraft, context: _Context) -> dt.time | None:
    assert draft.time_text is not None
    clock = parse_clock(draft.time_text)
    if clock is None:
        context.diagnostics.append(
            Diagnostic(
                code="bad-time",
                line=draft.first_line,
                severity="warning",
                message=f"header time {draft.time_text!r} is not a valid time; ignored",
            )
        )
        return None
    resolved = resolve_clock(clock, context.clock)
    context.clock = resolved
    return resolved


def _record(draft: TurnDraft, context: _Context) -> TurnRecord:
    """The turn's record. Called once per turn of a large file, so what depends only on
    the printed name or role text is looked up in per-parse tables."""
    name, role_text = draft.name, draft.role_text
    known = context.names.get(name)
    if known is None:
        known = context.names[name] = (slugify(name), is_collective(name))
    shared = context.roles.get(role_text)
    if shared is None:
        shared = context.roles[role_text] = (role_text, parse_role_text(role_text).roles)
    role_text, roles = shared
    first = draft.first_line
    last = draft.lines[-1] if draft.lines else draft.header_end
    source = context.source
    return TurnRecord(
        "interjection" if known[1] else _speech_kind(draft, context),
        known[0],
        name,
        role_text,
        roles,
        None if draft.time_text is None else _turn_time(draft, context),
        parse_date(draft.date_text) if draft.date_text else None,
        draft.header_lines(),
        split_inline_stages(draft.pack()),
        (first, last, source.start_of(first), source.end_of(last)),
    )


def _records(draft: DebateDraft, context: _Context) -> list[TurnRecord]:
    """A record per turn draft, releasing each draft once its record is made (a large
    file's drafts and records would otherwise be held in memory together)."""
    drafts = draft.turns
    drafts.reverse()
    records = []
    while drafts:
        records.append(_record(drafts.pop(), context))
    return records


def _speaker_kind(name: str, turn_kinds: set[TurnKind]) -> SpeakerKind:
    if not name or is_collective(name):
        return "collective"
    if turn_kinds == {"procedural"}:
        return "procedure"
    return "role" if is_role_only(name) else "member"


def _choose_party(
    name: str, infos: list[tuple[int, RoleInfo]], notes: list[Diagnostic]
) -> str | None:
    """The speaker's party: printed party first, else parties named in offices.

    Two different parties give a ``party-conflict`` diagnostic; the majority is kept, and a
    tie leaves the party unknown rather than guessing.
    """
    named: set[str] = set()
    for _, info in infos:
        if info.party:
            named.add(info.party)
        if info.office_parties:
            named.update(info.office_parties)
    if len(named) <= 1:  # the usual case, without counting
        return next(iter(named), None)
    printed = Counter(info.party for _, info in infos if info.party)
    office = Counter(p for _, info in infos for p in info.office_parties)
    seen = printed + office
    if len(seen) <= 1:
        return next(iter(seen), None)
    ranked = (printed or office).most_common()
    tie = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
    chosen = None if tie else ranked[0][0]
    listing = ", ".join(f"{party} ({count})" for party, count in seen.most_common())
    outcome = "left unknown (tie)" if chosen is None else f"kept {chosen}"
    notes.append(
        Diagnostic(
            code="party-conflict",
            line=infos[0][0],
            severity="warning",
            message=f"{name}: headers name different parties: {listing}; {outcome}",
        )
    )
    return chosen


def build_speakers(turns: Turns, notes: list[Diagnostic]) -> Speakers:
    """One speaker per speaker id, in order of first turn, with roles and party."""
    groups: dict[str, list[int]] = {}
    stored = turns.records
    for index, record in enumerate(stored):
        group = groups.get(record.speaker_id)
        if group is None:
            groups[record.speaker_id] = [index]
        else:
            group.append(index)
    records = []
    for speaker_id, indexes in groups.items():
        first = stored[indexes[0]]
        name = first.speaker_name
        if len(indexes) == 1:
            # (one turn, most speakers of a small page: what the loops below give it)
            infos = [(first.span[0], parse_role_text(first.role_text))]
            roles = tuple(dict.fromkeys(first.roles))
            kinds = {first.kind}
        else:
            own = [stored[i] for i in indexes]
            first_lines = {r.role_text: r.span[0] for r in reversed(own)}
            infos = [(line, parse_role_text(text)) for text, line in first_lines.items()]
            infos.sort(key=_first_of)
            roles = tuple(dict.fromkeys(role for r in own for role in r.roles))
            kinds = {r.kind for r in own}
        constituency = None
        for _, info in infos:
            if info.constituency:
                constituency = info.constituency
                break
        records.append(
            SpeakerRecord(
                speaker_id,
                name,
                _speaker_kind(name, kinds),
                roles,
                _choose_party(name, infos, notes),
                constituency,
                tuple(indexes),
            )
        )
    return Speakers(records, turns)


def _first_of(item: tuple[int, RoleInfo]) -> int:
    return item[0]


def _division(draft: DivisionDraft, source: Source) -> Division:
    first, last = draft.lines.lines[0], draft.lines.lines[-1]
    return Division(
        ayes=draft.ayes,
        noes=draft.noes,
        aye_names=tuple(draft.aye_names),
        no_names=tuple(draft.no_names),
        after_turn=draft.after_turn,
        lines=draft.lines.pack(),
        span=source.span(first, last),
    )


def normalize(draft: DebateDraft, source: Source) -> Debate:
    """Turn the assembler's draft into a ``Debate``."""
    notes = DiagnosticLog(source.diagnostics)
    notes.extend(draft.diagnostics)
    fields = metadata(draft, notes)
    context = _Context(source, draft, fields["start_time"], notes)
    turns = Turns(_records(draft, context))
    speakers = build_speakers(turns, notes)
    notes.extend(notes.summaries())
    notes.sort(key=lambda d: (d.line is None, d.line or 0))
    title = draft.title
    return Debate(
        title_block=_single(title) if title else None,
        location=_single(draft.location) if draft.location else None,
        source=source.path,
        dialect=draft.dialect.name,
        preamble=draft.preamble.pack(),
        boilerplate=draft.boilerplate.pack(),
        unattributed=draft.unattributed.pack(),
        turns=turns,
        speakers=speakers,
        divisions=tuple(_division(d, source) for d in draft.divisions),
        diagnostics=tuple(notes),
        **fields,
    )
