"""Shared test helpers: paths, fixture discovery, gold files, hypothesis profiles."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
GOLDEN = REPO / "tests" / "golden"
SHARED = REPO.parent / "shared"
SEED = FIXTURES / "twfy" / "commons-2024-05-15-ukraine-and-georgia.txt"
PARTITION_PATHS = [
    str(p)
    for p in (
        SEED,
        FIXTURES / "twfy" / "012-twfy-pbc-2022-witness-session.txt",
        FIXTURES / "twfy" / "003-twfy-commons-2013-division-no-speakers.txt",  # not a debate
        FIXTURES / "twfy" / "017-twfy-senedd-2022-translated-fmq.txt",
    )
]
"""Four small inputs for the Dask recipe's tests: three debates and one file that is not."""
ARTICLE = FIXTURES / "transcript" / "sunday-times-johnson-lebedev-article.txt"

settings.register_profile(
    "default", deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci",
    deadline=None,
    max_examples=60,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    deadline=None,
    max_examples=20_000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""The long campaign (docs/fuzzing.md): ``HYPOTHESIS_PROFILE=long``."""
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def fixture_texts(dialect: str | None = None) -> list[Path]:
    """Every fixture text (optionally of one dialect folder), sorted."""
    pattern = f"{dialect}/*.txt" if dialect else "*/*.txt"
    return sorted(FIXTURES.glob(pattern))


def parse_outcome(text: str) -> object:
    """What ``parse_text`` gives for ``text``: the debate, or the type of the error raised
    (to compare two parses of the same text, failures included)."""
    from debateparse import parse_text
    from debateparse.errors import DebateParseError

    try:
        return parse_text(text)
    except DebateParseError as error:
        return type(error)


def gold_of(path: Path) -> dict[str, Any] | None:
    """The gold annotation beside a fixture text, if any."""
    gold = path.with_name(path.name.removesuffix(".txt") + ".gold.json")
    return json.loads(gold.read_text(encoding="utf-8")) if gold.exists() else None


def relative(path: Path) -> str:
    """A fixture path as stored in golden files (relative to the repository, POSIX)."""
    return path.resolve().relative_to(REPO).as_posix()


def first_words(text: str, n: int = 6) -> str:
    """The first ``n`` whitespace-separated words, as the gold files count them."""
    return " ".join(text.split()[:n])


@pytest.fixture(scope="session")
def seed_debate():
    import debateparse

    return debateparse.parse_debate(SEED)


PARLPARSE_DAY = SHARED / "registry" / "raw" / "mysoc-validator" / "debates2023-03-28d.xml"
"""The real ParlParse Commons day of issue 10 (read from ../shared)."""


@pytest.fixture(scope="session")
def parlparse_day():
    """Every section of the real ParlParse day, parsed once per test session."""
    import debateparse

    if not PARLPARSE_DAY.exists():
        pytest.skip("../shared not present")
    return list(debateparse.iter_debates(PARLPARSE_DAY))
