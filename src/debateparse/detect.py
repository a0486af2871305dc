"""Dialect detection: a site's signature lines, else every registered dialect's score on a
sample of the text."""

from __future__ import annotations

from dataclasses import dataclass

from debateparse.dialects import DIALECTS, Dialect, get_dialect
from debateparse.dialects.base import Token
from debateparse.models import Diagnostic
from debateparse.read import Source
from debateparse.tokenize import Verdict, classify

__all__ = [
    "AMBIGUITY_RATIO",
    "CLEAR_RATIO",
    "CLEAR_SCORE",
    "FIRST_LINES",
    "SAMPLE_LINES",
    "Detection",
    "choose",
    "choose_with_verdicts",
    "detect",
    "score",
]

SAMPLE_LINES = 400
"""Lines scored per dialect: enough for several headers, cheap on a large file."""
AMBIGUITY_RATIO = 0.85
"""A runner-up scoring at least this share of the winner's score is reported."""
FIRST_LINES = 12
"""Lines scored first: a page's dialect usually shows in its heading and first headers."""
CLEAR_SCORE = 8.0
"""The first lines decide when the leader scores at least this (a location line and a
header, or three headers) ..."""
CLEAR_RATIO = 0.5
"""... and the runner-up at most this share of it; otherwise ``SAMPLE_LINES`` decide."""


@dataclass(frozen=True)
class Detection:
    """The chosen dialect, the scores, and the tokens of the whole text in that dialect."""

    dialect: Dialect
    scores: dict[str, float]
    tokens: list[Token]
    diagnostics: tuple[Diagnostic, ...]


Memos = dict[str, dict[tuple[str, bool], Verdict]]
"""Each dialect's verdicts on the lines it judged, by dialect name."""


def score(tokens: list[Token], dialect: Dialect) -> float:
    """How well ``dialect`` explains ``tokens``: weighted count of recognised lines."""
    return sum(map(dialect.weight, tokens))


def _sample(source: Source, size: int = SAMPLE_LINES) -> Source:
    if len(source.lines) <= size:
        return source
    end = source.offset_of(size + 1)
    separators = None if source.separators is None else source.separators[:size]
    return Source(
        source.text[:end],
        source.path,
        source.lines[:size],
        source.bom,
        separators,
        source.diagnostics,
    )


def _scores(
    sample: Source, memos: dict[str, dict[tuple[str, bool], Verdict]]
) -> tuple[dict[str, float], dict[str, list[Token]]]:
    # Structured formats (a ``reader``, e.g. ParlParse XML) are detected before decoding.
    sampled = {
        name: classify(sample, d, memos.setdefault(name, {}))
        for name, d in DIALECTS.items()
        if d.reader is None
    }
    return {name: score(tokens, DIALECTS[name]) for name, tokens in sampled.items()}, sampled


def _signature_lines(sample: Source, dialect: Dialect) -> list[str]:
    """The lines of ``sample`` that pass the screens of one of ``dialect``'s signature
    rules (cheap: they are the rules with the tightest screens)."""
    rules = dialect.signature_rules
    return [text for text in sample.stripped if text and any(r.screen(text) for r in rules)]


def _signs(lines: list[str], dialect: Dialect) -> bool:
    """Does one of ``dialect``'s signature rules match one of ``lines``?"""
    rules = dialect.signature_rules
    return any(r.screen(text) and r.pattern.match(text) for text in lines for r in rules)


def _signed(sample: Source, memos: Memos) -> tuple[Dialect, dict[str, float], list[Token]] | None:
    """The dialect whose signature lines alone (tokens of its ``signatures`` rules) score
    ``CLEAR_SCORE`` on the first lines, when no other dialect's signature rule matches a
    line there; its score and tokens. None when no dialect signs the sample so."""
    screened = {
        d.name: _signature_lines(sample, d)
        for d in DIALECTS.values()
        if d.reader is None and d.signatures
    }
    signing = [DIALECTS[name] for name, lines in screened.items() if lines]
    if len(signing) > 1:
        # (with one candidate left, its own classification below says whether it signs)
        signing = [d for d in signing if _signs(screened[d.name], d)]
    if len(signing) != 1:
        return None
    (dialect,) = signing
    tokens = classify(sample, dialect, memos.setdefault(dialect.name, {}))
    signed = sum(dialect.weight(t) for t in tokens if t.rule in dialect.signatures)
    if signed < CLEAR_SCORE:
        return None
    return dialect, {dialect.name: score(tokens, dialect)}, tokens


def _clear(scores: dict[str, float]) -> bool:
    """True when one dialect leads the others by far (see ``CLEAR_SCORE``)."""
    top, *rest = sorted(scores.values(), reverse=True)
    return top >= CLEAR_SCORE and all(other <= CLEAR_RATIO * top for other in rest)


def detect(source: Source, dialect: str = "auto") -> Detection:
    """Tokenize ``source`` in the named dialect, or in the best-scoring one for ``"auto"``."""
    chosen, scores, tokens, notes, memos = _choose(source, dialect)
    if tokens is None:
        tokens = classify(source, chosen, memos.get(chosen.name))
    return Detection(chosen, scores, tokens, notes)


def choose(source: Source, dialect: str = "auto") -> tuple[Dialect, tuple[Diagnostic, ...]]:
    """The dialect ``detect`` picks for an input that starts with ``source`` (which holds
    more than ``SAMPLE_LINES`` lines or the whole input), and its diagnostics."""
    chosen, _, _, notes, _ = _choose(source, dialect)
    return chosen, notes


def choose_with_verdicts(
    source: Source, dialect: str = "auto"
) -> tuple[Dialect, tuple[Diagnostic, ...], dict[tuple[str, bool], Verdict] | None]:
    """``choose``, and the chosen dialect's verdicts on the lines it sampled (None when
    it sampled none): handed to the classification of the text, so that no sampled line
    is judged twice."""
    chosen, _, _, notes, memos = _choose(source, dialect)
    return chosen, notes, memos.get(chosen.name)


def _choose(
    source: Source, dialect: str
) -> tuple[Dialect, dict[str, float], list[Token] | None, tuple[Diagnostic, ...], Memos]:
    """The dialect, the scores, the tokens when the sample was all of ``source``, notes,
    and each dialect's verdicts on the sampled lines."""
    if dialect != "auto":
        return get_dialect(dialect), {}, None, (), {}
    # A site's own lines (its signatures) decide at once. Otherwise the first lines usually
    # decide; when they do not, a larger sample does. Then the whole text is classified
    # once, with the chosen dialect (unless the sample was all). Each dialect's verdicts
    # on the sampled lines are kept for the larger sample and the whole text, so that no
    # line is judged twice by the same dialect.
    memos: Memos = {}
    sample = _sample(source, FIRST_LINES)
    signed = _signed(sample, memos)
    if signed is not None:
        chosen, scores, tokens = signed
        return chosen, scores, tokens if sample is source else None, (), memos
    scores, sampled = _scores(sample, memos)
    if sample is not source and not _clear(scores):
        sample = _sample(source)
        scores, sampled = _scores(sample, memos)
    ranked = sorted(scores, key=lambda n: -scores[n])  # stable: registry order breaks ties
    best = DIALECTS[ranked[0]]
    notes: tuple[Diagnostic, ...] = ()
    if (
        len(ranked) > 1
        and scores[ranked[0]] > 0
        and (scores[ranked[1]] >= AMBIGUITY_RATIO * scores[ranked[0]])
    ):
        notes = (
            Diagnostic(
                code="dialect-ambiguous",
                line=None,
                severity="info",
                message=f"dialects {ranked[0]!r} ({scores[ranked[0]]:g}) and {ranked[1]!r} "
                f"({scores[ranked[1]]:g}) score close; chose {ranked[0]!r}",
            ),
        )
    return best, scores, sampled[best.name] if sample is source else None, notes, memos
