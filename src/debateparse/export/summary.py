"""A readable one-screen summary of a debate for the command line."""

from __future__ import annotations

from debateparse.models import Debate

__all__ = ["summary"]


def _value(value: object) -> str:
    return "—" if value is None else str(value)


def summary(debate: Debate) -> str:
    """Title, house, date, start time, counts, a speaker table and diagnostics."""
    start = debate.start_time.strftime("%H:%M") if debate.start_time else None
    speakers = list(debate.speakers.values())
    show_ids = any(s.member_id for s in speakers)
    lines = [
        f"Title:      {_value(debate.title)}",
        f"House:      {_value(debate.house)}",
        f"Date:       {_value(debate.date)}",
        f"Start time: {_value(start)}",
        f"Dialect:    {debate.dialect}",
        f"Turns:      {len(debate.turns)}",
        f"Speakers:   {len(speakers)}",
        "",
    ]
    width = max([len("Speaker"), *(len(s.name) for s in speakers)])
    header = f"{'Speaker':<{width}}  {'Turns':>5}  {'Words':>6}"
    if show_ids:
        header += "  Member id"
    lines += [header, "-" * len(header)]
    for speaker in speakers:
        row = f"{speaker.name:<{width}}  {speaker.turn_count:>5}  {speaker.word_count:>6}"
        if show_ids:
            row += f"  {_value(speaker.member_id)}"
        lines.append(row)
    if debate.diagnostics:
        lines += ["", f"Diagnostics ({len(debate.diagnostics)}):"]
        lines += [
            f"  line {_value(d.line)}: {d.severity}: {d.code}: {d.message}"
            for d in debate.diagnostics
        ]
    return "\n".join(lines)
