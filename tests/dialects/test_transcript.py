"""The transcript dialect: inline and standalone labels, what is not a speaker."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import debateparse
from tests.conftest import ARTICLE, FIXTURES, first_words


def test_article_seed_gives_exactly_the_interview():
    debate = debateparse.parse_debate(ARTICLE)
    assert debate.dialect == "transcript"
    assert [t.speaker_name for t in debate.turns] == [
        "Andrew Marr",
        "Evgeny Lebedev",
        "Andrew Marr",
        "Evgeny Lebedev",
    ]
    lines = [line for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    first_turn_line = debate.turns[0].span.start_line
    assert [p.text for p in debate.preamble] == lines[: first_turn_line - 1]
    # a multi-paragraph answer stays one turn
    assert len(debate.turns[1].paragraphs) == 4
    assert debate.speakers["evgeny-lebedev"].turn_count == 2


@pytest.mark.parametrize(
    "line",
    [
        "He wrote: “Was Litvinenko murdered by MI6?”",
        "Last Updated: Sunday, 23 September 2007, 09:17 GMT 10:17 UK",
        "Note: this transcript was supplied by the programme.",
        "INTERVIEW: The Prime Minister on the economy",
        "Westminster: 020 7219 3000",
        "In his letter, Starmer wrote: I understand the role of the commission.",
        "UK Elections: Overseas Funding",
        "The reasons are these:",
    ],
)
def test_colon_prose_is_not_a_speaker(line):
    text = f"ANDREW MARR: Good morning.\n\n{line}\n\nGORDON BROWN: Good morning.\n"
    debate = debateparse.parse_text(text, dialect="transcript")
    assert [t.speaker_name for t in debate.turns] == ["ANDREW MARR", "GORDON BROWN"]
    assert line in debate.turns[0].text


def test_bbc_transcript_with_chrome():
    path = FIXTURES / "transcript" / "059-transcript-bbc-2007-caps-colon-labels.txt"
    debate = debateparse.parse_debate(path)
    assert (debate.title, debate.date) == ("Business as usual?", dt.date(2007, 9, 23))
    assert [t.speaker_name for t in debate.turns] == ["ANDREW MARR", "GORDON BROWN"] * 3
    assert len(debate.turns[3].paragraphs) == 4


def test_labels_alone_roles_and_captions():
    text = (
        "INTERVIEWER:\n\nWhy now?\n\nEVGENY LEBEDEV:\n\nBecause it matters.\n\nIt really does.\n\n"
        "Q: And next?\n\nA: We wait.\n\n>> Applause for everyone.\n\n10:05:32\n\n"
        ">> ANDREW MARR: Welcome back.\n"
    )
    debate = debateparse.parse_text(text)
    assert [(t.speaker_name, first_words(t.text, 3)) for t in debate.turns] == [
        ("INTERVIEWER", "Why now?"),
        ("EVGENY LEBEDEV", "Because it matters."),
        ("Q", "And next?"),
        ("A", "We wait."),
        ("", "Applause for everyone."),
        ("ANDREW MARR", "Welcome back."),
    ]
    assert all(t.time is None for t in debate.turns)  # caption clocks are not turn times
    assert debate.speakers["interviewer"].kind == "role"
    assert debate.speakers["unnamed"].kind == "collective"


def test_a_lone_label_line_in_prose_is_not_a_transcript():
    text = "Keir Starmer: peerage must be reviewed\n\n" + "Prose goes on.\n\n" * 40
    with pytest.raises(debateparse.NotADebateError):
        debateparse.parse_text(text, dialect="transcript")


def test_office_in_parentheses_and_a_time_line():
    path = FIXTURES / "other" / "064-other-blog-2015-name-then-office-label-time.txt"
    debate = debateparse.parse_debate(path)
    assert [(t.speaker_name, t.role_text, t.time) for t in debate.turns] == [
        ("Lord Faulks", "(The Minister of State, Ministry of Justice)", dt.time(11, 39)),
        ("Lord Taylor Of Holbeach", "(Con)", None),
        ("Lord Faulks", "(The Minister of State, Ministry of Justice)", None),
    ]
    assert (debate.title, debate.date) == ("Lords Spiritual (Women) Bill", dt.date(2015, 2, 12))


NAMES = st.sampled_from(
    ["ANDREW MARR", "GORDON BROWN", "Hefin David", "Evgeny Lebedev", "Interviewer", "Lord Faulks"]
)
ANSWERS = st.lists(
    st.sampled_from(
        [
            "Good morning.",
            "I think so, yes.",
            "We will see.",
            "Not at all — never.",
            "Well, thank you.",
        ]
    ),
    min_size=1,
    max_size=3,
)


@given(st.lists(st.tuples(NAMES, ANSWERS), min_size=2, max_size=8))
def test_generated_transcripts_parse_back(turns):
    from debateparse.dialects import get_dialect

    render = get_dialect("transcript").render_header
    assert render is not None
    lines = []
    for name, paragraphs in turns:
        lines.append(f"{render(name, None, None)} {paragraphs[0]}")
        lines.extend(paragraphs[1:])
    text = "\n\n".join(lines)
    debate = debateparse.parse_text(text, dialect="transcript")
    assert [(t.speaker_name, tuple(p.text for p in t.paragraphs)) for t in debate.turns] == [
        (name, tuple(paragraphs)) for name, paragraphs in turns
    ]
    assert debate.to_text() == text
