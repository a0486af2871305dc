"""ParallelParliament: parallelparliament.co.uk debate and member-listing pages.

A contribution is "LABEL Portrait HANSARD-HEADER" then a link line ("- Hansard - - -
Excerpts"). The label is the member's current name as the site knows it (sometimes a later
peerage, sometimes the wrong peer); the Hansard header after "Portrait" is the speaker, and
the label supplies the name only when the header names an office alone ("Mr Deputy
Speaker"). Another extraction of the same pages prints each header twice amid whitespace.
"""

from __future__ import annotations

from debateparse.dialects import common
from debateparse.dialects.base import Dialect, phrase_rule, rule
from debateparse.dialects.hansard import hansard_header

__all__ = ["PARALLELPARLIAMENT", "PORTRAIT_HEADER"]


def _render_header(name: str, role_text: str | None, stamp: str | None) -> str:
    """A contribution's header: portrait label, Hansard header, link line."""
    time = f"{stamp}\n" if stamp else ""
    return f"{time}{name} Portrait {hansard_header(name, role_text)}\n- Hansard - - - Excerpts"


_LABEL = rf"(?:None|{common.PERSON}|{common.PLAIN_NAME})"
PORTRAIT_HEADER = rf"^(?P<label>{_LABEL}) Portrait (?P<hansard>\S.{{0,250}}?)\s*$"
_LINK_LINE = (
    # "- Hansard - - - Excerpts", "- View Speech - Hansard - -", "- Parliament Live - Hansard - -"
    r"^- (?:(?:View Speech|Parliament Live) - )*Hansard(?:\s*-)*(?:\s*Excerpts)?\s*$"
)
_EXCERPTS = rf"^(?P<label>{_LABEL}) Excerpts$"
_AGE = r"^\(\d+ (?:years?|months?|weeks?|days?|hours?)(?:, \d+ \w+)? ago\)$"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_DATE_LINE = rf"^(?P<date>{_DAY} \d{{1,2}}(?:st|nd|rd|th)? \p{{L}}+ \d{{4}})$"
_HOUSES = (
    "Commons Chamber|Lords Chamber|Westminster Hall|Grand Committee|General Committees?"
    "|Public Bill Committees?|Select Committee"
)
_HOUSE_LINE = rf"^(?P<house>{_HOUSES})$"
_CHAMBER_HEADER = (
    # The whitespace-padded extraction: "Lords Chamber Baroness Williams of Trafford (Con)",
    # then " Baroness Stuart of Edgbaston (Non-Afl) [V]".
    rf"^(?:(?P<house>{_HOUSES}) )?(?P<hansard>(?:{common.PERSON}|{common.PLAIN_NAME})"
    rf"{common.PARENS}+)(?P<role>{common.BRACKETS}*)\s*$"
)
_READ_LINKS = (
    r"^(?:(?:Read Full debate|Read Full Debate|Read Hansard Text|Watch Debate|"
    r"Read Debate|Ministerial Extracts)\s*)+$"
)
_PAIR_CHROME = (
    # Member-pair listing pages: "Debate between A and B", "Debates between A and B during
    # the 2017-2019 Parliament", "All 8 Debates between A and B": never a title.
    r"^(?:All \d+ )?Debates? between \S.{1,160}?(?: during the \d{4}[-–]\d{2,4} Parliament)?$"
)
_DEBATE_TITLE = (
    # The site prints a debate page's title with " Debate" after it: "Business of the House
    # Debate", "Debate on the Address Debate".
    r"^(?P<title>\S.{0,150}?) Debate$"
)
_SPEAKER_LINE = (
    # An extraction that lost the portrait lines keeps a chair's header alone: "Mr Speaker".
    r"^(?P<hansard>(?:Mr|Madam) (?:Principal )?(?:Deputy )?Speaker|The (?:Deputy )?Speaker"
    r"|The Lord Speaker|The Chairman(?: of Ways and Means)?"
    r"|The Deputy Chairman(?: of Committees)?)$"
)
CHROME = (
    "Full Debate: Read Full Debate",
    "This information is provided by Parallel Parliament and does not comprise part of the "
    "offical record",
    "This information is provided by Parallel Parliament and does not comprise part of the "
    "official record",
    "(Limited Text - Ministerial Extracts only)",
)
_EXPLAINERS = (
    # The site's note on Westminster Hall (and similar) above the debate.
    r"^(?:Westminster Hall is an alternative Chamber for MPs|Each debate is chaired by an MP "
    r"from the Panel of Chairs|Department: |\d+ .{1,80} debates? involving )"
)

PARALLELPARLIAMENT = Dialect(
    name="parallelparliament",
    description="ParallelParliament debate and member listing pages",
    rules=(
        phrase_rule("chrome", "boilerplate", CHROME),
        rule("read_links", "boilerplate", _READ_LINKS, starts=("Read ", "Watch ", "Minister")),
        rule(
            "explainer",
            "boilerplate",
            _EXPLAINERS + r".*$",
            starts=(
                "Westminster Hall is",
                "Each debate is",
                "Department: ",
                "1",
                "2",
                "3",
                "4",
                "5",
                "6",
                "7",
                "8",
                "9",
            ),
        ),
        rule(
            "pair_chrome",
            "boilerplate",
            _PAIR_CHROME,
            starts=("Debate between ", "Debates between ", "All "),
        ),
        rule("debate_title", "dateline", _DEBATE_TITLE, ends=(" Debate",), max_len=160),
        rule("later_in_debate", "separator", r"^-{2,}\s*Later in debate\s*-{2,}$", starts=("--",)),
        rule("portrait_header", "header", PORTRAIT_HEADER, contains=(" Portrait ",)),
        rule("link_line", "header_part", _LINK_LINE, starts=("- ",)),
        rule("excerpts_marker", "boilerplate", _EXCERPTS, max_len=80),
        rule("relative_age", "boilerplate", _AGE, starts=("(",)),
        rule("date_line", "dateline", _DATE_LINE, max_len=40),
        rule("other_date_line", "dateline", common.OTHER_DATE_LINE, max_len=40),
        rule("house_line", "dateline", _HOUSE_LINE, max_len=30),
        rule("time_line", "time", common.TIME_LINE, max_len=16),
        *common.procedural_rules(),
        rule("chamber_header", "header", _CHAMBER_HEADER, max_len=200, ends=(")", "]")),
        rule("speaker_line", "header", _SPEAKER_LINE, max_len=40),
        # An extraction that lost the portrait lines but kept a styled name: "Dr Savage"
        # (a header anywhere but as the page's first line, a profile page's heading).
        rule("styled_name_line", "name_line", rf"^(?P<name>{common.PERSON})$", max_len=60),
        rule("name_line", "name_line", common.NAME_LINE, max_len=60),
    ),
    header_example="Sarah Atherton Portrait Sarah Atherton (Wrexham) (Con)  then  "
    "- Hansard - - - Excerpts",
    render_header=_render_header,
    title_before=frozenset({"excerpts_marker"}),
    title_fallback="last_text",
    # A new debate starts at an entry with its own heading; listing entries that print only
    # a relative age ("(4 years ago)") are excerpts of one page, read as one debate.
    boundary_rules=frozenset({"excerpts_marker"}),
    # A chair's header alone on a line is a header only beside other headers.
    lone_headers=frozenset({"speaker_line"}),
    # "NAME Portrait NAME (Seat) (Party)" and "- Hansard - - - Excerpts" are the site's own.
    signatures=frozenset({"portrait_header", "link_line"}),
    detect_weights={
        "portrait_header": 4.0,
        "link_line": 3.0,
        "excerpts_marker": 2.0,
        "relative_age": 2.0,
        "read_links": 2.0,
        "chrome": 2.0,
        "explainer": 1.0,
        "later_in_debate": 2.0,
        "chamber_header": 2.0,
        "pair_chrome": 2.0,
        "speaker_line": 1.0,
        "house_line": 1.0,
        "date_line": 1.0,
    },
)
