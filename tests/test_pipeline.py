"""Tokenizer and state machine: tokens per line, screens, transition table coverage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debateparse.assemble import Mode
from debateparse.dialects import DIALECTS, get_dialect
from debateparse.read import source_from_text
from debateparse.tokenize import _judge, classify, tokenize
from debateparse.transitions import TRANSITIONS
from tests.conftest import SEED, fixture_texts


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_every_kind_a_dialect_makes_has_a_transition_in_every_mode(dialect):
    kinds = {rule.kind for rule in DIALECTS[dialect].rules} | {"blank", "text"}
    if DIALECTS[dialect].title_before:
        kinds.add("title")
    missing = {(mode, kind) for mode in Mode for kind in kinds} - set(TRANSITIONS)
    assert not missing


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.stem)
def test_tokenize_gives_one_token_per_line_with_its_rule(path):
    source = source_from_text(path.read_text(encoding="utf-8"))
    for name, dialect in DIALECTS.items():
        tokens = tokenize(source, dialect)
        assert [t.line for t in tokens] == list(range(1, len(source.lines) + 1)), name
        for token in tokens:
            assert token.rule and not token.end
            assert (token.kind == "blank") == (not source.lines[token.line - 1].strip())


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.stem)
def test_screens_never_hide_a_line_a_rule_would_match(path):
    """Classify (with screens and runs) agrees with trying every rule on every line."""
    source = source_from_text(path.read_text(encoding="utf-8"))
    for dialect in DIALECTS.values():
        by_line = {t.line: t for t in tokenize(source, dialect)}
        for number, text in enumerate(source.stripped, 1):
            if not text:
                continue
            want = next((r.kind for r in dialect.rules if r.pattern.match(text)), "text")
            got = by_line[number]
            # context rules may only turn a text line into a title, or a lone label into text
            assert (
                got.kind == want
                or (
                    got.kind == "title" and want in ("text", "name_line", "header_part", "dateline")
                )
                or (got.rule == "lone_label" and want == "header")
            ), (dialect.name, number, text)


def _affixes() -> list[str]:
    """Every rule's ``starts``, ``ends`` and ``contains`` strings, of every dialect."""
    found = {"", " ", "x", "Mr Speaker", "(Lab)"}
    for dialect in DIALECTS.values():
        for rule in dialect.rules:
            found.update(rule.starts, rule.ends, rule.contains)
    return sorted(found)


def _lengths() -> list[int]:
    """Every rule's ``max_len``, one less and one more: the edges of the plans' steps."""
    limits = {r.max_len for d in DIALECTS.values() for r in d.rules if r.max_len}
    return sorted({n + step for n in limits for step in (-1, 0, 1)} | {1, 400})


@given(
    st.sampled_from(_affixes()),
    st.text(alphabet=st.sampled_from("aZ (.):—-§1"), max_size=8),
    st.sampled_from(_lengths()),
    st.sampled_from(_affixes()),
    st.sampled_from(sorted(DIALECTS)),
)
def test_a_lines_plan_judges_as_every_rule_in_order_does(head, middle, length, tail, dialect):
    """The plans (by first and last character and length step) judge any line as trying
    each rule in order, with its screens, does."""
    body = (head + middle).strip()
    text = (body + "a" * max(length - len(body) - len(tail.strip()), 0) + tail).strip()
    if not text:
        return
    table = DIALECTS[dialect]
    has_needle = any(needle in text for needle in table.plain_screen[3])
    screened = [
        r.name
        for r in table.rules
        if (has_needle or r.starts or r.ends or not r.contains) and r.screen(text)
    ]
    planned = [
        p.name
        for p in table.plan_for(text, has_needle)
        if (p.starts is None or text.startswith(p.starts))
        and (p.ends is None or text.endswith(p.ends))
        and (p.contains is None or any(n in text for n in p.contains))
    ]
    assert planned == screened, (dialect, text)
    want = next(
        ((r.kind, r.name) for r in table.rules if r.name in screened and r.pattern.match(text)),
        ("text", "paragraph"),
    )
    assert _judge(table, text, has_needle)[:2] == want, (dialect, text)


def test_runs_cover_long_plain_lines_in_one_token():
    source = source_from_text(SEED.read_text(encoding="utf-8"))
    tokens = classify(source, get_dialect("twfy"))
    runs = [t for t in tokens if t.end]
    assert runs and all(t.kind == "text" and t.rule == "paragraph_run" for t in runs)
    assert len(tokens) < len(source.lines) / 2
    # besides title, location, boilerplate, headers and runs, only lines short enough for
    # some rule to match them are tokens of their own
    limit = get_dialect("twfy").plain_screen[0]
    singles = [t for t in tokens if t.kind == "text" and not t.end]
    assert all(len(t.text) <= limit for t in singles)
    assert len(tokens) == 3 + sum(1 for t in tokens if t.kind == "header") + len(runs) + len(
        singles
    )
