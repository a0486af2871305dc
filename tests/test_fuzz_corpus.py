"""Every kept fuzz input (tests/fuzz/*.json) parses to typed results and exports."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from debateparse import Debate, DebateParseError, iter_debates, parse_text
from tests.exporters import broken_invariant, export_everything

CASES = sorted((Path(__file__).parent / "fuzz").glob("*.json"))


def _debates(text: str) -> list[Debate]:
    found: list[Debate] = []
    with contextlib.suppress(DebateParseError):
        found.append(parse_text(text, strict=False))
    with contextlib.suppress(DebateParseError):
        found.extend(iter_debates(io.StringIO(text), strict=False))
    return found


def test_the_fuzz_corpus_is_kept():
    assert len(CASES) >= 5


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_kept_input_parses_and_exports(case):
    text = json.loads(case.read_text(encoding="utf-8"))["text"]
    debates = _debates(text)
    for debate in debates:
        export_everything(debate)
        assert broken_invariant([debate], None) is None  # spans ordered, no overlap
    with contextlib.suppress(DebateParseError):
        streamed = list(iter_debates(io.StringIO(text), strict=False))
        assert broken_invariant(streamed, text) is None
