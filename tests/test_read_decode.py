"""Decoding: one bad byte spoils one line, not the file; mojibake is repaired (issue 11
item 1); text from XML readers with lone surrogates."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

import debateparse
from debateparse.read import LINE_BREAK, decode, repair_mojibake
from tests.conftest import SEED


def test_one_bad_byte_near_the_end_spoils_only_its_line():
    seed = SEED.read_bytes()
    data = seed[:-200] + b"\xff" + seed[-200:]
    debate = debateparse.parse_debate(io.BytesIO(data))
    clean = debateparse.parse_debate(io.BytesIO(seed))
    assert (debate.title, debate.house, debate.start_time) == (
        clean.title,
        clean.house,
        clean.start_time,
    )
    assert debate.title is not None
    assert not any("â€" in turn.text for turn in debate.turns)
    (note,) = [d for d in debate.diagnostics if d.code == "line-decoded-as-cp1252"]
    assert note.line == data[: data.index(b"\xff")].count(b"\n") + 1
    assert not [d for d in debate.diagnostics if d.code == "decoded-as-cp1252"]


def test_each_line_that_is_not_utf8_is_named():
    data = "Café\nÿ one\nthé\nÿ two\n".encode()
    data = data.replace("ÿ".encode(), b"\xff")
    text, notes = decode(data)
    assert text == "Café\nÿ one\nthé\nÿ two\n"
    assert [(n.code, n.line) for n in notes] == [
        ("line-decoded-as-cp1252", 2),
        ("line-decoded-as-cp1252", 4),
    ]


def test_a_cp1252_file_throughout_still_decodes_whole_with_one_diagnostic():
    text, notes = decode("Caf\u00e9 \u2019quoted\u2019\nna\u00efve\n".encode("cp1252"))
    assert text == "Caf\u00e9 \u2019quoted\u2019\nna\u00efve\n"
    assert [n.code for n in notes] == ["decoded-as-cp1252"]


def test_mojibake_from_upstream_is_repaired_with_a_diagnostic_per_line():
    mangled = "Russia\u2019s war\n\nno change here\ncaf\u00e9 and \u2014 dash\n"
    broken = mangled.encode("utf-8").decode("cp1252").replace("\u00e9", "\u00e9")
    text, notes = decode(("Russiaâ€™s war\n\nno change here\ncafÃ© and â€” dash\n").encode())
    assert text == mangled
    assert [(n.code, n.line) for n in notes] == [
        ("mojibake-repaired", 1),
        ("mojibake-repaired", 4),
    ]
    assert broken  # the mangled form is what a cp1252 reading of UTF-8 gives
    assert repair_mojibake("plain text – with ’ real quotes") == (
        "plain text – with ’ real quotes",
        (),
    )


def test_mojibake_read_as_latin1_or_twice_is_repaired():
    text, notes = decode("Russia\u00e2\x80\x99s war\nPa\u00c3\u0192\u00c2\u00a9 twice\n".encode())
    assert text == "Russia\u2019s war\nPa\u00e9 twice\n"
    assert [(n.code, n.line) for n in notes] == [
        ("mojibake-repaired", 1),
        ("mojibake-repaired", 2),
    ]


def test_a_repair_never_makes_a_line_break():
    # "\u2028" and NEL mangled as cp1252: decoding them back would split the line after
    # the read stage counted it, so the line is left as printed.
    for mangled in ("a\u00e2\u20ac\u00a8b", "a\u00c2\x85b"):
        assert repair_mojibake(mangled) == (mangled, ())


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2122)))
def test_repair_keeps_the_lines_and_changes_only_what_it_reports(text):
    fixed, notes = repair_mojibake(text)
    assert len(LINE_BREAK.split(fixed)) == len(LINE_BREAK.split(text))
    assert (fixed != text) == bool(notes)


def test_mojibake_in_the_seed_is_repaired():
    seed = SEED.read_text("utf-8")
    mangled = seed.replace("\u2019", "\u2019".encode().decode("cp1252"))
    debate = debateparse.parse_debate(io.BytesIO(mangled.encode()))
    assert not any("â€" in turn.text for turn in debate.turns)
    assert [d for d in debate.diagnostics if d.code == "mojibake-repaired"]


def test_xml_text_with_a_lone_surrogate_is_typed_or_parsed():
    import pytest

    with pytest.raises(debateparse.DebateParseError):
        list(debateparse.iter_debates(io.StringIO("<publicwhip>\x85T\ud800itle"), strict=False))
