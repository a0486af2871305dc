"""Citations of a sitting, as data: lines that name the debate's date or house in any
dialect's text ("HL Deb 18 May 1988 vol 497 cc406-18", "Volume 666: debated on Monday 12
February 2001", "Lords Chamber").

A blog or a viewer quoting Hansard prints the citation of the speech it quotes; a page in
another layout keeps Hansard's volume line. Each rule is ``(name, pattern)``; its named
groups are ``date`` (a date as printed) and ``house`` (a house code or name, read with
``HOUSE_CODES`` then ``vocabulary.canonical_house``). A rule must match the whole line
(after brackets, a "Source:" label and a trailing full stop are removed): a citation
inside a speech cites another debate, never this one.
"""

from __future__ import annotations

from typing import NamedTuple

from debateparse.clock import DATE_PATTERN
from debateparse.dialects.base import Pattern, compile_pattern

__all__ = ["CITATIONS", "HOUSE_CODES", "CitationRule", "citation_body"]

HOUSE_CODES = {"HC": "House of Commons", "HL": "House of Lords"}
"""Hansard's house codes in citations."""


class CitationRule(NamedTuple):
    """A whole line that cites the sitting: its name and pattern."""

    name: str
    pattern: Pattern


_DATE = rf"(?P<date>{DATE_PATTERN})"
CITATIONS: tuple[CitationRule, ...] = (
    CitationRule(
        # "HL Deb 18 May 1988 vol 497 cc406-18", "HC Deb 12 February 2001 vol 363 cc29-30
        # 3.31 pm", "HC Deb, 14 March 2023, vol 729, col 805"
        "hansard_citation",
        compile_pattern(
            rf"^(?P<house>HC|HL) Deb,? {_DATE},? vol\.? \d+(?:,? (?:cc?|cols?\.?) ?"
            r"[\dWS]+(?:[–-][\dWS]+)?)?(?:,? \d{1,2}[.:]\d{2}\s?[ap]\.?m\.?)?$"
        ),
    ),
    CitationRule(
        # hansard.parliament.uk: "Volume 666: debated on Monday 12 February 2001"
        "volume_debated",
        compile_pattern(rf"^Volume \d+: debated on {_DATE}$"),
    ),
    CitationRule(
        # The masthead of a printed daily part: "HOUSE OF COMMONS OFFICIAL REPORT".
        "official_report_masthead",
        compile_pattern(r"(?i)^(?P<house>House of Commons|House of Lords) Official Report$"),
    ),
    CitationRule(
        # The chamber a hansard.parliament.uk or ParallelParliament page is filed under.
        "chamber_line",
        compile_pattern(r"^(?P<house>Commons Chamber|Lords Chamber|Westminster Hall)$"),
    ),
)
"""The citation rules, tried in order on each candidate line."""

_WRAPPING = compile_pattern(
    r"^(?:\[|\()?(?:(?:Source|Hansard|Citation)\s*:\s*)?(.*?)(?:\]|\))?\.?$"
)


def citation_body(line: str) -> str:
    """The line without the brackets, "Source:" label and full stop a citation is printed
    with ("[HL Deb 18 May 1988 vol 497 cc406-18]" -> "HL Deb 18 May 1988 vol 497 cc406-18")."""
    found = _WRAPPING.match(line.strip())
    return found.group(1).strip() if found is not None else line.strip()
