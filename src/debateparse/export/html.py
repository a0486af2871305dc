"""HTML views: a notebook's rich display of a Debate, Turn or Speaker, and a page.

``debate_html`` is what Jupyter shows for a ``Debate`` (``Debate._repr_html_``): title,
house, date and start time; a table of speakers (member id linked to its TheyWorkForYou
page, party, turns, words); the first turns with their times; diagnostics counted by
severity. Big debates show their first rows, then a count. ``page_html`` wraps the same in
a self-contained page (no network, no external assets) with an inline SVG chart of each
speaker's share of the speaking (words spoken, the measure every dialect has).
"""

from __future__ import annotations

from collections import Counter
from html import escape

from debateparse.models import Debate, Speaker, Turn

__all__ = ["debate_html", "page_html", "speaker_html", "turn_html"]

MAX_ROWS = 20
"""Rows of each table a notebook shows before "… and N more"."""
_EXCERPT = 160
_CSS = (
    "table.debateparse{border-collapse:collapse;font-size:90%}"
    "table.debateparse td,table.debateparse th{padding:2px 8px;text-align:left;"
    "border-bottom:1px solid #ddd;vertical-align:top}"
    "table.debateparse.turns td:nth-child(-n+3){white-space:nowrap}"  # #, time, speaker
)
_PAGE_CSS = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:80em;"
    "margin:1em auto;padding:0 1em;line-height:1.35}"
)


def _member_link(speaker: Speaker) -> str:
    if not speaker.member_id:
        return ""
    links = dict(_external(speaker))
    url = links.get("theyworkforyou")
    label = escape(speaker.member_id)
    return f'<a href="{escape(url)}">{label}</a>' if url else label


def _external(speaker: Speaker) -> list[tuple[str, str]]:
    from debateparse.export.people import external_ids

    return external_ids(speaker)


def _more(count: int, shown: int, what: str) -> str:
    return f"<p>… and {count - shown} more {what}</p>" if count > shown else ""


def _facts(debate: Debate) -> str:
    rows = [
        ("House", debate.house),
        ("Date", debate.date.isoformat() if debate.date else None),
        ("Start time", debate.start_time.strftime("%H:%M") if debate.start_time else None),
        ("Dialect", debate.dialect),
        ("Turns", str(len(debate.turns))),
        ("Speakers", str(len(debate.speakers))),
    ]
    cells = "".join(f"<tr><th>{k}</th><td>{escape(v or '—')}</td></tr>" for k, v in rows)
    return f'<table class="debateparse facts">{cells}</table>'


def _speakers(debate: Debate, limit: int) -> str:
    head = "<tr><th>Speaker</th><th>Member id</th><th>Party</th><th>Turns</th><th>Words</th></tr>"
    speakers = list(debate.speakers.values())
    body = "".join(
        f"<tr><td>{escape(s.name)}</td><td>{_member_link(s)}</td>"
        f"<td>{escape(s.party or '')}</td><td>{s.turn_count}</td><td>{s.word_count}</td></tr>"
        for s in speakers[:limit]
    )
    table = f'<table class="debateparse speakers">{head}{body}</table>'
    return table + _more(len(speakers), limit, "speakers")


def _turn_row(turn: Turn) -> str:
    text = turn.text
    excerpt = text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"
    time = turn.time.strftime("%H:%M") if turn.time else ""
    return (
        f"<tr><td>{turn.index}</td><td>{time}</td><td>{escape(turn.speaker_name)}</td>"
        f"<td>{escape(excerpt)}</td></tr>"
    )


def _turns(debate: Debate, limit: int) -> str:
    head = "<tr><th>#</th><th>Time</th><th>Speaker</th><th>Speech</th></tr>"
    body = "".join(_turn_row(t) for t in debate.turns[:limit])
    table = f'<table class="debateparse turns">{head}{body}</table>'
    return table + _more(len(debate.turns), limit, "turns")


def _diagnostics(debate: Debate) -> str:
    counts = Counter(d.severity for d in debate.diagnostics)
    if not counts:
        return "<p>No diagnostics.</p>"
    parts = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if counts[s])
    return f'<p class="diagnostics">Diagnostics: {parts}</p>'


def debate_html(debate: Debate, limit: int = MAX_ROWS, *, chart: bool = False) -> str:
    """The notebook view of a debate (``limit`` rows per table; with ``chart``, the
    speaking-time chart under the speakers)."""
    title = escape(debate.title or "(untitled debate)")
    figure = f"<h4>Speaking time (words spoken)</h4>{speaking_chart(debate)}" if chart else ""
    return (
        f'<div class="debateparse"><style>{_CSS}</style><h3>{title}</h3>{_facts(debate)}'
        f"<h4>Speakers</h4>{_speakers(debate, limit)}{figure}"
        f"<h4>Turns</h4>{_turns(debate, limit)}{_diagnostics(debate)}</div>"
    )


def turn_html(turn: Turn) -> str:
    """The notebook view of one turn: speaker, role, time and the speech."""
    time = turn.time.strftime("%H:%M") if turn.time else ""
    role = f" <em>{escape(turn.role_text)}</em>" if turn.role_text else ""
    paragraphs = "".join(f"<p>{escape(text)}</p>" for text in turn.text.split("\n\n") if text)
    return (
        f'<div class="debateparse turn"><p><strong>{escape(turn.speaker_name)}</strong>{role}'
        f" {time} <small>({turn.kind}, lines {turn.span.start_line}–{turn.span.end_line})"
        f"</small></p>{paragraphs}</div>"
    )


def speaker_html(speaker: Speaker) -> str:
    """The notebook view of one speaker."""
    rows = [
        ("Name", escape(speaker.name)),
        ("Kind", speaker.kind),
        ("Member id", _member_link(speaker) or "—"),
        ("Party", escape(speaker.party or "—")),
        ("Constituency", escape(speaker.constituency or "—")),
        ("Roles", escape("; ".join(speaker.roles) or "—")),
        ("Turns", str(speaker.turn_count)),
        ("Words", str(speaker.word_count)),
    ]
    cells = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<table class="debateparse speaker">{cells}</table>'


def speaking_chart(debate: Debate, width: int = 640, bar: int = 18) -> str:
    """An inline SVG bar chart of each speaker's words spoken, largest first."""
    speakers = sorted(debate.speakers.values(), key=lambda s: -s.word_count)
    most = max((s.word_count for s in speakers), default=0) or 1
    label_width = 220
    rows = []
    for row, speaker in enumerate(speakers):
        y = row * (bar + 4)
        length = round((width - label_width - 60) * speaker.word_count / most)
        rows.append(
            f'<text x="{label_width - 6}" y="{y + bar - 5}" text-anchor="end">'
            f"{escape(speaker.name)}</text>"
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar}" fill="#4c72b0">'
            f"<title>{escape(speaker.name)}: {speaker.word_count} words</title></rect>"
            f'<text x="{label_width + length + 4}" y="{y + bar - 5}">{speaker.word_count}</text>'
        )
    height = max(len(speakers), 1) * (bar + 4)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="speaking-time" width="{width}" '
        f'height="{height}" font-size="12" font-family="sans-serif" role="img" '
        f'aria-label="Words spoken by each speaker">{"".join(rows)}</svg>'
    )


def page_html(debate: Debate) -> str:
    """A self-contained HTML page: the debate view (every row), with the speaking chart
    under the speakers table (checked in a headless browser: tools/html_screenshot.py)."""
    title = escape(debate.title or "Debate")
    body = debate_html(debate, limit=len(debate.turns) + len(debate.speakers), chart=True)
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_PAGE_CSS}</style></head><body>{body}</body></html>\n"
    )
