"""Debate date and house: one test per source of ``metadata.DATE_SOURCES``, the citation
table (``dialects.citations``), dates in titles, and the rule that a page index's date
never wins over the debate's own date line."""

from __future__ import annotations

import datetime as dt

import pytest

import debateparse
from debateparse.dialects.citations import CITATIONS, citation_body
from debateparse.metadata import DATE_SOURCES, find_citation, title_date

CITATION_CASES = [
    # (line, date, house, description)
    ("HL Deb 18 May 1988 vol 497 cc406-18", dt.date(1988, 5, 18), "HL", "historic Lords"),
    ("HC Deb 12 February 2001 vol 363 cc29-30 3.31 pm", dt.date(2001, 2, 12), "HC", "with time"),
    ("HC Deb, 14 March 2023, vol 729, col 805", dt.date(2023, 3, 14), "HC", "modern, commas"),
    ("[HL Deb 18 May 1988 vol 497 cc406-18]", dt.date(1988, 5, 18), "HL", "in brackets"),
    ("Source: HC Deb 6 November 1967 vol 753 c647.", dt.date(1967, 11, 6), "HC", "labelled"),
    (
        "Volume 666: debated on Monday 12 February 2001",
        dt.date(2001, 2, 12),
        None,
        "hansard.parliament.uk volume line",
    ),
    ("Lords Chamber", None, "Lords Chamber", "chamber line"),
    ("Commons Chamber", None, "Commons Chamber", "chamber line"),
    ("Westminster Hall", None, "Westminster Hall", "chamber line"),
]


@pytest.mark.parametrize(("line", "date", "house", "description"), CITATION_CASES)
def test_citation_rules(line, date, house, description):
    assert find_citation([line]) == (date, house), (line, description)


@pytest.mark.parametrize(
    "line",
    [
        # a citation inside a speech cites another debate, never this one
        "As I said on 18 May (HL Deb 18 May 1988 vol 497 cc406-18), the Bill is flawed.",
        "The Lords Chamber was full.",
        "Volume 666 was debated at length",
        "HC Deb",
    ],
)
def test_citations_must_fill_the_line(line):
    assert find_citation([line]) == (None, None), line


def test_citation_rule_names_are_unique_and_bodies_unwrap():
    names = [rule.name for rule in CITATIONS]
    assert len(names) == len(set(names))
    assert citation_body("[HL Deb 18 May 1988 vol 497 cc406-18]") == (
        "HL Deb 18 May 1988 vol 497 cc406-18"
    )


TITLE_DATES = [
    ("Westminster Hall debate on Fire and Rehire - Apr 27", dt.date(2021, 4, 28), "2021-04-27"),
    ("Westminster Hall debate on Fire and Rehire - Apr 27", dt.date(2022, 1, 3), "2021-04-27"),
    ("Statement: 4 June", dt.date(2020, 6, 5), "2020-06-04"),
    ("Questions to the Minister, Tuesday 14 May 2024", None, "2024-05-14"),
    ("Budget Debate on 3rd March 2021", None, "2021-03-03"),
    ("Apr 27", dt.date(2021, 5, 1), None),  # the whole title is a date: no title to date
    ("Fire and Rehire - Apr 27", None, None),  # no year anywhere
    ("Questions to Theresa May", dt.date(2019, 1, 1), None),
    ("Health and Care Bill", dt.date(2022, 3, 30), None),
]


@pytest.mark.parametrize(("title", "reference", "expected"), TITLE_DATES)
def test_title_dates(title, reference, expected):
    found = title_date(title, reference)
    assert (found.isoformat() if found else None) == expected, (title, reference)


def test_date_sources_are_ordered_strongest_first():
    assert [name for name, _ in DATE_SOURCES] == [
        "location",
        "own_dateline",
        "citation",
        "index_entry",
        "title",
        "listing",
        "preamble",
    ]


def _meta(text: str, dialect: str = "auto") -> tuple[str | None, str | None, str | None]:
    debate = debateparse.parse_text(text, dialect=dialect, strict=False)
    return debate.title, debate.date.isoformat() if debate.date else None, debate.house


PP_HEADER = (
    "Nigel Evans Portrait Mr Deputy Speaker (Mr Nigel Evans)\n- Hansard - - - Excerpts\n\n"
    "Order. I call the next speaker.\n"
)


def test_index_entry_labels_the_debate_when_it_prints_no_date_of_its_own():
    # ParallelParliament's member-pair page: the index lists each debate under its date;
    # the debate block repeats the title and prints no date.
    text = (
        "Wed 30th Mar 2022\nHealth and Care Bill\nCommons Chamber\n\n"
        "Tue 23rd Jun 2020\nDesecration of War Memorials\nCommons Chamber\n\n"
        "Tue 28th Jun 2011\n\nHealth and Care Bill\n\n" + PP_HEADER
    )
    assert _meta(text, "parallelparliament") == (
        "Health and Care Bill",
        "2022-03-30",
        "House of Commons",
    )


def test_index_date_never_wins_over_the_debates_own_date_line():
    text = (
        "Wed 30th Mar 2022\nHealth and Care Bill\nCommons Chamber\n\n"
        "Tue 28th Jun 2011\n\nHealth and Care Bill\n\nTuesday 5th April 2022\n\n" + PP_HEADER
    )
    assert _meta(text, "parallelparliament")[1] == "2022-04-05"


def test_listing_date_is_the_last_resort_before_the_preamble():
    text = "Tue 28th Jun 2011\n\nHealth and Care Bill\n\n" + PP_HEADER
    assert _meta(text, "parallelparliament")[1] == "2011-06-28"


def test_citation_in_a_quoting_page_gives_date_and_house():
    text = (
        "Bishops in the House of Lords\n\n"
        "Lord Tanlaw: My Lords, I beg to ask the Question standing in my name.\n\n"
        "HL Deb 18 May 1988 vol 497 cc406-18\n"
    )
    assert _meta(text, "transcript") == (
        "Bishops in the House of Lords",
        "1988-05-18",
        "House of Lords",
    )


def test_chamber_line_gives_the_house():
    text = "Lords Chamber\n\nLord Tanlaw: My Lords, I beg to ask the Question on the paper.\n"
    assert _meta(text, "transcript")[2] == "House of Lords"


def test_title_date_takes_its_year_from_the_page_stamp():
    text = (
        "Westminster Hall debate on Fire and Rehire - Apr 27\n\n"
        "Wednesday, 28 April 2021 08:51\n\n"
        "Kate Osborne (Jarrow) (Lab) I beg to move, That this House has considered it.\n"
    )
    assert _meta(text)[:2] == ("Westminster Hall debate on Fire and Rehire - Apr 27", "2021-04-27")


def test_location_line_wins_over_everything():
    text = (
        "Ukraine and Georgia\n\n– in the House of Commons at 12:35 pm on 15 May 2024.\n\n"
        "HL Deb 18 May 1988 vol 497 cc406-18\n\n"
        "Photo of Jim Shannon Jim Shannon DUP 12:35 pm, 15 May 2024\n\nI thank the Minister.\n"
    )
    assert _meta(text)[1:] == ("2024-05-15", "House of Commons")


@pytest.mark.parametrize(
    ("title_line", "title"),
    [
        ("Rail Services [Mr Philip Hollobone in the Chair]", "Rail Services"),
        ("Fire and Rehire (Mrs Sheryll Murray in the Chair)", "Fire and Rehire"),
        ("Rail Services", "Rail Services"),
    ],
)
def test_a_chair_notice_ending_the_title_line_is_not_the_title(title_line, title):
    text = (
        f"{title_line}\n\n– in Westminster Hall at 9:30 am on 27 April 2021.\n\n"
        "Photo of Kate Osborne Kate Osborne Labour, Jarrow\n\nI beg to move.\n"
    )
    assert _meta(text)[0] == title


def test_oral_answers_to_questions_is_the_parent_of_the_questions_heading():
    text = (
        "Skip to main content\n\nOral Answers to Questions\n\n"
        "Volume 666: debated on Wednesday 23 October 2019\n\nCabinet Office\n\n"
        "The Chancellor of the Duchy of Lancaster was asked—\n\n"
        "Jim Shannon (Strangford) (DUP)\n\nWhat steps he is taking.\n"
    )
    debate = debateparse.parse_text(text)
    assert (debate.title, debate.parent_title) == ("Oral Answers to Questions", None)
    nested = text.replace("Skip to main content\n\nOral Answers to Questions\n\n", "").replace(
        "Cabinet Office\n\n", "Oral Answers to Questions\n\nCabinet Office\n\n"
    )
    debate = debateparse.parse_text("Cabinet Office Questions\n\n" + nested)
    assert debate.parent_title == "Oral Answers to Questions"


@pytest.mark.parametrize(
    ("title", "house"),
    [
        ("First Minister's Questions - Scottish Parliament: 5th June 2014", "Scottish Parliament"),
        ("Scottish Parliament (Elections) Bill", None),
        ("Questions | Senedd Cymru", "Senedd"),
    ],
)
def test_a_house_named_as_a_title_segment_is_the_last_resort(title, house):
    text = f"{title}\n\nJohann Lamont: I thank the First Minister.\n\nAlex Salmond: Indeed.\n"
    assert _meta(text, "transcript")[2] == house


def test_a_daily_parts_masthead_gives_the_house():
    text = (
        "HOUSE OF LORDS OFFICIAL REPORT\n\n"
        "Lord Tanlaw: My Lords, I beg to ask the Question on the paper.\n"
    )
    assert _meta(text, "transcript")[2] == "House of Lords"
