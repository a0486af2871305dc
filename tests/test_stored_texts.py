"""Paragraph texts stored compactly: ``store_texts``, ``Paragraphs`` over stored texts, and
the drafts' ``pack_away`` (a large debate's lines are not held as ``str`` objects)."""

from __future__ import annotations

import pickle
from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import debateparse.transitions.turns as turns_module
from debateparse import parse_text
from debateparse.assemble import PACK_AFTER, PackedTexts, Pieces, TurnDraft
from debateparse.dialects.base import Token
from debateparse.errors import DebateParseError
from debateparse.models import Paragraphs
from debateparse.models.lines import count_words, load_texts, store_texts

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "twfy"
SEED = SEED / "commons-2024-05-15-ukraine-and-georgia.txt"
BOILERPLATE = "Alert me about debates like this\n"

texts_strategy = st.lists(st.text(max_size=30), max_size=8)


@given(texts_strategy)
def test_stored_texts_load_back_as_given(texts):
    assert load_texts(store_texts(tuple(texts))) == tuple(texts)


@given(texts_strategy, texts_strategy)
def test_stored_forms_are_equal_exactly_when_the_texts_are(first, second):
    same = store_texts(tuple(first)) == store_texts(tuple(second))
    assert same == (first == second)


def test_texts_are_stored_as_utf8_unless_a_line_feed_or_a_surrogate_forbids_it():
    assert store_texts(("It’s", "", "Yes")) == "It’s\n\nYes".encode()
    assert store_texts(("",)) == b""
    assert store_texts(()) == ()
    assert store_texts(("two\nlines", "x")) == ("two\nlines", "x")
    assert store_texts(("bad \udcff",)) == ("bad \udcff",)


@given(texts_strategy)
def test_paragraphs_over_stored_texts_act_as_the_texts(texts):
    lines = tuple(range(1, len(texts) + 1))
    plain = Paragraphs(texts, lines)
    stored = Paragraphs.trusted(store_texts(tuple(texts)), lines)  # type: ignore[arg-type]
    for paragraphs in (plain, stored):
        assert paragraphs.texts == tuple(texts)
        assert [p.text for p in paragraphs] == texts
        assert [paragraphs[i].text for i in range(len(texts))] == texts
        assert paragraphs.speech_text() == "\n\n".join(texts)
        assert paragraphs.joined() == "\n".join(texts)
        assert paragraphs.joined(" | ") == " | ".join(texts)
        assert paragraphs.holds_any(("(", "Members:")) == any(
            "(" in t or "Members:" in t for t in texts
        )
        assert paragraphs[1:3].texts == tuple(texts[1:3])
        copy = pickle.loads(pickle.dumps(paragraphs))
        assert copy == plain and copy.texts == tuple(texts)
    assert stored == plain and hash(stored) == hash(plain)
    assert plain.packed() == plain and plain.packed().texts == tuple(texts)
    assert stored.packed() is stored


_WORDY = st.lists(
    st.text(alphabet=st.sampled_from("ab’ \t\u00a0\u2009\u3000\x1c\x85."), max_size=12),
    max_size=6,
)


@given(_WORDY)
def test_stored_texts_count_their_words_as_str_split_does(texts):
    lines = tuple(range(1, len(texts) + 1))
    expected = sum(len(t.split()) for t in texts)
    assert Paragraphs(texts, lines).speech_word_count() == expected
    stored = store_texts(tuple(texts))
    assert Paragraphs.trusted(stored, lines).speech_word_count() == expected  # type: ignore[arg-type]
    assert count_words(texts) == expected


def test_paragraphs_reject_bytes_as_texts():
    try:
        Paragraphs(b"ab", [1, 2])  # type: ignore[arg-type]
    except TypeError as error:
        assert "strings" in str(error)
    else:
        raise AssertionError("bytes taken as texts")


def test_iterating_keeps_the_paragraphs_alive_and_decodes_once(monkeypatch):
    paragraphs = Paragraphs(["a", "b", "c"], [1, 2, 3])
    held = paragraphs[1]
    calls = []
    import debateparse.models.lines as lines

    real = lines.load_texts
    monkeypatch.setattr(lines, "load_texts", lambda s: calls.append(1) or real(s))
    items = list(paragraphs)
    assert items[1] is held
    assert [p.text for p in items] == ["a", "b", "c"]
    assert len(calls) == 1


def _token(line: int, text: str) -> Token:
    return Token("header", line, "rule", text, text, None)


def test_packed_pieces_read_as_before_and_unpack_when_added_to():
    pieces = Pieces()
    for line, text in enumerate(["One.", "Two’s", "Three."], 3):
        pieces.add(text, line, text)
    before = pieces.pack()
    pieces.pack_away()
    assert isinstance(pieces.texts, PackedTexts)
    assert list(pieces.texts) == ["One.", "Two’s", "Three."]
    assert pieces.texts[1] == "Two’s" and pieces.texts[-1] == "Three."
    assert tuple(pieces.lines) == (3, 4, 5)
    after = pieces.pack()
    assert after == before
    assert after._texts is pieces.texts.stored  # shared, not copied
    assert pieces.rows(1) == [(4, "Two’s", None, "text"), (5, "Three.", None, "text")]
    pieces.add("Four.", 9, "  Four.")
    assert pieces.texts == ["One.", "Two’s", "Three.", "Four."]
    assert pieces.pack().texts == ("One.", "Two’s", "Three.", "Four.")
    assert pieces.cut(3) == [(9, "Four.", "  Four.", "text")]


def test_a_packed_turn_draft_keeps_its_header_lines_and_line_numbers():
    turn = TurnDraft(header=[_token(7, "Photo of A B A B"), _token(8, "12:35")])
    turn.add("Speech.", 10, "Speech.")
    expected = (turn.header_lines(), turn.first_line, turn.header_end, turn.last_line)
    turn.pack_away()
    assert turn.header == []
    assert (turn.header_lines(), turn.first_line, turn.header_end, turn.last_line) == expected
    assert expected[1:] == (7, 8, 10)
    bare = TurnDraft(header=[_token(4, "Photo of C D C D")])
    bare.pack_away()
    assert (bare.first_line, bare.last_line, bare.header_lines().texts) == (
        4,
        4,
        ("Photo of C D C D",),
    )


def _long_debate() -> str:
    """The seed's heading, then its speeches repeated past ``PACK_AFTER`` turns."""
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split(BOILERPLATE, 1)
    return head + BOILERPLATE + ("\n" + body.strip("\n") + "\n") * (PACK_AFTER // 40 + 2)


def test_a_large_debate_packs_its_ended_turns_and_parses_as_without_packing(monkeypatch):
    text = _long_debate()
    packed = parse_text(text)
    monkeypatch.setattr(turns_module, "PACK_AFTER", 10**9)
    plain = parse_text(text)
    assert len(packed.turns) > PACK_AFTER + 40
    records = packed.turns.records
    # A turn is packed when the turn after it opens, once the draft holds PACK_AFTER.
    assert all(type(r.paragraphs._texts) is tuple for r in records[: PACK_AFTER - 1])
    # (a turn cut at an inline stage direction is packed anew, as a tuple)
    later = [r for r in records[PACK_AFTER:-1] if r.paragraphs and r.paragraphs._kinds is None]
    assert len(later) > 30 and all(type(r.paragraphs._texts) is bytes for r in later)
    assert all(type(r.header._texts) is bytes for r in records[PACK_AFTER - 1 : -1])
    assert type(records[-1].header._texts) is tuple  # the last turn never ends
    assert all(type(r.paragraphs._texts) is tuple for r in plain.turns.records)
    assert packed == plain
    assert packed.to_json() == plain.to_json()
    assert [t.text for t in packed.turns] == [t.text for t in plain.turns]
    assert [r.span for r in records] == [r.span for r in plain.turns.records]


_POOL = sorted(
    {
        line
        for path in sorted((SEED.parent.parent).glob("*/*.txt"))
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[:400]
    }
)
"""Lines of every fixture (headers, times, stage directions, divisions, chrome …)."""


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_packing_the_turns_of_a_large_debate_never_changes_its_parse(data):
    """Differential: a long debate, mutated with lines of every fixture, parses the same
    (equal, the same JSON, or the same error) with its ended turns packed and without."""
    lines = _long_debate().split("\n")
    for _ in range(data.draw(st.integers(1, 12), label="mutations")):
        at = data.draw(st.integers(0, len(lines) - 1))
        how = data.draw(st.sampled_from(["insert", "delete", "twice"]))
        if how == "insert":
            lines.insert(at, data.draw(st.sampled_from(_POOL)))
        elif how == "delete":
            del lines[at]
        else:
            lines.insert(at, lines[at])
    text = "\n".join(lines)

    def outcome() -> object:
        try:
            return parse_text(text)
        except DebateParseError as error:
            return type(error)

    packed = outcome()
    with patch.object(turns_module, "PACK_AFTER", 10**9):
        plain = outcome()
    assert packed == plain
    if not isinstance(packed, type):
        assert packed.to_json() == plain.to_json()  # type: ignore[attr-defined]
