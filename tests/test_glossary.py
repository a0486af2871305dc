"""Glossary pop-ups at the end of a TheyWorkForYou page are site text, not speech."""

from __future__ import annotations

import debateparse
from debateparse.export import canonical_layout
from tests.conftest import FIXTURES

HEAD = """Strengthening the Union

Part of Scotland – in the House of Commons at 2:30 pm on 1 July 2020.

Alert me about debates like this

Photo of Karl McCartney Karl McCartney Conservative, Lincoln

I congratulate the new Minister on being at the Dispatch Box. Devolution has been revisited in my own Constituency of Lincoln.

Photo of Iain Stewart Iain Stewart The Parliamentary Under-Secretary of State for Scotland

I thank my hon. Friend. The Prime Minister has made it clear.
"""

TERMS = """
Dispatch Box

If you've ever seen inside the Commons, you'll notice a large table in the middle - upon this table is a box, known as the dispatch box.

Minister

Ministers make up the Government and almost all are members of the House of Lords or the House of Commons.

constituency

In a general election, each Constituency chooses one Member of Parliament.

Prime Minister

The Prime Minister is the head of the Government.
"""


def parse(text: str) -> debateparse.Debate:
    debate = debateparse.parse_text(text)
    assert debate.to_text() == canonical_layout(text)  # nothing lost, in order
    return debate


def last_words(debate: debateparse.Debate) -> str:
    return debate.turns[-1].paragraphs[-1].text


def test_term_lines_and_definitions_at_the_page_end_are_set_aside():
    debate = parse(HEAD + TERMS)
    assert last_words(debate) == "I thank my hon. Friend. The Prime Minister has made it clear."
    assert debate.speakers["iain-stewart"].word_count == 12
    moved = debate.boilerplate.texts
    assert moved[-8:] == tuple(line for line in TERMS.splitlines() if line)
    (note,) = [d for d in debate.diagnostics if d.code == "glossary"]
    assert note.line == HEAD.count("\n") + 2 and note.severity == "info"
    assert "'dispatch box', 'minister', 'constituency', 'prime minister'" in note.message


def test_definitions_without_their_term_lines_are_known_by_their_openings():
    debate = parse(
        FIXTURES.joinpath("twfy", "008-twfy-cy-commons-1991-old-layout-glossary.txt").read_text(
            "utf-8"
        )
    )
    assert last_words(debate).startswith("I am certain that if it was, the Deputy Speaker")
    assert debate.boilerplate.texts[-1] == "The deputy speaker also presides over the Budget."
    assert [d.code for d in debate.diagnostics] == ["glossary"]


def test_a_term_never_used_on_the_page_is_speech():
    text = HEAD + "\nScotland Office\n\nThe Scotland Office is in Dover House.\n"
    debate = parse(text)
    assert last_words(debate) == "The Scotland Office is in Dover House."
    assert not [d for d in debate.diagnostics if d.code == "glossary"]


def test_a_short_line_whose_next_line_does_not_name_it_is_speech():
    text = HEAD + "\nPrime Minister\n\nWe will hold them to account.\n"
    assert last_words(parse(text)) == "We will hold them to account."


def test_a_glossary_tail_with_speech_after_it_is_speech():
    text = HEAD + TERMS + "\nAnd I say to the House that we will act.\n"
    debate = parse(text)
    assert last_words(debate) == "And I say to the House that we will act."
    assert not [d for d in debate.diagnostics if d.code == "glossary"]


def test_speech_that_starts_with_the_term_is_not_a_definition():
    text = (
        HEAD + "\nThe Minister is right, and the Minister knows it.\n\nThe Minister also agrees.\n"
    )
    assert last_words(parse(text)) == "The Minister also agrees."


def test_a_turn_is_never_emptied():
    text = HEAD.replace(
        "I thank my hon. Friend. The Prime Minister has made it clear.",
        "Prime Minister\n\nThe Prime Minister is the head of the Government.",
    )
    debate = parse(text)
    assert last_words(debate) == "The Prime Minister is the head of the Government."


def test_other_dialects_do_not_look_for_a_glossary():
    text = (
        "Jim Shannon (Strangford) (DUP)\n\nI ask the Minister at the Dispatch Box.\n\n"
        "Dispatch Box\n\nIt is a box on the table, the dispatch box.\n"
    )
    debate = debateparse.parse_text(text, dialect="hansard")
    assert last_words(debate) == "It is a box on the table, the dispatch box."


def test_plain_speech_repeating_a_used_phrase_is_never_moved():
    # issue 11 item 6: "Thank you" then "Thank you, Mr Speaker." is speech, not a glossary
    text = HEAD.replace("I thank my hon. Friend.", "Thank you, Mr Speaker. I thank him.")
    text += "\nThank you\n\nThank you, Mr Speaker.\n"
    debate = parse(text)
    assert last_words(debate) == "Thank you, Mr Speaker."
    assert not [d for d in debate.diagnostics if d.code == "glossary"]


def test_a_definition_needs_a_defining_verb_after_its_term():
    text = HEAD + "\nPrime Minister\n\nPrime Minister, will you answer?\n"
    assert last_words(parse(text)) == "Prime Minister, will you answer?"
