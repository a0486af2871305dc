"""Speakers as people: speaker types, person ids and name parts (one case per rule)."""

from __future__ import annotations

import pytest

from debateparse import Resolution, Speaker
from debateparse.export.people import external_ids, name_parts, person_id, speaker_type

SPEAKER_TYPE_CASES = [
    # (name, kind, offices, expected, why)
    ("Mr Speaker", "role", (), "chair", "the Speaker printed as a name"),
    ("Madam Deputy Speaker", "role", (), "chair", "a Deputy Speaker"),
    ("The Chair", "role", (), "chair", "a committee chair in the chair"),
    ("The Presiding Officer", "role", (), "chair", "Scottish Parliament"),
    ("Y Llywydd", "role", (), "chair", "Senedd, in Welsh"),
    ("The Deputy Presiding Officer", "role", (), "chair", "a deputy presiding officer"),
    ("Nigel Evans", "member", ("Deputy Speaker",), "chair", "a member whose office is chairing"),
    ("Rosie Winterton", "member", ("Chairman of Ways and Means",), "chair", "Ways and Means"),
    (
        "Alicia Kearns",
        "member",
        ("Chair, Foreign Affairs Committee",),
        "regular",
        "a committee chair speaking as a member",
    ),
    (
        "Leo Docherty",
        "member",
        ("Minister of State (Ministry of Defence)",),
        "regular",
        "a minister",
    ),
    ("Eamonn Boylan", "member", ("Witness",), "guest", "a committee witness"),
    ("Interviewer", "role", (), "guest", "a broadcast interviewer"),
    ("Hon. Members", "collective", (), "regular", "members interjecting"),
    ("The Prime Minister", "role", (), "regular", "an office that does not chair"),
]


@pytest.mark.parametrize(("name", "kind", "offices", "expected", "why"), SPEAKER_TYPE_CASES)
def test_speaker_type(name, kind, offices, expected, why):
    speaker = Speaker(id="x", name=name, kind=kind, roles=offices)
    assert speaker_type(speaker) == expected, f"{name} {offices}: {why}"


NAME_CASES = [
    ("Jim Shannon", ((), ("Jim",), "Shannon", ())),
    ("Sir Iain Duncan Smith", (("Sir",), ("Iain", "Duncan"), "Smith", ())),
    ("Dr. Caroline Johnson", (("Dr.",), ("Caroline",), "Johnson", ())),
    ("Ian Paisley Jnr", ((), ("Ian",), "Paisley", ("Jnr",))),
    ("Baroness Smith of Basildon", None),
    ("Lord Coaker", None),
    ("Rhun ap Iorwerth", ((), ("Rhun", "ap"), "Iorwerth", ())),
    ("Plato", None),
]


@pytest.mark.parametrize(("name", "expected"), NAME_CASES)
def test_name_parts(name, expected):
    parts = name_parts(name)
    assert (None if parts is None else tuple(parts)) == expected, name


def test_person_id_prefers_the_member_id():
    plain = Speaker(id="jim-shannon", name="Jim Shannon")
    assert person_id(plain) == "jim-shannon"
    member = plain.model_copy(update={"member_id": "uk.org.publicwhip/person/13864"})
    assert person_id(member) == "uk.org.publicwhip.person.13864"
    assert person_id(Speaker(id="1st-speaker", name="1st Speaker")) == "p.1st-speaker"


def test_external_ids():
    resolution = Resolution(
        member_id="uk.org.publicwhip/person/13864",
        ids={"datadotparl_id": "4131", "wikidata": "Q1", "unknown_scheme": "z"},
        method="exact",
        score=1.0,
    )
    speaker = Speaker(id="j", name="J", member_id=resolution.member_id, resolution=resolution)
    assert external_ids(speaker) == [
        ("theyworkforyou", "https://www.theyworkforyou.com/mp/?p=13864"),
        ("parliament", "https://members.parliament.uk/member/4131/contact"),
        ("wikidata", "https://www.wikidata.org/wiki/Q1"),
    ]
    assert external_ids(Speaker(id="k", name="K")) == []
