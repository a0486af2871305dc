"""Official Hansard: hansard.parliament.uk pages, historic Hansard, printed Lords Hansard,
and Hansard viewers that print its headers alone on a line.

Headers are "Jim Shannon (Strangford) (DUP)", "The Minister of State, Ministry of Defence
(Leo Docherty)", "Mr. Speaker", glued to the speech behind a "§" paragraph mark in historic
Hansard ("§ Mr. SpeakerI understand"), or inline in printed written answers
("The Minister of State, Ministry of Justice (Lord McNally): There is ...").
"""

from __future__ import annotations

from debateparse.clock import DATE_PATTERN, TIME_PATTERN
from debateparse.dialects import common
from debateparse.dialects.base import Dialect, compile_pattern, phrase_rule, rule
from debateparse.dialects.twfy import QUESTION

_CLOSED = (")", "]")
"""How a header that ends in a group ends: "(Grant Shapps)", "(Lab)", "[V]" (the rule's
cheap screen: most lines of any page end otherwise)."""

__all__ = ["CITATION", "HANSARD", "hansard_header"]


def hansard_header(name: str, role_text: str | None) -> str:
    """A Hansard header that parses back to (name, role text): an office goes first, with
    the name in parentheses; constituency and party groups follow the name."""
    if role_text is None:
        return name
    if role_text.startswith(("(", "[")):
        return f"{name} {role_text}"
    return f"{role_text} ({name})"


def _render_header(name: str, role_text: str | None, stamp: str | None) -> str:
    """A header as hansard.parliament.uk prints it (a time stamp on the line above)."""
    header = hansard_header(name, role_text)
    return f"{stamp}\n\n{header}" if stamp else header


CITATION = (
    # "HC Deb 21 February 1990 vol 167 cc943-4", "HC Deb 12 February 2001 vol 363 cc29-30 3.31 pm"
    rf"^(?P<house>HC|HL) Deb (?P<date>\d{{1,2}} \p{{L}}+ \d{{4}}) vol \d+ c(?:c|ols?\.?)? ?"
    rf"[\dWS]+(?:[–-][\dWS]+)?(?: (?P<time>{TIME_PATTERN}))?\s*$"
)
_VOLUME = rf"^Volume \d+: debated on (?P<date>{DATE_PATTERN})\s*$"
# A Hansard viewer's title line: "Business without Debate - 27 February 2019 (Commons/Commons
# Chamber)" gives title, date and house.
_TITLED_DATELINE = (
    r"^(?P<title>\S.{0,200}?) - (?P<date>\d{1,2} \p{L}+ \d{4}) "
    r"\((?P<house>[^()/]+)(?:/[^()]*)?\)$"
)
_NAVIGATION = r"^(?:[^|\n]{1,60}\|){2,}[^|\n]{0,60}$"
CHROME = (
    # Whole lines of site chrome on Hansard pages and viewers.
    "Skip to main content",
    "UK Parliament",
    "Hansard",
    "Search Hansard",
    "Back to top",
    "Print",
    "Share",
    "Contents",
    "PARLIAMENTARY DEBATE",
    "Debate Detail",
    "Share this debate",
    "Share this contribution",
    "Previous debate",
    "Next debate",
    "Watch this debate",
    "Download text",
    "Meeting of the Parliament",
)
_HIGHLIGHT = r"^Contributions from .{1,80}, are highlighted with a yellow border\.$"
_WRITTEN_QUESTION = r"^To ask (?:Her|His) Majesty['’]s Government\b.*$"
_ASKED_BY = rf"^Asked by (?P<name>{common.PERSON}|{common.PLAIN_NAME})\s*$"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE_LINE = rf"^(?P<date>{_DAY},? \d{{1,2}}(?:st|nd|rd|th)? \p{{L}}+ \d{{4}})$"
_CHAMBER_LINE = (
    r"^(?P<house>Commons Chamber|Lords Chamber|Westminster Hall|Grand Committee|"
    r"General Committees?|Public Bill Committees?)$"
)
_SITTING = (
    # A member's profile page lists contributions under the meeting they come from:
    # "Meeting of the Parliament 27 November 2014 : Thursday, November 27, 2014", then the
    # member's name alone on a line, then the speech.
    rf"^(?:•\s*)?(?P<sitting>Meeting of (?:the )?\p{{Lu}}[\p{{L}}’' -]{{1,80}}?) "
    rf"(?P<date>{DATE_PATTERN})"
    r"(?:\s*:\s*\S.{0,80})?$"
)
_REPORT_DATE = (
    # The Northern Ireland Assembly's report names itself and the sitting: "Official Report:
    # Monday 12 October 2015".
    rf"^Official Report:\s*(?P<date>{DATE_PATTERN})$"
)
_MEETING_DATE = (
    # The Scottish Parliament's search by member: "Meeting of the Parliament" / the item's
    # heading (the title) / "Meeting date: 14 May 2021" / the member's name alone / speech.
    rf"^Meeting date:\s*(?P<date>{DATE_PATTERN})$"
)
_PAREN_LABEL_ALONE = (
    # An official report's header alone on its line, ending in a colon, its groups in
    # parentheses: "• 1. Rachael Hamilton (Ettrick, Roxburgh and Berwickshire) (Con):",
    # "• The Cabinet Secretary for Justice (Humza Yousaf):". A Hansard form (detection).
    rf"^{common.QNUM}(?P<hansard>(?:{common.ROLE_TITLE}|{common.PERSON}|{common.PLAIN_NAME})"
    rf"{common.PARENS}+)\s*:\s*$"
)
_NUMBERED_QUESTION = r"^(?:Q?\d{1,3}|T\d{1,2})\.\s+\S.{8,}(?:\(\d{5,7}\)|\[HL\d+\])\s*$"

HANSARD = Dialect(
    name="hansard",
    description="Official and historic Hansard (hansard.parliament.uk, api.parliament.uk)",
    rules=(
        phrase_rule("chrome", "boilerplate", CHROME),
        rule("navigation", "boilerplate", _NAVIGATION, contains=("|",)),
        rule("highlight_note", "boilerplate", _HIGHLIGHT, starts=("Contributions from ",)),
        rule("citation", "dateline", CITATION, starts=("HC Deb ", "HL Deb ")),
        rule("volume", "dateline", _VOLUME, starts=("Volume ",)),
        rule("titled_dateline", "dateline", _TITLED_DATELINE, contains=(" - ",)),
        rule("date_line", "dateline", _DATE_LINE, max_len=40),
        rule("other_date_line", "dateline", common.OTHER_DATE_LINE, max_len=40),
        rule("chamber_line", "dateline", _CHAMBER_LINE, max_len=30),
        rule("sitting_line", "sitting", _SITTING, starts=("Meeting of ", "•")),
        rule("meeting_date", "sitting", _MEETING_DATE, starts=("Meeting date:",)),
        rule("report_date", "dateline", _REPORT_DATE, starts=("Official Report:",)),
        rule("asked_by", "header", _ASKED_BY, starts=("Asked by ",)),
        rule("written_question", "unattributed", _WRITTEN_QUESTION, starts=("To ask ",)),
        rule("numbered_question", "unattributed", _NUMBERED_QUESTION, contains=(")", "]")),
        rule("division_counts", "division", common.DIVISION_COUNTS, max_len=80),
        rule("division_start", "division", common.DIVISION_START, max_len=120),
        rule("division_list", "division", common.DIVISION_LIST, max_len=120),
        *common.procedural_rules(),
        rule("glued_header", "header", common.GLUED_HEADER, starts=("§",)),
        rule("glued_name_header", "header", common.GLUED_NAME_HEADER, starts=("§",)),
        rule("after_chair", "header", common.AFTER_CHAIR_HEADER, contains=("in the Chair",)),
        rule("party_header_speech", "header", common.PARTY_HEADER_SPEECH, contains=(") ", "):")),
        rule("inline_office_label", "header", common.INLINE_OFFICE_LABEL, contains=("):", ": ")),
        rule("asks", "header", common.ASKS, contains=(" rose to ask ", " asked ")),
        rule(
            "no_colon_header",
            "header",
            common.NO_COLON_HEADER,
            starts=("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame"),
        ),
        rule("collective_header", "header", common.COLLECTIVE_HEADER, max_len=60),
        rule("office_header", "header", common.OFFICE_HEADER, max_len=200, ends=_CLOSED),
        rule("bare_header", "header", common.BARE_HEADER, max_len=200),
        rule("plain_party_header", "header", common.PLAIN_PARTY_HEADER, max_len=200, ends=_CLOSED),
        rule("paren_label_alone", "header", _PAREN_LABEL_ALONE, max_len=200, ends=(":",)),
        rule("label_alone", "header", common.LABEL_ALONE, max_len=120, ends=(":",)),
        rule("report_label", "header", common.OFFICIAL_REPORT_LABEL, contains=(": ",)),
        rule("midline_header", "header", common.MIDLINE_HEADER, contains=("): ",)),
        rule("midline_repeat", "header", common.MIDLINE_REPEAT, contains=(": ",)),
        rule("name_line", "name_line", common.NAME_LINE, max_len=60),
        rule("party_line", "header_part", common.PARTY_LINE, max_len=10),
        rule("time_line", "time", common.TIME_LINE, max_len=16),
        rule("historic_time_line", "time", common.HISTORIC_TIME_LINE, max_len=12),
        rule("seat_party_line", "header_part", common.SEAT_PARTY_LINE, starts=("(",), max_len=140),
        rule("name_in_parens", "header_part", common.NAME_IN_PARENS, starts=("(",), max_len=80),
        # A paragraph behind a "§" mark (after every header rule): the mark is layout,
        # kept only in `raw`.
        rule("marked_paragraph", "text", r"^§\s*(?P<speech>\S.*)$", starts=("§",)),
    ),
    header_example="Jim Shannon (Strangford) (DUP)  |  The Minister of State, Ministry of "
    "Defence (Leo Docherty)  |  § Mr. SpeakerI understand ...",
    # hansard.parliament.uk prints the page's heading just above "Volume 669: debated on ...".
    # The Scottish Parliament's search pages print the item's heading above "Meeting date:".
    title_before=frozenset({"volume", "meeting_date"}),
    title_fallback="first_titlelike",
    detect_weights={
        "citation": 5.0,
        "volume": 5.0,
        "report_date": 5.0,
        "titled_dateline": 3.0,
        "glued_header": 3.0,
        "party_header_speech": 3.0,
        "after_chair": 3.0,
        "midline_header": 2.0,
        "sitting_line": 2.0,
        "report_label": 1.0,
        "paren_label_alone": 2.0,
        "no_colon_header": 1.0,
        "glued_name_header": 3.0,
        "inline_office_label": 2.0,
        "office_header": 2.0,
        "bare_header": 2.0,
        "plain_party_header": 2.0,
        "collective_header": 1.0,
        "written_question": 2.0,
        "asks": 2.0,
        "numbered_question": 1.0,
        "chrome": 1.0,
        "navigation": 1.0,
        "highlight_note": 2.0,
        "division": 1.0,
        "party_line": 1.0,
        "seat_party_line": 2.0,
        "time_line": 0.5,
    },
    midline=frozenset({"after_chair", "midline_header", "midline_repeat"}),
    # "Mr Speaker: Members, ..." counts beside another header (a quotation looks the same);
    # so does "Mr. Speaker Order." printed with no colon.
    lone_headers=frozenset({"report_label", "no_colon_header"}),
    address=compile_pattern(common.ADDRESS),
    render_header=_render_header,
    turn_kinds=(
        (QUESTION, "question"),
        (compile_pattern(r"^\(Urgent Question\):"), "urgent_question"),
    ),
)
