"""Accuracy on our own further real pages (``fixtures/``, issue 8's "beyond the dev set"),
scored by the shared tool as the dev corpus is: each fixture with a ``.gold.json`` beside it.

The same targets as the dev corpus (``test_accuracy.TARGETS``), per folder and in all; a
headerless page (gold with no turns) must give no turn at all.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, gold_of
from tests.test_accuracy import TARGETS, _scorer

FOLDERS = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and any(p.glob("*.gold.json")))


def _score(*folders: Path) -> dict:
    module = _scorer()
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["score_corpus.py", *map(str, folders), "--json"]
    try:
        with contextlib.redirect_stdout(out):
            module.main()
    finally:
        sys.argv = argv
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def scored() -> dict:
    return _score(*FOLDERS)


@pytest.mark.parametrize(("metric", "target"), TARGETS.items())
def test_fixture_accuracy_target(scored, metric, target):
    summary = scored["summary"]
    if metric == "time_acc" and not any(c["time_n"] for c in scored["cases"]):
        pytest.skip("no timed turns")
    assert summary[metric] >= target, summary


def test_fixtures_never_crash_and_headerless_pages_give_no_turns(scored):
    assert scored["summary"]["crashes"] == 0
    for case in scored["cases"]:
        path = next(FIXTURES.glob(f"*/{case['case']}.txt"))
        gold = gold_of(path)
        assert gold is not None
        if not gold["turns"]:
            assert case["pred_turns"] == 0, case["case"]
