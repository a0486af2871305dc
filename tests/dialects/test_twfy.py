"""TheyWorkForYou completed: Lords, committees, devolved bodies, labels without photos, the
old layout, several debates on a page, and a generated round trip."""

from __future__ import annotations

import datetime as dt

from hypothesis import given

import debateparse
from tests.conftest import FIXTURES
from tests.strategies import DebateSpec, debate_specs, render_twfy

LORDS = """Covid-19: Vaccines

– in the House of Lords at 3:06 pm on 16th October 2019.

Alert me about debates like this

Photo of Baroness Smith of Basildon Baroness Smith of Basildon Shadow Leader of the House of Lords, Shadow Spokesperson (Cabinet Office) 3:06 pm, 16th October 2019

My Lords, I beg leave to ask the Question standing in my name on the Order Paper.

Photo of The Earl of Courtown The Earl of Courtown Deputy Chief Whip (House of Lords), Lords Spokesperson (Home Office)

My Lords, the Government are committed to vaccines.

Lord Forsyth of Drumlean:

My Lords, is it not the case that the noble Baroness is right?

Photo of Baroness Smith of Basildon Baroness Smith of Basildon Shadow Leader of the House of Lords, Shadow Spokesperson (Cabinet Office) 3:09 pm, 16th October 2019

I thank the noble Lord.
"""


def test_lords_with_peers_and_a_label_without_photo():
    debate = debateparse.parse_text(LORDS)
    assert (debate.house, debate.start_time) == ("House of Lords", dt.time(15, 6))
    assert [(t.speaker_name, t.time) for t in debate.turns] == [
        ("Baroness Smith of Basildon", dt.time(15, 6)),
        ("The Earl of Courtown", None),
        ("Lord Forsyth of Drumlean", None),
        ("Baroness Smith of Basildon", dt.time(15, 9)),
    ]
    assert debate.speakers["baroness-smith-of-basildon"].roles == (
        "Shadow Leader of the House of Lords",
        "Shadow Spokesperson (Cabinet Office)",
    )


def test_role_only_label_in_the_scottish_parliament():
    path = FIXTURES / "twfy" / "013-twfy-sp-2017-independence-role-label.txt"
    debate = debateparse.parse_debate(path)
    last = debate.turns[-1]
    assert (last.speaker_name, last.role_text) == ("The First Minister", None)
    assert debate.speakers["the-first-minister"].kind == "role"
    text = (
        "Business Motion\n\n– in the Scottish Parliament on 21 March 2017.\n\n"
        "The Deputy Presiding Officer (Christine Grahame):\n\nThe next item of business.\n"
    )
    (turn,) = debateparse.parse_text(text).turns
    assert (turn.speaker_name, turn.role_text) == (
        "Christine Grahame",
        "The Deputy Presiding Officer",
    )


def test_public_bill_committee_evidence_line_is_procedure():
    path = FIXTURES / "twfy" / "012-twfy-pbc-2022-witness-session.txt"
    debate = debateparse.parse_debate(path)
    assert debate.house == "Public Bill Committee"
    assert debate.parent_title == "Levelling-up and Regeneration Bill"
    (evidence,) = [p for p in debate.preamble if "gave evidence" in p.text]
    assert evidence.kind == "procedural"
    assert len(debate.turns) == 2


def test_senedd_welsh_interface():
    path = FIXTURES / "twfy" / "024-twfy-cy-senedd-2021-welsh-interface.txt"
    debate = debateparse.parse_debate(path)
    assert (debate.house, debate.date, debate.start_time) == (
        "Senedd",
        dt.date(2021, 12, 15),
        dt.time(16, 6),
    )
    assert [t.time for t in debate.turns] == [dt.time(16, 6), dt.time(16, 7), None]
    assert debate.boilerplate[0].text == "Danfonwch hysbysiad imi am ddadleuon fel hyn"
    third = debate.turns[2]
    assert third.paragraphs[0].kind == "marker" and third.text.startswith("Er bod fy")


def test_question_turns_and_banners():
    path = FIXTURES / "twfy" / "017-twfy-senedd-2022-translated-fmq.txt"
    assert debateparse.parse_debate(path).turns[0].kind == "question"
    path = FIXTURES / "twfy" / "015-twfy-ni-2009-banner-two-speakers.txt"
    debate = debateparse.parse_debate(path)
    assert [p.text for p in debate.boilerplate][:2] == [
        debate.boilerplate[0].text,
        "Donate to our crowdfunder",
    ]
    assert debate.boilerplate[0].text.startswith("Only a few days to go")
    assert debate.speakers["david-mcclarty"].party == "UUP"


def test_old_layout_header_over_four_lines():
    path = FIXTURES / "twfy" / "008-twfy-cy-commons-1991-old-layout-glossary.txt"
    debate = debateparse.parse_debate(path)
    (turn,) = debate.turns
    assert (turn.speaker_name, turn.role_text, turn.time, turn.date) == (
        "Mr Bernard Weatherill",
        "Croydon North East",
        dt.time(22, 24),
        dt.date(1991, 6, 20),
    )
    assert [h.text for h in turn.header] == [
        "Mr Bernard Weatherill",
        ", Croydon North East",
        "10:24,",
        "20 Mehefin 1991",
    ]
    assert debate.speakers["bernard-weatherill"].constituency == "Croydon North East"


def test_division_without_speakers():
    path = FIXTURES / "twfy" / "003-twfy-commons-2013-division-no-speakers.txt"
    debate = debateparse.parse_debate(path, strict=False)
    (division,) = debate.divisions
    assert (division.ayes, division.noes, division.after_turn) == (1, 37, None)
    assert [p.text for p in debate.preamble] == [
        "[Mr Speaker in the Chair]",
        "Question put forthwith (Standing Order No. 163).",
    ]


def test_several_debates_on_one_page():
    page = (
        LORDS + "\nSecond Thing\n\n– in the House of Lords at 3:20 pm on 16th October "
        "2019.\n\nPhoto of Lord Coaker Lord Coaker Labour\n\nMy Lords, next.\n"
    )
    first = debateparse.parse_text(page)
    assert len(first.turns) == 4 and first.title == "Covid-19: Vaccines"
    assert [d.code for d in first.diagnostics] == ["more-debates"]
    import io

    second = list(debateparse.iter_debates(io.StringIO(page)))[1]
    assert (second.title, second.start_time, [t.speaker_name for t in second.turns]) == (
        "Second Thing",
        dt.time(15, 20),
        ["Lord Coaker"],
    )


@given(debate_specs)
def test_generated_debates_render_parse_and_compare(spec: DebateSpec) -> None:
    debate = debateparse.parse_text(render_twfy(spec), dialect="twfy")
    assert [(t.speaker_name, t.role_text) for t in debate.turns] == [
        (t.name, t.role) for t in spec.turns
    ]


def test_header_copied_without_its_photo_on_the_welsh_interface():
    text = (
        "Prime Minister\n\nPart of Prime Minister – in the House of Commons am ar 1 Mai 2024.\n"
        "Mark Pawsey\nCeidwadwyr, Rugby\nSince I was elected in 2010, Rugby has grown.\n"
    )
    debate = debateparse.parse_text(text)
    assert (debate.title, debate.house, debate.date, debate.start_time) == (
        "Prime Minister",
        "House of Commons",
        dt.date(2024, 5, 1),
        None,
    )
    (turn,) = debate.turns
    assert (turn.speaker_name, turn.role_text, turn.text) == (
        "Mark Pawsey",
        "Ceidwadwyr, Rugby",
        "Since I was elected in 2010, Rugby has grown.",
    )
    speaker = debate.speakers["mark-pawsey"]
    assert (speaker.party, speaker.constituency) == ("Conservative", "Rugby")


def test_a_bare_name_line_without_a_role_line_is_not_a_header():
    text = (
        "Topical Questions\n\nCabinet Office – in the House of Commons am ar 8 Rhagfyr 2022.\n\n"
        "Photo of Jo Bloggs Jo Bloggs Labour\n\nGood point.\n\nCabinet Office\n\nMore words.\n"
    )
    debate = debateparse.parse_text(text)
    assert [t.text for t in debate.turns] == ["Good point.\n\nCabinet Office\n\nMore words."]
    assert debate.parent_title == "Cabinet Office"
