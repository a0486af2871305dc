"""Streaming reads: ``iter_debates`` and ``parse_debate`` read a file in chunks and cut it
into segments, with the same debates as parsing the whole file at once."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import debateparse
from debateparse import read_stream, streaming
from debateparse.api import _check_headers, _collector_paused
from debateparse.errors import DebateParseError
from debateparse.normalize import normalize
from debateparse.read import read_source
from tests.conftest import fixture_texts

PAGES = sorted(
    (p for p in fixture_texts() if p.parent.name != "parlparse"),
    key=lambda p: p.name,
)
SEED = next(p for p in PAGES if p.name.startswith("commons-2024"))


def whole(data: bytes) -> list[debateparse.Debate]:
    """The reference: the whole input decoded at once and parsed as one segment."""
    source = read_source(io.BytesIO(data), max_bytes=None)
    drafts = streaming.stream_drafts(iter([streaming.block_of(source)]), "auto", None)
    found = []
    for item in drafts:
        _check_headers(item, "auto", strict=False)
        with _collector_paused():
            found.append(normalize(item.draft, item.source))
    return found


def outcome(job) -> object:
    try:
        return job()
    except DebateParseError as error:
        return (type(error).__name__, str(error))


@pytest.fixture
def small_pieces(monkeypatch):
    """Tiny chunks and segments, so that a small input is read in many of each."""
    monkeypatch.setattr(read_stream, "CHUNK", 97)
    monkeypatch.setattr(streaming, "SEGMENT_LINES", 45)


def _join(texts: list[str], breaks: str) -> str:
    return "\n\n".join(t.strip("\n") for t in texts).replace("\n", breaks)


def _perturb(data: bytes, how: str, at: int) -> bytes:
    lines = data.split(b"\n")
    index = at % len(lines)
    if how == "stray-byte":
        lines[index] += b" \xff"
    elif how == "mojibake":
        lines[index] += " Russiaâ€™s".encode()
    elif how == "bom":
        return b"\xef\xbb\xbf" + data
    elif how == "cp1252":
        return data.decode("utf-8").encode("cp1252", errors="replace")
    elif how == "utf16":
        return data.decode("utf-8").encode("utf-16")
    return b"\n".join(lines)


@settings(
    max_examples=int(os.environ.get("STREAMING_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    picks=st.lists(st.sampled_from(PAGES), min_size=1, max_size=4),
    breaks=st.sampled_from(["\n", "\r\n", "\n\n"]),
    how=st.sampled_from(["none", "stray-byte", "mojibake", "bom", "cp1252", "utf16"]),
    at=st.integers(0, 10_000),
    prose=st.lists(st.text(max_size=60), max_size=3),
)
# Found by this test: a NUL after the first streamed piece of UTF-8 with a byte-order mark
# was named differently by the two readers.
@example(picks=[PAGES[0]], breaks="\n", how="bom", at=0, prose=["\x00"])
def test_streaming_and_whole_file_give_equal_debates(small_pieces, picks, breaks, how, at, prose):
    texts = [p.read_text(encoding="utf-8") for p in picks] + prose
    data = _perturb(_join(texts, breaks).encode("utf-8"), how, at)
    streamed = outcome(lambda: list(debateparse.iter_debates(io.BytesIO(data), strict=False)))
    assert streamed == outcome(lambda: whole(data))
    first = outcome(lambda: debateparse.parse_debate(io.BytesIO(data), strict=False))
    if isinstance(streamed, list):
        assert isinstance(first, debateparse.Debate)
        expected = streamed[0]
        extra = [d for d in first.diagnostics if d.code == "more-debates"]
        assert bool(extra) == (len(streamed) > 1)
        assert (
            first.model_copy(
                update={
                    "diagnostics": tuple(d for d in first.diagnostics if d.code != "more-debates")
                }
            )
            == expected
        )


class Counting(io.BytesIO):
    """A file that counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1) -> bytes:
        part = super().read(size)
        self.taken += len(part)
        return part


def _many(copies: int) -> bytes:
    seed = SEED.read_text(encoding="utf-8").strip("\n")
    return ("\n\n".join([seed] * copies) + "\n").encode("utf-8")


def test_iter_debates_yields_the_first_debate_before_reading_the_rest(small_pieces):
    data = _many(12)
    handle = Counting(data)
    debates: Iterator[debateparse.Debate] = debateparse.iter_debates(handle)
    first = next(debates)
    assert first.title is not None and len(first.turns) == 43
    assert handle.taken < len(data) / 3
    rest = list(debates)
    assert len(rest) == 11 and handle.tell() == len(data)
    assert [len(d.turns) for d in rest] == [43] * 11
    assert rest[-1].turns[-1].span.end <= len(data)


def test_parse_debate_stops_reading_after_the_first_debate(small_pieces):
    data = _many(12)
    handle = Counting(data)
    first = debateparse.parse_debate(handle)
    assert handle.taken < len(data) / 3
    (more,) = [d for d in first.diagnostics if d.code == "more-debates"]
    assert "use iter_debates()" in more.message
    assert first == debateparse.parse_text(data.decode("utf-8"))


def test_each_debate_has_the_read_diagnostics_of_its_own_lines(small_pieces):
    seed = SEED.read_text(encoding="utf-8").strip("\n").encode("utf-8")
    data = seed + b"\n\n" + seed.replace(b"Georgia", b"Georgia \xff", 1) + b"\n"
    first, second = debateparse.iter_debates(io.BytesIO(data))
    assert "line-decoded-as-cp1252" not in {d.code for d in first.diagnostics}
    (note,) = [d for d in second.diagnostics if d.code == "line-decoded-as-cp1252"]
    assert note.line is not None and note.line > first.turns[-1].span.end_line


def test_a_cp1252_file_found_at_its_first_bad_line_decodes_as_cp1252_throughout(small_pieces):
    text = "\n".join(["Plain ASCII line."] * 400 + ["Caf\u00e9 society"] * 3)
    data = text.encode("cp1252")
    assert outcome(lambda: list(debateparse.iter_debates(io.BytesIO(data), strict=False))) == (
        outcome(lambda: whole(data))
    )
    (debate,) = debateparse.iter_debates(io.BytesIO(data), strict=False)
    assert [d.code for d in debate.diagnostics if "cp1252" in d.code] == ["decoded-as-cp1252"]


def test_errors_found_while_streaming_are_typed(small_pieces, tmp_path):
    data = _many(3) + b"\x00"
    with pytest.raises(DebateParseError, match="NUL"):
        list(debateparse.iter_debates(io.BytesIO(data)))
    path = tmp_path / "big.txt"
    path.write_bytes(_many(3))
    with pytest.raises(debateparse.InputTooLargeError):
        list(debateparse.iter_debates(path, max_bytes=1000))
    with pytest.raises(debateparse.InputTooLargeError):
        list(debateparse.iter_debates(io.BytesIO(_many(3)), max_bytes=1000))


def test_objects_that_only_have_a_read_are_read_whole():
    text = SEED.read_text(encoding="utf-8")

    class Reader:
        def __init__(self, data):
            self.data = data

        def read(self, size=-1):
            part, self.data = (
                (self.data, self.data[:0])
                if size < 0
                else (
                    self.data[:size],
                    self.data[size:],
                )
            )
            return part

    expected = debateparse.parse_text(text)
    assert debateparse.parse_debate(Reader(text)) == expected
    assert list(debateparse.iter_debates(Reader(text.encode("utf-8")))) == [expected]


def test_memory_of_iter_debates_is_bounded_by_a_debate_not_the_file(monkeypatch, tmp_path):
    """A regression guard for streaming (tracemalloc, small input; RSS on 1 GB is measured
    by benchmarks/memory.py): 2.5 MB of pages is iterated holding under half of it."""
    import re
    import tracemalloc

    monkeypatch.setattr(read_stream, "CHUNK", 16_384)
    monkeypatch.setattr(streaming, "SEGMENT_LINES", 300)
    seed = SEED.read_text(encoding="utf-8").strip("\n")
    header = re.compile(r"^Photo of (.+?) \1", re.M)
    pages = [header.sub(lambda m, n=n: f"Photo of {m[1]} {n} {m[1]} {n}", seed) for n in range(80)]
    path = tmp_path / "many.txt"
    path.write_text("\n\n".join(pages) + "\n", encoding="utf-8")
    size = path.stat().st_size
    list(debateparse.iter_debates(path))  # warm up (lazy imports, compiled patterns)
    tracemalloc.start()
    try:
        count = sum(1 for _ in debateparse.iter_debates(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 80
    assert peak < size / 2, (peak, size)  # reading it whole would hold over 3x
