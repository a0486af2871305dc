"""Member resolution rules of issue 9, each on a small hand-written registry: surname-only
headers, passing titles (sees and bare peerage titles), the larger of two gaps, dates before
the registry's coverage, offices with no house, and party and constituency from the seat
held on the date."""

from __future__ import annotations

import datetime as dt

import pytest

from debateparse import Registry, parse_text, resolve_members
from debateparse.registry.model import Membership, Person, PersonName
from debateparse.registry.roster import roster_registry
from tests.registry_helpers import built_debate, codes, members

ROSTER = """\
id,name,aliases,house,party,constituency,start_date,end_date,kind
hughes,Simon Hughes,,Commons,Liberal Democrat,Southwark and Bermondsey,1997-05-01,2015-03-30,
roy,Roy Hughes,,Commons,Labour,Newport East,1997-05-01,2005-04-11,
ann,Ann Hughes,,Commons,Labour,Somewhere,1997-05-01,2005-04-11,
savours,Dale Campbell-Savours,,Commons,Labour,Workington,1997-05-01,2001-05-14,
hanson,David Hanson,,Commons,Labour,Delyn,1997-05-01,2001-05-14,
graham,Graham Allen,,Commons,Labour,Nottingham North,2010-05-06,2015-03-30,
graham,Graham Allen,,Commons,,,2015-06-08,2015-06-08,observation
heidi,Heidi Allen,,Commons,,,2015-06-08,2015-06-08,observation
conway,Derek Conway,,Commons,Conservative,Old Bexley and Sidcup,2001-06-07,2010-04-12,
swap,Pat Swapper,,Commons,Labour,First Place,1997-05-01,2001-05-14,
swap,Pat Swapper,,Commons,Independent,Second Place,2001-06-07,2005-04-11,
leeds,The Bishop of Leeds,,Lords,Bishops,,2015-02-05,,
blackburn,The Bishop of Blackburn,,Lords,Bishops,,2009-10-22,2012-10-31,
cecil,Lord Parkinson,,Lords,Conservative,,1992,2016-01-22,
brinton,Baroness Brinton,,Lords,Liberal Democrat,,2011-02-10,,
stuart,Gisela Stuart,,Commons,Labour,"Birmingham, Edgbaston",1997-05-01,2017-05-03,
thomas-c,Gareth Thomas,,Commons,Labour,Clwyd West,1997-05-01,2005-04-11,
thomas-h,Gareth Thomas,,Commons,Labour,Harrow West,1997-05-01,,
harper,Mark Harper,,Commons,Conservative,Forest of Dean,2005-05-05,2024-05-30,
harper-s,Emma Harper,,Scottish Parliament,SNP,South Scotland,2016-05-05,,
starmer,Keir Starmer,,Commons,Labour,Holborn and St Pancras,2015-05-07,,
hay,William Hay,Speaker,Northern Ireland Assembly,DUP,,2007-05-08,2014-10-12,
"""


@pytest.fixture(scope="module")
def roster() -> Registry:
    return roster_registry(ROSTER)


def resolved(registry, date, house, names, **kw):
    day = dt.date.fromisoformat(date) if date else None
    return resolve_members(built_debate(day, house, [(n, None) for n in names], **kw), registry)


# --- surname-only headers -------------------------------------------------------------------
def test_surname_links_to_the_named_speaker_of_the_debate(roster) -> None:
    # Three Hughes sit in 2001; the debate named one of them in full.
    debate = resolved(roster, "2001-01-16", "House of Commons", ["Mr. Simon Hughes", "Mr. Hughes"])
    assert members(debate) == {"Mr. Simon Hughes": "hughes", "Mr. Hughes": "hughes"}
    short = next(s for s in debate.speakers.values() if s.name == "Mr. Hughes")
    assert short.resolution is not None and short.resolution.method == "history"


def test_surname_link_respects_the_style(roster) -> None:
    # "Mr Hughes" is not the "Mrs Ann Hughes" of the debate: the registry then has three.
    debate = resolved(roster, "2001-01-16", "House of Commons", ["Mrs Ann Hughes", "Mr Hughes"])
    assert members(debate)["Mr Hughes"] is None
    assert "ambiguous-member" in codes(debate)


def test_hyphenated_surname(roster) -> None:
    debate = resolved(
        roster,
        "2001-01-16",
        "House of Commons",
        ["Mr. Dale Campbell-Savours", "Mr. Campbell-Savours"],
    )
    assert set(members(debate).values()) == {"savours"}


def test_surname_alone_is_the_one_member_sitting_with_it(roster) -> None:
    debate = resolved(roster, "2001-01-16", "House of Commons", ["Mr. Hanson"])
    assert members(debate) == {"Mr. Hanson": "hanson"}
    found = next(iter(debate.speakers.values()))
    assert found.resolution is not None and found.resolution.method == "alias"
    assert found.party == "Labour" and found.constituency == "Delyn"


def test_surname_shared_by_several_sitting_is_ambiguous_with_candidates(roster) -> None:
    debate = resolved(roster, "2001-01-16", "House of Commons", ["Mr Hughes"])
    assert members(debate) == {"Mr Hughes": None}
    (note,) = debate.diagnostics
    assert note.code == "ambiguous-member"
    assert all(who in note.message for who in ("hughes", "roy", "ann"))


def test_surname_constituency_from_the_debate_words(roster) -> None:
    text = "\n".join(
        [
            "Scotland Bill",
            "",
            "– in the House of Commons at 2:30 pm on 30 June 2015.",
            "",
            "Photo of Natascha Engel Natascha Engel",
            "",
            "The amendment that the hon. Member for Nottingham North (Mr Allen) has tabled.",
            "",
            "Photo of Mr Allen Mr Allen",
            "",
            "I wish that it were a point of debate.",
        ]
    )
    debate = resolve_members(parse_text(text, dialect="twfy"), roster)
    assert members(debate)["Mr Allen"] == "graham"
    # Without the reference both Allens are equally near: nobody is chosen.
    alone = resolved(roster, "2015-06-30", "House of Commons", ["Mr Allen"])
    assert members(alone) == {"Mr Allen": None}
    assert codes(alone) == ["ambiguous-member"]


def test_surname_alone_needs_a_date(roster) -> None:
    debate = resolved(roster, None, "House of Commons", ["Mr. Hanson"])
    assert members(debate) == {"Mr. Hanson": None}
    assert codes(debate) == ["unresolved-member"]


# --- dates ----------------------------------------------------------------------------------
def test_gap_is_the_larger_of_seat_and_name_gaps_not_their_sum() -> None:
    # Seat and dated name each 2,000 days away: the sum (4,000) would pass the 3,653 limit.
    person = Person(
        "x", "Ann Example", names=(PersonName("Ann Example", True, dt.date(2010, 1, 1)),)
    )
    seat = Membership("x", "house", "House of Commons", dt.date(2010, 1, 1), dt.date(2015, 1, 1))
    registry = Registry([person], [seat])
    debate = resolved(registry, "2004-07-11", "House of Commons", ["Ann Example"])
    assert members(debate) == {"Ann Example": "x"}


def test_date_before_registry_coverage_is_noted_and_members_placed_from_it(roster) -> None:
    debate = resolved(roster, "1991-02-27", "House of Commons", ["Mr. Derek Conway", "Mr. Hanson"])
    assert members(debate)["Mr. Derek Conway"] == "conway"
    # Who sat in 1991 is not known: a surname alone is not matched against the registry.
    assert members(debate)["Mr. Hanson"] is None
    coverage = [d for d in debate.diagnostics if d.code == "registry-coverage"]
    assert len(coverage) == 1 and "1997-05-01" in coverage[0].message
    assert "2255 days" in coverage[0].message


# --- passing titles -------------------------------------------------------------------------
def test_lord_bishop_is_the_bishop_of_the_see(roster) -> None:
    debate = resolved(roster, "2022-06-23", None, ["The Lord Bishop of Leeds"])
    assert members(debate) == {"The Lord Bishop of Leeds": "leeds"}


def test_bishop_whose_seat_ended_long_before_is_not_the_holder(roster) -> None:
    # The trap: the registry's Bishop of Blackburn left in 2012; in 2022 the see is another's.
    for house in (None, "House of Lords"):
        debate = resolved(roster, "2022-06-23", house, ["The Lord Bishop of Blackburn"])
        assert members(debate) == {"The Lord Bishop of Blackburn": None}


def test_bare_peerage_title_after_its_holder_left_is_not_him(roster) -> None:
    # The trap: Cecil Parkinson (seat ended 2016) is not the Lord Parkinson of 2021.
    debate = resolved(roster, "2021-09-06", "House of Lords", ["Lord Parkinson"])
    assert members(debate) == {"Lord Parkinson": None}
    near = resolved(roster, "2015-06-01", "House of Lords", ["Lord Parkinson"])
    assert members(near) == {"Lord Parkinson": "cecil"}
    # An open seat still counts within the usual limit.
    brinton = resolved(roster, "2021-06-17", "House of Lords", ["Baroness Brinton"])
    assert members(brinton) == {"Baroness Brinton": "brinton"}


def test_bare_title_is_the_debates_peer_with_the_designation(roster) -> None:
    debate = resolved(
        roster, "2015-06-01", "House of Lords", ["Lord Parkinson of Whitley Bay", "Lord Parkinson"]
    )
    # Neither is the registry's Cecil Parkinson: the short form is the peer of the debate.
    assert members(debate) == {"Lord Parkinson of Whitley Bay": None, "Lord Parkinson": None}
    assert "short form of Lord Parkinson of Whitley Bay" in " ".join(
        d.message for d in debate.diagnostics
    )


# --- offices and seats ----------------------------------------------------------------------
def test_office_is_not_matched_by_name_when_the_house_is_unknown(roster) -> None:
    debate = resolved(roster, "2010-01-01", None, ["Mr. Speaker"])
    assert members(debate) == {"Mr. Speaker": None}
    assert "house is unknown" in debate.diagnostics[0].message


def test_party_and_constituency_come_from_the_seat_on_the_date(roster) -> None:
    debate = resolved(roster, "2003-03-03", "House of Commons", ["Pat Swapper"])
    found = next(iter(debate.speakers.values()))
    assert (found.party, found.constituency) == ("Independent", "Second Place")
    earlier = resolved(roster, "1999-03-03", "House of Commons", ["Pat Swapper"])
    found = next(iter(earlier.speakers.values()))
    assert (found.party, found.constituency) == ("Labour", "First Place")


# --- peers known from the Commons; undated namesakes ---------------------------------------
def test_new_peer_is_the_former_member_whose_constituency_names_the_designation(roster) -> None:
    debate = resolved(roster, None, "House of Lords", ["Baroness Stuart of Edgbaston"])
    assert members(debate) == {"Baroness Stuart of Edgbaston": "stuart"}
    # No designation, or one no constituency names: nobody.
    for name in ("Baroness Stuart", "Baroness Stuart of Nowhere"):
        assert members(resolved(roster, None, "House of Lords", [name])) == {name: None}


def test_undated_namesakes_told_apart_by_the_co_speakers(roster) -> None:
    alone = resolved(roster, None, "House of Commons", ["Gareth Thomas"])
    assert members(alone) == {"Gareth Thomas": None}
    # Keir Starmer sat from 2015: of the two, only Harrow West's sat with him.
    debate = resolved(roster, None, "House of Commons", ["Keir Starmer", "Gareth Thomas"])
    assert members(debate) == {"Keir Starmer": "starmer", "Gareth Thomas": "thomas-h"}


def test_bare_new_peer_is_the_one_former_member_of_the_printed_party(roster) -> None:
    debate = resolved(
        roster,
        "2026-02-06",
        "House of Lords",
        ["Lord Harper"],
        parties={"Lord Harper": "Conservative"},
    )
    assert members(debate) == {"Lord Harper": "harper"}
    # No printed party, or another party: nobody.
    assert members(resolved(roster, "2026-02-06", "House of Lords", ["Lord Harper"])) == {
        "Lord Harper": None
    }
    other = resolved(
        roster, "2026-02-06", "House of Lords", ["Lord Harper"], parties={"Lord Harper": "Labour"}
    )
    assert members(other) == {"Lord Harper": None}
