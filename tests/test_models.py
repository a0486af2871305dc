"""The model containers: ``Paragraphs``, ``Turns`` and ``Speakers`` behave as tuples/dicts."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from pydantic import ValidationError

from debateparse import Debate, Paragraph, Turn
from debateparse.models import Paragraphs, Speaker, Speakers, Turns


def test_paragraphs_behave_as_a_tuple_of_paragraph():
    paragraphs = Paragraphs(
        ["a", "b", "c"], [1, 3, 5], [None, " b", None], ["text", "marker", "text"]
    )
    assert len(paragraphs) == 3
    assert paragraphs[1] == Paragraph(text="b", line=3, raw=" b", kind="marker")
    assert paragraphs[-1].line == 5
    assert paragraphs[1:] == [paragraphs[1], paragraphs[2]]
    assert paragraphs == list(paragraphs) and paragraphs == tuple(paragraphs)
    assert paragraphs.speech_texts() == ("a", "c")
    assert paragraphs[0] is paragraphs[0]  # made once, then cached
    assert pickle.loads(pickle.dumps(paragraphs)) == paragraphs
    assert Paragraphs.of(list(paragraphs)) == paragraphs
    assert hash(Paragraphs.of(list(paragraphs))) == hash(paragraphs)
    with pytest.raises(IndexError):
        paragraphs[3]
    with pytest.raises(ValueError, match="differ in length"):
        Paragraphs(["a"], [1, 2])


def test_turns_validate_from_models_or_dicts_and_check_indexes(seed_debate):
    turns = seed_debate.turns
    assert isinstance(turns, Turns) and isinstance(turns[0], Turn)
    assert Turns.of(list(turns)) == turns
    dumped = [t.model_dump() for t in turns]
    again = Debate.model_validate({"dialect": "twfy", "turns": dumped})
    assert again.turns == turns
    with pytest.raises(ValidationError, match="index"):
        Debate.model_validate({"dialect": "twfy", "turns": dumped[1:]})


def test_turn_text_is_derived_and_must_not_be_contradicted(seed_debate):
    turn = seed_debate.turns[3]
    data = turn.model_dump()
    assert data["text"] == turn.text
    assert Turn.model_validate(data) == turn


def test_speakers_are_a_read_only_mapping(seed_debate):
    speakers = seed_debate.speakers
    assert isinstance(speakers, Speakers)
    assert list(speakers)[:2] == ["jim-shannon", "leo-docherty"]
    assert isinstance(speakers["leo-docherty"], Speaker)
    assert dict(speakers) == {k: speakers[k] for k in speakers}
    assert Speakers.of(dict(speakers)) == speakers
    replaced = speakers.replace("jim-shannon", member_id="uk.org.publicwhip/person/13864")
    assert replaced["jim-shannon"].member_id == "uk.org.publicwhip/person/13864"
    assert replaced["jim-shannon"].word_count == speakers["jim-shannon"].word_count
    assert speakers["jim-shannon"].member_id is None


def test_debates_pickle_and_compare(seed_debate):
    again = pickle.loads(pickle.dumps(seed_debate))
    assert again == seed_debate
    assert again.speakers["leo-docherty"].word_count == 1967


def test_models_are_frozen_and_strict(seed_debate):
    with pytest.raises(ValidationError):
        seed_debate.turns[0].speaker_name = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="extra"):
        Paragraph(text="a", line=1, colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Turn(
            index=0,
            speaker_id="a",
            speaker_name="A",
            header=[],
            span={"start_line": 1},
            time=dt.time(1, 2),
        )


def test_json_schema_describes_lists_and_maps():
    schema = Debate.model_json_schema(mode="serialization")
    props = schema["properties"]
    assert props["turns"]["type"] == "array" and props["speakers"]["type"] == "object"
    assert "description" in props["title"]
