"""Akoma Ntoso structure as in the Kenyan example: nested sections for parent title and
title, questions/question/answer for numbered questions, divisions as voting analysis,
a TLCRole for every office; valid against the XSD, every reference resolved."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

import debateparse
from debateparse.export.akn import AKN_NS, to_akoma_ntoso
from tests.conftest import FIXTURES, SHARED

AKN = {"a": AKN_NS}
PUBLISHED = dt.date(2026, 1, 2)
REFERENCES = ("by", "as", "to", "refersTo", "href")


@pytest.fixture(scope="module")
def xsd():
    return etree.XMLSchema(etree.parse(str(SHARED / "standards/akomantoso/akomantoso30.xsd")))


def document_of(path, xsd):
    debate = debateparse.parse_debate(FIXTURES / path, strict=False)
    document = etree.fromstring(to_akoma_ntoso(debate, published=PUBLISHED).encode())
    assert xsd.validate(document), [e.message for e in xsd.error_log][:3]
    return debate, document


@pytest.mark.parametrize(
    "path", sorted(str(p.relative_to(FIXTURES)) for p in FIXTURES.glob("*/*.txt"))
)
def test_every_reference_resolves(path, xsd):
    _, document = document_of(path, xsd)
    assert dangling_references(document) == []


def dangling_references(document) -> list[tuple[str, str]]:
    """Every ``#reference`` (``refersTo`` holds a list) with no ``eId`` in the document."""
    ids = {e.get("eId") for e in document.iter() if e.get("eId")}
    return [
        (attribute, value)
        for e in document.iter()
        for attribute in REFERENCES
        for value in (e.get(attribute) or "").split()
        if value.startswith("#") and value[1:] not in ids
    ]


def test_seed_has_a_role_for_every_office(xsd):
    debate, document = document_of("twfy/commons-2024-05-15-ukraine-and-georgia.txt", xsd)
    offices = {o for s in debate.speakers.values() for o in s.roles}
    shown = {r.get("showAs") for r in document.findall(".//a:TLCRole", AKN)}
    assert offices and offices <= shown
    docherty = document.find(".//a:speech[@by='#leo-docherty']", AKN)
    role = document.find(f".//a:TLCRole[@eId='{docherty.get('as')[1:]}']", AKN)
    assert (
        role.get("showAs")
        == "Minister of State (Ministry of Defence) (Minister for the Armed Forces)"
    )


def test_numbered_questions_are_questions_and_answers(xsd):
    _, document = document_of("twfy/017-twfy-senedd-2022-translated-fmq.txt", xsd)
    outer = document.find("a:debate/a:debateBody/a:debateSection", AKN)
    assert outer.findtext("a:heading", namespaces=AKN) == "1. Questions to the First Minister"
    questions = outer.find("a:questions", AKN)
    assert questions.findtext("a:heading", namespaces=AKN) == "Senedd Reform"
    tags = [etree.QName(e).localname for e in questions if etree.QName(e).localname != "heading"]
    assert tags == ["question", "answer", "question", "answer"]
    assert {a.get("by") for a in questions.findall("a:answer", AKN)} == {"#mark-drakeford"}


def test_a_division_is_a_voting_with_counts(xsd):
    _, document = document_of("twfy/003-twfy-commons-2013-division-no-speakers.txt", xsd)
    voting = document.find("a:debate/a:meta/a:analysis/a:parliamentary/a:voting", AKN)
    counts = {c.get("refersTo"): c.get("value") for c in voting.findall("a:count", AKN)}
    assert counts == {"#ayes": "1", "#noes": "37"}
    assert document.find(f".//a:summary[@eId='{voting.get('href')[1:]}']", AKN) is not None


def test_a_division_with_name_lists_carries_every_vote(xsd):
    debate = debateparse.parse_debate(
        FIXTURES / "twfy/003-twfy-commons-2013-division-no-speakers.txt", strict=False
    )
    division = debate.divisions[0].model_copy(
        update={"aye_names": ("Abbott, Ms Diane",), "no_names": ("Adams, Nigel", "Afolami, Bim")}
    )
    debate = debate.model_copy(update={"divisions": (division,)})
    document = etree.fromstring(to_akoma_ntoso(debate, published=PUBLISHED).encode())
    assert xsd.validate(document), [e.message for e in xsd.error_log][:3]
    assert dangling_references(document) == []
    voting = document.find("a:debate/a:meta/a:analysis/a:parliamentary/a:voting", AKN)
    counts = [(c.get("refersTo"), c.get("value")) for c in voting.findall("a:count", AKN)]
    assert counts == [
        ("#ayes", "1"),
        ("#noes", "37"),
        ("#abbott-ms-diane #ayes", "1"),
        ("#adams-nigel #noes", "1"),
        ("#afolami-bim #noes", "1"),
    ]
    person = document.find(".//a:TLCPerson[@eId='adams-nigel']", AKN)
    assert person.get("showAs") == "Adams, Nigel"


def test_seed_is_one_titled_section_of_speeches(xsd):
    """The seed has no parent title and no numbered question: one ``debateSection`` with
    the title as ``heading`` and a ``speech`` per turn, each ``by`` a ``TLCPerson``."""
    debate, document = document_of("twfy/commons-2024-05-15-ukraine-and-georgia.txt", xsd)
    sections = document.findall("a:debate/a:debateBody/a:debateSection", AKN)
    assert [(s.get("name"), s.findtext("a:heading", namespaces=AKN)) for s in sections] == [
        ("debate", "Ukraine and Georgia")
    ]
    speeches = sections[0].findall("a:speech", AKN)
    assert len(speeches) == len(debate.turns) == 43
    persons = {p.get("eId") for p in document.iter(f"{{{AKN_NS}}}TLCPerson")}
    assert {s.get("by")[1:] for s in speeches} <= persons
    assert document.find(".//a:questions", AKN) is None
