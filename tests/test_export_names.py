"""Person names in exports come from the registry when a speaker is resolved (issue 9):
the resolution records the registry's name and family name, and TEI ``listPerson`` and the
speakers table split that name (``name_split.registry_name_parts``), so "Iain Duncan Smith"
has the surname "Duncan Smith" and a printed "GORDON BROWN" is "Gordon Brown". Unresolved
names are split as printed, never taking a post-nominal ("KBE", "AM", "PC") for a surname."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from debateparse import Debate, Registry, resolve_members, speakers_table
from debateparse.export.tei_persons import to_parlamint_listperson
from debateparse.models import Resolution
from debateparse.name_split import registry_name_parts
from debateparse.registry.model import Membership, Person, PersonName
from tests.conftest import SHARED
from tests.registry_helpers import built_debate

TEI = "{http://www.tei-c.org/ns/1.0}"
DAY = dt.date(2010, 6, 1)


@pytest.fixture(scope="module")
def registry() -> Registry:
    persons = [
        Person(
            "ids",
            "Iain Duncan Smith",
            names=(PersonName("Iain Duncan Smith", True, family="Duncan Smith"),),
        ),
        Person("gb", "Gordon Brown", names=(PersonName("Gordon Brown", True, family="Brown"),)),
        Person("coaker", "Lord Coaker", names=(PersonName("Lord Coaker", True),)),
    ]
    seats = [
        Membership(p, "house", house, dt.date(2005, 5, 5), dt.date(2015, 3, 30))
        for p, house in (("ids", "House of Commons"), ("gb", "House of Commons"))
    ] + [Membership("coaker", "house", "House of Lords", dt.date(2019, 1, 1))]
    return Registry(persons, seats)


def _resolved(registry: Registry, names: list[str], house: str = "House of Commons") -> Debate:
    return resolve_members(built_debate(DAY, house, [(n, None) for n in names]), registry)


def test_the_resolution_records_the_registry_name_and_family(registry) -> None:
    debate = _resolved(registry, ["Mr Iain Duncan Smith", "GORDON BROWN"])
    got = {s.name: s.resolution for s in debate.speakers.values()}
    ids, brown = got["Mr Iain Duncan Smith"], got["GORDON BROWN"]
    assert ids is not None and (ids.name, ids.family_name) == ("Iain Duncan Smith", "Duncan Smith")
    assert brown is not None and (brown.name, brown.family_name) == ("Gordon Brown", "Brown")
    # Round trip through JSON keeps them; a resolution without them dumps as before.
    again = Debate.model_validate_json(debate.model_dump_json())
    assert again == debate
    bare = Resolution(member_id="x", method="source", score=1.0)
    assert "name" not in bare.model_dump() and "family_name" not in bare.model_dump()


def test_a_short_form_carries_the_named_speakers_registry_name(registry) -> None:
    debate = _resolved(registry, ["Mr Gordon Brown", "Mr. Brown"])
    short = next(s for s in debate.speakers.values() if s.name == "Mr. Brown")
    assert short.resolution is not None and short.resolution.method == "history"
    assert short.resolution.name == "Gordon Brown"
    parts = registry_name_parts(short)
    assert parts is not None and (parts.forenames, parts.surname) == (("Gordon",), "Brown")


def test_speakers_table_names_come_from_the_registry(registry) -> None:
    debate = _resolved(
        registry, ["Mr Iain Duncan Smith", "GORDON BROWN", "SIR JOHN SMITH KBE", "Jane Hutt AM"]
    )
    rows = {r["name"]: (r["forename"], r["surname"]) for r in speakers_table(debate)}
    assert rows["Mr Iain Duncan Smith"] == ("Iain", "Duncan Smith")
    assert rows["GORDON BROWN"] == ("Gordon", "Brown")
    # Unresolved: split as printed, post-nominals set aside.
    assert rows["SIR JOHN SMITH KBE"] == ("John", "Smith")
    assert rows["Jane Hutt AM"] == ("Jane", "Hutt")


def test_listperson_names_come_from_the_resolution_without_the_registry(registry) -> None:
    debate = _resolved(registry, ["Mr Iain Duncan Smith", "GORDON BROWN", "Rt Hon Ann Jones PC"])
    root = ET.fromstring(to_parlamint_listperson(debate).encode())
    names = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): (
            [f.text for f in p.iter(f"{TEI}forename")],
            [s.text for s in p.iter(f"{TEI}surname")],
        )
        for p in root.iter(f"{TEI}person")
    }
    by_surname = {tuple(s): f for f, s in names.values()}
    assert by_surname[("Duncan Smith",)] == ["Iain"]
    assert by_surname[("Brown",)] == ["Gordon"]
    assert by_surname[("Jones",)] == ["Ann"]
    assert ("PC",) not in by_surname


def test_a_peer_is_written_whole(registry) -> None:
    debate = _resolved(registry, ["Lord Coaker"], house="House of Lords")
    root = ET.fromstring(to_parlamint_listperson(debate).encode())
    (person,) = root.iter(f"{TEI}person")
    assert person.find(f"{TEI}persName/{TEI}term").text == "Lord Coaker"
    assert person.find(f"{TEI}persName/{TEI}surname") is None


POPOLO = SHARED / "registry" / "uk_parliamentarians.popolo.json"


@pytest.mark.skipif(not POPOLO.exists(), reason="the shared registry is not beside the checkout")
def test_shared_registry_names_in_the_speakers_table() -> None:
    shared = Registry.from_popolo(POPOLO)
    debate = _resolved(shared, ["Mr Iain Duncan Smith", "GORDON BROWN"])
    rows = {
        r["name"]: (r["member_id"], r["forename"], r["surname"]) for r in speakers_table(debate)
    }
    assert rows["Mr Iain Duncan Smith"] == (
        "uk.org.publicwhip/person/10180",
        "Iain",
        "Duncan Smith",
    )
    assert rows["GORDON BROWN"] == ("uk.org.publicwhip/person/10068", "Gordon", "Brown")


def _later_peer() -> Registry:
    persons = [
        Person(
            "dcs",
            "Lord Campbell-Savours",
            names=(
                PersonName("Lord Campbell-Savours", True),
                PersonName(
                    "Dale Campbell-Savours",
                    True,
                    dt.date(1997, 5, 1),
                    dt.date(2001, 5, 14),
                    "Campbell-Savours",
                ),
                PersonName("Lord Campbell-Savours", True, dt.date(2001, 7, 19)),
            ),
        ),
        Person(
            "ipj",
            "Ian Paisley Jnr",
            names=(PersonName("Ian Paisley Jnr", True, dt.date(2010, 5, 6), None, "Paisley Jnr"),),
        ),
    ]
    seats = [
        Membership("dcs", "house", "House of Commons", dt.date(1997, 5, 1), dt.date(2001, 5, 14)),
        Membership("dcs", "house", "House of Lords", dt.date(2001, 7, 19)),
        Membership("ipj", "house", "House of Commons", dt.date(2010, 5, 6)),
    ]
    return Registry(persons, seats)


def test_the_name_recorded_is_the_one_used_on_the_date() -> None:
    registry = _later_peer()
    dcs = registry.index_of("dcs")
    assert dcs is not None
    commons = dt.date(1999, 1, 1).toordinal()
    assert registry.name_on(dcs, commons) == ("Dale Campbell-Savours", "Campbell-Savours")
    assert registry.name_on(dcs, dt.date(2010, 1, 1).toordinal()) == (
        "Lord Campbell-Savours",
        None,
    )
    # No date: the dated name the printed one matches, else the display name.
    assert registry.name_on(dcs, None, "dale campbell savours")[0] == "Dale Campbell-Savours"
    assert registry.name_on(dcs, None, "someone else") == ("Lord Campbell-Savours", None)
    debate = resolve_members(
        built_debate(
            dt.date(1999, 1, 1), "House of Commons", [("Mr. Dale Campbell-Savours", None)]
        ),
        registry,
    )
    rows = list(speakers_table(debate))
    assert (rows[0]["forename"], rows[0]["surname"]) == ("Dale", "Campbell-Savours")
    undated = resolve_members(
        built_debate(None, "House of Commons", [("Mr. Dale Campbell-Savours", None)]), registry
    )
    (speaker,) = undated.speakers.values()
    assert speaker.resolution is not None
    assert speaker.resolution.name == "Dale Campbell-Savours"


def test_a_family_name_with_a_suffix_is_the_surname() -> None:
    registry = _later_peer()
    debate = resolve_members(
        built_debate(dt.date(2012, 1, 1), "House of Commons", [("Ian Paisley Jnr", None)]), registry
    )
    (row,) = speakers_table(debate)
    assert (row["forename"], row["surname"]) == ("Ian", "Paisley Jnr")
