"""Popolo loader: TheyWorkForYou ``people.json`` (and office files in its style) -> Registry.

Conventions read (TheyWorkForYou's, and the shared merged registry's ``x_`` additions):

* persons: ``id``, optional ``name``, ``identifiers`` (scheme, identifier),
  ``other_names`` with ``note`` "Main" or "Alternate" and either ``name``, or
  ``given_name``/``family_name``, or Lords parts ``honorific_prefix``/``lordname``/
  ``lordofname`` ("Baroness Smith of Basildon"), each with optional dates; optional
  ``death_date`` and ``birth_date``; a peer's ``surname`` (and any ``family_name``) is
  kept as one of the person's surnames. A person with ``redirect`` is an old id merged
  into another and is skipped.
* memberships: the chamber is ``organization_id``, or the ``organization_id`` of the
  ``post_id``'s post (TheyWorkForYou's Commons memberships name only the post). The kind
  is ``x_kind`` when present; otherwise a membership with a ``role``, or of an organisation
  that is not a chamber, is an office, and the rest are seats. ``on_behalf_of_id`` is the
  party, the post's area (or ``x_area_name``) the constituency. An open end may be
  qualified by ``x_open_as_of`` (the snapshot date, after which nothing is known).
* dates may be partial ("1918", "2005-07"); an end of "9999-12-31" means open.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import regex

from debateparse.errors import RegistryError
from debateparse.registry.core import Registry
from debateparse.registry.model import (
    Membership,
    MembershipKind,
    Person,
    PersonName,
    parse_partial_date,
)
from debateparse.vocabulary import canonical_house, canonical_party

__all__ = ["CHAMBERS", "PARTY_IDS", "load_popolo", "popolo_registry"]

CHAMBERS: dict[str, str] = {
    # Organisation ids of chambers -> canonical house names (as ``vocabulary.HOUSES``
    # spells them). Organisations classified "chamber" but missing here are named by
    # ``canonical_house`` of their name.
    "house-of-commons": "House of Commons",
    "house-of-lords": "House of Lords",
    "scottish-parliament": "Scottish Parliament",
    "northern-ireland-assembly": "Northern Ireland Assembly",
    "welsh-parliament": "Senedd",
    "senedd": "Senedd",
    "national-assembly-for-wales": "Senedd",
}

PARTY_IDS: dict[str, str] = {
    # Party organisation ids whose names debateparse's vocabulary does not know -> the
    # canonical party. Unknown parties keep the organisation's name.
    "scottish-conservatives": "Conservative",
    "sinn-f-in": "Sinn Féin",
    "bishop": "Bishops",
    "speaker-of-the-house-of-commons": "Speaker",
}

_SNAPSHOT = regex.compile(r"@(\d{4}-\d{2}-\d{2})$")
_WIKIDATA_AREA = regex.compile(r"\s+(?:Boro|Co|Burgh|County|Borough)?\s*Const$")
_SMALL_WORDS = frozenset({"and", "of", "the", "upon", "on", "with", "in"})
_PERSON_ID_SCHEMES = (("uk.org.publicwhip/person/", "theyworkforyou"),)


def _own_scheme(person_id: str) -> str:
    for prefix, scheme in _PERSON_ID_SCHEMES:
        if person_id.startswith(prefix):
            return scheme
    return "popolo"


def clean_area(name: str | None) -> str | None:
    """A constituency name as people write it: Wikidata's "Aldershot Boro Const" ->
    "Aldershot"; "SOUTH ANTRIM" -> "South Antrim"."""
    if not name or not name.strip():
        return None
    name = _WIKIDATA_AREA.sub("", name.strip())
    if name.isupper():
        words = name.lower().split()
        name = " ".join(
            w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
        )
    return name


def _name_text(entry: Mapping[str, Any]) -> str | None:
    if entry.get("name"):
        return str(entry["name"])
    prefix = entry.get("honorific_prefix") or ""
    lordname, lordofname = entry.get("lordname") or "", entry.get("lordofname") or ""
    if lordname or lordofname:  # "Lord Allan of Hallam"; "Earl of Arran" (no lordname)
        text = f"{prefix} {lordname}".strip()
        return f"{text} of {lordofname}" if lordofname else text
    given, family = entry.get("given_name") or "", entry.get("family_name") or ""
    return f"{given} {family}".strip() or None


def _family(entry: Mapping[str, Any], text: str) -> str | None:
    """The entry's ``family_name`` when the name text ends with it (not a peer's title)."""
    family = str(entry.get("family_name") or "").strip()
    return family if family and text.endswith(family) and not entry.get("lordname") else None


def _life_date(text: Any, *, end: bool = False) -> dt.date | None:
    """A birth or death date, or None when it is not an ISO (partial) date: some sources
    write "26 May, 1949"; such a date only informs the passing-title rule, so it is not
    worth refusing the registry over."""
    try:
        return parse_partial_date(text, end=end)
    except ValueError:
        return None


def _person(raw: Mapping[str, Any]) -> Person:
    person_id = str(raw["id"])
    ids = [(_own_scheme(person_id), person_id)]
    for ident in raw.get("identifiers") or ():
        if ident.get("scheme") and ident.get("identifier") is not None:
            ids.append((str(ident["scheme"]), str(ident["identifier"])))
    names = []
    if raw.get("name"):
        names.append(PersonName(str(raw["name"]), True))
    for entry in raw.get("other_names") or ():
        text = _name_text(entry)
        if text:
            names.append(
                PersonName(
                    text,
                    entry.get("note") == "Main",
                    parse_partial_date(entry.get("start_date")),
                    parse_partial_date(entry.get("end_date"), end=True),
                    _family(entry, text),
                )
            )
    display = raw.get("name") or next((n.text for n in names if n.main), None)
    death = _life_date(raw.get("death_date"), end=True)
    birth = _life_date(raw.get("birth_date"))
    surnames = tuple(
        dict.fromkeys(
            str(entry.get(field)).strip()
            for entry in raw.get("other_names") or ()
            for field in ("family_name", "surname")
            if entry.get(field)
        )
    )
    return Person(
        person_id,
        display,
        tuple(dict.fromkeys(ids)),
        tuple(dict.fromkeys(names)),
        death,
        birth,
        surnames,
    )


class _Tables:
    """Organisations and posts of all files, by id."""

    def __init__(self) -> None:
        self.orgs: dict[str, Mapping[str, Any]] = {}
        self.posts: dict[str, Mapping[str, Any]] = {}

    def chamber(self, org_id: str | None) -> str | None:
        if not org_id:
            return None
        if org_id in CHAMBERS:
            return CHAMBERS[org_id]
        org = self.orgs.get(org_id)
        if org is not None and org.get("classification") == "chamber":
            return canonical_house(str(org.get("name") or org_id))
        return None

    def party(self, org_id: str | None) -> str | None:
        if not org_id:
            return None
        if org_id in PARTY_IDS:
            return PARTY_IDS[org_id]
        name = str(self.orgs.get(org_id, {}).get("name") or org_id)
        return canonical_party(name) or canonical_party(org_id) or name

    def office(self, raw: Mapping[str, Any], org_id: str | None) -> str | None:
        role = " ".join(str(raw.get("role") or "").split())
        body = str(self.orgs.get(org_id or "", {}).get("name") or "")
        if not role or not body or self.chamber(org_id) or body.casefold() in role.casefold():
            return role or None
        return f"{role}, {body}"


def _known_until(raw: Mapping[str, Any]) -> dt.date | None:
    """For an open membership: the date after which nothing is known. ``x_open_as_of``,
    else the snapshot date of its ``x_source`` ("parlparse:ministers-2010.json@2020-10-21":
    Boris Johnson's open "Prime Minister" there says nothing about 2024)."""
    if raw.get("x_open_as_of"):
        return parse_partial_date(raw["x_open_as_of"])
    snapshot = _SNAPSHOT.search(str(raw.get("x_source") or ""))
    return parse_partial_date(snapshot[1]) if snapshot else None


def _membership(raw: Mapping[str, Any], tables: _Tables) -> Membership:
    post = tables.posts.get(raw.get("post_id") or "", {})
    org_id = raw.get("organization_id") or post.get("organization_id")
    chamber = tables.chamber(org_id)
    kind: MembershipKind = raw.get("x_kind") or (
        "office" if raw.get("role") or chamber is None else "house"
    )
    if kind not in ("house", "observation", "office"):
        raise ValueError(f"unknown membership x_kind {kind!r}")
    end = parse_partial_date(raw.get("end_date"), end=True)
    area = (post.get("area") or {}).get("name") or post.get("label") or raw.get("x_area_name")
    return Membership(
        person_id=str(raw["person_id"]),
        kind=kind,
        house=chamber,
        start=parse_partial_date(raw.get("start_date")),
        end=end,
        known_until=_known_until(raw) if end is None else None,
        party=tables.party(raw.get("on_behalf_of_id")),
        constituency=clean_area(area) if kind == "house" else None,
        role=tables.office(raw, org_id) if kind == "office" else None,
    )


def popolo_registry(documents: list[Mapping[str, Any]], source: str | None = None) -> Registry:
    """A registry from parsed Popolo documents (``persons``, ``organizations``, ``posts``,
    ``memberships``); later documents add memberships and names to earlier persons."""
    tables = _Tables()
    for doc in documents:
        tables.orgs.update({o["id"]: o for o in doc.get("organizations") or () if "id" in o})
        tables.posts.update({p["id"]: p for p in doc.get("posts") or () if "id" in p})
    persons: dict[str, Person] = {}
    for doc in documents:
        for raw in doc.get("persons") or ():
            if raw.get("redirect"):
                continue
            person = _person(raw)
            known = persons.get(person.id)
            if known is not None:
                person = known._replace(
                    ids=tuple(dict.fromkeys(known.ids + person.ids)),
                    names=tuple(dict.fromkeys(known.names + person.names)),
                    death=known.death or person.death,
                    birth=known.birth or person.birth,
                    surnames=tuple(dict.fromkeys(known.surnames + person.surnames)),
                )
            persons[person.id] = person
    memberships = [
        _membership(raw, tables)
        for doc in documents
        for raw in doc.get("memberships") or ()
        if raw.get("person_id")
    ]
    return Registry(persons.values(), memberships, source=source)


def _read(path: str | os.PathLike[str]) -> Mapping[str, Any]:
    try:
        data = json.loads(Path(path).read_bytes())
    except json.JSONDecodeError as error:
        raise RegistryError(
            f"not valid JSON: {error.msg}", source=os.fspath(path), line=error.lineno
        ) from error
    except UnicodeDecodeError as error:
        raise RegistryError(f"not UTF-8 text: {error}", source=os.fspath(path)) from error
    if not isinstance(data, dict) or not any(
        isinstance(data.get(k), list) for k in ("persons", "memberships")
    ):
        raise RegistryError(
            "not a Popolo file: expected an object with a 'persons' or 'memberships' list",
            source=os.fspath(path),
        )
    return data


def load_popolo(*paths: str | os.PathLike[str]) -> Registry:
    """Load one or more Popolo JSON files (people, then office files) as one registry.

    Raises:
        FileNotFoundError: a path does not exist.
        RegistryError: a file is not JSON, not Popolo, or has a bad date or record.
    """
    if not paths:
        raise TypeError("load_popolo() needs at least one path")
    documents = [_read(path) for path in paths]
    source = " + ".join(os.fspath(p) for p in paths)
    try:
        return popolo_registry(documents, source)
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, RegistryError):
            raise
        raise RegistryError(f"bad Popolo record: {error!r}", source=source) from error
