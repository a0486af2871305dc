"""Dialect detection: a site's signature lines, else every registered dialect's score on a
sample of the text."""

from __future__ import annotations

from dataclasses import dataclass

from debateparse.dialects import DIALECTS, Dialect, get_dialect
from debateparse.dialects.base import Token
from debateparse.models import Diagnostic
from debateparse.read import LINE_BREAK, Source
from debateparse.tokenize import (
    TITLE_KINDS,
    Verdict,
    _judge,
    bound_verdicts,
    classify,
    kept_verdicts,
)

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


def _memo(memos: Memos, dialect: Dialect) -> dict[tuple[str, bool], Verdict]:
    """The verdicts of ``dialect`` in ``memos``: those it keeps across parses."""
    found = memos.get(dialect.name)
    if found is None:
        found = memos[dialect.name] = kept_verdicts(dialect)
    return found


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
        name: classify(sample, d, _memo(memos, d))
        for name, d in DIALECTS.items()
        if d.reader is None
    }
    return {name: score(tokens, DIALECTS[name]) for name, tokens in sampled.items()}, sampled


def _signature_lines(stripped: list[str], dialect: Dialect) -> list[str]:
    """The ``stripped`` lines that pass the screens of one of ``dialect``'s signature
    rules (cheap: they are the rules with the tightest screens)."""
    rules = dialect.signature_rules
    return [text for text in stripped if text and any(r.screen(text) for r in rules)]


def _screens_any(stripped: list[str], joined: str, dialect: Dialect) -> bool:
    """Does one of ``stripped`` (joined in ``joined``) pass a signature rule's screens?
    A rule whose ``contains`` (else ``starts``, else ``ends``) strings all miss ``joined``
    passes no line: each line that passes holds one of them."""
    for rule in dialect.signature_rules:
        needed = rule.contains or rule.starts or rule.ends
        if needed and not any(piece in joined for piece in needed):
            continue
        if any(text and rule.screen(text) for text in stripped):
            return True
    return False


def _signs(lines: list[str], dialect: Dialect) -> bool:
    """Does one of ``dialect``'s signature rules match one of ``lines``?"""
    rules = dialect.signature_rules
    return any(r.screen(text) and r.pattern.match(text) for text in lines for r in rules)


_UNTOUCHED: dict[int, tuple[Dialect, bool]] = {}
"""By dialect id: are its signature tokens exactly its rules' verdicts (see ``_untouched``)?"""


def _untouched(dialect: Dialect) -> bool:
    """Do the tokenizer's passes over other lines leave this dialect's signature tokens as
    its rules' verdicts on their lines? They do unless a signature rule is a weak header
    (``demote_lone_headers``) or of a kind ``mark_title`` retags, and the needles that
    force a line to be tried can each be looked for in a line alone (no line break)."""
    known = _UNTOUCHED.get(id(dialect))
    if known is not None and known[0] is dialect:
        return known[1]
    rules = dialect.signature_rules
    needles = dialect.plain_screen[3]
    untouched = (
        not (dialect.signatures & dialect.lone_headers)
        and not any(r.kind in TITLE_KINDS for r in rules)
        and not any(LINE_BREAK.search(needle) for needle in needles)
    )
    _UNTOUCHED[id(dialect)] = (dialect, untouched)
    return untouched


def _signature_score(
    lines: list[str],
    stripped: list[str],
    dialect: Dialect,
    verdicts: dict[tuple[str, bool], Verdict],
) -> float:
    """The weight of ``dialect``'s signature tokens on ``lines`` (``stripped`` their
    stripped texts), as ``classify`` would make them (when ``_untouched``): each line a
    rule might match judged once, its verdict kept in ``verdicts``."""
    limit, starts, ends, needles = dialect.plain_screen
    if limit < 0:
        limit = 1 << 62
    signatures = dialect.signatures
    # (no needle holds a line break, so a needle missing from the joined lines is in none)
    joined = "\n".join(lines)
    present = [needle for needle in needles if needle in joined]
    total = 0.0
    for line, text in zip(lines, stripped, strict=True):
        forced = False
        for needle in present:
            if needle in line:
                forced = True
                break
        if not (
            forced
            or (text and (len(text) <= limit or text.startswith(starts) or text.endswith(ends)))
        ):
            continue
        key = (text, forced)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = _judge(dialect, text, forced)
        if verdict[1] in signatures:
            total += dialect.weight(Token(verdict[0], 0, verdict[1], text, text, None))
    return total


def _signed(source: Source, memos: Memos) -> tuple[Dialect, list[Token] | None] | None:
    """The dialect whose signature lines alone (tokens of its ``signatures`` rules) score
    ``CLEAR_SCORE`` on the first ``FIRST_LINES`` lines of ``source``, when no other
    dialect's signature rule matches a line there; and the sample's tokens when they were
    made. None when no dialect signs the sample so."""
    lines = source.lines[:FIRST_LINES]
    stripped = list(map(str.strip, lines))
    joined = "\n".join(stripped)
    signing = [
        d
        for d in DIALECTS.values()
        if d.reader is None and d.signatures and _screens_any(stripped, joined, d)
    ]
    if len(signing) > 1:
        # (with one candidate left, its own classification below says whether it signs)
        signing = [d for d in signing if _signs(_signature_lines(stripped, d), d)]
    if len(signing) != 1:
        return None
    (dialect,) = signing
    verdicts = _memo(memos, dialect)
    tokens = None
    if _untouched(dialect):
        signed = _signature_score(lines, stripped, dialect, verdicts)
    else:
        tokens = classify(_sample(source, FIRST_LINES), dialect, verdicts)
        signed = sum(dialect.weight(t) for t in tokens if t.rule in dialect.signatures)
    if signed < CLEAR_SCORE:
        return None
    return dialect, tokens


def _clear(scores: dict[str, float]) -> bool:
    """True when one dialect leads the others by far (see ``CLEAR_SCORE``)."""
    top, *rest = sorted(scores.values(), reverse=True)
    return top >= CLEAR_SCORE and all(other <= CLEAR_RATIO * top for other in rest)


def detect(source: Source, dialect: str = "auto") -> Detection:
    """Tokenize ``source`` in the named dialect, or in the best-scoring one for ``"auto"``."""
    chosen, scores, tokens, notes, memos = _choose(source, dialect, scored=True)
    if tokens is None:
        tokens = classify(source, chosen, _memo(memos, chosen))
    bound_verdicts()
    return Detection(chosen, scores, tokens, notes)


def choose(source: Source, dialect: str = "auto") -> tuple[Dialect, tuple[Diagnostic, ...]]:
    """The dialect ``detect`` picks for an input that starts with ``source`` (which holds
    more than ``SAMPLE_LINES`` lines or the whole input), and its diagnostics."""
    chosen, _, _, notes, _ = _choose(source, dialect)
    bound_verdicts()
    return chosen, notes


def choose_with_verdicts(
    source: Source, dialect: str = "auto"
) -> tuple[Dialect, tuple[Diagnostic, ...], dict[tuple[str, bool], Verdict] | None]:
    """``choose``, and the chosen dialect's kept verdicts (``tokenize.kept_verdicts``),
    which hold those on the lines it sampled: handed to the classification of the text, so
    that no sampled line is judged twice (the caller calls ``tokenize.bound_verdicts``
    after it)."""
    chosen, _, _, notes, memos = _choose(source, dialect)
    return chosen, notes, _memo(memos, chosen)


def _choose(
    source: Source, dialect: str, *, scored: bool = False
) -> tuple[Dialect, dict[str, float], list[Token] | None, tuple[Diagnostic, ...], Memos]:
    """The dialect, the scores (when ``scored``, or when every dialect was scored), the
    tokens when the sample was all of ``source``, notes, and each dialect's verdicts on
    the sampled lines."""
    if dialect != "auto":
        return get_dialect(dialect), {}, None, (), {}
    # A site's own lines (its signatures) decide at once. Otherwise the first lines usually
    # decide; when they do not, a larger sample does. Then the whole text is classified
    # once, with the chosen dialect (unless the sample was all). Each dialect's verdicts
    # on the sampled lines are kept for the larger sample and the whole text, so that no
    # line is judged twice by the same dialect.
    memos: Memos = {}
    signed = _signed(source, memos)
    if signed is not None:
        chosen, tokens = signed
        if not scored:
            return chosen, {}, None, (), memos
        sample = _sample(source, FIRST_LINES)
        if tokens is None:
            tokens = classify(sample, chosen, _memo(memos, chosen))
        scores = {chosen.name: score(tokens, chosen)}
        return chosen, scores, tokens if sample is source else None, (), memos
    sample = _sample(source, FIRST_LINES)
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
