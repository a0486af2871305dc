"""Titles that pass from person to person (bishops' sees, bare peerage titles, hereditary
ranks) resolve only to a holder evidenced near the date (issue 9, the Lord Parkinson trap).

An open seat read from a snapshot is evidence up to the snapshot's date plus
``title_margin_days``; after it, a life peer's title that is not his surname stays his; a
see stays its bishop's for ``see_tenure_days``, never past his 70th birthday; a surname
title or hereditary rank needs an office held near the date. A closed seat ends the
evidence; a recorded death ends every match. Hand-written registries first, then the shared
registry, whose Lords seats are open seats from a 2015-04-23 snapshot.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from debateparse import Registry, resolve_members
from debateparse.registry.match import find_by_name, last_evidence
from debateparse.registry.model import Membership, Person, PersonName
from debateparse.registry.names import title_kind
from tests.conftest import SHARED
from tests.registry_helpers import built_debate, members

SNAPSHOT = dt.date(2015, 4, 23)
LORDS = "House of Lords"


def _peer(
    pid: str,
    name: str,
    death: dt.date | None = None,
    birth: dt.date | None = None,
    surnames: tuple[str, ...] = (),
) -> Person:
    return Person(pid, name, (("test", pid),), (PersonName(name, True),), death, birth, surnames)


def _seat(pid: str, start: dt.date, end: dt.date | None = None, **kw: object) -> Membership:
    known = SNAPSHOT if end is None else None
    return Membership(pid, "house", LORDS, start, end, known, **kw)  # type: ignore[arg-type]


def _office(pid: str, start: dt.date, end: dt.date | None, known: dt.date | None) -> Membership:
    return Membership(pid, "office", "House of Commons", start, end, known, role="Party Chair")


@pytest.fixture(scope="module")
def snapshot() -> Registry:
    """Every Lords seat open as of the 2015 snapshot, as in the shared registry."""
    persons = [
        _peer("cecil", "Lord Parkinson"),
        _peer("brinton", "Baroness Brinton"),
        _peer("leeds", "The Bishop of Leeds"),
        _peer("arran", "The Earl of Arran"),
        _peer("gone", "Lord Gone", death=dt.date(2016, 1, 22)),
        _peer("closed", "Lord Closed"),
        _peer("always", "Lord Always"),
        # A title that is not its holder's surname (Lord Marlesford is a Schreiber) ...
        _peer("marlesford", "Lord Marlesford", surnames=("Schreiber",)),
        # ... and one that is (the registry names Mark Harper's family Harper).
        _peer("harper", "Lord Harper", surnames=("Harper",)),
        _peer("ripon", "The Bishop of Ripon", birth=dt.date(1950, 1, 1)),
    ]
    memberships = [
        _seat("cecil", dt.date(1992, 1, 1)),
        _seat("brinton", dt.date(2011, 2, 10)),
        _office("brinton", dt.date(2019, 12, 13), None, dt.date(2020, 10, 21)),
        _seat("leeds", dt.date(2015, 2, 5)),
        _seat("arran", dt.date(1983, 1, 1)),
        _seat("gone", dt.date(1992, 1, 1)),
        _seat("closed", dt.date(2000, 1, 1), dt.date(2012, 10, 31)),
        _office("closed", dt.date(2019, 1, 1), None, dt.date(2020, 10, 21)),
        # A seat with no end and no snapshot date: the registry says it still runs.
        Membership("always", "house", LORDS, dt.date(2001, 1, 1)),
        _seat("marlesford", dt.date(1991, 1, 1)),
        _seat("harper", dt.date(2010, 1, 1)),
        _seat("ripon", dt.date(2014, 1, 1)),
    ]
    return Registry(persons, memberships)


def resolved(registry: Registry, date: str, house: str | None, name: str):
    debate = built_debate(dt.date.fromisoformat(date), house, [(name, None)])
    return resolve_members(debate, registry)


def test_personal_titles_are_told_from_surname_titles(snapshot) -> None:
    from debateparse.registry.match import _personal_title

    index = snapshot.index_of
    assert _personal_title(snapshot, index("marlesford"), "lord marlesford")
    assert not _personal_title(snapshot, index("harper"), "lord harper")
    assert not _personal_title(snapshot, index("cecil"), "lord parkinson")  # no surname known


def test_popolo_surname_and_birth_are_read(tmp_path) -> None:
    doc = {
        "persons": [
            {
                "id": "p1",
                "birth_date": "26 May, 1949",  # not ISO: ignored, the registry still loads
                "other_names": [
                    {
                        "note": "Main",
                        "honorific_prefix": "Lord",
                        "lordname": "Marlesford",
                        "surname": "Schreiber",
                    },
                ],
            },
            {"id": "p2", "name": "The Bishop of Ripon", "birth_date": "1950-01-01"},
        ],
    }
    path = tmp_path / "people.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    registry = Registry.from_popolo(path)
    assert registry["p1"].surnames == ("Schreiber",) and registry["p1"].birth is None
    assert registry.surname_keys(0) == frozenset({"schreiber"})
    assert registry["p2"].birth == dt.date(1950, 1, 1)


def test_titles_that_pass_are_named() -> None:
    assert title_kind("lord parkinson") == "peerage"
    assert title_kind("bishop of leeds") == "see"
    assert title_kind("earl of arran") == "hereditary"  # passes to the heir
    assert title_kind("lord parkinson of whitley bay") is None  # one life peer
    assert title_kind("john smith") is None


@pytest.mark.parametrize(
    ("name", "date", "expected"),
    [
        # The trap: an open seat from a 2015 snapshot is no evidence in 2021.
        ("Lord Parkinson", "2021-09-06", None),
        ("Lord Parkinson", "2015-06-01", "cecil"),  # inside the margin after the snapshot
        ("Lord Parkinson", "2016-04-20", "cecil"),  # 363 days after
        ("Lord Parkinson", "2016-04-25", None),  # 368 days after
        # A see stays its bishop's for ten years after the snapshot ...
        ("The Lord Bishop of Leeds", "2015-06-23", "leeds"),
        ("The Lord Bishop of Leeds", "2022-06-23", "leeds"),
        ("The Lord Bishop of Leeds", "2025-06-23", None),
        # ... never past his 70th birthday (1 January 2020).
        ("The Lord Bishop of Ripon", "2019-12-01", "ripon"),
        ("The Lord Bishop of Ripon", "2020-06-01", None),
        # A life peer's title that is not his surname is his: nobody else is created with it.
        ("Lord Marlesford", "2019-07-18", "marlesford"),
        # A surname title is given again to the next of that name: evidence needed.
        ("Lord Harper", "2019-07-18", None),
        ("The Earl of Arran", "2023-05-12", None),
        ("The Earl of Arran", "2012-05-12", "arran"),
        # An office held near the date extends an open seat ...
        ("Baroness Brinton", "2021-06-17", "brinton"),
        ("Baroness Brinton", "2022-06-17", None),  # ... only within the margin of its end
        # ... but not a closed one: the title passed on when the seat ended.
        ("Lord Closed", "2019-06-01", None),
        # A seat the registry says still runs is evidence on any later day.
        ("Lord Always", "2030-01-01", "always"),
        # A recorded death ends the evidence, whatever the seat says.
        ("Lord Gone", "2015-12-01", "gone"),
        ("Lord Gone", "2016-02-01", None),
    ],
)
def test_a_passing_title_needs_evidence_near_the_date(snapshot, name, date, expected) -> None:
    assert members(resolved(snapshot, date, LORDS, name)) == {name: expected}


def test_the_unevidenced_holder_is_named_in_an_ambiguous_member_note(snapshot) -> None:
    debate = resolved(snapshot, "2021-09-06", LORDS, "Lord Parkinson")
    notes = [d for d in debate.diagnostics if d.code == "ambiguous-member"]
    assert len(notes) == 1, debate.diagnostics
    assert "cecil (Lord Parkinson), last evidenced 2015-04-23 (2328 days before)" in (
        notes[0].message
    )
    assert notes[0].line == 1


def test_a_death_date_excludes_any_name_not_only_titles() -> None:
    persons = [
        Person("jo", "Jo Bloggs", names=(PersonName("Jo Bloggs", True),), death=dt.date(2010, 1, 1))
    ]
    seats = [Membership("jo", "house", "House of Commons", dt.date(2001, 1, 1))]
    registry = Registry(persons, seats)
    day = dt.date(2012, 1, 1).toordinal()
    found = find_by_name(registry, "Jo Bloggs", chamber="House of Commons", day=day)
    assert found.chosen is None and found.excluded == (0,)
    before = find_by_name(registry, "Jo Bloggs", chamber="House of Commons", day=day - 800)
    assert before.chosen is not None


def test_last_evidence_is_the_snapshot_or_a_later_office(snapshot) -> None:
    index = snapshot.index_of
    assert last_evidence(snapshot, index("cecil"), LORDS) == SNAPSHOT.toordinal()
    assert last_evidence(snapshot, index("brinton"), LORDS) == dt.date(2020, 10, 21).toordinal()
    assert last_evidence(snapshot, index("cecil"), "House of Commons") is None


def test_popolo_death_date_is_read(tmp_path) -> None:
    doc = {
        "persons": [{"id": "p1", "name": "Lord Gone", "death_date": "2016-01"}],
        "memberships": [
            {"person_id": "p1", "organization_id": "house-of-lords", "start_date": "1992"}
        ],
    }
    path = tmp_path / "people.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    registry = Registry.from_popolo(path)
    assert registry["p1"].death == dt.date(2016, 1, 31)
    assert members(resolved(registry, "2016-03-01", LORDS, "Lord Gone")) == {"Lord Gone": None}
    assert members(resolved(registry, "2015-03-01", LORDS, "Lord Gone")) == {"Lord Gone": "p1"}


# --- the shared registry ----------------------------------------------------------------------
POPOLO = SHARED / "registry" / "uk_parliamentarians.popolo.json"


@pytest.fixture(scope="module")
def shared() -> Registry:
    if not POPOLO.exists():
        pytest.skip("the shared registry is not beside the checkout")
    return Registry.from_popolo(POPOLO)


def test_shared_lord_parkinson_in_2021_is_not_cecil_parkinson(shared) -> None:
    # Cecil Parkinson (12949) died in 2016; his Lords seat is open as of the 2015 snapshot.
    debate = resolved(shared, "2021-09-06", LORDS, "Lord Parkinson")
    assert members(debate) == {"Lord Parkinson": None}
    notes = " ".join(d.message for d in debate.diagnostics if d.code == "ambiguous-member")
    assert "uk.org.publicwhip/person/12949" in notes and "2015-04-23" in notes
    near = resolved(shared, "2015-06-01", LORDS, "Lord Parkinson")
    assert members(near) == {"Lord Parkinson": "uk.org.publicwhip/person/12949"}


def test_shared_passing_titles_near_and_far(shared) -> None:
    # Brinton's seat is open as of 2015, and she held a party office open to the 2020
    # ministers snapshot: evidence in 2021.
    brinton = resolved(shared, "2021-06-17", LORDS, "Baroness Brinton")
    assert members(brinton) == {"Baroness Brinton": "uk.org.publicwhip/person/25066"}
    for house in (None, LORDS):
        blackburn = resolved(shared, "2022-06-23", house, "The Lord Bishop of Blackburn")
        assert members(blackburn) == {"The Lord Bishop of Blackburn": None}
    # Not his surname (the registry's Schreiber): his, in 2019. The see of Leeds: ten years.
    marlesford = resolved(shared, "2019-07-18", LORDS, "Lord Marlesford")
    assert members(marlesford) == {"Lord Marlesford": "uk.org.publicwhip/person/12902"}
    leeds = resolved(shared, "2022-06-23", None, "The Lord Bishop of Leeds")
    assert members(leeds) == {"The Lord Bishop of Leeds": "uk.org.publicwhip/person/25263"}
    later = resolved(shared, "2026-06-23", LORDS, "The Lord Bishop of Leeds")
    assert members(later) == {"The Lord Bishop of Leeds": None}
    # A designated life peer's title names one person: no evidence rule applies.
    faulkner = resolved(shared, "2020-03-01", LORDS, "Lord Faulkner of Worcester")
    assert members(faulkner) == {"Lord Faulkner of Worcester": "uk.org.publicwhip/person/12847"}
