"""``registry=`` with ParlParse XML: the file's ``person_id`` is never changed; what the
registry knows of the person (name on the day, party and constituency of the seat then)
is filled in, and a diagnostic says where it does not know the id or disagrees."""

from __future__ import annotations

import csv
import io

import pytest

from debateparse import Registry, iter_debates, parse_debate, parse_text
from debateparse.cli import main
from debateparse.corpus import write_corpus
from debateparse.parlparse.members import apply_registry
from tests.conftest import SHARED

PERSON = "uk.org.publicwhip/person/"
ROSTER = (
    "id,name,aliases,house,party,constituency,start_date,end_date\n"
    f"{PERSON}1,Ann Able,,House of Commons,Labour,Barnsley North,2019-12-12,2024-05-30\n"
    f"{PERSON}2,Ben Bold,,House of Commons,Conservative,Aldershot,2010-05-06,2019-11-06\n"
    f"{PERSON}3,Cal Crisp,,House of Commons,Liberal Democrat,Bath,2019-12-12,2024-05-30\n"
)


def speech(n: int, name: str, person: int | None, section: int = 1) -> str:
    who = f' person_id="{PERSON}{person}"' if person else ' nospeaker="true"'
    return (
        f'<speech id="uk.org.publicwhip/debate/2023-03-28d.{section}.{n}" speakername="{name}"'
        f"{who}>\n  <p>Words of {name or 'the House'}.</p>\n</speech>\n"
    )


XML = (
    "<publicwhip>\n"
    '<minor-heading id="uk.org.publicwhip/debate/2023-03-28d.1.0">First</minor-heading>\n'
    + speech(1, "Ann Able", 1)  # known, seated that day
    + speech(2, "Ben Bold", 2)  # known, but his seat ended in 2019
    + speech(3, "Dee Dunn", 3)  # the registry knows person 3 as Cal Crisp
    + speech(4, "Eve Eyre", 4)  # not in the registry
    + speech(5, "Mr Speaker", 1)  # the same person, printed by office
    + speech(6, "", None)
    + '<minor-heading id="uk.org.publicwhip/debate/2023-03-28d.2.0">Second</minor-heading>\n'
    + speech(1, "Ann Able", 1, section=2)
    + "</publicwhip>\n"
)


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    return path


def by_name(debate):
    return {s.name: s for s in debate.speakers.values()}


def test_the_registry_fills_what_it_knows_and_never_changes_an_id(roster):
    plain = parse_text(XML)
    debate = parse_text(XML, registry=Registry.load(roster))
    assert [s.member_id for s in debate.speakers.values()] == [
        s.member_id for s in plain.speakers.values()
    ]
    ann = by_name(debate)["Ann Able"]
    assert (ann.party, ann.constituency) == ("Labour", "Barnsley North")
    assert ann.resolution is not None
    assert (ann.resolution.method, ann.resolution.member_id) == ("source", f"{PERSON}1")
    assert ann.resolution.filled == ("party", "constituency")
    assert ann.resolution.name == "Ann Able"
    assert ann.resolution.ids["theyworkforyou"] == f"{PERSON}1"
    # Without a registry nothing is filled.
    assert by_name(plain)["Ann Able"].party is None


def test_a_diagnostic_where_the_registry_disagrees_or_does_not_know(roster):
    debate = parse_text(XML, registry=Registry.load(roster))
    notes = {d.code: d for d in debate.diagnostics if d.code != "more-debates"}
    assert sorted(notes) == ["member-name-differs", "member-not-seated", "unknown-person-id"]
    assert notes["member-not-seated"].line == 6 and "Ben Bold" in notes["member-not-seated"].message
    assert "2023-03-28" in notes["member-not-seated"].message
    assert notes["member-name-differs"].line == 9
    assert "'Dee Dunn'" in notes["member-name-differs"].message
    assert "'Cal Crisp'" in notes["member-name-differs"].message
    assert (
        notes["unknown-person-id"].line == 12 and f"{PERSON}4" in notes["unknown-person-id"].message
    )
    speakers = by_name(debate)
    assert speakers["Ben Bold"].party is None  # no seat that day: nothing filled
    assert speakers["Dee Dunn"].member_id == f"{PERSON}3"  # kept, though named otherwise
    assert speakers["Eve Eyre"].member_id == f"{PERSON}4"
    # "Mr Speaker" with person 1's id is Ann Able's turn (one speaker per person id).
    assert debate.turns[4].speaker_id == speakers["Ann Able"].id


def test_applying_the_registry_again_changes_nothing(roster):
    registry = Registry.load(roster)
    once = parse_text(XML, registry=registry)
    assert apply_registry(once, registry) == once


def test_every_section_and_every_entry_point_uses_the_registry(roster, tmp_path):
    registry = Registry.load(roster)
    path = tmp_path / "debates2023-03-28d.xml"
    path.write_text(XML, encoding="utf-8")
    sections = list(iter_debates(path, registry=registry))
    assert [by_name(d)["Ann Able"].party for d in sections] == ["Labour", "Labour"]
    assert parse_debate(path, registry=registry).speakers == sections[0].speakers
    from_file = list(iter_debates(io.BytesIO(XML.encode()), registry=registry))
    assert [d.speakers for d in from_file] == [d.speakers for d in sections]


def test_corpus_runs_and_the_command_line_use_the_registry_in_every_section(roster, tmp_path):
    path = tmp_path / "days" / "debates2023-03-28d.xml"
    path.parent.mkdir()
    path.write_text(XML, encoding="utf-8")
    out = tmp_path / "tables"
    write_corpus(str(path.parent), out, file_format="csv", workers=1, registry=str(roster))
    with (out / "speakers.csv").open(encoding="utf-8") as stream:
        rows = [r for r in csv.DictReader(stream) if r["name"] == "Ann Able"]
    assert [r["party"] for r in rows] == ["Labour", "Labour"]  # the second section too
    csv_out = tmp_path / "speakers.csv"
    argv = [str(path), "-f", "csv", "--table", "speakers", "-r", str(roster), "-o", str(csv_out)]
    assert main(argv) == 0
    with csv_out.open(encoding="utf-8") as stream:
        rows = [r for r in csv.DictReader(stream) if r["name"] == "Ann Able"]
    assert [r["party"] for r in rows] == ["Labour", "Labour"]
    jsonl = tmp_path / "turns.jsonl"
    argv = ["corpus", str(path.parent), "-f", "jsonl", "-o", str(jsonl), "-w", "1"]
    assert main([*argv, "-r", str(roster)]) == 0
    assert jsonl.read_text(encoding="utf-8").count('"party": "Labour"') >= 2


POPOLO = SHARED / "registry" / "uk_parliamentarians.popolo.json"


@pytest.mark.skipif(not POPOLO.exists(), reason="../shared not present")
def test_the_real_day_with_the_shared_registry_keeps_every_person_id(parlparse_day):
    registry = Registry.from_popolo(POPOLO)
    checked = [apply_registry(d, registry) for d in parlparse_day]
    ids = [s.member_id for d in parlparse_day for s in d.speakers.values()]
    assert [s.member_id for d in checked for s in d.speakers.values()] == ids
    members = [s for d in checked for s in d.speakers.values() if s.member_id]
    assert len(members) == 174 and all(s.resolution.name for s in members)
    # The shared registry has no 2023 seat for members first elected in 2019 or later
    # (it observes them only in 2024): those are named, the others' seats filled.
    filled = [s for s in members if s.party]
    unseated = [d for d in checked for d in d.diagnostics if d.code == "member-not-seated"]
    assert (len(filled), len(unseated)) == (139, 35)
    assert not [d for d in checked for d in d.diagnostics if d.code == "unknown-person-id"]
    assert not [d for d in checked for d in d.diagnostics if d.code == "member-name-differs"]
