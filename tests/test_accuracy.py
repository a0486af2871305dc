"""Accuracy on the development corpus (both folders, 69 cases), scored by the shared tool
exactly as CI's users do.

Targets (issue 8): turn F1 >= 0.98 with precision >= 0.98, speaker, role and time >= 0.98,
title and date >= 0.95, zero crashes. The same figures are measured on held-out texts we do
not see; ``fixtures/`` holds our own further real pages (``test_fixture_accuracy.py``).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import SHARED

SCORER = SHARED / "tools" / "score_corpus.py"
DEV = SHARED / "corpus" / "dev"
DEV_2 = SHARED / "corpus" / "dev-2"
TARGETS = {
    "turn_f1": 0.98,
    "turn_precision": 0.98,
    "speaker_acc": 0.98,
    "role_acc": 0.98,
    "time_acc": 0.98,
    "title_acc": 0.95,
    "date_acc": 0.95,
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_corpus", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary() -> dict[str, float]:
    """The scorer's summary for both dev folders (its --json output)."""
    import contextlib
    import io
    import sys

    module = _scorer()
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["score_corpus.py", str(DEV), str(DEV_2), "--json"]
    try:
        with contextlib.redirect_stdout(out):
            module.main()
    finally:
        sys.argv = argv
    return json.loads(out.getvalue())["summary"]


def test_the_dev_corpus_is_there():
    assert len(list(Path(DEV).glob("*.gold.json"))) == 23
    assert len(list(Path(DEV_2).glob("*.gold.json"))) == 46


@pytest.mark.parametrize(("metric", "target"), TARGETS.items())
def test_accuracy_target(summary, metric, target):
    assert summary[metric] >= target, summary


def test_no_crashes(summary):
    assert summary["crashes"] == 0, summary
