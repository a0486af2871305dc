"""Resolution with the date and house the metadata stage takes from the text (issue 9): a
citation ("HL Deb 18 May 1988 vol 497 cc406-18"), a "Volume 666: debated on ..." line, a
"Commons Chamber"/"Lords Chamber" line, and a debate's own date line over a page index's.
The members come from small hand-written registries, so each rule is seen alone."""

from __future__ import annotations

import datetime as dt

import pytest

from debateparse import Registry, parse_text
from debateparse.registry.model import Membership, Person, PersonName
from tests.registry_helpers import members


def _person(pid: str, name: str) -> Person:
    return Person(pid, name, names=(PersonName(name, True),))


@pytest.fixture(scope="module")
def registry() -> Registry:
    persons = [
        _person("tanlaw", "Lord Tanlaw"),
        _person("tanlaw-2", "Lord Tanlaw"),  # a later holder of the bare title
        _person("early", "Ann Early"),
        _person("late", "Ann Early"),  # a namesake elected much later
        _person("martin", "Michael Martin"),
        Person("boothroyd", "Betty Boothroyd", names=(PersonName("Betty Boothroyd", True),)),
    ]
    memberships = [
        Membership("tanlaw", "house", "House of Lords", dt.date(1971, 1, 1), dt.date(2010, 1, 1)),
        Membership("tanlaw-2", "house", "House of Lords", dt.date(2012, 1, 1)),
        Membership("early", "house", "House of Commons", dt.date(1997, 5, 1), dt.date(2001, 5, 14)),
        Membership("late", "house", "House of Commons", dt.date(2015, 5, 7), dt.date(2019, 11, 6)),
        Membership(
            "martin", "house", "House of Commons", dt.date(1979, 5, 3), dt.date(2009, 6, 21)
        ),
        Membership(
            "martin",
            "office",
            "House of Commons",
            dt.date(2000, 10, 23),
            dt.date(2009, 6, 21),
            role="Speaker of the House of Commons",
        ),
        Membership(
            "boothroyd",
            "office",
            "House of Commons",
            dt.date(1992, 4, 27),
            dt.date(2000, 10, 23),
            role="Speaker of the House of Commons",
        ),
        Membership(
            "boothroyd", "house", "House of Commons", dt.date(1973, 1, 1), dt.date(2000, 10, 23)
        ),
    ]
    return Registry(persons, memberships)


def test_a_citation_dates_a_bare_title(registry) -> None:
    # Without the citation the date is unknown and both holders of the bare title tie.
    body = "Bishops in the House of Lords\n\nLord Tanlaw: My Lords, I beg to ask the Question.\n"
    undated = parse_text(body, registry=registry)
    assert undated.date is None
    assert members(undated) == {"Lord Tanlaw": None}
    cited = parse_text(body + "\nHL Deb 18 May 1988 vol 497 cc406-18\n", registry=registry)
    assert (cited.date, cited.house) == (dt.date(1988, 5, 18), "House of Lords")
    assert members(cited) == {"Lord Tanlaw": "tanlaw"}


def test_a_volume_line_and_a_chamber_line_find_the_speaker_of_the_day(registry) -> None:
    text = (
        "Points of Order\n\n"
        "Volume 666: debated on Monday 12 February 2001\n\n"
        "Commons Chamber\n\n"
        "Mrs. Angela Browning (Tiverton and Honiton): On a point of order, Mr. Speaker.\n\n"
        "Mr. Speaker: Order. The statement is not against the procedures of the House.\n"
    )
    debate = parse_text(text, registry=registry)
    assert (debate.date, debate.house) == (dt.date(2001, 2, 12), "House of Commons")
    assert members(debate)["Mr. Speaker"] == "martin"


def test_the_debates_own_date_line_wins_over_a_page_index_date(registry) -> None:
    # A listing page: the index dates "Schools Funding" 2016; the debate block prints its
    # own date line, 1999. Ann Early sat 1997-2001, her namesake 2015-19: the debate's own
    # date decides, so the index's date must not win.
    header = (
        "Ann Early Portrait Ann Early\n- Hansard - - - Excerpts\n\n"
        "I beg to move the motion standing in my name on the Order Paper.\n"
    )
    index = "Tue 12th Jan 2016\nSchools Funding\nCommons Chamber\n\n"
    own = index + "Tue 28th Jun 2011\n\nSchools Funding\n\nThursday 4th March 1999\n\n" + header
    debate = parse_text(own, dialect="parallelparliament", registry=registry)
    assert (debate.date, debate.house) == (dt.date(1999, 3, 4), "House of Commons")
    assert members(debate) == {"Ann Early": "early"}
    # With no date line of its own, the index labels the debate: the later namesake.
    listed = parse_text(
        index + "Tue 28th Jun 2011\n\nSchools Funding\n\n" + header,
        dialect="parallelparliament",
        registry=registry,
    )
    assert listed.date == dt.date(2016, 1, 12)
    assert members(listed) == {"Ann Early": "late"}


def test_a_chamber_chair_needs_the_house_and_a_masthead_gives_it(registry) -> None:
    # "Mr. Speaker" on an unknown house could be an Assembly's Speaker: the registry's one
    # Commons holder is no evidence. The printed daily part's masthead names the house.
    body = (
        "Monday 12 February 2001\n\n"
        "Mrs. Angela Browning (Tiverton and Honiton): On a point of order, Mr. Speaker.\n\n"
        "Mr. Speaker: Order. The statement is not against the procedures of the House.\n"
    )
    houseless = parse_text(body, dialect="hansard", registry=registry)
    assert houseless.house is None
    assert members(houseless)["Mr. Speaker"] is None
    assert any("house is unknown" in d.message for d in houseless.diagnostics)
    printed = parse_text(
        "HOUSE OF COMMONS OFFICIAL REPORT\n\n" + body, dialect="hansard", registry=registry
    )
    assert printed.house == "House of Commons"
    assert members(printed)["Mr. Speaker"] == "martin"
