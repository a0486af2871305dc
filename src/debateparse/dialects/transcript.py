"""Transcripts: "Name: text" and "NAME: text" labels (interviews, search snippets, blogs).

A label is a person's name, a caps name or a role ("Interviewer"), at the start of a line
and followed by speech, or alone on a line with the speech below. Prose that ends with a
colon ("He wrote: ...", "Last Updated: ...") names no speaker.
"""

from __future__ import annotations

from debateparse.dialects import common
from debateparse.dialects.base import Dialect, phrase_rule, rule

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
        rule("time_line", "time", common.TIME_LINE, max_len=16),
        rule("inline_label", "header", common.INLINE_LABEL, contains=(": ",)),
        rule("label_alone", "header", common.LABEL_ALONE, max_len=120),
    ),
    header_example="ANDREW MARR: I'm joined now by the Prime Minister.",
    title_fallback="first_titlelike",
    detect_weights={"inline_label": 2.0, "label_alone": 0.5, "last_updated": 1.0, "chrome": 0.5},
    render_header=_render_header,
)
