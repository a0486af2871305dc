"""Header strength (docs/dialects.md): weak forms need support, prose never becomes a header.

Properties: prose with colons inside its sentences, vocatives ("Mr Speaker, ...") and names
in parentheses ("the Member for Putney (Mr Smith)") gives no turn in any dialect; a strong
form counts alone; a weak one counts beside another header or with a form of address.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import debateparse

_WORDS = st.sampled_from(
    [
        "the",
        "House",
        "will",
        "note",
        "that",
        "this",
        "matter",
        "has",
        "been",
        "raised",
        "many",
        "times",
        "before",
        "and",
        "we",
        "should",
        "consider",
        "whether",
        "the",
        "Government",
        "intends",
        "to",
        "act",
        "on",
        "it",
        "soon",
    ]
)
_NAMES = st.sampled_from(["Mr Smith", "Jim Shannon", "Baroness Jones", "Dr Huq", "Lord Lucas"])
_VOCATIVES = st.sampled_from(
    ["Mr Speaker", "Madam Deputy Speaker", "My Lords", "Presiding Officer"]
)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=8, max_size=20))
    kind = draw(st.sampled_from(["plain", "colon", "vocative", "parens"]))
    if kind == "colon":  # a colon well inside the sentence: "... we should consider: the ..."
        at = draw(st.integers(min_value=6, max_value=len(words) - 1))
        words[at - 1] += ":"
    elif kind == "vocative":
        words = [draw(_VOCATIVES) + ",", *words]
    elif kind == "parens":
        at = draw(st.integers(min_value=3, max_value=len(words) - 1))
        words.insert(at, f"the hon. Member for Putney ({draw(_NAMES)})")
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


@given(st.lists(st.lists(_sentence(), min_size=1, max_size=3), min_size=1, max_size=6))
def test_prose_with_colons_vocatives_and_parenthesised_names_is_never_a_header(paragraphs):
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    debate = debateparse.parse_text(text, strict=False)
    assert not debate.turns, [t.speaker_name for t in debate.turns]


def test_a_strong_form_counts_alone():
    text = "A press page\n\nKate Osborne (Jarrow) (Lab) I beg to move, That this House agrees.\n"
    (turn,) = debateparse.parse_text(text).turns
    assert (turn.speaker_name, turn.role_text) == ("Kate Osborne", "(Jarrow) (Lab)")


def test_a_weak_form_needs_support():
    lone = "An article\n\nKeir Starmer: Labour will win the next election, he says.\n"
    assert not debateparse.parse_text(lone, strict=False).turns
    addressed = "A blog\n\nLord Faulkner of Worcester: My Lords, this match has a second half.\n"
    (turn,) = debateparse.parse_text(addressed).turns
    assert turn.speaker_name == "Lord Faulkner of Worcester"
    two = "Note\n\nCHAIR —Welcome to the committee.\n\nMr Douglas —Thank you for having us.\n"
    assert [t.speaker_name for t in debateparse.parse_text(two).turns] == ["CHAIR", "Mr Douglas"]


def test_headers_inside_a_line_start_turns_and_keep_every_word():
    text = (
        "The House met at half-past Eleven o’clock PRAYERS [MR SPEAKER in the Chair] "
        "Mr Speaker: Before I call the Leader of the House, order. Chris Grayling (Epsom "
        "and Ewell) (Con): I beg to move the motion."
    )
    debate = debateparse.parse_text(text)
    assert [t.speaker_name for t in debate.turns] == ["Mr Speaker", "Chris Grayling"]
    assert debate.to_text() == text
