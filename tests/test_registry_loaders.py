"""Registry loaders (Popolo, ParlaMint TEI, CSV roster), format detection, pickling."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest

from debateparse import Registry, RegistryError
from debateparse.registry import load_registry
from debateparse.registry.formats import registry_format
from debateparse.registry.model import parse_partial_date
from tests.conftest import FIXTURES, SHARED

SHARED_POPOLO = SHARED / "registry" / "uk_parliamentarians.popolo.json"
PARLAMINT = SHARED / "standards" / "parlamint" / "samples" / "GB"
NAMESAKES = FIXTURES / "registry" / "namesakes.popolo.json"
ROSTER = FIXTURES / "registry" / "commons-2024.csv"
needs_shared = pytest.mark.skipif(not SHARED_POPOLO.exists(), reason="../shared not present")


@pytest.fixture(scope="module")
def namesakes() -> Registry:
    return Registry.from_popolo(NAMESAKES)


# --- Popolo ---------------------------------------------------------------------------
def test_popolo_persons_ids_and_names(namesakes: Registry) -> None:
    penning = namesakes["uk.org.publicwhip/person/11626"]
    assert penning.name == "Michael Penning"
    assert penning.ids_by_scheme() == {
        "theyworkforyou": "uk.org.publicwhip/person/11626",
        "datadotparl_id": "1528",
    }
    assert [(n.text, n.main, n.start) for n in penning.names] == [
        ("Michael Penning", True, None),  # the display name
        ("Michael Penning", True, dt.date(2005, 5, 5)),
        ("Mike Penning", False, None),
    ]


def test_popolo_lords_name_parts_and_dates(namesakes: Registry) -> None:
    smith = namesakes["uk.org.publicwhip/person/10546"]
    assert [(n.text, n.start, n.end) for n in smith.names] == [
        ("Baroness Smith of Basildon", None, None),
        ("Angela Smith", dt.date(1997, 5, 1), dt.date(2010, 4, 12)),
        ("Baroness Smith of Basildon", dt.date(2010, 7, 8), None),
    ]
    assert namesakes["uk.org.publicwhip/person/10025"].names[-1].text == "Lord Stratford"


def test_popolo_membership_conventions(namesakes: Registry) -> None:
    basildon, lords = namesakes.memberships_of("uk.org.publicwhip/person/10546")
    # TheyWorkForYou Commons memberships name only the post; its organisation is the house.
    assert (basildon.kind, basildon.house, basildon.constituency) == (
        "house",
        "House of Commons",
        "Basildon",
    )
    assert basildon.party == "Labour/Co-operative"
    assert (lords.house, lords.end) == ("House of Lords", None)  # 9999-12-31 is open
    girvan = namesakes.memberships_of("uk.org.publicwhip/person/25629")
    assert girvan[0].constituency == "South Antrim"  # Wikidata capitals tidied
    assert girvan[0].known_until == dt.date(2018, 12, 5)  # x_open_as_of
    assert girvan[1].kind == "observation"
    assert girvan[1].start == girvan[1].end == dt.date(2024, 5, 28)
    stone = namesakes.memberships_of("uk.org.publicwhip/person/25668")[0]
    assert stone.constituency == "Caithness, Sutherland and Easter Ross"  # "Co Const" dropped


def test_popolo_offices(namesakes: Registry) -> None:
    office = namesakes.memberships_of("uk.org.publicwhip/person/25628")[1]
    assert (office.kind, office.role) == ("office", "Minister of State, Ministry of Defence")
    speaker = namesakes.memberships_of("uk.org.publicwhip/person/10040")[2]
    assert speaker.role == "Speaker of the House of Commons"  # a chamber is not appended


def test_popolo_redirects_skipped(namesakes: Registry) -> None:
    assert "uk.org.publicwhip/person/10000" not in namesakes
    assert len(namesakes) == 19


def test_popolo_office_file_adds_memberships(tmp_path: Path) -> None:
    ministers = tmp_path / "ministers.json"
    ministers.write_text(
        json.dumps(
            {
                "organizations": [{"id": "cabinet-office", "name": "Cabinet Office"}],
                "memberships": [
                    {
                        "person_id": "uk.org.publicwhip/person/11812",
                        "organization_id": "cabinet-office",
                        "role": "Lord President of the Council",
                        "start_date": "2010-05-11",
                        "end_date": "2015-05-08",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    both = Registry.from_popolo(NAMESAKES, ministers)
    roles = [m.role for m in both.memberships_of("uk.org.publicwhip/person/11812")]
    assert "Lord President of the Council, Cabinet Office" in roles


def test_popolo_snapshot_date_bounds_open_memberships(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    path.write_text(
        json.dumps(
            {
                "persons": [{"id": "p1", "name": "Boris Johnson"}],
                "memberships": [
                    {
                        "person_id": "p1",
                        "organization_id": "house-of-commons",
                        "x_kind": "office",
                        "role": "The Prime Minister",
                        "start_date": "2019-07-24",
                        "x_source": "parlparse:ministers-2010.json@2020-10-21",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    (office,) = Registry.from_popolo(path).memberships
    assert (office.end, office.known_until) == (None, dt.date(2020, 10, 21))


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2024-05-15", False, dt.date(2024, 5, 15)),
        ("1918", False, dt.date(1918, 1, 1)),
        ("1918", True, dt.date(1918, 12, 31)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("9999-12-31", True, None),
        ("", False, None),
    ],
)
def test_partial_dates(text: str, end: bool, expected: dt.date | None) -> None:
    assert parse_partial_date(text, end=end) == expected


@needs_shared
def test_shared_popolo_loads_and_keeps_two_ids_for_one_human() -> None:
    # Load time (< 2 s) is measured by benchmarks/registry.py, not here: wall-clock asserts
    # fail on a loaded machine (seven suites on two cores).
    registry = Registry.from_popolo(SHARED_POPOLO)
    assert len(registry) == 4046
    assert len(registry.memberships) == 21890
    stones = [p.id for p in registry.find("Jamie Stone")]
    assert stones == ["uk.org.publicwhip/person/14104", "uk.org.publicwhip/person/25668"]
    nameless = [p for p in registry if p.name is None]
    assert len(nameless) == 819


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"persons": [', "not valid JSON"),
        ('["a list"]', "not a Popolo file"),
        (
            '{"persons": [{"id": "p1", "other_names": [{"name": "A", "start_date": "soon"}]}]}',
            "bad Popolo record",
        ),
    ],
)
def test_popolo_errors_are_typed(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "people.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=message) as caught:
        Registry.from_popolo(path)
    assert caught.value.source == str(path)
    assert isinstance(caught.value, ValueError)


# --- ParlaMint ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def parlamint() -> Registry:
    return Registry.from_parlamint(PARLAMINT / "ParlaMint-GB-listPerson.excerpt.xml")


@pytest.mark.skipif(not PARLAMINT.exists(), reason="../shared not present")
def test_parlamint_ids_names_and_seats(parlamint: Registry) -> None:
    mak = parlamint["AlanMak"]
    assert mak.ids_by_scheme()["datadotparl_id"] == "4484"
    assert mak.ids_by_scheme()["parlamint"] == "AlanMak"
    seats = [m for m in parlamint.memberships_of("AlanMak") if m.kind == "house"]
    assert [(m.house, m.start, m.end, m.party) for m in seats][-1] == (
        "House of Commons",
        dt.date(2019, 12, 12),
        None,
        "Conservative",
    )
    office = [m for m in parlamint.memberships_of("AlanMak") if m.kind == "office"]
    assert office[0].start == dt.date(2021, 4, 21)
    assert [p.id for p in parlamint.find("Joanna Cherry")] == ["JoannaCherry"]


@pytest.mark.skipif(not PARLAMINT.exists(), reason="../shared not present")
def test_parlamint_party_periods_and_peers(parlamint: Registry) -> None:
    blood = parlamint.memberships_of("MayBlood")
    assert [(m.party, m.start, m.end) for m in blood] == [
        ("Crossbench", dt.date(1999, 7, 31), dt.date(2004, 2, 4)),
        ("Labour", dt.date(2004, 2, 5), dt.date(2018, 9, 4)),
    ]
    assert [p.id for p in parlamint.find("Baroness Prosser")] == ["MargaretProsser"]
    assert [p.id for p in parlamint.find("Lord Jordan")] == ["WilliamJordan"]


def test_parlamint_without_list_org(tmp_path: Path) -> None:
    xml = (
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">'
        '<person xml:id="JimShannon"><persName><forename>Jim</forename>'
        "<surname>Shannon</surname></persName>"
        '<affiliation ref="#parliament.HC" role="member" from="2010-05-06"/>'
        '<affiliation ref="#party.DUP" role="member" from="2010-05-06"/>'
        '<idno type="URI" subtype="parliament">https://members.parliament.uk/member/4131/contact'
        "</idno></person></listPerson>"
    )
    path = tmp_path / "people.xml"
    path.write_text(xml, encoding="utf-8")
    registry = load_registry(path)
    (seat,) = registry.memberships_of("JimShannon")
    assert (seat.house, seat.party) == ("House of Commons", "DUP")
    assert registry["JimShannon"].ids_by_scheme()["datadotparl_id"] == "4131"


def test_parlamint_bad_xml_is_typed(tmp_path: Path) -> None:
    path = tmp_path / "listPerson.xml"
    path.write_text("<listPerson><person>", encoding="utf-8")
    with pytest.raises(RegistryError, match="not well-formed XML"):
        Registry.from_parlamint(path)


# --- CSV roster -----------------------------------------------------------------------
def test_roster_columns_aliases_and_extra_ids() -> None:
    registry = Registry.from_csv(ROSTER)
    penning = registry["uk.org.publicwhip/person/11626"]
    assert [n.text for n in penning.names] == [
        "Michael Penning",
        "Mike Penning",
        "Sir Mike Penning",
    ]
    assert penning.ids_by_scheme()["datadotparl_id"] == "1528"
    (seat,) = registry.memberships_of(penning.id)
    assert (seat.house, seat.party, seat.constituency) == (
        "House of Commons",
        "Conservative",
        "Hemel Hempstead",
    )
    assert seat.end == dt.date(2024, 5, 30)


def test_roster_rows_merge_into_one_person(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(
        "id,name,house,party,start_date,end_date,role\n"
        "p1,Angela Smith,Commons,Lab,1997-05-01,2010-04-12,\n"
        "p1,Baroness Smith of Basildon,Lords,Lab,2010-07-08,,\n"
        "p1,,,,2010-07-08,,Shadow Leader of the House of Lords\n",
        encoding="utf-8",
    )
    registry = Registry.from_csv(path)
    assert len(registry) == 1
    assert [m.kind for m in registry.memberships_of("p1")] == ["house", "house", "office"]
    assert registry["p1"].name == "Angela Smith"


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        ("name,house\nJim Shannon,Commons\n", "missing column", 1),
        ("id,name,kind\np1,Jim Shannon,seat\n", "kind must be one of", 2),
        ("id,name,house,start_date\np1,Jim Shannon,Commons,May 2010\n", "not a date", 2),
        ("id,name\n,Jim Shannon\n", "row without an id", 2),
    ],
)
def test_roster_errors_name_the_line(tmp_path: Path, content: str, message: str, line: int) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=message) as caught:
        Registry.from_csv(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")


# --- formats, pickling, immutability ---------------------------------------------------
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("people.json", "{}", "popolo"),
        ("people.xml", "<x/>", "parlamint"),
        ("roster.csv", "id,name\n", "csv"),
        ("people", '  {"persons": []}', "popolo"),
        ("people", "\ufeff<listPerson/>", "parlamint"),
        ("roster", "id,name\n", "csv"),
    ],
)
def test_registry_format(tmp_path: Path, name: str, content: str, expected: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert registry_format(path) == expected


def test_load_picks_the_loader(namesakes: Registry) -> None:
    assert Registry.load(NAMESAKES) == namesakes
    assert len(Registry.load(ROSTER)) == 7


def test_pickle_round_trip(namesakes: Registry) -> None:
    copy = pickle.loads(pickle.dumps(namesakes))
    assert copy == namesakes
    assert copy.find("Mike Penning") == namesakes.find("Mike Penning")
    assert repr(copy) == repr(namesakes)


def test_registry_is_immutable(namesakes: Registry) -> None:
    with pytest.raises(AttributeError):
        namesakes._persons = ()  # type: ignore[misc]
    assert isinstance(namesakes.persons, tuple)
    assert isinstance(namesakes.memberships, tuple)


def test_repeated_person_id_is_refused() -> None:
    from debateparse.registry import Person

    with pytest.raises(ValueError, match="appears twice"):
        Registry([Person("p1", "A"), Person("p1", "B")])
