"""TheyWorkForYou: text copied from theyworkforyou.com debate pages (English or Welsh)."""

from __future__ import annotations

from debateparse.clock import DATE_PATTERN, TIME_PATTERN
from debateparse.dialects.base import Dialect, compile_pattern, phrase_rule, rule

__all__ = ["BOILERPLATE", "HEADER_STAMP", "LOCATION", "PHOTO_HEADER", "TWFY"]

BOILERPLATE = (
    # Whole lines of site chrome. Only add lines that cannot be speech.
    "Alert me about debates like this",
    "Danfonwch hysbysiad imi am ddadleuon fel hyn",  # the same, Welsh interface
    "Donate to our crowdfunder",
    "Link to this speech",
    "Share this speech",
    "Link to this: Individually | In context",
)
_BANNER = (
    # Fundraising banners printed above the title ("Only a few days to go: We're raising
    # £25,000 to keep TheyWorkForYou running ...").
    r"(?i)^.{0,120}\b(?:raising|donate|donation|crowdfunder|fundrais\w*)\b.*\bTheyWorkForYou\b.*$"
    r"|^.*\bTheyWorkForYou\b.{0,120}\b(?:raising|donate|donation|crowdfunder)\b.*$"
)
_CITATION = r"^Hansard source \(Citation: [^)]*\)\s*$"

_DASH = r"[–—]"  # en or em dash: the screen below looks for exactly these
LOCATION = compile_pattern(
    # "– in the House of Commons at 12:35 pm on 15 May 2024."
    # "Part of Debate on the Address – in the House of Lords at 3:06 pm on 16th October 2019."
    # "Levelling-up and Regeneration Bill – in a Public Bill Committee on 21st June 2022."
    # "– Senedd Cymru am 4:06 pm ar 15 Rhagfyr 2021."  (Welsh: am = at, ar = on)
    rf"^(?:(?:Part of )?(?P<parent>.+?) )?{_DASH} (?:in (?:the |a |an )?)?"
    rf"(?P<house>[^\d–—]+?)(?: (?:at|am) (?P<time>{TIME_PATTERN}))? (?:on|ar) "
    rf"(?P<date>{DATE_PATTERN})\.?\s*$"
)
_STAMP = rf"(?P<time>{TIME_PATTERN})(?:, (?P<date>{DATE_PATTERN}))?"
PHOTO_HEADER = compile_pattern(
    # "Photo of NAME NAME [ROLE] [TIME, DATE]": the name printed twice (caption, then link).
    # The role runs to the end of the line; `HEADER_STAMP` then splits off a time stamp
    # (one pattern with a lazy role would try the stamp at every character: 15x slower).
    r"^Photo of (?P<name>\S.*?) (?P=name)(?: (?P<role>.*))?$"
)
HEADER_STAMP = compile_pattern(rf"(?:^|\s){_STAMP}$")


def _render_header(name: str, role_text: str | None, stamp: str | None) -> str:
    parts = ["Photo of", name, name, role_text, stamp]
    return " ".join(p for p in parts if p)


TWFY = Dialect(
    name="twfy",
    description="TheyWorkForYou debate pages (Commons, Lords, Westminster Hall, devolved)",
    rules=(
        phrase_rule("boilerplate", "boilerplate", BOILERPLATE),
        rule("fundraising_banner", "boilerplate", _BANNER, contains=("TheyWorkForYou",)),
        rule("hansard_citation", "boilerplate", _CITATION, starts=("Hansard source",)),
        rule("chair_notice", "procedural", r"^\[[^\]]*\bin the Chair\.?\]$", starts=("[",)),
        # Senedd speeches given in Welsh (or English, on the Welsh interface) carry a marker
        # line under the header: kept as a marker paragraph, not as the speech's first words.
        phrase_rule("translation_marker", "marker", ("(Translated)", "(Cyfieithwyd)")),
        rule("location", "location", LOCATION, contains=("– ", "— ")),
        rule("photo_header", "header", PHOTO_HEADER, starts=("Photo of ",)),
        rule("photo_lookalike", "lookalike", r"^Photo of\b", starts=("Photo of",)),
    ),
    header_stamp=HEADER_STAMP,
    header_example="Photo of Jim Shannon Jim Shannon Shadow DUP Spokesperson (Health) "
    "12:35, 15 May 2024",
    title_before_location=True,
    detect_weights={"header": 3.0, "location": 5.0, "boilerplate": 1.0},
    turn_kinds=((compile_pattern(r"^\(Urgent Question\):"), "urgent_question"),),
    render_header=_render_header,
)
