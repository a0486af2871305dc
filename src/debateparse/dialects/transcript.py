"""Transcripts: "Name: text" and "NAME: text" labels (interviews, search snippets, blogs).

A label is a person's name, a caps name or a role ("Interviewer"), at the start of a line
and followed by speech, or alone on a line with the speech below. Prose that ends with a
colon ("He wrote: ...", "Last Updated: ...") names no speaker.
"""

from __future__ import annotations

from debateparse.clock import HOUR_PATTERN
from debateparse.dialects import common
from debateparse.dialects.base import Dialect, compile_pattern, phrase_rule, rule
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
    "Help",
    "Home",
    "Menu",
    "Search",
    "MORE PROGRAMMES",
)
_SITE_NAME = r"^BBC NEWS|^BBC News(?:\p{Lu}[\p{L} ]{0,40})?$"
"""The site's name, sometimes glued to the programme's ("BBC NewsAndrew Marr Show")."""
_PAGE_UPDATED = r"^Page last updated at .{0,40}?\b(?P<date>\d{1,2} \p{L}+ \d{4})\b.*$"
_ARCHIVE_TV = (
    # The Internet Archive's TV news pages: "tv   British Prime Ministers Questions  CSPAN
    # May 8, 2016 8:58pm-9:41pm EDT": programme, channel, broadcast date.
    r"^tv\s+(?P<title>\S.*?\S)\s{2,}\S+\s{2,}(?P<date>\p{L}{3,9}\.? \d{1,2}, \d{4})\b.*$"
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
_CLOCK_LINE = rf"^(?P<time>\d{{1,2}}[:.]\d{{2}}(?:\s?[AaPp]\.?\s?[Mm]\.?)?|{HOUR_PATTERN})$"
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
        rule("site_name", "boilerplate", _SITE_NAME, starts=("BBC N",), max_len=60),
        rule("last_updated", "dateline", _UPDATED, starts=("Last Updated:",)),
        rule("page_updated", "dateline", _PAGE_UPDATED, starts=("Page last updated",)),
        rule("archive_tv", "dateline", _ARCHIVE_TV, starts=("tv ",)),
        rule("time_line", "time", _CLOCK_LINE, max_len=12),
        rule("other_date_line", "dateline", common.OTHER_DATE_LINE, max_len=40),
        rule("caption_clock", "marker", _CAPTION_CLOCK, max_len=8),
        *stage_rules(),  # shared (dialects.stage): "(LAUGHTER)" is not a speaker's words
        rule("caption_change", "header", _CAPTION_CHANGE, starts=(">>",)),
        rule("caption_line", "header", common.CAPTION_LINE, contains=(">>", ": ")),
        rule("inline_label", "header", common.INLINE_LABEL, contains=(": ",)),
        rule("label_alone", "header", common.LABEL_ALONE, max_len=120, ends=(":",)),
        rule("dash_label", "header", common.DASH_LABEL, contains=("—", "–", " - ")),
        rule("role_line", "header", common.ROLE_LINE, max_len=40),
    ),
    header_example="ANDREW MARR: I'm joined now by the Prime Minister.",
    title_fallback="first_titlelike",
    # Weak forms: a label counts beside another header, or when its speech opens as in a
    # chamber ("Lord Faulkner of Worcester: My Lords, ...").
    lone_headers=frozenset(
        {"inline_label", "label_alone", "dash_label", "role_line", "caption_line"}
    ),
    address=compile_pattern(common.ADDRESS),
    midline=frozenset({"caption_line"}),
    detect_weights={
        "inline_label": 2.0,
        "label_alone": 0.6,
        "last_updated": 1.0,
        "page_updated": 1.0,
        "archive_tv": 2.0,
        "chrome": 0.5,
        "site_name": 0.5,
        "caption_change": 2.0,
        "caption_line": 2.0,
        "dash_label": 2.0,
        "role_line": 1.0,
    },
    render_header=_render_header,
)
