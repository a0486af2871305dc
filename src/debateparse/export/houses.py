"""What the XML writers say about each house: ParlaMint ids, setting and official report."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["HOUSES", "House", "house_info"]


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
    ),
    "Westminster Hall": House(
        "parliament.HC",
        "#parla.lower #parla.sitting",
        "London",
        "Westminster Hall",
        "westminsterhall",
        _COMMONS_REPORT,
    ),
    "Public Bill Committee": House(
        "parliament.HC",
        "#parla.lower #parla.sitting",
        "London",
        "Westminster",
        "publicbillcommittee",
        _COMMONS_REPORT,
    ),
    "General Committee": House(
        "parliament.HC",
        "#parla.lower #parla.sitting",
        "London",
        "Westminster",
        "generalcommittee",
        _COMMONS_REPORT,
    ),
    "Delegated Legislation Committee": House(
        "parliament.HC",
        "#parla.lower #parla.sitting",
        "London",
        "Westminster",
        "delegatedlegislationcommittee",
        _COMMONS_REPORT,
    ),
    "House of Lords": House(
        "parliament.HL",
        "#parla.upper #parla.sitting",
        "London",
        "Westminster",
        "lords",
        _LORDS_REPORT,
    ),
    "Grand Committee": House(
        "parliament.HL",
        "#parla.upper #parla.sitting",
        "London",
        "Westminster",
        "grandcommittee",
        _LORDS_REPORT,
    ),
    "Scottish Parliament": House(
        "parliament.SP",
        "#parla.uni #parla.sitting",
        "Edinburgh",
        "Holyrood",
        "scottishparliament",
        "https://www.parliament.scot/chamber-and-committees/official-report",
    ),
    "Senedd": House(
        "parliament.SC",
        "#parla.uni #parla.sitting",
        "Cardiff",
        "Senedd",
        "senedd",
        "https://record.senedd.wales/",
    ),
    "Northern Ireland Assembly": House(
        "parliament.NIA",
        "#parla.uni #parla.sitting",
        "Belfast",
        "Stormont",
        "niassembly",
        "https://aims.niassembly.gov.uk/officialreport/",
    ),
}
"""Canonical house name (``Debate.house``) -> what the exports write for it."""

_UNKNOWN = House(
    "parliament", "#parla.sitting", None, None, "unknown", "https://hansard.parliament.uk/"
)


def house_info(house: str | None) -> House:
    """The entry for ``house``; an unknown or missing house gets a generic UK entry."""
    return HOUSES.get(house or "", _UNKNOWN)
