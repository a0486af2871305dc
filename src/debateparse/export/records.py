"""Flat records: one JSON-ready dict per turn (the ``jsonl`` format)."""

from __future__ import annotations

from typing import Any

from debateparse.models import Debate

__all__ = ["turn_records"]


def turn_records(debate: Debate) -> list[dict[str, Any]]:
    """One dict per turn: the turn's fields plus its speaker's party, constituency and
    member id and the debate's title, house, date and source."""
    records = []
    for turn in debate.turns:
        speaker = debate.speakers[turn.speaker_id]
        record: dict[str, Any] = {
            "source": debate.source,
            "title": debate.title,
            "house": debate.house,
            "date": debate.date.isoformat() if debate.date else None,
        }
        record.update(turn.model_dump(mode="json", exclude={"header", "paragraphs"}))
        record.update(
            party=speaker.party,
            constituency=speaker.constituency,
            member_id=speaker.member_id,
        )
        records.append(record)
    return records
