"""ParlParse XML (the ``parlparse`` dialect): the whole real Commons day and small cases."""

from __future__ import annotations

import io
from collections import Counter

import pytest

from debateparse import DIALECTS, iter_debates, parse_debate, parse_text
from debateparse.errors import DebateParseError, MalformedXMLError
from tests.conftest import FIXTURES, PARLPARSE_DAY, SHARED

DAY = PARLPARSE_DAY
EXCERPT = FIXTURES / "parlparse" / "debates2023-03-28d-excerpt.xml"
needs_day = pytest.mark.skipif(not DAY.exists(), reason="../shared not present")


@pytest.fixture
def day(parlparse_day):
    return parlparse_day


def test_the_dialect_is_in_the_table():
    assert DIALECTS["parlparse"].reader == "debateparse.parlparse"


@needs_day
def test_the_real_day_has_every_speech_with_its_kind(day):
    turns = [t for d in day for t in d.turns]
    assert len(turns) == 467
    kinds = Counter(t.kind for t in turns)
    # 26 "Start Question" speeches with an oral-qnum, one urgent question, 3 "Several hon.
    # Members" and 28 nospeaker entries.
    assert kinds == {
        "speech": 409,
        "question": 26,
        "urgent_question": 1,
        "interjection": 3,
        "procedural": 28,
    }
    assert all(d.dialect == "parlparse" for d in day)
    assert {d.house for d in day} == {"House of Commons"}
    assert {str(d.date) for d in day} == {"2023-03-28"}


@needs_day
def test_member_ids_come_straight_from_person_id(day):
    from lxml import etree

    expected = [
        s.get("person_id")
        for s in etree.parse(str(DAY)).iter("speech")
        if s.get("nospeaker") != "true"
    ]
    got = []
    for d in day:
        for t in d.turns:
            speaker = d.speakers[t.speaker_id]
            if t.kind in ("procedural", "interjection"):
                assert speaker.member_id is None
                assert speaker.kind in ("procedure", "collective")
                continue
            got.append(speaker.member_id)
            assert speaker.resolution is not None and speaker.resolution.method == "source"
    assert len(got) == 436 and got == expected


@needs_day
def test_sections_keep_headings_and_oral_structure(day):
    first = day[0]
    assert (first.title, first.parent_title) == (
        "Spoliation Advisory Panel",
        "Business Before Questions",
    )
    vawg = next(d for d in day if d.title == "Violence against Women and Girls")
    assert vawg.parent_title == "Justice"
    assert vawg.headings == ("Oral Answers to Questions", "Justice")
    question = vawg.turns[0]
    assert question.kind == "question" and question.ref is not None
    assert question.ref.type == "Start Question" and question.ref.oral_qnum == "1"
    assert question.ref.colnum == "809"
    assert question.paragraphs[0].pid == "d809.7/1"
    strip = next(d for d in day if d.title == "Strip Searching of Children")
    assert strip.headings == () and strip.turns[0].kind == "urgent_question"
    allocated = next(d for d in day if d.title == "[2nd Allocated Day]")
    assert allocated.parent_title == "Illegal Migration Bill"


@needs_day
def test_divisions_have_exact_counts_and_every_vote(day):
    divisions = [v for d in day for v in d.divisions]
    assert len(divisions) == 5
    # <divisioncount> as given, and every <mpname> (tellers included: the lists and the
    # printed counts need not agree, and neither is corrected).
    assert [
        (
            v.number,
            v.ayes,
            v.noes,
            sum(x.vote == "aye" for x in v.votes),
            sum(x.vote == "no" for x in v.votes),
            sum(x.teller for x in v.votes),
        )
        for v in divisions
    ] == [
        (203, 242, 309, 243, 310, 4),
        (204, 302, 242, 304, 242, 4),
        (205, 248, 299, 247, 300, 4),
        (206, 249, 301, 250, 301, 4),
        (207, 248, 301, 250, 302, 4),
    ]
    first = divisions[0]
    assert (first.number, str(first.time), first.ayes, first.noes) == (203, "19:30:00", 242, 309)
    assert sum(len(v.votes) for v in divisions) == 2749
    assert sum(1 for v in divisions for vote in v.votes if vote.proxy) == 60
    abbott = first.votes[0]
    assert (abbott.name, abbott.member_id, abbott.proxy) == (
        "Diane Abbott",
        "uk.org.publicwhip/person/10001",
        "uk.org.publicwhip/person/25856",
    )


def test_parse_debate_returns_the_first_section_and_says_more_follow():
    debate = parse_debate(EXCERPT)
    assert debate.title == "Spoliation Advisory Panel"
    assert debate.turns[0].kind == "procedural"
    assert "28 March 2023" in debate.turns[0].paragraphs[1].text  # <phrase class="date">
    assert [d.code for d in debate.diagnostics] == ["more-debates"]
    assert parse_debate(EXCERPT, dialect="parlparse") == debate


def test_files_and_text_in_memory_read_alike():
    data = EXCERPT.read_bytes()
    by_path = list(iter_debates(EXCERPT))
    by_file = list(iter_debates(io.BytesIO(data)))
    assert [d.turns for d in by_file] == [d.turns for d in by_path]
    text = parse_text(data.decode("utf-8"))
    assert text.turns == by_path[0].turns


def test_malformed_xml_is_a_typed_error_with_the_line():
    broken = '<publicwhip>\n<speech id="x" nospeaker="true">\n<p>Unclosed\n</speech>\n</publicwhip>'
    with pytest.raises(MalformedXMLError) as caught:
        list(iter_debates(io.BytesIO(broken.encode())))
    assert isinstance(caught.value, DebateParseError)
    assert caught.value.line == 4


def test_unknown_elements_become_diagnostics_and_keep_their_text():
    xml = (
        '<publicwhip>\n<minor-heading id="uk.org.publicwhip/lords/2024-01-02a.1.0">T</minor-heading>\n'
        '<speech id="uk.org.publicwhip/lords/2024-01-02a.1.1" speakername="Lord A" '
        'person_id="uk.org.publicwhip/person/1"><p pid="a">One <i>two</i></p>'
        "<marquee>three</marquee></speech>\n<gadget>four</gadget>\n</publicwhip>"
    )
    debate = parse_text(xml)
    assert debate.house == "House of Lords" and str(debate.date) == "2024-01-02"
    assert debate.turns[0].paragraphs.texts == ("One two", "three")
    codes = [(d.code, d.line) for d in debate.diagnostics]
    assert ("unknown-element", 3) in codes and ("unknown-element", 4) in codes


def test_lords_divisions_read_contents():
    xml = (
        '<publicwhip><minor-heading id="uk.org.publicwhip/lords/2024-01-02a.1.0">T</minor-heading>'
        '<division id="uk.org.publicwhip/lords/2024-01-02a.1.2" divnumber="1" time="15:01:00">'
        '<divisioncount content="1" not-content="1"/>'
        '<lordlist vote="content"><lord id="uk.org.publicwhip/lords/1" vote="content">Lord A</lord></lordlist>'
        '<lordlist vote="not-content"><lord person_id="uk.org.publicwhip/person/2" vote="not-content" teller="yes">Lord B</lord></lordlist>'
        "</division></publicwhip>"
    )
    division = parse_text(xml).divisions[0]
    assert (division.ayes, division.noes, division.number) == (1, 1, 1)
    assert [(v.name, v.vote, v.teller) for v in division.votes] == [
        ("Lord A", "content", False),
        ("Lord B", "not-content", True),
    ]


@needs_day
def test_the_whole_day_round_trips_through_twfy_text(day):
    from debateparse.parlparse.roundtrip import round_trip

    result = round_trip(day)
    assert (result.sections, result.turns, result.turns_equal) == (43, 436, 436)
    # "[2nd Allocated Day]" is read by the text parser as a bracketed procedural line, not
    # a title: the one section whose title does not come back.
    assert result.titles_equal == 42
    assert [(m.title, m.what) for m in result.mismatches] == [
        ("[2nd Allocated Day]", "title"),
        ("[2nd Allocated Day]", "preamble"),
    ]


@needs_day
def test_rendered_text_resolves_to_the_same_person_ids(day):
    from debateparse import Registry
    from debateparse.parlparse.roundtrip import round_trip

    popolo = SHARED / "registry" / "uk_parliamentarians.popolo.json"
    result = round_trip(day, Registry.from_popolo(popolo))
    assert result.with_person_id == 436
    assert result.differ == []  # never a different person
    assert result.agreement >= 0.99


def test_to_text_prints_twfy_headers_and_question_numbers():
    section = list(iter_debates(EXCERPT))[2]
    text = section.to_text()
    assert text.startswith(
        "Violence against Women and Girls\n\n"
        "Part of Justice – in the House of Commons on 28 March 2023.\n\n"
        "Photo of Andrew Western Andrew Western\n\n1. What steps his Department"
    )
    assert "tackle violence against women and girls. (904342)\n" in text


@needs_day
def test_the_votes_table_has_every_vote_and_joins_to_turns(day):
    from debateparse import divisions_table, turns_table, votes_table

    votes = [row for d in day for row in votes_table(d)]
    assert len(votes) == 2749
    assert sum(1 for v in votes if v["proxy"]) == 60
    assert sum(1 for v in votes if v["teller"]) == 20
    assert {v["vote"] for v in votes} == {"aye", "no"}
    divisions = [row for d in day for row in divisions_table(d)]
    assert [(r["number"], r["ayes"], r["noes"], r["vote_count"]) for r in divisions] == [
        (203, 242, 309, 553),
        (204, 302, 242, 546),
        (205, 248, 299, 547),
        (206, 249, 301, 551),
        (207, 248, 301, 552),
    ]
    speakers = {row["member_id"] for d in day for row in turns_table(d) if row["member_id"]}
    voters = {v["member_id"] for v in votes}
    assert len(speakers & voters) > 50  # speakers of the day who voted: one join key


@needs_day
def test_a_corpus_run_writes_every_section_and_vote(tmp_path):
    from debateparse.corpus.tables import write_corpus

    report = write_corpus([DAY], tmp_path, file_format="csv", workers=1)
    assert (report.ok, report.turns) == (1, 467)
    lines = (tmp_path / "votes.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 2749
    assert len((tmp_path / "debates.csv").read_text(encoding="utf-8").splitlines()) == 1 + 43


@needs_day
def test_mysoc_validator_reads_the_same_speeches_and_person_ids(day):
    transcripts = pytest.importorskip("mysoc_validator.models.transcripts")
    theirs = [
        None if s.nospeaker == "true" else s.person_id
        for s in transcripts.Transcript.from_xml_path(DAY).iter_speeches()
    ]
    ours = [d.speakers[t.speaker_id].member_id for d in day for t in d.turns]
    assert len(theirs) == len(ours) == 467
    assert ours == theirs


def test_golden_sections_of_the_excerpt(file_regression):
    from tests.conftest import GOLDEN, relative

    sections = [d.model_copy(update={"source": relative(EXCERPT)}) for d in iter_debates(EXCERPT)]
    dumps = ",\n".join(d.to_json(indent=1) for d in sections)
    file_regression.check(
        f"[\n{dumps}\n]\n",
        fullpath=GOLDEN / "parlparse" / "debates2023-03-28d-excerpt.json",
        encoding="utf-8",
    )
    file_regression.check(
        "\n\n".join(d.to_text() for d in sections),
        fullpath=GOLDEN / "parlparse" / "debates2023-03-28d-excerpt.txt",
        encoding="utf-8",
    )


@needs_day
def test_every_section_round_trips_through_json(day):
    from debateparse import Debate

    for section in day:
        again = Debate.model_validate_json(section.to_json())
        assert again == section
        assert again.to_json() == section.to_json()


@needs_day
def test_the_command_line_writes_tables_of_every_section(capsys):
    from debateparse.cli import main

    assert main([str(DAY), "--format", "csv", "--table", "votes"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1 + 2749
    assert main(["dialects"]) == 0
    assert "parlparse" in capsys.readouterr().out


@needs_day
def test_every_section_has_its_own_debate_id(day):
    from debateparse.export.tables import debate_id, debate_slug

    ids = [debate_slug(d) for d in day]
    assert len(set(ids)) == len(ids) == 43  # "Legal Aid" is a heading twice that day
    assert ids[2] == "2023-03-28-house-of-commons-violence-against-women-and-girls-809-7"
    keys = [debate_id(d) for d in day]
    assert len(set(keys)) == 43 and all(
        k.startswith(i + "-") for k, i in zip(keys, ids, strict=True)
    )


@pytest.mark.parametrize(
    "xml",
    [
        "<publicwhip>\ud800</publicwhip>",
        "<publicwhip>",
        "<publicwhip><speech id='a' speakername='X'><p>hi</p></speech>&bogus;</publicwhip>",
        "<other/>",
    ],
)
def test_bad_xml_text_is_always_a_typed_error(xml):
    with pytest.raises(DebateParseError):
        parse_text(xml, dialect="parlparse")


def test_xml_text_with_an_encoding_declaration_reads_as_decoded():
    xml = (
        "<?xml version='1.0' encoding='latin-1'?>\n<publicwhip><minor-heading>é</minor-heading>"
        "<speech speakername='A' person_id='uk.org.publicwhip/person/1'><p>x</p></speech>"
        "</publicwhip>"
    )
    debate = parse_text(xml)
    assert debate.title == "é" and debate.title_block.line == 2


@needs_day
def test_every_heading_of_the_day_is_kept_somewhere(day):
    from lxml import etree

    from debateparse.parlparse.build import element_text

    headings = [
        element_text(e)
        for e in etree.parse(str(DAY)).getroot()
        if e.tag in ("major-heading", "minor-heading", "oral-heading")
    ]
    assert len(headings) == 13 + 33 + 1
    kept = {t for d in day for t in (d.title, d.parent_title, *d.headings, *d.preamble.texts)}
    assert [h for h in headings if h not in kept] == []
    # "Business without Debate" heads nothing but the next major heading: it is kept in
    # the next section's preamble, as an empty minor heading is.
    delegated = next(d for d in day if d.title == "Delegated Legislation")
    assert delegated.preamble.texts == ("Business without Debate",)
    assert "empty-heading" in [n.code for n in delegated.diagnostics]


def test_a_major_heading_with_nothing_under_it_is_not_lost():
    xml = (
        "<publicwhip>\n<major-heading>Business without Debate</major-heading>\n"
        "<major-heading>Delegated Legislation</major-heading>\n"
        "<speech nospeaker='true'><p>Motion made.</p></speech>\n</publicwhip>"
    )
    debate = parse_text(xml)
    assert debate.title == "Delegated Legislation"
    assert [(p.text, p.line) for p in debate.preamble] == [("Business without Debate", 2)]


@pytest.mark.parametrize(
    ("file_name", "element_id", "house"),
    [
        (
            "westminhall2023-03-28a.xml",
            "uk.org.publicwhip/westminhall/2023-03-28a.1.1",
            "Westminster Hall",
        ),
        ("lords2023-03-28.xml", "uk.org.publicwhip/lords/2023-03-28.1.1", "House of Lords"),
        ("debates2023-03-28d.xml", "uk.org.publicwhip/debate/2023-03-28d.1.1", "House of Commons"),
        ("westminhall2023-03-28a.xml", "", "Westminster Hall"),  # no ids: the file name
        ("lords2023-03-28.xml", "", "House of Lords"),
    ],
)
def test_the_house_and_date_come_from_the_ids_else_the_file_name(
    tmp_path, file_name, element_id, house
):
    speech_id = f' id="{element_id}"' if element_id else ""
    path = tmp_path / file_name
    path.write_text(
        f'<publicwhip><speech{speech_id} speakername="A Member" '
        'person_id="uk.org.publicwhip/person/1"><p>Words.</p></speech></publicwhip>',
        encoding="utf-8",
    )
    debate = parse_debate(path)
    assert debate.house == house
    assert str(debate.date) == "2023-03-28"  # from the ids, else the file name
