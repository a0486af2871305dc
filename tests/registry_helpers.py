"""Builders for resolution tests: TheyWorkForYou-style text, and Debates made from models."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from debateparse import Debate, Speaker, Turn, parse_text
from debateparse.models import Paragraphs, Span, Speakers, Turns
from debateparse.normalize import slugify
from debateparse.vocabulary import is_collective, is_role_only


def twfy_text(date: str, house: str, headers: Sequence[tuple[str, str | None]]) -> str:
    """A TheyWorkForYou page: title, location line, then one header and speech per entry.

    A role-only speaker is written as TheyWorkForYou writes any name, twice:
    "Photo of The Minister of State The Minister of State".
    """
    lines = ["A debate", "", f"– in the {house} at 2:30 pm on {date}.", ""]
    for name, role in headers:
        header = f"Photo of {name} {name}" + (f" {role}" if role else "")
        lines += [header, "", f"Words from {name}.", ""]
    return "\n".join(lines)


def twfy_debate(date: str, house: str, headers: Sequence[tuple[str, str | None]]) -> Debate:
    """``twfy_text`` parsed."""
    return parse_text(twfy_text(date, house, headers), dialect="twfy")


def built_debate(
    date: dt.date | None,
    house: str | None,
    turns: Sequence[tuple[str, str | None]],
    *,
    parties: dict[str, str] | None = None,
) -> Debate:
    """A Debate built from models, without any dialect: one turn per (name, role text).

    The name is the speaker's printed name; the role text is kept as printed and is also
    the turn's only office. Speaker kinds follow the vocabulary (collective, role-only or
    member), as ``normalize`` decides them.
    """
    built: list[Turn] = []
    speakers: dict[str, Speaker] = {}
    for index, (name, role_text) in enumerate(turns):
        line = 3 * index + 1
        speaker_id = slugify(name)
        built.append(
            Turn(
                index=index,
                speaker_id=speaker_id,
                speaker_name=name,
                role_text=role_text,
                roles=(role_text,) if role_text else (),
                header=Paragraphs((f"{name} ({role_text})" if role_text else name,), (line,)),
                paragraphs=Paragraphs(("Words.",), (line + 1,)),
                word_count=1,
                span=Span(start_line=line, end_line=line + 1, start=0, end=0),
            )
        )
        kind = "collective" if is_collective(name) else "role" if is_role_only(name) else "member"
        known = speakers.get(speaker_id)
        roles = tuple(dict.fromkeys((*(known.roles if known else ()), *built[-1].roles)))
        speakers[speaker_id] = Speaker(
            id=speaker_id,
            name=name,
            kind=kind,
            roles=roles,
            party=(parties or {}).get(name),
            turn_count=(known.turn_count if known else 0) + 1,
            word_count=(known.word_count if known else 0) + 1,
        )
    return Debate(
        dialect="twfy",
        house=house,
        date=date,
        turns=Turns.of(built),
        speakers=Speakers.of(speakers),
    )


def members(debate: Debate) -> dict[str, str | None]:
    """Speaker name -> member id."""
    return {s.name: s.member_id for s in debate.speakers.values()}


def codes(debate: Debate) -> list[str]:
    """The debate's diagnostic codes, in order."""
    return [d.code for d in debate.diagnostics]
