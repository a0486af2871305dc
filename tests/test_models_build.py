"""The models the parser builds without validation equal the validated ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from debateparse import Paragraph, Turn
from debateparse.models import Span, Speaker
from debateparse.models.lines import count_words
from debateparse.models.rows import trusted


@given(st.lists(st.text(alphabet=st.characters(), max_size=40), max_size=5))
def test_count_words_counts_as_str_split_does(texts):
    assert count_words(texts) == sum(len(t.split()) for t in texts)


def test_count_words_on_every_kind_of_whitespace():
    spaces = " \t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
    for space in spaces:
        assert count_words([f"a{space}b", f"a {space}b", f"{space}a"]) == 5


def test_trusted_models_equal_validated_ones_in_every_respect(seed_debate):
    for turn in seed_debate.turns:
        again = Turn.model_validate(turn.model_dump())
        assert again == turn
        every = Turn(**{name: getattr(turn, name) for name in Turn.model_fields})
        assert every.model_fields_set == turn.model_fields_set
        assert again.model_dump_json() == turn.model_dump_json()
        assert hash(again.span) == hash(turn.span)
        assert turn.span == Span(**turn.span.model_dump())
        for paragraph in turn.paragraphs:
            assert paragraph == Paragraph(**paragraph.model_dump())
    for speaker in seed_debate.speakers.values():
        assert speaker == Speaker(**speaker.model_dump())


def test_trusted_models_copy_and_stay_frozen(seed_debate):
    paragraph = trusted(Paragraph, {"text": "a", "line": 1, "raw": None, "kind": "text"})
    changed = paragraph.model_copy(update={"line": 2})
    assert changed.line == 2 and paragraph.line == 1
    assert repr(paragraph) == repr(Paragraph(text="a", line=1))
    try:
        paragraph.line = 3  # type: ignore[misc]
    except Exception as error:  # pydantic's frozen-instance error
        assert "frozen" in str(error).lower()
    else:
        raise AssertionError("a trusted model must stay frozen")


def test_iterating_after_indexing_keeps_the_models_already_made(seed_debate):
    turns = type(seed_debate.turns)(seed_debate.turns.records)
    second = turns[1]
    assert list(turns)[1] is second
    assert list(turns) == list(seed_debate.turns)
    assert seed_debate.model_validate_json(seed_debate.to_json()) == seed_debate


def test_trusted_fills_defaults_of_fields_not_given_and_rejects_unknown_ones():
    import pytest

    paragraph = trusted(Paragraph, {"text": "a", "line": 1})
    assert paragraph == Paragraph(text="a", line=1)
    assert paragraph.model_fields_set == {"text", "line"}
    with pytest.raises(TypeError, match="no fields"):
        trusted(Paragraph, {"text": "a", "line": 1, "colour": "red"})
    with pytest.raises(TypeError, match="required"):
        trusted(Paragraph, {"text": "a"})
