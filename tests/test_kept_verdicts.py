"""A dialect's verdicts on lines are kept from one parse to the next (``tokenize.
kept_verdicts``): a parse that finds them kept gives what a parse that judges every line
afresh gives, and what is kept stays bounded (``VERDICT_MEMO``)."""

from __future__ import annotations

import pytest

import debateparse.detect as detect_module
import debateparse.tokenize as tokenize_module
from debateparse import DIALECTS, parse_text
from debateparse.dialects import Dialect
from tests.conftest import SEED, fixture_texts, parse_outcome

TEXTS = fixture_texts()


def _forget() -> None:
    tokenize_module._KEPT.clear()


@pytest.fixture(scope="module")
def warm() -> None:
    """Every fixture parsed once, so that each dialect keeps verdicts from all of them."""
    _forget()
    for path in TEXTS:
        parse_outcome(path.read_text(encoding="utf-8", errors="replace"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_kept_verdicts_change_no_parse(path, warm, monkeypatch):
    text = path.read_text(encoding="utf-8", errors="replace")
    kept = parse_outcome(text)
    again = parse_outcome(text)  # this page's own lines kept too
    monkeypatch.setattr(detect_module, "kept_verdicts", lambda dialect: {})
    fresh = parse_outcome(text)
    assert kept == fresh and again == fresh
    if not isinstance(fresh, type):
        assert kept.to_json() == fresh.to_json()  # type: ignore[attr-defined]
        assert again.to_json() == fresh.to_json()  # type: ignore[attr-defined]


def test_a_page_judges_its_lines_again_only_when_it_has_not_been_seen(monkeypatch):
    _forget()
    judged: list[str] = []
    real = tokenize_module._judge

    def spy(dialect, text, has_needle):  # type: ignore[no-untyped-def]
        judged.append(text)
        return real(dialect, text, has_needle)

    monkeypatch.setattr(tokenize_module, "_judge", spy)
    monkeypatch.setattr(detect_module, "_judge", spy)
    text = SEED.read_text(encoding="utf-8")
    parse_text(text)
    first = len(judged)
    parse_text(text)
    assert first > 0 and len(judged) == first


def test_kept_verdicts_stay_bounded_after_a_large_input(monkeypatch):
    _forget()
    monkeypatch.setattr(tokenize_module, "VERDICT_MEMO", 8)
    text = SEED.read_text(encoding="utf-8")
    parse_text(text)
    assert all(len(v) <= 8 for _, v in tokenize_module._KEPT.values())
    small = "Photo of Jim Shannon Jim Shannon DUP\n\nWords.\n"
    parse_text(small)
    (verdicts,) = [v for d, v in tokenize_module._KEPT.values() if d.name == "twfy"]
    assert 0 < len(verdicts) <= 8


def test_a_dialect_made_again_under_the_same_name_keeps_its_own_verdicts():
    _forget()
    twfy = DIALECTS["twfy"]
    copy = Dialect(**{f: getattr(twfy, f) for f in twfy.__dataclass_fields__})
    tokenize_module.kept_verdicts(twfy)[("line", False)] = ("text", "paragraph", None)
    assert tokenize_module.kept_verdicts(copy) == {}
    assert ("line", False) in tokenize_module.kept_verdicts(twfy)
