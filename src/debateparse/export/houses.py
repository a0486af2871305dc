"""What the XML writers say about each house: ParlaMint ids, setting and official report."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

__all__ = ["HOUSES", "LICENCES", "TERMS", "House", "Licence", "Term", "house_info", "term_of"]


class Licence(NamedTuple):
    """The licence of a body's official report, as far as debateparse knows it."""

    text: str
    url: str | None


class Term(NamedTuple):
    """One Parliament (a term between general elections), as a ParlaMint ``event``."""

    id: str
    """``xml:id`` of the event in listOrg ("PoGB.58", as ParlaMint-GB names them)."""
    n: int
    start: dt.date
    end: dt.date | None
    label: str


class House(NamedTuple):
    """One sitting body as the XML exports describe it."""

    org: str
    """ParlaMint ``listOrg`` id of the body (``meeting/@corresp``), as ParlaMint-GB names
    the two Westminster houses; the devolved ones follow the same pattern."""
    ana: str
    """ParlaMint ``parla.legislature`` categories of a sitting of it (``meeting/@ana``)."""
    city: str | None
    place: str | None
    akn: str
    """Short name in Akoma Ntoso FRBR URIs: ``/akn/gb/debaterecord/<akn>/<date>``."""
    url: str
    """Home of the body's official report."""
    name: str = "Parliament"
    """``orgName`` of the body in listOrg."""
    licence: str | None = None
    """Key in ``LICENCES`` of the report's licence; None when not known."""
    terms: bool = False
    """Whether ``TERMS`` (the Parliaments of the United Kingdom) date its sittings."""


_COMMONS_REPORT = "https://hansard.parliament.uk/commons"
_LORDS_REPORT = "https://hansard.parliament.uk/lords"

HOUSES: dict[str, House] = {
    "House of Commons": House(
        "parliament.HC",
        "#parla.lower #parla.sitting",
        "London",
        "Westminster",
        "commons",
        _COMMONS_REPORT,
        "House of Commons",
        "opl",
        True,
    ),
    "Westminster Hall": House(
        "parliament.HC",
        "#parla.lower #parla.sitting",
        "London",
        "Westminster Hall",
        "westminsterhall",
        _COMMONS_REPORT,
        "House of Commons",
        "opl",
        True,
    ),
    "Public Bill Committee": House(
        "parliament.HC",
        "#parla.lower #parla.sitting",
        "London",
        "Westminster",
        "publicbillcommittee",
        _COMMONS_REPORT,
        "House of Commons",
        "opl",
        True,
    ),
    "General Committee": House(
        "parliament.HC",
        "#parla.lower #parla.sitting",
        "London",
        "Westminster",
        "generalcommittee",
        _COMMONS_REPORT,
        "House of Commons",
        "opl",
        True,
    ),
    "Delegated Legislation Committee": House(
        "parliament.HC",
        "#parla.lower #parla.sitting",
        "London",
        "Westminster",
        "delegatedlegislationcommittee",
        _COMMONS_REPORT,
        "House of Commons",
        "opl",
        True,
    ),
    "House of Lords": House(
        "parliament.HL",
        "#parla.upper #parla.sitting",
        "London",
        "Westminster",
        "lords",
        _LORDS_REPORT,
        "House of Lords",
        "opl",
        True,
    ),
    "Grand Committee": House(
        "parliament.HL",
        "#parla.upper #parla.sitting",
        "London",
        "Westminster",
        "grandcommittee",
        _LORDS_REPORT,
        "House of Lords",
        "opl",
        True,
    ),
    "Scottish Parliament": House(
        "parliament.SP",
        "#parla.uni #parla.sitting",
        "Edinburgh",
        "Holyrood",
        "scottishparliament",
        "https://www.parliament.scot/chamber-and-committees/official-report",
        "Scottish Parliament",
        "scottish-parliament",
    ),
    "Senedd": House(
        "parliament.SC",
        "#parla.uni #parla.sitting",
        "Cardiff",
        "Senedd",
        "senedd",
        "https://record.senedd.wales/",
        "Senedd Cymru – Welsh Parliament",
        "senedd",
    ),
    "Northern Ireland Assembly": House(
        "parliament.NIA",
        "#parla.uni #parla.sitting",
        "Belfast",
        "Stormont",
        "niassembly",
        "https://aims.niassembly.gov.uk/officialreport/",
        "Northern Ireland Assembly",
        "ni-assembly",
    ),
}
"""Canonical house name (``Debate.house``) -> what the exports write for it."""

_UNKNOWN = House("", "#parla.sitting", None, None, "unknown", "https://hansard.parliament.uk/")
"""A text whose body is not known (a transcript, a blog): no org to point to."""

LICENCES: dict[str, Licence] = {
    "opl": Licence(
        "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.",
        "https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/",
    ),
    # The devolved bodies license their reports under their own open licences; debateparse
    # does not hold their exact terms, so the statement names the body and no URL.
    "scottish-parliament": Licence(
        "Scottish Parliament Official Report: copyright of the Scottish Parliamentary "
        "Corporate Body, reused under its open licence.",
        None,
    ),
    "senedd": Licence(
        "Record of Proceedings of the Senedd: copyright of the Senedd Commission, reused "
        "under its open licence.",
        None,
    ),
    "ni-assembly": Licence(
        "Official Report of the Northern Ireland Assembly: copyright of the Northern Ireland "
        "Assembly Commission, reused under its open licence.",
        None,
    ),
}
"""Licence statements of the official reports (``House.licence``)."""

_ORDINALS = (
    *("Forty-ninth", "Fiftieth", "Fifty-first", "Fifty-second", "Fifty-third"),
    *("Fifty-fourth", "Fifty-fifth", "Fifty-sixth", "Fifty-seventh", "Fifty-eighth"),
    "Fifty-ninth",
)
_TERM_DATES = (
    # (first sitting, dissolution) of each Parliament from the 49th; 54th-58th as
    # ParlaMint-GB dates them.
    ("1983-06-15", "1987-05-18"),
    ("1987-06-17", "1992-03-16"),
    ("1992-04-27", "1997-04-08"),
    ("1997-05-07", "2001-05-14"),
    ("2001-06-13", "2005-04-11"),
    ("2005-05-05", "2010-04-12"),
    ("2010-05-18", "2015-03-30"),
    ("2015-05-27", "2017-05-03"),
    ("2017-06-21", "2019-11-06"),
    ("2019-12-17", "2024-05-30"),
    ("2024-07-09", None),
)
TERMS: tuple[Term, ...] = tuple(
    Term(
        f"PoGB.{49 + index}",
        49 + index,
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end) if end else None,
        f"{_ORDINALS[index]} Parliament of the United Kingdom",
    )
    for index, (start, end) in enumerate(_TERM_DATES)
)
"""The Parliaments of the United Kingdom since 1983."""


def term_of(house: House, date: dt.date | None) -> Term | None:
    """The Parliament sitting on ``date`` in ``house`` (a Westminster body), if known.
    A date between a dissolution and the next first sitting belongs to no term."""
    if date is None or not house.terms:
        return None
    for term in TERMS:
        if term.start <= date and (term.end is None or date <= term.end):
            return term
    return None


def house_info(house: str | None) -> House:
    """The entry for ``house``; an unknown or missing house gets a generic UK entry."""
    return HOUSES.get(house or "", _UNKNOWN)
