"""ParlaMint TEI ``listPerson``: the people the sitting files' ``u/@who`` point to.

Valid against ParlaMint's ``ParlaMint-listPerson.rng``. A person is written once however
many debates it speaks in: resolved speakers are merged by registry member id, others by
speaker id (see ``export.people.person_id``). Only persons are listed: an unresolved
office ("Mr Speaker") and a collective ("Several hon. Members") are not (see
``export.people.is_person``). A member's known external ids become ``idno`` URLs, the
Parliament member id as ``idno[@subtype=parliament]`` as in ParlaMint-GB. Given the
registry, names come from it (``registry_name``) and its seats become ``affiliation``s
with the house and the party, with dates.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from debateparse.export.houses import HOUSES
from debateparse.export.people import external_ids, is_person, name_parts, person_id
from debateparse.export.tei import TEI_NS
from debateparse.export.xmltree import element, normal, serialize, sub, xml_name
from debateparse.models import Debate, Speaker
from debateparse.normalize import slugify
from debateparse.registry import Registry

__all__ = [
    "affiliations",
    "listed_people",
    "party_id",
    "person_element",
    "registry_name",
    "to_parlamint_listperson",
]


def registry_name(speaker: Speaker, registry: Registry | None) -> str | None:
    """The registry's name of a resolved speaker, or None: the one place the exports take
    a person's name from the registry."""
    if registry is None or not speaker.member_id:
        return None
    person = registry.get(speaker.member_id)
    return person.name if person is not None else None


def _display_name(speaker: Speaker, registry: Registry | None) -> str:
    """The registry's name, else the printed one (in title case when printed in capitals,
    as transcripts print labels)."""
    name = registry_name(speaker, registry) or normal(speaker.name) or speaker.id
    return name.title() if name.isupper() else name


def _person_name(speaker: Speaker, registry: Registry | None) -> ET.Element:
    """``persName`` with name parts, or the whole name as a ``term`` for a name that does
    not split into forename and surname (a peer's title)."""
    name = element("persName")
    text = _display_name(speaker, registry)
    parts = name_parts(text)
    if parts is None:
        sub(name, "term", text)
        return name
    for role in parts.role_names:
        sub(name, "roleName", normal(role))
    for forename in parts.forenames:
        sub(name, "forename", normal(forename))
    sub(name, "surname", normal(parts.surname))
    for addition in parts.add_names:
        sub(name, "addName", normal(addition))
    return name


def party_id(party: str) -> str:
    """``xml:id`` of a party's ``org`` ("DUP" -> ``party.dup``)."""
    return xml_name(f"party.{slugify(party)}", "party.")


def affiliations(speaker: Speaker, registry: Registry | None) -> list[ET.Element]:
    """``affiliation``s from the registry's seats: the house, and the party, with dates.
    Offices and one-day observations are not written."""
    if registry is None or not speaker.member_id:
        return []
    found: list[ET.Element] = []
    for seat in registry.memberships_of(speaker.member_id):
        house = HOUSES.get(seat.house or "")
        if seat.kind != "house" or house is None or not house.org:
            continue
        dates = {
            "from": seat.start.isoformat() if seat.start else None,
            "to": seat.end.isoformat() if seat.end else None,
        }
        found.append(element("affiliation", ref=f"#{house.org}", role="member", **dates))
        if seat.party:
            found.append(
                element("affiliation", ref=f"#{party_id(seat.party)}", role="member", **dates)
            )
    return found


def person_element(ident: str, speaker: Speaker, registry: Registry | None = None) -> ET.Element:
    """One ``person``: name, affiliations (given the registry) and ``idno``s."""
    person = element("person", xml_id=ident)
    person.append(_person_name(speaker, registry))
    person.extend(affiliations(speaker, registry))
    for subtype, url in external_ids(speaker):
        sub(person, "idno", url, type="URI", subtype=subtype)
    return person


def listed_people(debates: Iterable[Debate]) -> dict[str, Speaker]:
    """Person id -> the first speaker printed as that person, over ``debates``."""
    people: dict[str, Speaker] = {}
    for debate in debates:
        for speaker in debate.speakers.values():
            if is_person(speaker):
                people.setdefault(person_id(speaker), speaker)
    return people


def to_parlamint_listperson(
    debates: Debate | Iterable[Debate],
    *,
    list_id: str = "debateparse-listPerson",
    registry: Registry | None = None,
) -> str:
    """The speakers of one or more debates as a ParlaMint ``listPerson`` document.

    Raises:
        ValueError: the debates have no person at all (a listPerson needs one).
    """
    people = listed_people([debates] if isinstance(debates, Debate) else debates)
    if not people:
        raise ValueError("no speakers to list: a ParlaMint listPerson needs at least one person")
    root = element("listPerson", xmlns=TEI_NS, xml_id=list_id, xml_lang="en")
    sub(root, "head", "List of speakers")
    root.extend(person_element(ident, speaker, registry) for ident, speaker in people.items())
    return serialize(root)
