"""Golden files: the whole ``Debate`` of every fixture, as JSON, under ``tests/golden/``.

Regenerate on purpose with ``python -m pytest tests/test_golden.py --force-regen`` and review
the diff: a golden file changes only when the parser's output is meant to change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import debateparse
from tests.conftest import FIXTURES, GOLDEN, fixture_texts, relative

CASES = fixture_texts()


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_debate(path: Path, file_regression) -> None:
    debate = debateparse.parse_debate(path, strict=False)
    debate = debate.model_copy(update={"source": relative(path)})
    folder = path.parent.relative_to(FIXTURES)
    file_regression.check(
        debate.to_json(indent=1) + "\n",
        fullpath=GOLDEN / folder / f"{path.stem}.json",
        encoding="utf-8",
    )


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_round_trips_through_json(path: Path) -> None:
    debate = debateparse.parse_debate(path, strict=False)
    again = debateparse.Debate.model_validate_json(debate.to_json())
    assert again == debate
    assert again.to_json() == debate.to_json()
