"""ParlaMint TEI, listPerson and Akoma Ntoso exports, validated against the real schemas."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

import debateparse
from debateparse.export.akn import AKN_NS, to_akoma_ntoso
from debateparse.export.tei import TEI_NS, to_parlamint_tei
from debateparse.export.tei_persons import listed_people, to_parlamint_listperson
from tests.builders import SHANNON, empty, no_speech, resolved, sitting
from tests.conftest import FIXTURES, SHARED

STANDARDS = SHARED / "standards"
PUBLISHED = dt.date(2026, 1, 2)
TEI = {"t": TEI_NS}
AKN = {"a": AKN_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
ALL_FIXTURES = sorted(FIXTURES.glob("*/*.txt"))


@pytest.fixture(scope="module")
def tei_schema():
    return etree.RelaxNG(etree.parse(str(STANDARDS / "parlamint/schema/ParlaMint-TEI.rng")))


@pytest.fixture(scope="module")
def listperson_schema():
    path = STANDARDS / "parlamint/schema/ParlaMint-listPerson.rng"
    return etree.RelaxNG(etree.parse(str(path)))


@pytest.fixture(scope="module")
def akn_schema():
    return etree.XMLSchema(etree.parse(str(STANDARDS / "akomantoso/akomantoso30.xsd")))


def tree(text: str):
    return etree.fromstring(text.encode("utf-8"))


def assert_valid(schema, document, label: str) -> None:
    ok = schema.validate(document)
    errors = [f"{e.line}: {e.message}" for e in schema.error_log][:5]
    assert ok, f"{label}: {errors}"


def debate_of(path):
    """Whatever a lenient parse gives: fixtures of dialects not written yet have no turns."""
    return debateparse.parse_debate(path, strict=False)


# --- the seed debate -------------------------------------------------------------------


def test_seed_tei_is_valid_and_complete(seed_debate, tei_schema):
    document = tree(to_parlamint_tei(seed_debate, published=PUBLISHED))
    assert_valid(tei_schema, document, "seed TEI")
    utterances = document.findall(".//t:u", TEI)
    assert len(utterances) == 43
    assert {u.get("who") for u in utterances} == {f"#{key}" for key in seed_debate.speakers}
    assert {u.get("ana") for u in utterances} == {"#regular"}
    assert document.findtext(".//t:div/t:head", namespaces=TEI) == "Ukraine and Georgia"
    meetings = [
        (m.get("n"), m.get("corresp"), m.get("ana")) for m in document.iter(f"{{{TEI_NS}}}meeting")
    ]
    assert meetings == [
        ("58", "#parliament.HC", "#parla.lower #parla.term #PoGB.58"),
        ("2024-05-15", "#parliament.HC", "#parla.lower #parla.sitting"),
    ]
    ids = [u.get(XML_ID) for u in utterances[:2]]
    assert ids == ["debate-2024-05-15-house-of-commons-ukraine-and-georgia.u1", ids[0][:-1] + "2"]
    seg = utterances[0].find("t:seg", TEI).get(XML_ID)
    assert seg.endswith(".seg1")
    assert document.find(".//t:head", TEI).get(XML_ID).endswith(".head1")
    licences = [p.text for p in document.findall(".//t:availability/t:p", TEI)]
    assert licences[1].startswith("The source text is also licensed under the")
    assert document.find(".//t:measure[@unit='speeches']", TEI).get("quantity") == "43"
    words = sum(s.word_count for s in seed_debate.speakers.values())
    assert document.find(".//t:measure[@unit='words']", TEI).get("quantity") == str(words)
    first = seed_debate.turns[0]
    assert [s.text for s in utterances[0].findall("t:seg", TEI)] == list(first.paragraphs.texts)


def test_seed_akn_is_valid_and_complete(seed_debate, akn_schema):
    document = tree(to_akoma_ntoso(seed_debate, published=PUBLISHED))
    assert_valid(akn_schema, document, "seed AKN")
    speeches = document.findall(".//a:speech", AKN)
    assert len(speeches) == 43
    people = {p.get("eId") for p in document.findall(".//a:TLCPerson", AKN)}
    assert {s.get("by")[1:] for s in speeches} <= people
    assert len(people) == 22
    assert speeches[0].findtext("a:from", namespaces=AKN).startswith("Jim Shannon, Shadow DUP")
    assert speeches[0].get("startTime") == "2024-05-15T12:35:00"
    this = document.find(".//a:FRBRWork/a:FRBRthis", AKN).get("value")
    assert this == "/akn/gb/debaterecord/commons/2024-05-15/ukraine-and-georgia/!main"


def test_output_is_deterministic_given_the_publication_date(seed_debate):
    assert to_parlamint_tei(seed_debate, published=PUBLISHED) == to_parlamint_tei(
        seed_debate, published=PUBLISHED
    )
    assert to_akoma_ntoso(seed_debate, published=PUBLISHED) == to_akoma_ntoso(
        seed_debate, published=PUBLISHED
    )


# --- every fixture, whatever the parser makes of it today ------------------------------


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: p.name)
def test_every_fixture_exports_valid_xml(path, tei_schema, akn_schema, listperson_schema):
    debate = debate_of(path)
    assert_valid(tei_schema, tree(to_parlamint_tei(debate)), f"{path.name} TEI")
    assert_valid(akn_schema, tree(to_akoma_ntoso(debate)), f"{path.name} AKN")
    if listed_people([debate]):  # a page whose only speakers are offices lists nobody
        assert_valid(listperson_schema, tree(to_parlamint_listperson(debate)), path.name)


def test_listperson_of_all_fixtures_together_is_valid(listperson_schema):
    debates = [debate_of(path) for path in ALL_FIXTURES]
    document = tree(to_parlamint_listperson(debates))
    assert_valid(listperson_schema, document, "all fixtures")
    ids = [p.get(XML_ID) for p in document.findall("t:person", TEI)]
    assert len(ids) == len(set(ids))


# --- turn kinds, speaker types and odd text, on hand-built debates ---------------------


def test_sitting_tei_maps_every_kind_of_content(tei_schema):
    document = tree(to_parlamint_tei(sitting(), published=PUBLISHED))
    assert_valid(tei_schema, document, "hand-built sitting")
    div = document.find(".//t:div", TEI)
    assert div.get("type") == "debateSection"
    assert div.findtext("t:head", namespaces=TEI) == "Ukraine and Georgia"  # normalised
    who_ana = [(u.get("who"), u.get("ana")) for u in div.findall("t:u", TEI)]
    assert who_ana == [
        ("#role.madam-deputy-speaker", "#chair"),  # a role-only speaker: its office's entry
        ("#uk.org.publicwhip.person.13864", "#regular"),
        ("#eamonn-boylan", "#guest"),
    ]
    second = div.findall("t:u", TEI)[1]
    assert [(c.tag.split("}")[1], c.get("type"), c.text.strip()) for c in second] == [
        ("note", "editorial", "(Translated)"),
        ("seg", None, "Thank you. It is much appreciated."),
        ("vocal", "interruption", ""),
        ("note", None, "Question put."),
        ("seg", None, "Control characters go—"),
    ]
    assert second[2].findtext("t:desc", namespaces=TEI) == "[Interruption.]"
    laughter = second[4].find("t:kinesic", TEI)
    assert (laughter.get("type"), laughter.findtext("t:desc", namespaces=TEI)) == (
        "laughter",
        "[Laughter.]",
    )
    assert laughter.tail == " Yes."
    applause = div.find("t:kinesic", TEI)
    assert (applause.get("type"), applause.findtext("t:desc", namespaces=TEI)) == (
        "applause",
        "(Applause.)",
    )
    incident = div.find("t:incident", TEI)
    assert (incident.get("type"), incident.get("who")) == ("action", None)  # a collective
    assert incident.findtext("t:desc", namespaces=TEI) == "Several hon. Members rose—"
    notes = [(n.get("type"), n.text) for n in div.findall("t:note", TEI)]
    assert (None, "Question put and agreed to.") in notes
    assert ("division", "The House divided: Ayes 300, Noes 200.") in notes
    assert notes[0] == (None, "Eamonn Boylan gave evidence.")  # the preamble comes first
    assert notes[-1] == (None, "House adjourned.")
    time = div.find("t:note[@type='time']/t:time", TEI)
    assert (time.get("when"), time.text) == ("2024-05-15T12:35:00", "12:35")


def test_sitting_akn_maps_every_kind_of_content(akn_schema):
    document = tree(to_akoma_ntoso(sitting(), published=PUBLISHED))
    assert_valid(akn_schema, document, "hand-built sitting")
    outer = document.find(".//a:debateBody/a:debateSection", AKN)
    assert outer.findtext("a:heading", namespaces=AKN) == "Defence"  # the parent title
    section = outer.find("a:debateSection", AKN)
    assert section.findtext("a:heading", namespaces=AKN) == "Ukraine and Georgia"
    speeches = section.findall("a:speech", AKN)
    assert [(s.get("by"), s.get("as")) for s in speeches] == [
        ("#role.madam-deputy-speaker", "#speakertype.chair"),  # an office, not a person
        ("#uk.org.publicwhip.person.13864", "#role.shadow-dup-spokesperson-health"),
        ("#eamonn-boylan", "#role.witness"),
    ]
    remarks = [(r.get("type"), r.text) for r in speeches[1].iter(f"{{{AKN_NS}}}remark")]
    assert remarks == [
        (None, "(Translated)"),
        ("sceneDescription", "[Interruption.]"),
        ("sceneDescription", "Question put."),
        ("sceneDescription", "[Laughter.]"),
    ]
    assert section.findtext("a:scene", namespaces=AKN) == "(Applause.)"
    scenes = [s.text for s in section.findall("a:scene", AKN)]
    assert "Several hon. Members rose—" in scenes
    narratives = [n.text for n in section.findall("a:narrative", AKN)]
    assert "Question put and agreed to." in narratives
    person = document.find(".//a:TLCPerson[@eId='uk.org.publicwhip.person.13864']", AKN)
    assert person.get("href") == f"/ontology/person/{SHANNON}"
    roles = {r.get("eId") for r in document.findall(".//a:TLCRole", AKN)}
    assert roles == {
        "speakertype.chair",
        "speakertype.guest",
        "role.madam-deputy-speaker",
        "role.shadow-dup-spokesperson-health",
        "role.witness",
        "role.the-clerk",
    }
    group = document.find(".//a:TLCOrganization[@eId='group.several-hon-members']", AKN)
    assert group is not None  # a collective is a group, not a person
    assert not document.findall(".//a:TLCPerson[@eId='several-hon-members']", AKN)
    voting = document.find(".//a:analysis/a:parliamentary/a:voting", AKN)
    counts = [(c.get("refersTo"), c.get("value")) for c in voting.findall("a:count", AKN)]
    assert counts == [("#ayes", "300"), ("#noes", "200")]
    target = voting.get("href")[1:]
    assert document.find(f".//a:summary[@eId='{target}']", AKN).text.startswith("The House divided")


@pytest.mark.parametrize(
    "debate",
    [empty(), empty(title=None, date=dt.date(2020, 1, 1)), no_speech()],
    ids=["empty", "untitled", "no-speech"],
)
def test_debates_without_speech_are_valid(debate, tei_schema, akn_schema):
    document = tree(to_parlamint_tei(debate, published=PUBLISHED))
    assert_valid(tei_schema, document, "TEI")
    assert document.find(".//t:div", TEI).get("type") == "commentSection"
    assert document.findtext(".//t:title[@type='main']", namespaces=TEI)
    assert_valid(akn_schema, tree(to_akoma_ntoso(debate, published=PUBLISHED)), "AKN")


def test_unknown_date_is_bounded_by_the_publication_date():
    document = tree(to_parlamint_tei(empty(), published=PUBLISHED))
    assert document.find(".//t:setting/t:date", TEI).get("to") == "2026-01-02"


# --- listPerson --------------------------------------------------------------------------


def test_listperson_gives_resolved_members_their_parliament_id(listperson_schema):
    document = tree(to_parlamint_listperson(sitting()))
    assert_valid(listperson_schema, document, "sitting listPerson")
    person = document.find(f"t:person[@{XML_ID}='uk.org.publicwhip.person.13864']", TEI)
    idnos = {i.get("subtype"): i.text for i in person.findall("t:idno", TEI)}
    assert idnos == {
        "parliament": "https://members.parliament.uk/member/4131/contact",
        "theyworkforyou": "https://www.theyworkforyou.com/mp/?p=13864",
        "wikidata": "https://www.wikidata.org/wiki/Q6194387",
    }
    assert [e.text for e in person.find("t:persName", TEI)] == ["Jim", "Shannon"]
    # an unresolved office and a collective are no persons
    ids = {p.get(XML_ID) for p in document.findall("t:person", TEI)}
    assert not {"madam-deputy-speaker", "several-hon-members", "the-clerk"} & ids


def test_listperson_writes_each_person_once(seed_debate):
    twice = tree(to_parlamint_listperson([seed_debate, seed_debate]))
    assert len(twice.findall("t:person", TEI)) == 22
    # Two printed names resolved to the same member are one person.
    merged = resolved(resolved(seed_debate, "jim-shannon", SHANNON), "leo-docherty", SHANNON)
    assert len(tree(to_parlamint_listperson(merged)).findall("t:person", TEI)) == 21


def test_every_utterance_points_to_a_listed_person(seed_debate):
    debate = resolved(seed_debate, "jim-shannon", SHANNON, datadotparl_id="4131")
    people = tree(to_parlamint_listperson(debate))
    listed = {p.get(XML_ID) for p in people.findall("t:person", TEI)}
    sitting_file = tree(to_parlamint_tei(debate))
    assert {u.get("who")[1:] for u in sitting_file.iter(f"{{{TEI_NS}}}u")} == listed


def test_listperson_needs_a_speaker():
    with pytest.raises(ValueError, match="no speakers"):
        to_parlamint_listperson([empty()])


# --- the validation is real: tampered documents fail ---------------------------------------


def test_tampered_tei_fails(seed_debate, tei_schema):
    text = to_parlamint_tei(seed_debate, published=PUBLISHED)
    no_ana = tree(text)
    del no_ana.find(".//t:u", TEI).attrib["ana"]
    assert not tei_schema.validate(no_ana)
    padded = tree(text)
    padded.find(".//t:head", TEI).text = " Ukraine and Georgia"
    assert not tei_schema.validate(padded)
    assert tei_schema.validate(tree(text))


def test_tampered_akn_fails(seed_debate, akn_schema):
    text = to_akoma_ntoso(seed_debate, published=PUBLISHED)
    no_by = tree(text)
    del no_by.find(".//a:speech", AKN).attrib["by"]
    assert not akn_schema.validate(no_by)
    assert akn_schema.validate(tree(text))


def test_tampered_listperson_fails(seed_debate, listperson_schema):
    document = tree(to_parlamint_listperson(seed_debate))
    name = document.find(".//t:persName", TEI)
    name.remove(name.find("t:surname", TEI))
    assert not listperson_schema.validate(document)
