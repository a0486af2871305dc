"""The official and historic Hansard dialect: header forms, glued headers, datelines,
questions, unattributed text, and the dev-corpus cases."""

from __future__ import annotations

import datetime as dt

import pytest

import debateparse
from tests.conftest import FIXTURES, first_words, gold_of

WEB = """Skip to main content

Ukraine and Georgia

Volume 750: debated on Wednesday 15 May 2024

Urgent Question

12:35:00

Jim Shannon (Strangford) (DUP)

(Urgent Question): To ask the Secretary of State for Defence if he will make a statement.

The Minister for the Armed Forces (Leo Docherty)

We are on day 811 of Putin’s so-called special military operation.

Madam Deputy Speaker (Dame Rosie Winterton)

Order. I call the Chair of the Defence Committee.

Sir Iain Duncan Smith (Chingford and Woodford Green) (Con)

Will my right hon. Friend agree that Mr Speaker was right to grant this?

Several hon. Members rose—

Mr Speaker

Order.

Hon. Members: Hear, hear!

Leo Docherty

I am grateful, Mr Speaker.
"""


def _turns(text: str, dialect: str = "auto"):
    debate = debateparse.parse_text(text, dialect=dialect)
    return debate, [
        (t.speaker_name, t.role_text, t.kind, first_words(t.text, 4)) for t in debate.turns
    ]


def test_hansard_website_with_names():
    debate, turns = _turns(WEB)
    assert debate.dialect == "hansard"
    assert (debate.title, debate.date, debate.house) == (
        "Ukraine and Georgia",
        dt.date(2024, 5, 15),
        None,
    )
    assert turns == [
        ("Jim Shannon", "(Strangford) (DUP)", "urgent_question", "(Urgent Question): To ask"),
        ("Leo Docherty", "The Minister for the Armed Forces", "speech", "We are on day"),
        ("Dame Rosie Winterton", "Madam Deputy Speaker", "speech", "Order. I call the"),
        (
            "Sir Iain Duncan Smith",
            "(Chingford and Woodford Green) (Con)",
            "speech",
            "Will my right hon.",
        ),
        ("Mr Speaker", None, "speech", "Order."),
        ("Leo Docherty", None, "speech", "I am grateful, Mr"),
    ]
    # a collective cry is a stage direction of the turn it interrupts, not a turn
    chair = debate.turns[-2]
    assert [(p.kind, p.text) for p in chair.paragraphs] == [
        ("text", "Order."),
        ("stage", "Hon. Members: Hear, hear!"),
    ]
    assert chair.text == "Order."
    assert debate.turns[0].time == dt.time(12, 35)
    speakers = debate.speakers
    assert speakers["jim-shannon"].party == "DUP"
    assert speakers["leo-docherty"].turn_count == 2
    assert speakers["leo-docherty"].roles == ("The Minister for the Armed Forces",)
    assert speakers["mr-speaker"].kind == "role"
    assert "hon-members" not in speakers
    # the stage direction is kept as a procedural line, not given to Sir Iain as speech
    sir_iain = debate.turns[3]
    assert [p.kind for p in sir_iain.paragraphs] == ["text", "procedural"]
    assert "rose" not in sir_iain.text


def test_numbered_and_topical_questions():
    text = (
        "Oral Answers to Questions\n\nVolume 666: debated on Wednesday 23 October 2019\n\n"
        "1. Mr Peter Bone (Wellingborough) (Con)\n\n"
        "What steps his Department is taking to support exports. (900085)\n\n"
        "T1. [900123] Jim Shannon (Strangford) (DUP)\n\n"
        "If he will make a statement on his departmental responsibilities.\n\n"
        "The Prime Minister (Boris Johnson)\n\nI refer the hon. Member to my answer.\n"
    )
    debate, turns = _turns(text)
    assert [(name, kind) for name, _, kind, _ in turns] == [
        ("Mr Peter Bone", "question"),
        ("Jim Shannon", "question"),
        ("Boris Johnson", "speech"),
    ]
    assert debate.turns[0].text.endswith("(900085)")


def test_historic_hansard_bare_headers_and_empty_speeches():
    path = FIXTURES / "hansard" / "049-hansard-historic-1990-rapid-points-of-order.txt"
    debate = debateparse.parse_debate(path)
    gold = gold_of(path)
    assert [t.speaker_name for t in debate.turns] == [g["speaker_name"] for g in gold["turns"]]
    assert debate.date == dt.date(1990, 2, 21) and debate.house == "House of Commons"
    empty = [t.speaker_name for t in debate.turns if not t.paragraphs]
    assert empty == [
        "Mr. Hughes",
        "Mr. Hughes",
        "Several Hon. Members",
        "Mr. Campbell-Savours",
        "Mr. Campbell-Savours",
        "Mr. Campbell-Savours",
    ]
    assert debate.turns[13].kind == "interjection"
    # the presented-Bill paragraph names twelve members but is not a turn
    assert debate.preamble[-1].text.startswith("Mr. Robert Adley, supported by")


@pytest.mark.parametrize(
    ("line", "name", "role", "speech"),
    [
        (
            "§ Mrs. Angela Browning (Tiverton and Honiton)On a point of order, Mr. Speaker.",
            "Mrs. Angela Browning",
            "(Tiverton and Honiton)",
            "On a point of order, Mr. Speaker.",
        ),
        (
            "§ Mr. SpeakerI understand the hon. Lady's concern.",
            "Mr. Speaker",
            None,
            "I understand the hon. Lady's concern.",
        ),
        (
            "§ Mr. HughesYes. As a result of events earlier.",
            "Mr. Hughes",
            None,
            "Yes. As a result of events earlier.",
        ),
        ("§ Mr. McNallyI beg to move.", "Mr. McNally", None, "I beg to move."),
        (
            "§ The Secretary of State for Defence (Mr. Tom King)With permission, I shall make a "
            "statement.",
            "Mr. Tom King",
            "The Secretary of State for Defence",
            "With permission, I shall make a statement.",
        ),
    ],
)
def test_glued_headers_split_after_the_header(line, name, role, speech):
    debate = debateparse.parse_text(f"HC Deb 12 February 2001 vol 363 cc29-30 3.31 pm\n{line}\n")
    (turn,) = debate.turns
    assert (turn.speaker_name, turn.role_text, turn.text) == (name, role, speech)
    assert turn.time == dt.time(15, 31)  # the section time on the citation line
    assert debate.to_text() == f"HC Deb 12 February 2001 vol 363 cc29-30 3.31 pm\n{line}"


def test_rose_to_ask_and_asked_openings():
    text = (
        "HL Deb 10 March 1998 vol 587 cc101-3\n\n"
        "Lord Smith of Finsbury rose to ask Her Majesty's Government whether they will "
        "review the funding of the arts.\n\n"
        "The Minister of State, Department for Culture (Lord McIntosh of Haringey)\n\n"
        "My Lords, I am grateful to the noble Lord.\n\n"
        "§ 1. Mr. Tam Dalyell asked the Secretary of State for Defence if he will make a "
        "statement.\n"
    )
    debate, turns = _turns(text)
    assert debate.house == "House of Lords"
    assert [(n, r, w) for n, r, _, w in turns] == [
        ("Lord Smith of Finsbury", None, "rose to ask Her"),
        (
            "Lord McIntosh of Haringey",
            "The Minister of State, Department for Culture",
            "My Lords, I am",
        ),
        ("Mr. Tam Dalyell", None, "asked the Secretary of"),
    ]
    assert debate.turns[2].kind == "question"


def test_written_answers_keep_questions_unattributed():
    path = FIXTURES / "hansard" / "055-hansard-lords-2011-written-answers-inline-colon.txt"
    debate = debateparse.parse_debate(path)
    assert [(t.speaker_name, t.role_text) for t in debate.turns] == [
        ("Lord McNally", "The Minister of State, Ministry of Justice"),
        ("Lord Wallace of Tankerness", "The Advocate-General for Scotland"),
    ]
    assert [p.text[:28] for p in debate.unattributed] == [
        "To ask Her Majesty's Governm",
        "To ask Her Majesty's Governm",
    ]
    notes = [d for d in debate.diagnostics if d.code == "unattributed"]
    assert [n.line for n in notes] == [2, 4]
    assert "Stannaries" not in debate.turns[1].text  # no words of McNally's answer leak


def test_names_lost_everywhere_is_not_a_debate():
    path = FIXTURES / "hansard" / "047-hansard-web-2019-oral-answers-names-lost.txt"
    with pytest.raises(debateparse.NotADebateError):
        debateparse.parse_debate(path)
    debate = debateparse.parse_debate(path, strict=False)
    assert not debate.turns and debate.date == dt.date(2019, 10, 23)
    assert debate.title == "Oral Answers to Questions"
    assert debate.unattributed[0].text.startswith("1. What recent discussions")


def test_three_line_headers_and_timestamps():
    path = FIXTURES / "other" / "066-other-streetguide-2019-three-line-header-timestamps.txt"
    debate = debateparse.parse_debate(path)
    hayes = debate.turns[1]
    assert (hayes.speaker_name, hayes.role_text) == (
        "Sir John Hayes",
        "Con; South Holland and The Deepings",
    )
    assert [h.text for h in hayes.header] == [
        "Con",
        "Sir John Hayes",
        "South Holland and The Deepings",
    ]
    assert [t.time for t in debate.turns] == [dt.time(19, 50), None, dt.time(19, 51), None, None]
    assert debate.speakers["sir-john-hayes"].party == "Conservative"
    assert (debate.title, debate.house) == ("Business without Debate", "House of Commons")


def test_division_becomes_a_record_not_speech():
    text = (
        "HC Deb 25 January 2013 vol 557 cc573-4\n\nMr. Speaker\n\nThe Question is, That the "
        "Bill be now read a Second time.\n\nThe House divided:\n\nAyes 1, Noes 37.\n\nAYES\n\n"
        "Abbott, Ms Diane\n\nNOES\n\nAdams, Nigel\n\nBacon, Mr Richard\n\n"
        "Question accordingly negatived.\n\nMr. Speaker\n\nOrder.\n"
    )
    debate = debateparse.parse_text(text)
    (division,) = debate.divisions
    assert (division.ayes, division.noes) == (1, 37)
    assert division.aye_names == ("Abbott, Ms Diane",)
    assert division.no_names == ("Adams, Nigel", "Bacon, Mr Richard")
    assert division.after_turn == 0
    assert [t.text for t in debate.turns] == [
        "The Question is, That the Bill be now read a Second time.",
        "Order.",
    ]
    assert debate.turns[0].paragraphs[-1].kind == "procedural"
    assert len(debate.turns) == 2  # no division line became a header


def test_vocatives_and_names_in_speech_are_not_headers():
    text = (
        "Volume 750: debated on Wednesday 15 May 2024\n\nMr Speaker\n\nOrder.\n\n"
        "Jim Shannon (Strangford) (DUP)\n\nMr Speaker, I thank the Minister (Leo Docherty) for "
        "his answer.\n\nMr Speaker\n\nDr Huq.\n"
    )
    debate = debateparse.parse_text(text)
    assert [t.speaker_name for t in debate.turns] == ["Mr Speaker", "Jim Shannon", "Mr Speaker"]
    assert debate.turns[2].text == "Dr Huq."


def test_marked_paragraphs_and_a_marked_header_alone_on_its_line():
    text = (
        "HC Deb 12 February 2001 vol 363 cc29-30\n\n§ Mr. Simon Hughes (Southwark and "
        "Bermondsey)\n\n§ On a point of order, Mr. Speaker.\n"
    )
    (turn,) = debateparse.parse_text(text).turns
    assert (turn.speaker_name, turn.text) == (
        "Mr. Simon Hughes",
        "On a point of order, Mr. Speaker.",
    )
    assert turn.paragraphs[0].printed == "§ On a point of order, Mr. Speaker."


def test_asked_by_heads_a_written_question():
    text = (
        "Previous Section | Back to Table of Contents | Lords Hansard Home Page |\n"
        "Asked by Lord Smith of Finsbury\n"
        "To ask Her Majesty's Government whether they will act.[HL1234]\n"
        "The Minister of State, Ministry of Justice (Lord McNally): They will.\n"
    )
    debate = debateparse.parse_text(text)
    assert [(t.speaker_name, first_words(t.text, 3)) for t in debate.turns] == [
        ("Lord Smith of Finsbury", "To ask Her"),
        ("Lord McNally", "They will."),
    ]
    assert not debate.unattributed


def test_division_counts_on_separate_lines():
    text = (
        "Volume 750: debated on Tuesday 14 May 2024\n\nMr Speaker\n\nDivision.\n\n"
        "Division 123\n\nAyes: 300\n\nNoes: 200\n\nMr Speaker\n\nThe Ayes have it.\n"
    )
    debate = debateparse.parse_text(text)
    (division,) = debate.divisions
    assert (division.ayes, division.noes) == (300, 200)
    assert [t.text for t in debate.turns] == ["Division.", "The Ayes have it."]


def test_three_line_header_with_an_unstyled_name():
    text = (
        "Business - 27 February 2019 (Commons/Commons Chamber)\n\n19:50:01\n\nMr Speaker\n\n"
        "Order.\n\nDUP\n\nJim Shannon\n\nStrangford\n\nOn a point of order.\n"
    )
    debate = debateparse.parse_text(text)
    assert [(t.speaker_name, t.role_text) for t in debate.turns] == [
        ("Mr Speaker", None),
        ("Jim Shannon", "DUP; Strangford"),
    ]
