"""Akoma Ntoso divisions: ``meta/analysis/parliamentary/voting``, with the counts and, when
the source lists them, every member's vote.

A ``voting`` (``akomantoso30.xsd``: ``parliamentaryAnalysisType``, a choice of ``quorum``
and ``count``) gets a ``count`` per side, ``refersTo`` the side's ``TLCConcept``
(``#ayes``, ``#noes``) with the number as ``value``; then one ``count[@value=1]`` per vote,
``refersTo`` the voter's ``TLCPerson`` and the side (a teller also ``#teller``, a vote cast
by proxy also ``#proxy``, with ``href`` the proxy holder's person URI). Votes come from
``Division.votes`` (ParlParse XML: every vote with its person id), else from the name lists
a text prints (``aye_names``/``no_names``). ``@href`` points to the division's first
``summary`` when the division was printed as lines.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import NamedTuple

from debateparse.export.xmltree import element, normal, sub, xml_name
from debateparse.models import Debate, Division
from debateparse.normalize import slugify

__all__ = ["Ballot", "Voter", "ballots", "summary_ids", "vote_concepts", "voters", "voting"]

_SIDES = {
    "aye": ("ayes",),
    "content": ("ayes",),
    "no": ("noes",),
    "not-content": ("noes",),
    "both": ("ayes", "noes"),
}
"""A vote as the source records it -> the sides (``TLCConcept`` eIds) it counts for."""

_CONCEPTS = (("ayes", "Ayes"), ("noes", "Noes"), ("teller", "Teller"), ("proxy", "Proxy vote"))


class Voter(NamedTuple):
    """A ``TLCPerson`` for a voter: the same eId and href as the person has as a speaker."""

    ident: str
    href: str
    show: str


class Ballot(NamedTuple):
    """One vote: who, for which sides, as a teller or not, by whose proxy."""

    voter: Voter
    sides: tuple[str, ...]
    teller: bool
    proxy: str | None
    """The proxy holder's person URI."""


def _member(member_id: str, name: str) -> Voter:
    ident = xml_name(member_id.replace("/", "."), "p.")
    return Voter(ident, f"/ontology/person/{member_id}", normal(name) or member_id)


def _named(name: str) -> Voter:
    slug = slugify(name)
    return Voter(xml_name(slug, "p."), f"/ontology/person/debateparse/{slug}", normal(name) or slug)


def ballots(division: Division) -> Iterator[Ballot]:
    """Every vote of the division, as the source lists them (see the module docstring)."""
    if division.votes:
        for vote in division.votes:
            who = _member(vote.member_id, vote.name) if vote.member_id else _named(vote.name)
            proxy = f"/ontology/person/{vote.proxy}" if vote.proxy else None
            yield Ballot(who, _SIDES[vote.vote], vote.teller, proxy)
        return
    for names, side in ((division.aye_names, "ayes"), (division.no_names, "noes")):
        for name in names:
            if normal(name):
                yield Ballot(_named(name), (side,), False, None)


def voters(debate: Debate) -> dict[str, Voter]:
    """eId -> voter, for every vote of every division, first listing first."""
    found: dict[str, Voter] = {}
    for division in debate.divisions:
        for ballot in ballots(division):
            found.setdefault(ballot.voter.ident, ballot.voter)
    return found


def _has_counts(division: Division) -> bool:
    return division.ayes is not None or division.noes is not None


def summary_ids(debate: Debate) -> dict[int, str]:
    """First printed line of each division with counts -> the eId of the ``summary`` its
    ``voting`` points to."""
    return {
        division.lines.lines[0]: f"division_{number}"
        for number, division in enumerate(debate.divisions, start=1)
        if len(division.lines) and _has_counts(division)
    }


def vote_concepts(debate: Debate) -> list[tuple[str, str]]:
    """(eId, showAs) of the ``TLCConcept``s the votings refer to."""
    used: set[str] = set()
    for division in debate.divisions:
        if _has_counts(division):
            used |= {"ayes", "noes"}
        for ballot in ballots(division):
            used |= set(ballot.sides)
            used |= {"teller"} if ballot.teller else set()
            used |= {"proxy"} if ballot.proxy else set()
    return [(ident, label) for ident, label in _CONCEPTS if ident in used]


def _voting(division: Division, ident: str, summary: str | None) -> ET.Element | None:
    votes = list(ballots(division))
    if not _has_counts(division) and not votes:
        return None
    voting = element("voting", eId=ident, href=f"#{summary}" if summary else None)
    for side, count in (("ayes", division.ayes), ("noes", division.noes)):
        if count is not None:
            sub(voting, "count", eId=f"{ident}__cnt_{side}", refersTo=f"#{side}", value=str(count))
    for number, ballot in enumerate(votes, start=1):
        refers = [ballot.voter.ident, *ballot.sides]
        refers += ["teller"] if ballot.teller else []
        refers += ["proxy"] if ballot.proxy else []
        sub(
            voting,
            "count",
            eId=f"{ident}__cnt_{number}",
            refersTo=" ".join(f"#{r}" for r in refers),
            value="1",
            href=ballot.proxy,
        )
    return voting


def voting(debate: Debate) -> ET.Element | None:
    """``analysis`` with a ``voting`` per division with counts or votes; None when none."""
    parliamentary = element("parliamentary")
    summaries = summary_ids(debate)
    for number, division in enumerate(debate.divisions, start=1):
        first = division.lines.lines[0] if len(division.lines) else None
        node = _voting(division, f"vot_{number}", summaries.get(first) if first else None)
        if node is not None:
            parliamentary.append(node)
    if not len(parliamentary):
        return None
    analysis = element("analysis", source="#org.debateparse")
    analysis.append(parliamentary)
    return analysis
