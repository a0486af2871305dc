"""Read faults: operating-system errors, wrong argument types, size limits, and capped
diagnostics (issue 11, items 7 and 8)."""

from __future__ import annotations

import errno
import io
import pathlib
import time

import pytest

import debateparse
from debateparse import InputDecodeError, InputReadError, InputTooLargeError
from debateparse.limits import MAX_BYTES, MAX_DIAGNOSTICS_PER_CODE

DEBATE = "Photo of A B A B\n\nHello.\n"


def test_a_directory_is_a_typed_error_naming_it(tmp_path):
    with pytest.raises(InputReadError, match="is a directory") as caught:
        debateparse.parse_debate(tmp_path)
    assert caught.value.source == str(tmp_path)


def test_permission_denied_is_a_typed_error(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(DEBATE)

    def denied(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "open", denied)
    with pytest.raises(InputReadError, match="permission denied") as caught:
        debateparse.parse_debate(path)
    assert caught.value.source == str(path)


def test_a_text_passed_as_a_path_is_a_typed_error_that_says_so():
    text = DEBATE * 400  # a file name far longer than any system allows
    with pytest.raises(InputReadError, match="parse_text"):
        debateparse.parse_debate(text)


def test_a_missing_file_keeps_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        debateparse.parse_debate(tmp_path / "missing.txt")


@pytest.mark.parametrize("source", [b"Photo of A B A B", None, 3, bytearray(b"x")])
def test_wrong_argument_types_are_a_clear_type_error(source):
    with pytest.raises(TypeError, match="expected a path"):
        debateparse.parse_debate(source)
    with pytest.raises(TypeError, match="expected a path"):
        list(debateparse.iter_debates(source))


@pytest.mark.parametrize("text", [b"Photo of A B A B", None])
def test_parse_text_wants_a_str(text):
    with pytest.raises(TypeError, match="parse_text expects the text as a str"):
        debateparse.parse_text(text)


def test_max_bytes_refuses_a_larger_input_with_a_typed_error():
    data = DEBATE.encode() * 100
    with pytest.raises(InputTooLargeError, match="max_bytes=100"):
        debateparse.parse_debate(io.BytesIO(data), max_bytes=100)
    with pytest.raises(InputTooLargeError):
        debateparse.parse_text(DEBATE * 100, max_bytes=100)
    assert debateparse.parse_debate(io.BytesIO(data), max_bytes=len(data)).turns
    assert debateparse.parse_debate(io.BytesIO(data), max_bytes=None).turns
    assert MAX_BYTES == 2 * 1024**3


class _Endless(io.RawIOBase):
    """A stream that never ends, like /dev/zero or /dev/urandom."""

    def __init__(self, byte: bytes) -> None:
        self.byte = byte
        self.read_so_far = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = self.byte * len(buffer)
        self.read_so_far += len(buffer)
        return len(buffer)


def test_an_endless_binary_stream_stops_at_once():
    stream = _Endless(b"\x00")
    with pytest.raises(InputDecodeError, match="NUL"):
        debateparse.parse_debate(io.BufferedReader(stream))
    assert stream.read_so_far < 4 * 1024**2


def test_an_endless_text_stream_stops_at_max_bytes():
    stream = _Endless(b"a")
    with pytest.raises(InputTooLargeError):
        debateparse.parse_debate(io.BufferedReader(stream), max_bytes=3 * 1024**2)
    assert stream.read_so_far < 8 * 1024**2


@pytest.mark.skipif(not pathlib.Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_stops():
    began = time.monotonic()
    with pytest.raises(InputDecodeError):
        debateparse.parse_debate("/dev/zero")
    assert time.monotonic() - began < 30


def test_repeated_diagnostics_are_capped_with_one_summary():
    count = 5_000
    debate = debateparse.parse_text("Title\n\n" + "Photo of\n" * count, strict=False)
    lookalikes = [d for d in debate.diagnostics if d.code == "header-lookalike"]
    assert len(lookalikes) == MAX_DIAGNOSTICS_PER_CODE
    (summary,) = [d for d in debate.diagnostics if d.code == "diagnostics-capped"]
    assert f"{count - MAX_DIAGNOSTICS_PER_CODE} more 'header-lookalike'" in summary.message
    assert summary.line == 3 + MAX_DIAGNOSTICS_PER_CODE
    assert len(debate.diagnostics) <= MAX_DIAGNOSTICS_PER_CODE + 5


def test_cli_max_bytes_refuses_a_larger_file(tmp_path, capsys):
    from debateparse.cli import main

    path = tmp_path / "debate.txt"
    path.write_text(DEBATE * 10)
    assert main([str(path), "--max-bytes", "10"]) == 1
    assert "max_bytes=10" in capsys.readouterr().err
    assert main([str(path), "--max-bytes", "1K"]) == 0


def test_cli_on_a_directory_is_a_one_line_error(tmp_path, capsys):
    from debateparse.cli import main

    assert main([str(tmp_path)]) == 1
    assert "is a directory" in capsys.readouterr().err
