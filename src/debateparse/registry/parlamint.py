"""ParlaMint TEI loader: ``listPerson`` (+ ``listOrg``) -> Registry.

Read with the standard library's ``xml.etree.ElementTree``. A ``<person xml:id>`` gives:

* names: each ``<persName>`` ("forename forename surname", plus "roleName surname" for a
  peer's "Baroness X" form), dated by its ``from``/``to`` when several are given; the
  first undated (or latest) one is the display name; "first forename surname" is added
  for a person with several forenames, and "Baroness X" / "Lord X" for a peer (see
  ``_peer_names``);
* ids: its ``xml:id`` (scheme ``parlamint``), the Parliament member id from
  ``idno[@type="URI"][@subtype="parliament"]`` ("https://members.parliament.uk/member/
  4484/contact" -> ``datadotparl_id`` 4484), a Wikidata QID from a wikidata URL, and other
  ``idno``s under their subtype;
* memberships from ``<affiliation ref="#org" role from to>``: an organisation with
  ``role="parliament"`` is a chamber (a seat, cut into one seat per party period),
  ``role="politicalParty"`` a party, anything else an office ("Minister" of
  "Government of the United Kingdom"). Without a ``listOrg``, ``parliament.*`` and
  ``party.*`` ids are read by their prefix.
"""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import regex

from debateparse.errors import RegistryError
from debateparse.registry.core import Registry
from debateparse.registry.model import Membership, Person, PersonName, parse_partial_date
from debateparse.vocabulary import canonical_house, canonical_party

__all__ = ["PARLIAMENT_IDS", "load_parlamint"]

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

PARLIAMENT_IDS: dict[str, str] = {
    # ParlaMint-GB organisation ids of the chambers, used when no listOrg names them.
    "parliament.HC": "House of Commons",
    "parliament.HL": "House of Lords",
}

_MEMBER_URL = regex.compile(r"members\.parliament\.uk/member/(\d+)")
_QID = regex.compile(r"\b(Q\d+)\b")


class _Org(NamedTuple):
    role: str
    """"parliament", "politicalParty", "government", ..."""
    name: str
    abbreviation: str | None


class _Affiliation(NamedTuple):
    org_id: str
    role: str
    start: dt.date | None
    end: dt.date | None
    role_name: str | None


def _parse(path: str | os.PathLike[str]) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as error:
        raise RegistryError(
            f"not well-formed XML: {error}", source=os.fspath(path), line=error.position[0]
        ) from error


def _orgs(root: ET.Element) -> dict[str, _Org]:
    orgs = {}
    for org in root.iter(f"{TEI}org"):
        names = {
            n.get("full", "yes"): " ".join("".join(n.itertext()).split())
            for n in org.findall(f"{TEI}orgName")
        }
        name = names.get("yes") or next(iter(names.values()), org.get(XML_ID, ""))
        orgs[org.get(XML_ID, "")] = _Org(org.get("role", ""), name, names.get("abb"))
    return orgs


def _org_of(org_id: str, orgs: dict[str, _Org]) -> _Org:
    if org_id in orgs:
        return orgs[org_id]
    if org_id in PARLIAMENT_IDS:
        return _Org("parliament", PARLIAMENT_IDS[org_id], None)
    if org_id.startswith("party."):
        return _Org("politicalParty", org_id.removeprefix("party."), None)
    return _Org("", org_id, None)


def _party_name(org: _Org) -> str:
    return (
        canonical_party(org.name)
        or (canonical_party(org.abbreviation) if org.abbreviation else None)
        or org.name
    )


def _text(element: ET.Element, tag: str) -> list[str]:
    return [" ".join("".join(e.itertext()).split()) for e in element.findall(f"{TEI}{tag}")]


def _names(person: ET.Element) -> tuple[PersonName, ...]:
    names: list[PersonName] = []
    for pers in person.findall(f"{TEI}persName"):
        surnames = _text(pers, "surname")
        forenames = _text(pers, "forename")
        parts = forenames + _text(pers, "nameLink") + surnames
        start = parse_partial_date(pers.get("from"))
        end = parse_partial_date(pers.get("to"), end=True)
        text = " ".join(p for p in parts if p) or " ".join("".join(pers.itertext()).split())
        if text:
            names.append(PersonName(text, True, start, end))
        if len(forenames) > 1 and surnames:  # "Joanna Catherine Cherry" prints "Joanna Cherry"
            short = " ".join([forenames[0], *_text(pers, "nameLink"), *surnames])
            names.append(PersonName(short, True, start, end))
        for title in _text(pers, "roleName"):
            if title and surnames:
                names.append(PersonName(f"{title} {surnames[-1]}", False, start, end))
    undated = [n for n in names if n.main and n.start is None and n.end is None]
    display = (
        undated[0] if undated else max(names, key=lambda n: n.start or dt.date.min, default=None)
    )
    ordered = ([display] if display else []) + [n for n in names if n is not display]
    return tuple(dict.fromkeys(ordered))


def _ids(person: ET.Element, person_id: str) -> tuple[tuple[str, str], ...]:
    ids = [("parlamint", person_id)]
    for idno in person.findall(f"{TEI}idno"):
        text = (idno.text or "").strip()
        subtype = idno.get("subtype") or idno.get("type") or "idno"
        member = _MEMBER_URL.search(text) if subtype == "parliament" else None
        qid = _QID.search(text) if "wikidata" in text or subtype == "wikidata" else None
        if member:
            ids.append(("datadotparl_id", member[1]))
        elif qid:
            ids.append(("wikidata", qid[1]))
        elif text:
            ids.append((subtype, text))
    return tuple(dict.fromkeys(ids))


def _affiliations(person: ET.Element) -> list[_Affiliation]:
    found = []
    for aff in person.findall(f"{TEI}affiliation"):
        role_names = _text(aff, "roleName")
        found.append(
            _Affiliation(
                (aff.get("ref") or "").removeprefix("#"),
                aff.get("role") or "member",
                parse_partial_date(aff.get("from")),
                parse_partial_date(aff.get("to"), end=True),
                role_names[0] if role_names else None,
            )
        )
    return found


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return a if b is None else b if a is None else max(a, b)


def _earlier(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return a if b is None else b if a is None else min(a, b)


def _seats(
    person_id: str, seat: _Affiliation, house: str, parties: list[tuple[_Affiliation, str]]
) -> list[Membership]:
    """A house affiliation cut at party changes: one seat per overlapping party period."""
    found = []
    for party, name in parties:
        start, end = _later(seat.start, party.start), _earlier(seat.end, party.end)
        if start is None or end is None or start <= end:
            found.append(Membership(person_id, "house", house, start, end, party=name))
    return found or [Membership(person_id, "house", house, seat.start, seat.end)]


def _memberships(person_id: str, person: ET.Element, orgs: dict[str, _Org]) -> list[Membership]:
    affiliations = [(a, _org_of(a.org_id, orgs)) for a in _affiliations(person)]
    parties = [(a, _party_name(o)) for a, o in affiliations if o.role == "politicalParty"]
    found = []
    for aff, org in affiliations:
        if org.role == "parliament":
            found += _seats(person_id, aff, canonical_house(org.name), parties)
        elif org.role != "politicalParty":
            role = aff.role_name or f"{aff.role.capitalize()}, {org.name}"
            found.append(Membership(person_id, "office", None, aff.start, aff.end, role=role))
    return found


def _peer_names(
    person: ET.Element, names: tuple[PersonName, ...], houses: set[str]
) -> tuple[PersonName, ...]:
    """ParlaMint-GB gives peers only forename and surname; the Lords prints "Baroness
    Prosser". For a member of the House of Lords, add "Baroness X" (sex F) or "Lord X"
    (otherwise) as an alternate name. A peer whose title is not the surname is not found
    this way (nor wrongly: the alias is only an alias)."""
    surnames = [_text(p, "surname") for p in person.findall(f"{TEI}persName")]
    if "House of Lords" not in houses or not surnames or not surnames[0]:
        return names
    sex = person.find(f"{TEI}sex")
    title = "Baroness" if sex is not None and sex.get("value") == "F" else "Lord"
    return (*names, PersonName(f"{title} {surnames[0][-1]}", False))


def _sibling_list_org(list_person: Path) -> Path | None:
    candidate = list_person.with_name(list_person.name.replace("listPerson", "listOrg"))
    return candidate if candidate != list_person and candidate.exists() else None


def load_parlamint(
    list_person: str | os.PathLike[str], list_org: str | os.PathLike[str] | None = None
) -> Registry:
    """Load a ParlaMint ``listPerson`` file; ``list_org`` (default: the ``listOrg`` file
    beside it, if any) names houses and parties.

    Raises:
        FileNotFoundError: a path does not exist.
        RegistryError: the XML is malformed, not a listPerson, or has a bad date.
    """
    path = Path(list_person)
    root = _parse(path)
    if root.tag not in (f"{TEI}listPerson", f"{TEI}TEI", f"{TEI}teiCorpus"):
        raise RegistryError(
            f"not a ParlaMint listPerson file (root <{root.tag}>)", source=str(path)
        )
    org_path = Path(list_org) if list_org is not None else _sibling_list_org(path)
    orgs = _orgs(root)
    if org_path is not None:
        orgs.update(_orgs(_parse(org_path)))
    persons, memberships = [], []
    try:
        for element in root.iter(f"{TEI}person"):
            person_id = element.get(XML_ID)
            if not person_id:
                continue
            own = _memberships(person_id, element, orgs)
            names = _peer_names(element, _names(element), {m.house for m in own if m.house})
            display = names[0].text if names else None
            persons.append(Person(person_id, display, _ids(element, person_id), names))
            memberships += own
    except ValueError as error:
        raise RegistryError(f"bad ParlaMint record: {error}", source=str(path)) from error
    sources = str(path) if org_path is None else f"{path} + {org_path}"
    return Registry(persons, memberships, source=sources)
