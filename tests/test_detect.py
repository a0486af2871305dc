"""Auto-detection: every fixture's dialect, explicit dialects, ambiguity, unknown names."""

from __future__ import annotations

import pytest

import debateparse
from debateparse import UnknownDialectError
from tests.conftest import fixture_texts, gold_of

CASES = [p for p in fixture_texts() if p.parent.name != "other"]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_auto_detection_picks_the_site_the_text_came_from(path):
    gold = gold_of(path)
    expected = gold["dialect"] if gold else path.parent.name
    assert debateparse.parse_debate(path, strict=False).dialect == expected


@pytest.mark.parametrize("dialect", sorted(debateparse.DIALECTS))
def test_an_explicit_dialect_always_wins(dialect):
    path = next(p for p in CASES if p.name.startswith("059"))
    assert debateparse.parse_debate(path, dialect=dialect, strict=False).dialect == dialect
    article = next(p for p in CASES if p.name.startswith("sunday"))
    with pytest.raises(debateparse.NotADebateError, match=r"dialects tried: twfy\)"):
        debateparse.parse_debate(article, dialect="twfy")


def test_close_scores_are_reported():
    text = (
        "Photo of Jim Shannon Jim Shannon DUP\n\nWords.\n\n"
        "Photo of Leo Docherty Leo Docherty Minister\n\nReply.\n\n"
        "Jim Shannon Portrait Jim Shannon (Strangford) (DUP)\n- Hansard - - - Excerpts\n\nMore.\n"
    )
    debate = debateparse.parse_text(text)
    (note,) = [d for d in debate.diagnostics if d.code == "dialect-ambiguous"]
    assert debate.dialect in note.message and note.severity == "info"


def test_unknown_dialect_is_a_typed_error():
    with pytest.raises(UnknownDialectError, match="known dialects: hansard, parallelparliament"):
        debateparse.parse_text("x", dialect="klingon")
    assert issubclass(UnknownDialectError, ValueError)


def _plain(tokens):
    """Tokens comparable across runs (match objects compare by identity)."""
    return [
        (t._replace(match=None), t.match and (t.match.span(), t.match.groupdict())) for t in tokens
    ]


def _long_page(path):
    """The fixture's text with its speeches repeated past ``FIRST_LINES``."""
    text = path.read_text(encoding="utf-8")
    return "\n".join([text] * 4)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_the_first_lines_choose_as_the_whole_sample_would(path, monkeypatch):
    from debateparse import detect as detection
    from debateparse.read import source_from_text

    source = source_from_text(_long_page(path), None)
    staged = detection.detect(source)
    monkeypatch.setattr(detection, "FIRST_LINES", detection.SAMPLE_LINES)
    whole = detection.detect(source)
    assert staged.dialect is whole.dialect
    assert _plain(staged.tokens) == _plain(whole.tokens)
    assert staged.diagnostics == whole.diagnostics


def test_unclear_first_lines_fall_back_to_the_larger_sample():
    from debateparse.detect import FIRST_LINES, detect
    from debateparse.read import source_from_text

    seed = next(p for p in CASES if p.name.startswith("commons-2024"))
    # Prose first: the first lines score nothing, so the larger sample must decide.
    prose = "A paragraph of prose with no header in it at all.\n\n" * FIRST_LINES
    found = detect(source_from_text(prose + seed.read_text(encoding="utf-8"), None))
    assert found.dialect.name == "twfy" and found.scores["twfy"] > 0


def _signed_cases():
    """Every fixture text and shared corpus page, and the fixtures as long pages."""
    from tests.conftest import SHARED

    corpus = sorted((SHARED / "corpus").glob("*/*.txt"))
    return [(p, False) for p in [*fixture_texts(), *corpus]] + [(p, True) for p in fixture_texts()]


@pytest.mark.parametrize(
    ("path", "long"), _signed_cases(), ids=lambda c: getattr(c, "stem", str(c))
)
def test_signature_lines_choose_as_scoring_every_dialect_would(path, long, monkeypatch):
    """A page that its site's signature lines decide (TheyWorkForYou's location line and
    photo captions, ParallelParliament's portraits) gets the dialect, tokens and notes that
    scoring every dialect gives it."""
    from debateparse import detect as detection
    from debateparse.read import source_from_text

    text = _long_page(path) if long else path.read_text(encoding="utf-8")
    source = source_from_text(text, None)
    signed = detection.detect(source)
    monkeypatch.setattr(detection, "_signed", lambda sample, memos: None)
    scored = detection.detect(source)
    assert signed.dialect is scored.dialect
    assert _plain(signed.tokens) == _plain(scored.tokens)
    assert signed.diagnostics == scored.diagnostics


def test_signature_lines_decide_a_page_alone():
    from debateparse.detect import detect
    from debateparse.read import source_from_text

    seed = next(p for p in CASES if p.name.startswith("commons-2024"))
    found = detect(source_from_text(seed.read_text(encoding="utf-8"), None))
    assert found.dialect.name == "twfy" and set(found.scores) == {"twfy"}


def test_signatures_of_two_dialects_leave_the_choice_to_the_scores():
    from debateparse.detect import detect
    from debateparse.read import source_from_text

    text = (
        "– in the House of Commons at 12:35 pm on 15 May 2024.\n\n"
        "Photo of Jim Shannon Jim Shannon DUP\n\nWords.\n\n"
        "Jim Shannon Portrait Jim Shannon (Strangford) (DUP)\n- Hansard - - - Excerpts\n\nMore.\n"
    )
    found = detect(source_from_text(text, None))
    assert {"twfy", "parallelparliament", "hansard", "transcript"} <= set(found.scores)


@pytest.mark.parametrize(
    ("path", "long"), _signed_cases(), ids=lambda c: getattr(c, "stem", str(c))
)
def test_signature_scores_from_verdicts_equal_the_sample_tokens(path, long):
    """Where the tokenizer's passes over other lines cannot touch a dialect's signature
    tokens, detection weighs its signature lines from the rules' verdicts alone: the same
    weight as the first lines' tokens give, and the same verdicts kept."""
    from debateparse import detect as detection
    from debateparse.read import source_from_text
    from debateparse.tokenize import classify

    text = _long_page(path) if long else path.read_text(encoding="utf-8")
    source = source_from_text(text, None)
    sample = detection._sample(source, detection.FIRST_LINES)
    lines = source.lines[: detection.FIRST_LINES]
    for dialect in debateparse.DIALECTS.values():
        if dialect.reader is not None or not detection._untouched(dialect):
            continue
        fast: dict = {}
        weight = detection._signature_score(lines, [t.strip() for t in lines], dialect, fast)
        slow: dict = {}
        tokens = classify(sample, dialect, slow)
        assert weight == sum(dialect.weight(t) for t in tokens if t.rule in dialect.signatures)
        assert fast.keys() == slow.keys()


def test_signature_tokens_a_title_may_take_are_weighed_from_tokens():
    """ParallelParliament's "- Hansard - - - Excerpts" line is of a kind that can become
    the title, so its signature lines are weighed from the sample's tokens; TheyWorkForYou's
    from the verdicts."""
    from debateparse.detect import _untouched

    assert _untouched(debateparse.DIALECTS["twfy"])
    assert not _untouched(debateparse.DIALECTS["parallelparliament"])
