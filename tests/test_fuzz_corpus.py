"""Every kept fuzz input (tests/fuzz/*.json) parses to typed results and exports."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import itertools
import json
from pathlib import Path

import pytest

from debateparse import Debate, DebateParseError, iter_debates, parse_text
from debateparse.export import (
    debates_table,
    diagnostics_table,
    divisions_table,
    speakers_table,
    to_akoma_ntoso,
    to_arrow,
    to_parlamint_tei,
    turns_table,
)

CASES = sorted((Path(__file__).parent / "fuzz").glob("*.json"))
ARROW = importlib.util.find_spec("pyarrow") is not None


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
    for debate in _debates(text):
        assert Debate.model_validate_json(debate.to_json()) == debate
        for table in (debates_table, turns_table, speakers_table, diagnostics_table):
            table(debate)
        divisions_table(debate)
        if ARROW:
            to_arrow(debate, "turns")
        debate.to_text()
        to_parlamint_tei(debate)
        to_akoma_ntoso(debate)
        ends = [(turn.span.start, turn.span.end) for turn in debate.turns]
        assert all(start <= end for start, end in ends)
        lines = [(turn.span.start_line, turn.span.end_line) for turn in debate.turns]
        assert all(a[1] < b[0] for a, b in itertools.pairwise(lines)), lines  # no overlap
