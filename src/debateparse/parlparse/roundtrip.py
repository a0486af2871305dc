"""The round trip: render each ParlParse section as TheyWorkForYou text, parse the text with
the text parser, and compare the turns (names, kinds, paragraphs) with the XML's.

Entries with no speaker have no header on the page, so the text parser reads their lines
as paragraphs of the turn above (or the preamble); ``render.expected_turns`` says so. The
text parser sets division lines ("The Committee divided: …") aside in ``Debate.divisions``;
they are put back in their place (by line) before comparing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from debateparse.api import parse_text
from debateparse.inline_stage import line_texts
from debateparse.models import Debate
from debateparse.parlparse.render import ExpectedTurn, expected_turns

if TYPE_CHECKING:
    from debateparse.registry import Registry

__all__ = ["RoundTrip", "SectionMismatch", "round_trip"]


@dataclass(frozen=True)
class SectionMismatch:
    """One section whose text parse differs: what was expected and what came back."""

    title: str | None
    what: str
    expected: object
    got: object


@dataclass
class RoundTrip:
    """Totals over the sections compared."""

    sections: int = 0
    turns: int = 0
    """Turns with a speaker in the XML."""
    turns_equal: int = 0
    """Of those, turns the text parser gave back with the same name, kind and paragraphs."""
    titles_equal: int = 0
    mismatches: list[SectionMismatch] = field(default_factory=list)
    with_person_id: int = 0
    """Turns whose XML speech carries a ``person_id`` (with a registry)."""
    agree: int = 0
    """Of those, turns the registry resolved from the text to the same person."""
    differ: list[tuple[str | None, str, str, str]] = field(default_factory=list)
    """(section, name, person_id, resolved id) where the registry chose another person."""
    unresolved: list[tuple[str | None, str, str]] = field(default_factory=list)
    """(section, name, person_id) the registry left without a member id."""

    @property
    def agreement(self) -> float:
        """Share of turns with a ``person_id`` resolved to that same person."""
        return self.agree / self.with_person_id if self.with_person_id else 1.0


def _lines_by_turn(parsed: Debate) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The preamble and each turn's paragraph texts, with division lines put back."""
    extra: dict[int | None, list[tuple[int, str]]] = {}
    for division in parsed.divisions:
        bucket = extra.setdefault(division.after_turn, [])
        bucket.extend(zip(division.lines.lines, division.lines.texts, strict=True))
    lead = sorted(
        [*zip(parsed.preamble.lines, parsed.preamble.texts, strict=True), *extra.get(None, [])]
    )
    turns = []
    for index, turn in enumerate(parsed.turns.records):
        own = line_texts(turn.paragraphs)  # a line cut at a stage direction, joined
        turns.append(tuple(t for _, t in sorted([*own, *extra.get(index, [])])))
    return tuple(t for _, t in lead), turns


def _compare(section: Debate, result: RoundTrip, registry: Registry | None) -> None:
    parsed = parse_text(section.to_text(), strict=False, source=section.source, registry=registry)
    lead, expected = expected_turns(section)
    got_lead, got_lines = _lines_by_turn(parsed)
    got = [
        ExpectedTurn(t.speaker_name, t.kind, lines, None)
        for t, lines in zip(parsed.turns.records, got_lines, strict=True)
    ]
    result.sections += 1
    result.turns += len(expected)
    same = sum(a._replace(member_id=None) == b for a, b in zip(expected, got, strict=False))
    result.turns_equal += same if len(expected) == len(got) else 0
    if (parsed.title, parsed.parent_title) == (section.title, section.parent_title):
        result.titles_equal += 1
    else:
        result.mismatches.append(
            SectionMismatch(
                section.title,
                "title",
                (section.title, section.parent_title),
                (parsed.title, parsed.parent_title),
            )
        )
    if len(expected) != len(got) or same != len(expected):
        result.mismatches.append(SectionMismatch(section.title, "turns", expected, got))
    if lead != got_lead:
        result.mismatches.append(SectionMismatch(section.title, "preamble", lead, got_lead))
    if registry is not None and len(expected) == len(got):
        speakers = parsed.speakers.records
        for want, turn in zip(expected, parsed.turns.records, strict=True):
            if want.member_id is None:
                continue
            result.with_person_id += 1
            resolved = speakers[turn.speaker_id].member_id
            if resolved == want.member_id:
                result.agree += 1
            elif resolved is None:
                result.unresolved.append((section.title, want.speaker_name, want.member_id))
            else:
                result.differ.append((section.title, want.speaker_name, want.member_id, resolved))


def round_trip(sections: Iterable[Debate], registry: Registry | None = None) -> RoundTrip:
    """Render, re-parse and compare every section; with a ``registry``, also resolve the
    text's speakers by name, house and date and compare with the XML's ``person_id``."""
    result = RoundTrip()
    for section in sections:
        _compare(section, result, registry)
    return result
