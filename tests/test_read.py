"""Read stage: encodings, line endings, errors on bad input, sources of every kind."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import debateparse
from debateparse import EmptyInputError, InputDecodeError, NotADebateError
from debateparse.read import decode, source_from_text

DEBATE = (
    "Tea Prices\n\n– in the House of Commons at 2:30 pm on 5 March 2019.\n\n"
    "Photo of Jane Doe Jane Doe Conservative, Somewhere\n\nCafé owners say “tea” costs £3.\n"
)


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "debate.txt"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (DEBATE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + DEBATE.encode("utf-8"), "utf-8 with BOM"),
        (DEBATE.encode("utf-16"), "utf-16 with BOM"),
        (b"\xfe\xff" + DEBATE.encode("utf-16-be"), "utf-16-be with BOM"),
        (DEBATE.encode("utf-32"), "utf-32 with BOM"),
        (DEBATE.replace("\n", "\r\n").encode("utf-8"), "CRLF"),
        (DEBATE.replace("\n", "\r").encode("utf-8"), "CR"),
    ],
)
def test_encodings_and_line_endings_parse_alike(tmp_path, encoded, label):
    debate = debateparse.parse_debate(_write(tmp_path, encoded))
    assert debate.title == "Tea Prices", label
    assert [t.text for t in debate.turns] == ["Café owners say “tea” costs £3."], label
    assert debate.turns[0].span.start_line == 5
    assert not [d for d in debate.diagnostics if d.code == "decoded-as-cp1252"], label


def test_invalid_utf8_falls_back_to_cp1252_with_a_diagnostic(tmp_path):
    data = DEBATE.encode("cp1252")  # the first non-ASCII byte is the en dash on line 3
    debate = debateparse.parse_debate(_write(tmp_path, data))
    assert debate.turns[0].text == "Café owners say “tea” costs £3."
    (note,) = [d for d in debate.diagnostics if d.code == "decoded-as-cp1252"]
    assert note.line == 3 and note.severity == "warning"


def test_cp1252_undefined_bytes_decode_as_browsers_do():
    text, notes = decode(b"ok \x81 and \xe9")
    assert text == "ok \x81 and é"
    assert notes[0].code == "decoded-as-cp1252"


def test_nul_bytes_are_binary(tmp_path):
    path = _write(tmp_path, b"Title\n\x00\x01\x02binary")
    with pytest.raises(InputDecodeError) as caught:
        debateparse.parse_debate(path)
    assert caught.value.line == 2 and caught.value.source == str(path)
    assert f"{path}:2: binary input" in str(caught.value)


def test_broken_utf16_is_a_decode_error(tmp_path):
    with pytest.raises(InputDecodeError, match="UTF-16"):
        debateparse.parse_debate(_write(tmp_path, b"\xff\xfeA\x00\x00\xd8"))


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"])
def test_empty_input(tmp_path, data):
    with pytest.raises(EmptyInputError) as caught:
        debateparse.parse_debate(_write(tmp_path, data))
    assert isinstance(caught.value, ValueError)
    assert caught.value.line == 1


def test_missing_file_is_the_usual_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        debateparse.parse_debate(tmp_path / "nope.txt")


def test_a_string_is_always_a_path_never_text():
    with pytest.raises(FileNotFoundError):
        debateparse.parse_debate(DEBATE)


def test_file_objects(tmp_path):
    assert debateparse.parse_debate(io.BytesIO(DEBATE.encode())).title == "Tea Prices"
    assert debateparse.parse_debate(io.StringIO(DEBATE)).title == "Tea Prices"
    with _write(tmp_path, DEBATE.encode()).open("rb") as handle:
        assert debateparse.parse_debate(handle).source == str(tmp_path / "debate.txt")


def test_parse_text_names_its_source_in_errors():
    with pytest.raises(NotADebateError) as caught:
        debateparse.parse_text("Just some prose.\nNothing else.", source="notes.txt")
    assert str(caught.value).startswith("notes.txt:1: no speaker header found")
    with pytest.raises(NotADebateError) as caught:
        debateparse.parse_text("Just some prose.")
    assert str(caught.value).startswith("<text>:1:")


def test_errors_pickle():
    import pickle

    error = NotADebateError("no header", source="a.txt", line=3, snippet="x" * 100)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is NotADebateError and str(again) == str(error)
    assert len(again.snippet) <= 60


def test_offsets_index_the_callers_string_with_any_line_endings():
    text = (
        "\ufeffT\r\n\r\n– in the House of Commons at 2:30 pm on 5 March 2019.\r\r"
        "Photo of A B A B\nHello there.\r\n"
    )
    debate = debateparse.parse_text(text)
    span = debate.turns[0].span
    assert text[span.start : span.end] == "Photo of A B A B\nHello there."
    source = source_from_text(text)
    assert [text[s : s + 3] for s in source.starts] == [
        "T\r\n",
        "\r\n–",
        "– i",
        "\rPh",
        "Pho",
        "Hel",
        "",
    ]
