"""Read stage: lone surrogates and Unicode line breaks (issue 11, items 4 and 9)."""

from __future__ import annotations

import pytest

import debateparse
from debateparse import Debate
from debateparse.export import canonical_layout, to_akoma_ntoso, to_parlamint_tei

SURROGATE_TEXT = "Photo of A B A B\n\nHello \udcff"


def test_a_lone_surrogate_becomes_the_replacement_character_with_a_diagnostic():
    debate = debateparse.parse_text(SURROGATE_TEXT)
    assert debate.turns[0].paragraphs[0].text == "Hello \ufffd"
    (note,) = [d for d in debate.diagnostics if d.code == "lone-surrogate"]
    assert note.line == 3 and note.severity == "warning"
    assert debate.to_text() == canonical_layout(SURROGATE_TEXT)


def test_every_exporter_works_on_text_with_lone_surrogates():
    debate = debateparse.parse_text(SURROGATE_TEXT.replace("Hello", "\ud800Hello"))
    assert Debate.model_validate_json(debate.to_json()) == debate
    assert "\ufffd" in to_parlamint_tei(debate)
    assert "\ufffd" in to_akoma_ntoso(debate)
    pytest.importorskip("pyarrow")
    assert debate.to_arrow().num_rows == 1


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\r\n", "\r", "\n"])
def test_unicode_line_separators_and_nel_break_lines(separator: str):
    text = separator.join(["Photo of A B A B", "Hello.", "", "Photo of C D C D", "Goodbye."])
    debate = debateparse.parse_text(text)
    assert [(t.speaker_name, t.paragraphs[0].text) for t in debate.turns] == [
        ("A B", "Hello."),
        ("C D", "Goodbye."),
    ]
    assert debate.turns[1].paragraphs[0].line == 5
    assert debate.to_text() == canonical_layout(text)
