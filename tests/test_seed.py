"""The seed debate (TheyWorkForYou, Commons, 15 May 2024): the facts issue 2 names."""

from __future__ import annotations

import datetime as dt

import pytest

import debateparse
from debateparse import NotADebateError
from tests.conftest import ARTICLE, SEED


def test_counts(seed_debate):
    assert len(seed_debate.turns) == 43
    assert len(seed_debate.speakers) == 22
    assert seed_debate.speakers["leo-docherty"].turn_count == 21
    assert seed_debate.speakers["jim-shannon"].turn_count == 2


def test_metadata(seed_debate):
    assert seed_debate.title == "Ukraine and Georgia"
    assert seed_debate.house == "House of Commons"
    assert seed_debate.date == dt.date(2024, 5, 15)
    assert seed_debate.start_time == dt.time(12, 35)
    assert seed_debate.dialect == "twfy"
    assert seed_debate.parent_title is None


def test_first_turn_is_the_urgent_question(seed_debate):
    first = seed_debate.turns[0]
    assert first.kind == "urgent_question"
    assert first.time == dt.time(12, 35)
    assert first.date == dt.date(2024, 5, 15)
    assert first.speaker_name == "Jim Shannon"
    assert first.role_text == (
        "Shadow DUP Spokesperson (Human Rights), Shadow DUP Spokesperson (Health)"
    )
    assert first.roles == (
        "Shadow DUP Spokesperson (Human Rights)",
        "Shadow DUP Spokesperson (Health)",
    )
    assert all(t.kind == "speech" for t in seed_debate.turns[1:])


def test_quoted_paragraph_stays_in_martin_dochertys_turn(seed_debate):
    (turn,) = seed_debate.turns_by("martin-docherty")
    quote = "“to advance Georgia’s Euro-Atlantic integration through…security cooperation"
    assert any(p.text.startswith(quote) for p in turn.paragraphs)
    assert turn.paragraphs[-1].text.startswith("Given the Dream party’s lurch")
    assert len(turn.paragraphs) == 5


def test_boilerplate_is_set_aside(seed_debate):
    assert [p.text for p in seed_debate.boilerplate] == ["Alert me about debates like this"]
    assert not seed_debate.preamble
    assert all("Alert me" not in t.text for t in seed_debate.turns)


def test_paul_girvan_party_conflict(seed_debate):
    conflicts = [d for d in seed_debate.diagnostics if d.code == "party-conflict"]
    assert len(conflicts) == 1
    assert "Paul Girvan" in conflicts[0].message
    assert "DUP" in conflicts[0].message and "Liberal Democrat" in conflicts[0].message
    assert conflicts[0].line == 213
    assert seed_debate.speakers["paul-girvan"].party == "DUP"


def test_alicia_kearns_four_part_header_gives_two_roles(seed_debate):
    assert seed_debate.speakers["alicia-kearns"].roles == (
        "Chair, Foreign Affairs Committee",
        "Chair, Foreign Affairs Sub-Committee on the Overseas Territories",
    )


def test_dochertys_stay_distinct(seed_debate):
    leo, martin = seed_debate.speakers["leo-docherty"], seed_debate.speakers["martin-docherty"]
    assert leo.name == "Leo Docherty" and martin.name == "Martin Docherty"
    assert martin.turn_count == 1 and martin.party == "Scottish National Party"


def test_backbenchers_get_party_and_constituency(seed_debate):
    atherton = seed_debate.speakers["sarah-atherton"]
    assert (atherton.party, atherton.constituency, atherton.roles) == (
        "Conservative",
        "Wrexham",
        (),
    )
    sobel = seed_debate.speakers["alex-sobel"]
    assert (sobel.party, sobel.constituency) == ("Labour/Co-operative", "Leeds North West")


def test_times_are_only_where_printed(seed_debate):
    assert [t.index for t in seed_debate.turns if t.time is not None] == [0]


def test_word_counts_add_up(seed_debate):
    assert sum(s.word_count for s in seed_debate.speakers.values()) == sum(
        len(t.text.split()) for t in seed_debate.turns
    )
    assert sum(s.turn_count for s in seed_debate.speakers.values()) == 43


def test_article_is_not_a_twfy_debate():
    with pytest.raises(NotADebateError) as caught:
        debateparse.parse_debate(ARTICLE, dialect="twfy")
    message = str(caught.value)
    assert str(ARTICLE) in message and "twfy" in message and "Photo of" in message


def test_seed_parses_from_every_kind_of_source():
    by_path = debateparse.parse_debate(SEED)
    by_str = debateparse.parse_debate(str(SEED))
    with SEED.open("rb") as binary:
        by_binary = debateparse.parse_debate(binary)
    with SEED.open(encoding="utf-8") as text:
        by_text = debateparse.parse_debate(text)
    in_memory = debateparse.parse_text(SEED.read_text(encoding="utf-8"), source=str(SEED))
    for other in (by_str, by_binary, by_text, in_memory):
        assert other == by_path
