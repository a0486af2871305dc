"""Transcripts: "Name: text" and "NAME: text" labels (interviews, search snippets, blogs).

A label is a person's name, a caps name or a role ("Interviewer"), at the start of a line
and followed by speech, or alone on a line with the speech below. Prose that ends with a
colon ("He wrote: ...", "Last Updated: ...") names no speaker.
"""

from __future__ import annotations

from debateparse.dialects import common
from debateparse.dialects.base import Dialect, phrase_rule, rule
from debateparse.dialects.stage import stage_rules

__all__ = ["TRANSCRIPT"]

CHROME = (
    # Lines of news-site and blog chrome seen above and below transcripts.
    "BBC Home",
    "Explore the BBC",
    "BBC News",
    "You must be logged in to post a comment.",
    "Skip to main content",
    "Advertisement",
)
_LAUNCH = r"^Launch console.*$"  # glued to the next element: "Launch consoleBBC NEWS"
_UPDATED = r"^Last Updated:\s*(?:\p{L}+,?\s+)?(?P<date>\d{1,2} \p{L}+ \d{4})\b.*$"
_CREDIT = r"^Please note\b.{0,80}\bmust be credited\b.*$"
_CAPTION_CHANGE = (
    # Broadcast captions mark a change of speaker with ">>", with or without a name:
    # ">> ANDREW MARR: Good morning." or ">> Good morning." (nobody named).
    rf"^(?P<mark>>>\s*)(?:(?P<hansard>{common.CAPS_LABEL}|{common.TITLE_LABEL}"
    rf"|(?:{'|'.join(common.ROLE_LABELS)})):\s+)?(?P<speech>\S.*)$"
)
# A clock line times the next label when it reads as a sitting's clock ("11:39 A.M."); the
# HH:MM:SS stamps of broadcast captions mark the recording, not the turns.
_CLOCK_LINE = r"^(?P<time>\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?)$"
_CAPTION_CLOCK = r"^\d{1,2}:\d{2}:\d{2}$"


def _render_header(name: str, role_text: str | None, stamp: str | None) -> str:
    return f"{name}{f' ({role_text})' if role_text else ''}:"


TRANSCRIPT = Dialect(
    name="transcript",
    description='Plain transcripts with "Name: text" or "NAME: text" labels',
    rules=(
        phrase_rule("chrome", "boilerplate", CHROME),
        rule("launch_console", "boilerplate", _LAUNCH, starts=("Launch console",)),
        rule("credit_notice", "boilerplate", _CREDIT, starts=("Please note",)),
        rule("last_updated", "dateline", _UPDATED, starts=("Last Updated:",)),
        rule("time_line", "time", _CLOCK_LINE, max_len=12),
        rule("caption_clock", "marker", _CAPTION_CLOCK, max_len=8),
        *stage_rules(),  # shared (dialects.stage): "(LAUGHTER)" is not a speaker's words
        rule("caption_change", "header", _CAPTION_CHANGE, starts=(">>",)),
        rule("inline_label", "header", common.INLINE_LABEL, contains=(": ",)),
        rule("label_alone", "header", common.LABEL_ALONE, max_len=120),
    ),
    header_example="ANDREW MARR: I'm joined now by the Prime Minister.",
    title_fallback="first_titlelike",
    lone_headers=frozenset({"inline_label", "label_alone"}),
    detect_weights={"inline_label": 2.0, "label_alone": 0.5, "last_updated": 1.0, "chrome": 0.5},
    render_header=_render_header,
)
