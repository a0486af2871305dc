"""Member resolution rules, each on a small registry of public facts (fixtures/registry)."""

from __future__ import annotations

import datetime as dt

import pytest

from debateparse import Registry, parse_text, resolve_members
from debateparse.registry import ResolutionRules
from tests.conftest import FIXTURES
from tests.registry_helpers import built_debate, codes, members, twfy_debate

P = "uk.org.publicwhip/person/"


@pytest.fixture(scope="module")
def namesakes() -> Registry:
    return Registry.from_popolo(FIXTURES / "registry" / "namesakes.popolo.json")


@pytest.fixture(scope="module")
def roster() -> Registry:
    return Registry.from_csv(FIXTURES / "registry" / "commons-2024.csv")


def speaker(debate, name):
    return next(s for s in debate.speakers.values() if s.name == name)


# --- names, houses and dates ----------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "date", "house", "expected"),
    [
        # Two TheyWorkForYou ids for one human, one per body: the house decides.
        ("Jamie Stone", "15 May 2024", "House of Commons", P + "25668"),
        ("Jamie Stone", "12 May 2005", "Scottish Parliament", P + "14104"),
        ("Paul Girvan", "15 May 2024", "House of Commons", P + "25629"),
        ("Paul Girvan", "10 May 2012", "Northern Ireland Assembly", P + "13794"),
        # Two Angela Smiths in the Commons: only one sat after 2010.
        ("Angela Smith", "10 May 2012", "House of Commons", P + "11814"),
        # A renamed member: Tony Banks became Lord Stratford.
        ("Tony Banks", "12 March 2003", "House of Commons", P + "10025"),
        ("Lord Stratford", "12 October 2005", "House of Lords", P + "10025"),
        ("Baroness Smith of Basildon", "12 October 2012", "House of Lords", P + "10546"),
        # Styles stripped; Westminster Hall members are Commons members.
        ("Mr Jim Shannon", "15 May 2024", "Westminster Hall", P + "13864"),
    ],
)
def test_name_house_and_date(namesakes, name, date, house, expected) -> None:
    debate = resolve_members(twfy_debate(date, house, [(name, None)]), namesakes)
    found = speaker(debate, name)
    assert found.member_id == expected, (name, date, house, debate.diagnostics)
    assert found.resolution is not None and found.resolution.method == "exact"
    assert "ambiguous-member" not in codes(debate)


def test_other_house_record_is_listed_as_a_candidate(namesakes) -> None:
    debate = resolve_members(
        twfy_debate("15 May 2024", "House of Commons", [("Jamie Stone", None)]), namesakes
    )
    resolution = speaker(debate, "Jamie Stone").resolution
    assert resolution.candidates == (P + "14104",)
    assert resolution.ids == {
        "theyworkforyou": P + "25668",
        "datadotparl_id": "4612",
        "wikidata": "Q1681420",
    }
    # the nearest Commons record is the register observation 13 days later
    assert resolution.score == pytest.approx(1 - 0.5 * 13 / 3653, abs=1e-3)


def test_alias_names(namesakes) -> None:
    debate = resolve_members(
        twfy_debate("15 May 2024", "House of Commons", [("Mike Penning", None)]), namesakes
    )
    resolution = speaker(debate, "Mike Penning").resolution
    assert (resolution.member_id, resolution.method, resolution.score) == (
        P + "11626",
        "alias",
        0.95,
    )


def test_tie_stays_unresolved_and_names_the_candidates(namesakes) -> None:
    debate = resolve_members(
        twfy_debate("12 March 2003", "House of Commons", [("Gareth Thomas", None)]), namesakes
    )
    found = speaker(debate, "Gareth Thomas")
    assert found.member_id is None and found.resolution is None
    (note,) = debate.diagnostics
    assert note.code == "ambiguous-member"
    assert P + "10593" in note.message and P + "10594" in note.message
    assert note.line == 5  # the speaker's first header


def test_printed_constituency_breaks_a_tie(namesakes) -> None:
    debate = twfy_debate(
        "12 March 2003", "House of Commons", [("Gareth Thomas", "Labour, Harrow West")]
    )
    resolved = resolve_members(debate, namesakes)
    resolution = speaker(resolved, "Gareth Thomas").resolution
    assert resolution.member_id == P + "10594"
    assert resolution.candidates == (P + "10593",)
    assert resolution.score == 0.9  # tie broken by what the header printed


def test_printed_party_alone_does_not_break_a_same_party_tie(namesakes) -> None:
    # Both Gareth Thomases sat for Labour (one as Labour/Co-operative: the same family).
    debate = twfy_debate("12 March 2003", "House of Commons", [("Gareth Thomas", "Labour")])
    assert codes(resolve_members(debate, namesakes)) == ["ambiguous-member"]


def test_same_name_in_overlapping_terms_resolved_by_constituency(namesakes) -> None:
    debate = twfy_debate(
        "10 May 2007", "House of Commons", [("Angela Smith", "Labour/Co-operative, Basildon")]
    )
    assert members(resolve_members(debate, namesakes)) == {"Angela Smith": P + "10546"}


def test_candidates_too_far_in_time_are_not_guessed(namesakes) -> None:
    debate = twfy_debate("12 March 1975", "House of Commons", [("Gareth Thomas", None)])
    resolved = resolve_members(debate, namesakes)
    assert members(resolved) == {"Gareth Thomas": None}
    note, coverage = resolved.diagnostics  # the registry's Commons seats start in 1997
    assert coverage.code == "registry-coverage" and "1997" in coverage.message
    assert note.code == "unresolved-member"
    assert "known by the name but not eligible" in note.message


def test_unknown_name_is_unresolved(namesakes) -> None:
    debate = resolve_members(
        twfy_debate("15 May 2024", "House of Commons", [("Xavier Nobody", None)]), namesakes
    )
    assert members(debate) == {"Xavier Nobody": None}
    assert codes(debate) == ["unresolved-member"]


# --- fuzzy ------------------------------------------------------------------------------
def test_misspelling_resolves_when_one_candidate_is_above_the_threshold(namesakes) -> None:
    debate = resolve_members(
        twfy_debate("15 May 2020", "House of Commons", [("Jim Shanon", None)]), namesakes
    )
    resolution = speaker(debate, "Jim Shanon").resolution
    assert (resolution.member_id, resolution.method) == (P + "13864", "fuzzy")
    assert resolution.score == pytest.approx(0.952, abs=1e-3)  # fuzz.ratio 95.2


def test_misspelling_close_to_two_people_is_ambiguous(namesakes) -> None:
    debate = resolve_members(
        twfy_debate("12 March 2003", "House of Commons", [("Gareth Tomas", None)]), namesakes
    )
    assert members(debate) == {"Gareth Tomas": None}
    assert codes(debate) == ["ambiguous-member"]


def test_fuzzy_threshold_is_a_rule(namesakes) -> None:
    debate = twfy_debate("15 May 2020", "House of Commons", [("Jim Shanon", None)])
    strict = ResolutionRules(fuzzy_threshold=99)
    assert members(resolve_members(debate, namesakes, rules=strict)) == {"Jim Shanon": None}


def test_fuzzy_only_when_the_name_is_unknown(namesakes) -> None:
    # "Jamie Stone" is known (as an MSP) so no MP is fuzzily matched for a 2005 Commons debate.
    debate = resolve_members(
        twfy_debate("12 May 2005", "House of Commons", [("Jamie Stone", None)]), namesakes
    )
    assert members(debate) == {"Jamie Stone": None}
    assert "Scottish Parliament" in debate.diagnostics[0].message


# --- role-only speakers -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("role", "date", "house", "expected"),
    [
        ("Mr Speaker", "4 March 2015", "House of Commons", P + "10040"),
        ("Mr Speaker", "4 March 2020", "House of Commons", P + "10295"),
        ("The Deputy Prime Minister", "12 May 2012", "House of Commons", P + "11812"),
        ("The First Minister", "21 March 2017", "Scottish Parliament", P + "14105"),
        ("The First Minister", "21 March 2010", "Scottish Parliament", P + "10525"),
    ],
)
def test_role_only_by_office_on_the_date(namesakes, role, date, house, expected) -> None:
    debate = resolve_members(twfy_debate(date, house, [(role, None)]), namesakes)
    found = speaker(debate, role)
    assert found.kind == "role"
    assert found.member_id == expected, debate.diagnostics
    assert found.resolution.method == "office"
    assert found.resolution.score == 0.9


def test_role_held_by_several_on_the_date_is_ambiguous(namesakes) -> None:
    debate = resolve_members(
        twfy_debate("7 March 2018", "House of Commons", [("Madam Deputy Speaker", None)]), namesakes
    )
    assert members(debate) == {"Madam Deputy Speaker": None}
    (note,) = debate.diagnostics
    assert note.code == "ambiguous-member"
    for person in ("10295", "10348", "10648"):  # Hoyle, Laing, Winterton
        assert P + person in note.message


def test_office_of_another_house_does_not_count(namesakes) -> None:
    debate = resolve_members(
        twfy_debate("21 March 2017", "House of Commons", [("The First Minister", None)]), namesakes
    )
    assert members(debate) == {"The First Minister": None}


def test_history_resolves_a_later_bare_office_twfy(roster) -> None:
    debate = twfy_debate(
        "15 May 2024",
        "House of Commons",
        [
            ("Leo Docherty", "The Minister of State, Ministry of Defence"),
            ("Jim Shannon", "Shadow DUP Spokesperson (Health)"),
            ("The Minister of State", None),
        ],
    )
    resolved = resolve_members(debate, roster)  # the roster has no offices: history only
    found = speaker(resolved, "The Minister of State")
    assert found.member_id == P + "25628"
    assert found.resolution.method == "history"
    assert found.resolution.ids["datadotparl_id"] == "4600"
    assert found.party == "Conservative" and found.resolution.filled == ("party", "constituency")


def test_history_resolves_hansard_style_headers_built_from_models(roster) -> None:
    # Official Hansard: "The Minister of State, Ministry of Defence (Leo Docherty)" parses to
    # the name "Leo Docherty" with that role text; later "The Minister of State" alone.
    debate = built_debate(
        dt.date(2024, 5, 15),
        "House of Commons",
        [
            ("Leo Docherty", "The Minister of State, Ministry of Defence"),
            ("Martin Docherty", None),
            ("The Minister of State", None),
            ("Hon. Members", None),
        ],
    )
    resolved = resolve_members(debate, roster)
    assert members(resolved) == {
        "Leo Docherty": P + "25628",
        "Martin Docherty": P + "25275",
        "The Minister of State": P + "25628",
        "Hon. Members": None,
    }
    assert speaker(resolved, "Martin Docherty").resolution.method == "alias"
    assert resolved.diagnostics == ()


def test_history_comes_before_registry_offices(namesakes) -> None:
    # The registry says Leo Docherty was Minister of State (MoD) that day; the debate says
    # so too. History is used first, the registry's offices only when history is silent.
    debate = twfy_debate(
        "15 May 2024",
        "House of Commons",
        [
            (
                "Leo Docherty",
                "Minister of State (Ministry of Defence) (Minister for the Armed Forces)",
            ),
            ("The Minister for the Armed Forces", None),
        ],
    )
    found = speaker(resolve_members(debate, namesakes), "The Minister for the Armed Forces")
    assert (found.member_id, found.resolution.method) == (P + "25628", "history")
    bare = twfy_debate(
        "15 May 2024", "House of Commons", [("The Minister of State, Ministry of Defence", None)]
    )
    found = speaker(resolve_members(bare, namesakes), "The Minister of State, Ministry of Defence")
    assert (found.member_id, found.resolution.method) == (P + "25628", "office")


def test_history_with_two_holders_is_ambiguous(roster) -> None:
    debate = built_debate(
        dt.date(2024, 5, 15),
        "House of Commons",
        [
            ("Leo Docherty", "Minister of State (Ministry of Defence)"),
            ("Ben Bradshaw", "Minister of State (Department of Health)"),
            ("The Minister of State", None),
        ],
    )
    resolved = resolve_members(debate, roster)
    assert members(resolved)["The Minister of State"] is None
    assert codes(resolved) == ["ambiguous-member"]
    assert "Leo Docherty, Ben Bradshaw" in resolved.diagnostics[0].message


def test_history_to_an_unresolved_speaker_is_unresolved(roster) -> None:
    debate = built_debate(
        dt.date(2024, 5, 15),
        "House of Commons",
        [("Grant Shapps", "The Secretary of State for Defence"), ("The Secretary of State", None)],
    )
    resolved = resolve_members(debate, roster)
    assert members(resolved) == {"Grant Shapps": None, "The Secretary of State": None}
    assert [d.message.split(":")[0] for d in resolved.diagnostics] == [
        "Grant Shapps",
        "The Secretary of State",
    ]
    assert "refers to Grant Shapps" in resolved.diagnostics[1].message


def test_history_looks_after_when_nothing_came_before(roster) -> None:
    debate = built_debate(
        dt.date(2024, 5, 15),
        "House of Commons",
        [
            ("The Minister of State", None),
            ("Leo Docherty", "Minister of State (Ministry of Defence)"),
        ],
    )
    assert members(resolve_members(debate, roster))["The Minister of State"] == P + "25628"


def test_collective_speakers_are_never_resolved(tmp_path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,house\np1,Hon. Members,Commons\n", encoding="utf-8")
    debate = twfy_debate("15 May 2024", "House of Commons", [("Hon. Members", None)])
    resolved = resolve_members(debate, Registry.from_csv(roster))
    found = speaker(resolved, "Hon. Members")
    assert found.kind == "collective" and found.member_id is None
    assert resolved.diagnostics == ()


# --- party and constituency ----------------------------------------------------------------
def test_party_and_constituency_filled_from_the_registry(roster) -> None:
    debate = twfy_debate(
        "15 May 2024",
        "House of Commons",
        [
            ("Leo Docherty", "Minister of State (Ministry of Defence)"),
            ("Sarah Atherton", "Conservative, Wrexham"),
        ],
    )
    resolved = resolve_members(debate, roster)
    leo, sarah = speaker(resolved, "Leo Docherty"), speaker(resolved, "Sarah Atherton")
    assert (leo.party, leo.constituency) == ("Conservative", "Aldershot")
    assert leo.resolution.filled == ("party", "constituency")
    assert (sarah.party, sarah.constituency, sarah.resolution.filled) == (
        "Conservative",
        "Wrexham",
        (),
    )


def test_nothing_filled_without_a_seat_on_the_date(namesakes) -> None:
    # The only Commons record near the date is a register observation: identity only.
    debate = twfy_debate("15 May 2024", "House of Commons", [("Paul Girvan", None)])
    found = speaker(resolve_members(debate, namesakes), "Paul Girvan")
    assert (found.party, found.constituency, found.resolution.filled) == (None, None, ())


def test_printed_party_clash_is_a_diagnostic(roster) -> None:
    debate = twfy_debate(
        "15 May 2024", "House of Commons", [("Paul Girvan", "Liberal Democrat, South Antrim")]
    )
    resolved = resolve_members(debate, roster)
    found = speaker(resolved, "Paul Girvan")
    assert found.member_id == P + "25629"
    assert found.party == "Liberal Democrat"  # what was printed is kept
    (note,) = resolved.diagnostics
    assert note.code == "member-party-clash"
    assert "Liberal Democrat" in note.message and "DUP" in note.message


def test_labour_cooperative_is_not_a_clash_with_labour(namesakes) -> None:
    debate = twfy_debate(
        "12 March 2003", "House of Commons", [("Gareth Thomas", "Labour, Harrow West")]
    )
    assert codes(resolve_members(debate, namesakes)) == []


# --- stage properties ------------------------------------------------------------------
def test_resolution_does_not_mutate_and_is_idempotent(roster) -> None:
    debate = twfy_debate(
        "15 May 2024",
        "House of Commons",
        [
            ("Leo Docherty", "Minister of State (Ministry of Defence)"),
            ("Paul Girvan", "Liberal Democrat"),
            ("Xavier Nobody", None),
            ("The Minister of State", None),
        ],
    )
    before = debate.model_dump()
    once = resolve_members(debate, roster)
    assert debate.model_dump() == before
    assert resolve_members(once, roster) == once
    assert resolve_members(once, roster).model_dump() == once.model_dump()


def test_no_date_uses_names_but_not_offices(namesakes) -> None:
    debate = built_debate(None, "House of Commons", [("Mike Penning", None), ("Mr Speaker", None)])
    resolved = resolve_members(debate, namesakes)
    assert members(resolved) == {"Mike Penning": P + "11626", "Mr Speaker": None}


def test_parse_with_registry(namesakes) -> None:
    text = "\n".join(
        [
            "A debate",
            "",
            "– in the House of Commons at 2:30 pm on 15 May 2024.",
            "",
            "Photo of Jim Shannon Jim Shannon DUP, Strangford",
            "",
            "Words.",
        ]
    )
    debate = parse_text(text, registry=namesakes)
    assert members(debate) == {"Jim Shannon": P + "13864"}


def test_history_on_official_hansard_text(roster) -> None:
    # The official Hansard layout names the minister once, then prints the bare office.
    text = "\n".join(
        [
            "Ukraine and Georgia",
            "",
            "Volume 750: debated on Wednesday 15 May 2024",
            "",
            "Jim Shannon (Strangford) (DUP)",
            "",
            "To ask the Secretary of State for Defence if he will make a statement.",
            "",
            "The Minister of State, Ministry of Defence (Leo Docherty)",
            "",
            "We are on day 811.",
            "",
            "Martin Docherty-Hughes (West Dunbartonshire) (SNP)",
            "",
            "A question.",
            "",
            "The Minister of State",
            "",
            "An answer.",
        ]
    )
    debate = parse_text(text, dialect="hansard", registry=roster)
    assert members(debate) == {
        "Jim Shannon": P + "13864",
        "Leo Docherty": P + "25628",
        "Martin Docherty-Hughes": P + "25275",
        "The Minister of State": P + "25628",
    }
    assert speaker(debate, "The Minister of State").resolution.method == "history"
    assert codes(debate) == []


def test_forgetting_the_memo_changes_no_answer(roster) -> None:
    debate = parse_text(
        (FIXTURES / "twfy" / "commons-2024-05-15-ukraine-and-georgia.txt").read_text("utf-8")
    )
    first = resolve_members(debate, roster)
    assert resolve_members(debate, roster) == first  # answered from the memo
    roster.forget()
    assert resolve_members(debate, roster) == first
