"""TheyWorkForYou: text copied from theyworkforyou.com debate pages (English or Welsh).

Covers the Commons, Westminster Hall, the Lords, Public Bill Committees, the Scottish
Parliament, the Senedd (both interfaces) and the Northern Ireland Assembly, and the
pre-2000 layout whose header runs over several lines without "Photo of".
"""

from __future__ import annotations

from debateparse.clock import DATE_PATTERN, TIME_PATTERN
from debateparse.dialects import common
from debateparse.dialects.base import Dialect, Glossary, compile_pattern, phrase_rule, rule
from debateparse.vocabulary import PARTY_ALTERNATION

__all__ = ["BOILERPLATE", "GLOSSARY", "HEADER_STAMP", "LOCATION", "PHOTO_HEADER", "TWFY"]

BOILERPLATE = (
    # Whole lines of site chrome. Only add lines that cannot be speech.
    "Alert me about debates like this",
    "Danfonwch hysbysiad imi am ddadleuon fel hyn",  # the same, Welsh interface
    "Donate to our crowdfunder",
    "Link to this speech",
    "Share this speech",
    "Link to this: Individually | In context",
)
GLOSSARY = Glossary(
    # How the site's glossary definitions begin, for copies where the term's own line
    # ("Dispatch Box", "Minister") was lost and only the definition remains at the page's
    # end. Other definitions are found by their term line (see debateparse.glossary).
    openings={
        "deputy speaker": "The Deputy speaker is in charge of proceedings",
        "dispatch box": "If you've ever seen inside the Commons, you'll notice a large table",
        "minister": "Ministers make up the Government",
        "constituency": "In a general election, each Constituency",
    }
)
_BANNER = (
    # Fundraising banners printed above the title ("Only a few days to go: We're raising
    # £25,000 to keep TheyWorkForYou running ...").
    r"(?i)^.{0,120}\b(?:raising|donate|donation|crowdfunder|fundrais\w*)\b.*\bTheyWorkForYou\b.*$"
    r"|^.*\bTheyWorkForYou\b.{0,120}\b(?:raising|donate|donation|crowdfunder)\b.*$"
)
_CITATION = r"^Hansard source \(Citation: [^)]*\)\s*$"

_DASH = r"[–—]"  # en or em dash: the location rule's screen looks for exactly these
LOCATION = compile_pattern(
    # "– in the House of Commons at 12:35 pm on 15 May 2024."
    # "Part of Debate on the Address – in the House of Lords at 3:06 pm on 16th October 2019."
    # "Levelling-up and Regeneration Bill – in a Public Bill Committee on 21st June 2022."
    # "– Senedd Cymru am 4:06 pm ar 15 Rhagfyr 2021."  (Welsh: am = at, ar = on)
    # "Cabinet Office – in the House of Commons am ar 8 Rhagfyr 2022."  (no time printed)
    rf"^(?:(?:Part of )?(?P<parent>.+?) )?{_DASH} (?:in (?:the |a |an )?)?"
    rf"(?P<house>[^\d–—]+?)(?: (?:at|am)(?: (?P<time>{TIME_PATTERN}))?)? (?:on|ar) "
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
# The pre-2000 layout prints "Mr Bernard Weatherill" / ", Croydon North East" / "10:24," /
# "20 Mehefin 1991" on four lines: the name, then parts of the same header.
_CONTINUED_ROLE = r"^,\s*(?P<role>\S.*)$"
# A header copied without its photo: "Mark Pawsey" / "Ceidwadwyr, Rugby" (Welsh interface) or
# "Conservative, Rugby": a bare name becomes a header when such a line follows it.
_PARTY_PLACE = rf"^(?P<role>(?:{PARTY_ALTERNATION})(?:,\s*\S.{{0,80}})?)$"
_OFFICE_LINE = (
    # The cheap shape test (a capital, no sentence punctuation) runs first: most lines fail
    # it at their first full stop, before the office words are searched for. Never a
    # procedural line ("Moved by Lord X").
    rf"^(?=\p{{Lu}}[^.!?:;\n]{{2,250}}$){common.NOT_PROCEDURAL}"
    rf"(?P<role>[^\n]*\b(?:{common.OFFICE_ALTERNATION})\b[^\n]*)$"
)
_HEADER_TIME = rf"^(?P<time>{TIME_PATTERN}),?$"
_HEADER_DATE = rf"^(?P<date>{DATE_PATTERN})$"
QUESTION = compile_pattern(
    # A numbered oral question as the speech: "1. Will the First Minister ... OQ58152".
    r"^(?:Q?\d{1,3}|T\d{1,2})\.\s+\S.*(?:\?|\b(?:OQ|OAQ|TQ|WQ)\d+|\(\d{5,7}\)|\[\d{5,7}\])\s*$"
)


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
        rule("division_counts", "division", common.DIVISION_COUNTS, max_len=80),
        rule("division_start", "division", common.DIVISION_START, max_len=120),
        *common.procedural_rules(),
        # "The First Minister:" / "Lord Forsyth of Drumlean:" on a line of its own: the site's
        # fallback when it could not match the speaker to a member.
        rule("label_alone", "header", common.LABEL_ALONE, max_len=120, ends=(":",)),
        rule("old_layout_header", "header", common.BARE_HEADER, max_len=120),
        rule("continued_role", "header_part", _CONTINUED_ROLE, starts=(",",)),
        rule("name_line", "name_line", common.NAME_LINE, max_len=60),
        rule("party_place", "header_part", _PARTY_PLACE, max_len=120),
        rule("office_line", "header_part", _OFFICE_LINE, max_len=260),
        rule("header_time", "time", _HEADER_TIME, max_len=16),
        rule("header_date", "dateline", _HEADER_DATE, max_len=40),
    ),
    header_example="Photo of Jim Shannon Jim Shannon Shadow DUP Spokesperson (Health) "
    "12:35, 15 May 2024",
    title_before=frozenset({"location"}),
    boundary_rules=frozenset({"location"}),
    # The location line and the photo captions are the site's own; a page opening with
    # them is a TheyWorkForYou page (detection asks no other dialect).
    signatures=frozenset({"location", "photo_header"}),
    detect_weights={
        "photo_header": 3.0,
        "location": 5.0,
        "boilerplate": 2.0,
        "fundraising_banner": 2.0,
        "translation_marker": 2.0,
        "label_alone": 0.5,
        "old_layout_header": 0.5,
        "continued_role": 1.0,
    },
    header_stamp=HEADER_STAMP,
    turn_kinds=(
        (compile_pattern(r"^\(Urgent Question\):"), "urgent_question"),
        (QUESTION, "question"),
    ),
    render_header=_render_header,
    glossary=GLOSSARY,
)
