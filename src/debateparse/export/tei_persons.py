"""ParlaMint TEI ``listPerson``: the people the sitting files' ``u/@who`` point to.

Valid against ParlaMint's ``ParlaMint-listPerson.rng``. A person is written once however
many debates it speaks in: resolved speakers are merged by registry member id, others by
speaker id (see ``export.people.person_id``). A role-only speaker (an unresolved office,
"Mr Speaker") is listed once per office as printed (``export.people.role_id``), typed as
a role: its name is a ``term`` (ParlaMint's form for special persons) and an
``affiliation`` says which office of which house (``head``, ``deputyHead``, ``minister``,
``member``, by ``OFFICE_AFFILIATIONS``). A collective ("Several hon. Members") is not
listed: it is no person. A member's known external ids become ``idno`` URLs, the
Parliament member id as ``idno[@subtype=parliament]`` as in ParlaMint-GB. Given the
registry, its seats become ``affiliation``s with the house and the party, with dates. Names
of resolved speakers come from the registry (``name_split.registry_name_parts``: the name and
family name the resolution recorded, "Iain Duncan Smith" with the surname "Duncan Smith"),
others from the printed name.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

import regex

from debateparse.export.houses import HOUSES, house_info
from debateparse.export.people import (
    external_ids,
    is_person,
    is_role,
    person_id,
    role_id,
)
from debateparse.export.tei import TEI_NS
from debateparse.export.xmltree import element, normal, serialize, sub, xml_name
from debateparse.models import Debate, Speaker
from debateparse.name_split import display_name, registry_name, registry_name_parts
from debateparse.normalize import slugify
from debateparse.registry import Registry

__all__ = [
    "OFFICE_AFFILIATIONS",
    "affiliations",
    "listed_people",
    "listed_roles",
    "party_id",
    "people_elements",
    "person_element",
    "registry_name",
    "role_element",
    "to_parlamint_listperson",
]


def _person_name(speaker: Speaker, registry: Registry | None) -> ET.Element:
    """``persName`` with name parts (``registry_name_parts``: the registry's name and family
    name when resolved), or the whole name as a ``term`` for a name that does not split into
    forename and surname (a peer's title)."""
    name = element("persName")
    parts = registry_name_parts(speaker, registry)
    if parts is None:
        sub(name, "term", normal(display_name(speaker, registry)))
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


OFFICE_AFFILIATIONS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    # (ParlaMint affiliation/@role, pattern for the office without its style); first wins
    (
        "deputyHead",
        regex.compile(
            r"(?i)^(?:(?:first |second |temporary )?deputy (?:speaker|presiding officer|chair"
            r"|chairman)|dirprwy lywydd|(?:first |second )?deputy chairman of (?:ways and means"
            r"|committees)|chairman of ways and means)$"
        ),
    ),
    (
        "head",
        regex.compile(
            r"(?i)^(?:lord )?(?:speaker|presiding officer|llywydd|chair|chairman|chairwoman"
            r"|chairperson|convener|chairman of committees)$"
        ),
    ),
    ("minister", regex.compile(r"(?i)\b(?:minister|secretary|attorney|solicitor general)\b")),
)
"""How a role-only speaker's office is typed (``ParlaMint.rng``'s ``affiliationRole.val``):
the chair of the house is its ``head``, a deputy chair ``deputyHead``, an office of
government ``minister``; any other office is a ``member`` of the house."""

_STYLE = regex.compile(r"(?i)^(?:the|mr\.?|madam|madame|y)\s+")


def _office(name: str) -> str:
    """The office of a role-only name, without its style ("Mr Speaker" -> "Speaker")."""
    text = normal(name)
    text = text.title() if text.isupper() else text
    return _STYLE.sub("", text) or text


def role_element(ident: str, speaker: Speaker, houses: Iterable[str | None]) -> ET.Element:
    """One role-only speaker's entry: the office as printed as the ``persName/term`` and an
    ``affiliation`` with the office (``roleName``) for each house it spoke in (``@ref``
    to the house's ``org``; none when the house is not known)."""
    person = element("person", xml_id=ident)
    printed = normal(speaker.name)
    sub(sub(person, "persName"), "term", printed.title() if printed.isupper() else printed)
    office = _office(speaker.name)
    kind = next((role for role, pattern in OFFICE_AFFILIATIONS if pattern.search(office)), "member")
    for org in sorted(set(houses), key=lambda o: o or ""):
        affiliation = sub(person, "affiliation", ref=f"#{org}" if org else None, role=kind)
        sub(affiliation, "roleName", office, xml_lang="en")
    return person


def listed_roles(debates: Iterable[Debate]) -> dict[str, tuple[Speaker, tuple[str | None, ...]]]:
    """Role id -> (the first speaker printed as that office, the houses it spoke in:
    ``org`` ids, None for a text of no known body), over ``debates``."""
    roles: dict[str, tuple[Speaker, tuple[str | None, ...]]] = {}
    for debate in debates:
        org = house_info(debate.house).org or None
        for speaker in debate.speakers.values():
            if is_role(speaker):
                ident = role_id(speaker.name)
                first, houses = roles.get(ident, (speaker, ()))
                roles[ident] = (first, houses if org in houses else (*houses, org))
    return roles


def people_elements(debates: Iterable[Debate], registry: Registry | None) -> list[ET.Element]:
    """Every ``person`` of a listPerson: the persons, then the role-only speakers.

    Raises:
        ValueError: the debates have no person and no role-only speaker (a listPerson
            needs one).
    """
    debates = list(debates)
    found = [person_element(i, s, registry) for i, s in listed_people(debates).items()]
    found += [role_element(i, s, houses) for i, (s, houses) in listed_roles(debates).items()]
    if not found:
        raise ValueError("no speakers to list: a ParlaMint listPerson needs at least one person")
    return found


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
    people = people_elements([debates] if isinstance(debates, Debate) else debates, registry)
    root = element("listPerson", xmlns=TEI_NS, xml_id=list_id, xml_lang="en")
    sub(root, "head", "List of speakers")
    root.extend(people)
    return serialize(root)
