"""``build_speakers`` gives every fixture the speakers of the plain definition below (one
speaker per id in order of first turn; roles in order; the party and constituency of the
role texts in order of their first lines), whether a speaker has one turn or many."""

from __future__ import annotations

from pathlib import Path

import pytest

from debateparse import parse_text
from debateparse.errors import DebateParseError
from debateparse.models import SpeakerRecord
from debateparse.normalize import _choose_party, _speaker_kind, build_speakers
from debateparse.roles import parse_role_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXTS = sorted(FIXTURES.glob("*/*.txt"))


def _plain(turns, notes):  # type: ignore[no-untyped-def]
    groups: dict[str, list[int]] = {}
    for index, record in enumerate(turns.records):
        groups.setdefault(record.speaker_id, []).append(index)
    found = []
    for speaker_id, indexes in groups.items():
        own = [turns.records[i] for i in indexes]
        first_lines = {r.role_text: r.span[0] for r in reversed(own)}
        infos = sorted(
            ((line, parse_role_text(text)) for text, line in first_lines.items()),
            key=lambda item: item[0],
        )
        name = own[0].speaker_name
        found.append(
            SpeakerRecord(
                speaker_id,
                name,
                _speaker_kind(name, {r.kind for r in own}),
                tuple(dict.fromkeys(role for r in own for role in r.roles)),
                _choose_party(name, infos, notes),
                next((i.constituency for _, i in infos if i.constituency), None),
                tuple(indexes),
            )
        )
    return found


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_speakers_are_those_of_the_plain_definition(path):
    try:
        debate = parse_text(path.read_text(encoding="utf-8", errors="replace"))
    except DebateParseError:
        return
    notes: list = []
    expected_notes: list = []
    built = build_speakers(debate.turns, notes)
    assert list(built._records.values()) == _plain(debate.turns, expected_notes)
    assert notes == expected_notes
