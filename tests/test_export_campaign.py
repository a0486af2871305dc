"""The hypothesis campaign (issue 11): every exporter on every parse.

Each example is parsed (``iter_debates`` on text, ``parse_debate`` on bytes) and every
debate goes through every exporter of ``tests.exporters.EXPORTERS`` (the list the long
fuzz run and the kept fuzz corpus use), then the parse invariants are checked
(``broken_invariant``). Inputs: arbitrary text and bytes, debate-shaped lines, generated
debates rendered as TheyWorkForYou text, and windows of every fixture with lines and
characters changed. The number of examples is the profile's (tests/conftest.py): ``ci``
keeps the suite fast, ``long`` is the documented long campaign (docs/fuzzing.md)::

    HYPOTHESIS_PROFILE=long python -m pytest -q tests/test_export_campaign.py
"""

from __future__ import annotations

import contextlib
import io
from functools import cache

from hypothesis import given
from hypothesis import strategies as st

import debateparse
from debateparse import Debate, DebateParseError
from tests.conftest import fixture_texts
from tests.exporters import broken_invariant, export_everything
from tests.strategies import debate_specs, render_twfy
from tests.test_properties import LINES

SPECIAL = ["\ufeff", "\u2028", "\x85", "\r", "\t", "\udcff", "\u00a0", "â€™", "\ufffd", "\x00"]
"""Characters that have broken a stage before: BOM, line breaks, lone surrogates, NUL."""


def _campaign(text: str) -> list[Debate]:
    """Parse ``text`` every way, export every debate, check the invariants."""
    streamed: list[Debate] = []
    with contextlib.suppress(DebateParseError):
        streamed = list(debateparse.iter_debates(io.StringIO(text), strict=False))
    whole: list[Debate] = []
    with contextlib.suppress(DebateParseError):
        whole = [debateparse.parse_text(text, strict=False)]
    for debate in streamed + whole:
        export_everything(debate)
    assert broken_invariant(streamed, text) is None, text
    assert broken_invariant(whole, None) is None, text
    return streamed


@cache
def _fixture_lines() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(path.read_text("utf-8", errors="replace").split("\n")) for path in fixture_texts()
    )


@st.composite
def fixture_windows(draw: st.DrawFn) -> str:
    """A window of up to 40 lines of a fixture, with lines dropped, copied or inserted and
    special characters put in."""
    lines = list(draw(st.sampled_from(_fixture_lines())))
    start = draw(st.integers(0, len(lines) - 1))
    window = lines[start : start + draw(st.integers(1, 40))]
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(window)))
        change = draw(st.sampled_from(["drop", "copy", "line", "char"]))
        if change == "drop" and window:
            del window[min(at, len(window) - 1)]
        elif change == "copy" and window:
            window.insert(at, draw(st.sampled_from(window)))
        elif change == "line":
            window.insert(at, draw(st.sampled_from(LINES)))
        elif window:
            k = min(at, len(window) - 1)
            cut = draw(st.integers(0, len(window[k])))
            window[k] = window[k][:cut] + draw(st.sampled_from(SPECIAL)) + window[k][cut:]
    separator = draw(st.sampled_from(["\n", "\r\n", "\u2028"]))
    return separator.join(window)


debate_shaped = st.lists(
    st.one_of(st.sampled_from(LINES), st.sampled_from(SPECIAL)), max_size=30
).map("\n".join)


@given(st.text())
def test_every_exporter_on_arbitrary_text(text: str) -> None:
    _campaign(text)


@given(debate_shaped)
def test_every_exporter_on_debate_shaped_text(text: str) -> None:
    _campaign(text)


@given(fixture_windows())
def test_every_exporter_on_changed_fixture_windows(text: str) -> None:
    _campaign(text)


@given(debate_specs)
def test_every_exporter_on_generated_debates(spec) -> None:
    debates = _campaign(render_twfy(spec))
    assert debates and all(debate.turns for debate in debates)


@given(st.binary(max_size=400))
def test_every_exporter_on_arbitrary_bytes(data: bytes) -> None:
    try:
        debate = debateparse.parse_debate(io.BytesIO(data), strict=False)
    except DebateParseError:
        return
    export_everything(debate)
    assert broken_invariant([debate], None) is None
