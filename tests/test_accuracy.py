"""Accuracy on the development corpus, scored by the shared tool exactly as CI's users do.

Targets (issue 3): turn F1 >= 0.97, speaker >= 0.98, role >= 0.95, time >= 0.95, title and
date >= 0.9, zero crashes. The same figures are measured on held-out texts we do not see.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import SHARED

SCORER = SHARED / "tools" / "score_corpus.py"
DEV = SHARED / "corpus" / "dev"
TARGETS = {
    "turn_f1": 0.97,
    "speaker_acc": 0.98,
    "role_acc": 0.95,
    "time_acc": 0.95,
    "title_acc": 0.9,
    "date_acc": 0.9,
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_corpus", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary() -> dict[str, float]:
    """The scorer's summary for the dev corpus (its --json output)."""
    import contextlib
    import io
    import sys

    module = _scorer()
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["score_corpus.py", str(DEV), "--json"]
    try:
        with contextlib.redirect_stdout(out):
            module.main()
    finally:
        sys.argv = argv
    return json.loads(out.getvalue())["summary"]


def test_the_dev_corpus_is_there():
    assert len(list(Path(DEV).glob("*.gold.json"))) == 23


@pytest.mark.parametrize(("metric", "target"), TARGETS.items())
def test_accuracy_target(summary, metric, target):
    assert summary[metric] >= target, summary


def test_no_crashes(summary):
    assert summary["crashes"] == 0, summary
