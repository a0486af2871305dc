"""The seed debate against the shared registry: all 22 speakers, golden and cross-checked.

The golden file ``tests/golden/registry/commons-2024-05-15-members.json`` is the resolver's
own output (regenerate with ``--force-regen`` and review the diff); this module also checks
it, speaker by speaker, against ``shared/registry/coverage_2024-05-15.json``, the table the
registry's authors made by hand.
"""

from __future__ import annotations

import json

import pytest

import debateparse
from debateparse import Debate, Registry
from tests.conftest import GOLDEN, SEED, SHARED

REGISTRY = SHARED / "registry" / "uk_parliamentarians.popolo.json"
COVERAGE = SHARED / "registry" / "coverage_2024-05-15.json"
pytestmark = pytest.mark.skipif(not REGISTRY.exists(), reason="../shared/registry not present")


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.from_popolo(REGISTRY)


@pytest.fixture(scope="module")
def resolved(registry: Registry) -> Debate:
    return debateparse.parse_debate(SEED, registry=registry)


def _rows(debate: Debate) -> list[dict[str, object]]:
    rows = []
    for speaker in debate.speakers.values():
        resolution = speaker.resolution
        assert resolution is not None, speaker.name
        rows.append(
            {
                "speaker": speaker.name,
                "member_id": speaker.member_id,
                "datadotparl_id": resolution.ids.get("datadotparl_id"),
                "wikidata": resolution.ids.get("wikidata"),
                "method": resolution.method,
                "score": resolution.score,
                "candidates": list(resolution.candidates),
            }
        )
    return rows


def test_golden_members(resolved: Debate, file_regression) -> None:
    file_regression.check(
        json.dumps(_rows(resolved), indent=1, ensure_ascii=False) + "\n",
        fullpath=GOLDEN / "registry" / "commons-2024-05-15-members.json",
        encoding="utf-8",
    )


def test_every_speaker_matches_the_coverage_table(resolved: Debate) -> None:
    coverage = json.loads(COVERAGE.read_text(encoding="utf-8"))
    expected = {}
    for entry in coverage:
        sitting = [m for m in entry["matches"] if m["in_commons_on_2024_05_28_register"]]
        assert len(sitting) == 1, entry["query"]
        expected[entry["query"]] = (sitting[0]["person_id"], sitting[0]["datadotparl_id"])
    assert len(resolved.speakers) == 22
    for speaker in resolved.speakers.values():
        assert speaker.resolution is not None
        got = (speaker.member_id, speaker.resolution.ids.get("datadotparl_id"))
        assert got == expected[speaker.name], speaker.name


@pytest.mark.parametrize(
    ("name", "person", "mnis", "other"),
    [
        ("Jim Shannon", "13864", "4131", None),
        ("Leo Docherty", "25628", "4600", None),
        ("Martin Docherty", "25275", "4374", None),
        ("Jamie Stone", "25668", "4612", "14104"),  # not the Scottish Parliament record
        ("Paul Girvan", "25629", "4633", "13794"),  # not the NI Assembly record
    ],
)
def test_named_examples(
    resolved: Debate, name: str, person: str, mnis: str, other: str | None
) -> None:
    speaker = next(s for s in resolved.speakers.values() if s.name == name)
    assert speaker.member_id == f"uk.org.publicwhip/person/{person}"
    assert speaker.resolution is not None
    assert speaker.resolution.ids["datadotparl_id"] == mnis
    if other is not None:
        assert speaker.resolution.candidates == (f"uk.org.publicwhip/person/{other}",)


def test_no_resolution_diagnostics_on_the_seed(resolved: Debate) -> None:
    assert [d.code for d in resolved.diagnostics] == ["party-conflict"]


def test_resolved_debate_round_trips_through_json(resolved: Debate) -> None:
    again = Debate.model_validate_json(resolved.to_json())
    assert again == resolved
    assert again.to_json() == resolved.to_json()


def test_resolution_is_idempotent_on_the_seed(resolved: Debate, registry: Registry) -> None:
    assert debateparse.resolve_members(resolved, registry) == resolved


def test_other_fixtures_resolve_against_the_shared_registry(registry: Registry) -> None:
    from tests.conftest import FIXTURES

    cases = {
        "001-twfy-commons-2017-pmq-engagements": {"Theresa May": "10426"},
        "013-twfy-sp-2017-independence-role-label": {"Nicola Sturgeon": "14105"},
        "015-twfy-ni-2009-banner-two-speakers": {"David McNarry": "13834"},
        "012-twfy-pbc-2022-witness-session": {"Ian Paisley Jnr": "13852"},
    }
    for case, expected in cases.items():
        debate = debateparse.parse_debate(FIXTURES / "twfy" / f"{case}.txt", registry=registry)
        got = {s.name: s.member_id for s in debate.speakers.values() if s.name in expected}
        assert got == {k: f"uk.org.publicwhip/person/{v}" for k, v in expected.items()}, case


@pytest.mark.parametrize(
    ("role", "house", "date", "expected"),
    [
        ("Mr Speaker", "House of Commons", "12 May 2012", "10040"),
        ("The Prime Minister", "House of Commons", "12 May 2003", "10047"),
        # The registry's UK offices are a snapshot of October 2020: nothing is known after.
        ("The Prime Minister", "House of Commons", "15 May 2024", None),
        ("Mr Speaker", "House of Commons", "15 May 2024", None),
        ("The First Minister", "Scottish Parliament", "21 March 2017", "14105"),
        ("The Earl of Arran", "House of Lords", "12 May 2012", "12883"),  # a peer, by name
    ],
)
def test_role_only_speakers_against_the_shared_registry(
    registry: Registry, role: str, house: str, date: str, expected: str | None
) -> None:
    from tests.registry_helpers import twfy_debate

    debate = debateparse.resolve_members(twfy_debate(date, house, [(role, None)]), registry)
    (speaker,) = debate.speakers.values()
    assert speaker.kind == "role"
    want = None if expected is None else f"uk.org.publicwhip/person/{expected}"
    assert speaker.member_id == want, debate.diagnostics
    if expected is None:
        assert [d.code for d in debate.diagnostics] == ["unresolved-member"]
