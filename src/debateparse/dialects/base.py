"""Dialects as data: a frozen ``Dialect`` is an ordered table of line rules plus vocabulary.

A line rule is ``(name, kind, pattern)``. The tokenizer tries the rules in order on every
non-blank line and the first match decides the token's kind; a line no rule matches is
``text``. Header patterns report what they found through named groups, so the assembler
needs no per-dialect code:

``name``     the speaker's name as printed          ``role``  the rest of the header
``office``   an office printed before the name       ``time``  a time stamp
``date``     a date stamp                             ``speech``  speech on the header's line
``label``    a page label for the speaker (a portrait caption), used when no name is printed
``mark``     a paragraph mark or bullet printed before the header, kept only as layout
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, NamedTuple, Union

import regex

__all__ = [
    "Dialect",
    "Glossary",
    "LazyPattern",
    "LineRule",
    "Match",
    "Pattern",
    "Screened",
    "TitleFallback",
    "Token",
    "TokenKind",
    "check_rules",
    "compile_pattern",
    "phrase_pattern",
    "phrase_rule",
    "rule",
]

TokenKind = Literal[
    "blank",  # nothing but whitespace
    "title",  # the debate title (decided in context by the tokenizer)
    "location",  # "– in the House of Commons at 12:35 pm on 15 May 2024."
    "boilerplate",  # site chrome: set aside, never speech
    "header",  # a speaker header (possibly with speech on the same line)
    "header_part",  # part of a header on its own line (constituency, link line, party above)
    "name_line",  # a bare name alone on a line: a header only if that person spoke before
    "lookalike",  # looks like a header but is not one: speech plus a diagnostic
    "time",  # a standalone time line that dates the next header
    "marker",  # an editorial marker such as "(Translated)": kept, not speech
    "procedural",  # the business of the House: chair changes, "Question put and agreed to."
    "stage",  # a stage direction: "(Laughter.)", "[Interruption.]", "Hon. Members: Hear, hear!"
    "division",  # a division result or list line
    "dateline",  # a line giving the sitting's date (and perhaps house), not speech
    "sitting",  # a dateline heading one contribution: a bare name right under it is a header
    "separator",  # omitted proceedings ("--- Later in debate ---"): set aside
    "unattributed",  # speech whose speaker header was lost (a written question): no speaker
    "text",  # anything else: a paragraph
]

TitleFallback = Literal["none", "last_text", "first_titlelike"]
"""Where a dialect finds the title when no rule marks it: nowhere; the last plain line
before the first header; or the first short, title-like line of the preamble."""


class Token(NamedTuple):
    """One classified input line.

    A plain named tuple, not a pydantic model: the tokenizer makes one per line on the hot
    path (hundreds of thousands for a large file), and nothing outside the parser keeps them.
    """

    kind: TokenKind
    line: int
    """1-based line number."""
    rule: str
    """Name of the rule that matched ("paragraph" or "blank" when none did)."""
    text: str
    """The line with surrounding whitespace removed (what the rules match)."""
    raw: str
    """The line as printed, without the line ending and trailing whitespace."""
    match: Match | None
    """The rule's match on ``text``, for its named groups."""
    end: int = 0
    """For a run of plain lines (kind ``text``, rule ``paragraph_run``): its last line.
    0 for a token of one line. A run's ``text`` and ``raw`` are empty: its lines are read
    from the source."""

    @property
    def last_line(self) -> int:
        """The last line the token covers."""
        return self.end or self.line


Pattern = Union["re.Pattern[str]", "regex.Pattern[str]", "LazyPattern"]
"""A compiled pattern from either engine (see ``rule``)."""
Match = Any
"""A match object of either engine (``re.Match`` or ``regex.Match``)."""

_UNLIMITED = 1 << 62
LONE_WINDOW = 30
"""Lines within which a ``lone_headers`` header needs another header."""


class Screened(NamedTuple):
    """A rule laid out for the tokenizer's inner loop (see ``Dialect.plan_for``): only the
    screens that the line's plan did not already settle are left (None when settled)."""

    kind: TokenKind
    name: str
    match: Callable[[str], Match | None]
    starts: tuple[str, ...] | None
    contains: tuple[str, ...] | None
    ends: tuple[str, ...] | None


class LineRule(NamedTuple):
    """A named line pattern and the token kind it produces.

    ``starts``, ``ends``, ``contains`` and ``max_len`` are cheap screens checked before the
    pattern runs (most lines are long paragraphs that no rule matches): the line must start
    with one of ``starts``, end with one of ``ends``, contain one of ``contains`` (each if
    given) and be at most ``max_len`` characters long (if non-zero). They must never reject
    a line the pattern would match.
    """

    name: str
    kind: TokenKind
    pattern: Pattern
    starts: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    max_len: int = 0
    ends: tuple[str, ...] = ()

    def screen(self, text: str) -> bool:
        """Can this rule match ``text`` at all? (Cheap checks only.)"""
        if self.max_len and len(text) > self.max_len:
            return False
        if self.starts and not text.startswith(self.starts):
            return False
        if self.ends and not text.endswith(self.ends):
            return False
        return not self.contains or any(needle in text for needle in self.contains)


def phrase_pattern(phrases: Iterable[str]) -> Pattern:
    """A case-insensitive pattern matching any of ``phrases`` as a whole line."""
    alternation = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return compile_pattern(rf"(?i)(?:{alternation})$")


def _compile_now(pattern: str) -> re.Pattern[str] | regex.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


class LazyPattern:
    """A pattern compiled the first time it is used, so that importing the dialects
    compiles nothing (a few hundred patterns cost a third of a second to compile; a
    command such as ``debateparse --version`` needs none of them).

    It offers the compiled pattern's methods and attributes; after the first use they are
    the compiled pattern's own (bound methods kept on the instance), so a match costs
    what it costs on the compiled pattern.
    """

    __slots__ = (
        "_source",
        "findall",
        "finditer",
        "flags",
        "fullmatch",
        "groupindex",
        "groups",
        "match",
        "pattern",
        "search",
        "split",
        "sub",
        "subn",
    )
    findall: Callable[..., Any]
    finditer: Callable[..., Any]
    flags: int
    fullmatch: Callable[..., Any]
    groupindex: Mapping[str, int]
    groups: int
    match: Callable[..., Any]
    pattern: str
    search: Callable[..., Any]
    split: Callable[..., Any]
    sub: Callable[..., Any]
    subn: Callable[..., Any]

    def __init__(self, source: str) -> None:
        self._source = source

    def __getattr__(self, name: str) -> Any:
        # Called only for an attribute not yet set: compile, then keep them all.
        if name not in self.__slots__ or name == "_source":
            raise AttributeError(name)
        compiled = _compile_now(self._source)
        for attribute in self.__slots__[1:]:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    @property
    def is_compiled(self) -> bool:
        """Has the pattern been used (and so compiled) yet?"""
        try:
            object.__getattribute__(self, "match")
        except AttributeError:
            return False
        return True

    def __reduce__(self) -> tuple[object, ...]:
        return (LazyPattern, (self._source,))

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"


def compile_pattern(pattern: str | Pattern) -> Pattern:
    """A pattern for a rule: compiled on first use (``LazyPattern``) with the standard
    ``re`` module when it accepts the pattern, else with ``regex`` (Unicode properties
    such as ``\\p{L}``, duplicate group names).

    ``re`` matches and extracts groups two to four times faster on these short patterns,
    and a tokenizer runs one per candidate line.
    """
    if not isinstance(pattern, str):
        return pattern
    return LazyPattern(pattern)


def rule(
    name: str,
    kind: TokenKind,
    pattern: str | Pattern,
    *,
    starts: tuple[str, ...] = (),
    contains: tuple[str, ...] = (),
    max_len: int = 0,
    ends: tuple[str, ...] = (),
) -> LineRule:
    """Make a ``LineRule`` (string patterns compiled by ``compile_pattern``)."""
    return LineRule(name, kind, compile_pattern(pattern), starts, contains, max_len, ends)


def phrase_rule(name: str, kind: TokenKind, phrases: Iterable[str]) -> LineRule:
    """A rule matching any of ``phrases`` as a whole line, case-insensitively."""
    phrases = tuple(phrases)
    return rule(name, kind, phrase_pattern(phrases), max_len=max(map(len, phrases)))


def check_rules(rules: Iterable[LineRule]) -> tuple[LineRule, ...]:
    """Return ``rules`` as a tuple after checking that their names are unique."""
    table = tuple(rules)
    names = [r.name for r in table]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"duplicate rule names: {duplicates}")
    return table


@dataclass(frozen=True)
class Glossary:
    """How a site prints the definitions of glossary terms at the end of its pages.

    Attributes:
        openings: Term (case-folded) -> how the site's definition of it begins, for copies
            that lost the term's own line.
    """

    openings: Mapping[str, str] = field(default_factory=dict)

    def opening_term(self, line: str) -> str | None:
        """The term whose known definition ``line`` begins, if any."""
        folded = line.casefold()
        for term, opening in self.openings.items():
            if folded.startswith(opening.casefold()):
                return term
        return None


@dataclass(frozen=True)
class Dialect:
    """A source of debate text, described as data.

    Attributes:
        name: Registry key, e.g. ``"twfy"``.
        description: One line for ``debateparse dialects``.
        rules: Ordered line rules; the first that matches a line classifies it.
        header_example: What a speaker header looks like, quoted in ``NotADebateError``.
        title_before: Rule names whose line has the title just before it (the location
            line on TheyWorkForYou, "NAME Excerpts" on ParallelParliament).
        title_fallback: Where to look for a title when no such line marks one.
        boundary_rules: Rule names that start a new debate once a turn has been seen (pages
            holding several debates).
        lone_headers: The *weak* header rules: a match counts only with support from the
            page, another header within ``LONE_WINDOW`` lines or a speech opening with a
            chamber's form of address (``address``); a lone "Keir Starmer: ..." line in an
            article is a headline or a quotation, not a transcript. Every other header rule
            is *strong*: one match is evidence enough (see docs/dialects.md).
        address: How a speech opens when it was spoken in a chamber ("My Lords, ..."): it
            corroborates a weak header on its own.
        midline: Header rules that may also start a turn inside a line (their pattern has a
            ``before`` group for the words before the header); a speech on a header's line
            is tried against them, so that one line can hold several turns.
        detect_weights: Auto-detection weight per matched line, by rule name or token kind
            (a rule's name wins over its kind).
        signatures: Rule names whose lines no other site prints ("Photo of NAME NAME" on
            TheyWorkForYou): when the first lines' signature lines alone score
            ``detect.CLEAR_SCORE`` and no other dialect's signature shows there, detection
            takes this dialect without scoring the others.
        header_stamp: Splits a trailing "TIME[, DATE]" stamp (groups ``time``, ``date``) off a
            header's role text, for headers whose own pattern does not capture one.
        turn_kinds: Speech prefixes that set a turn's kind, e.g. ``"(Urgent Question):"``.
        render_header: Formats a header line from (name, role_text, stamp) for round trips.
        glossary: How the site prints glossary definitions at the end of a page, when it
            does (see ``debateparse.glossary``).
        reader: For a structured format that is not read line by line (ParlParse XML), the
            module that reads it: it provides ``looks_like(head)`` (detection by content)
            and ``iter_sections(source, text=, name=)`` (one ``Debate`` per section).
    """

    name: str
    description: str
    rules: tuple[LineRule, ...]
    header_example: str
    title_before: frozenset[str] = frozenset()
    title_fallback: TitleFallback = "none"
    boundary_rules: frozenset[str] = frozenset()
    lone_headers: frozenset[str] = frozenset()
    address: Pattern | None = None
    midline: frozenset[str] = frozenset()
    detect_weights: Mapping[str, float] = field(default_factory=dict)
    signatures: frozenset[str] = frozenset()
    header_stamp: Pattern | None = None
    turn_kinds: tuple[tuple[Pattern, str], ...] = ()
    render_header: Callable[[str, str | None, str | None], str] | None = None
    glossary: Glossary | None = None
    reader: str | None = None

    def __post_init__(self) -> None:
        check_rules(self.rules)
        unknown = (
            self.title_before
            | self.boundary_rules
            | self.lone_headers
            | self.midline
            | self.signatures
        ) - set(self.rule_names)
        if unknown:
            raise ValueError(f"{self.name}: unknown rule names {sorted(unknown)}")

    def weight(self, token: Token) -> float:
        """Detection weight of one token (by rule name, else by kind)."""
        weights = self.detect_weights
        return weights.get(token.rule, weights.get(token.kind, 0.0))

    @cached_property
    def midline_rules(self) -> tuple[LineRule, ...]:
        """The ``midline`` rules, in table order."""
        return tuple(r for r in self.rules if r.name in self.midline)

    @cached_property
    def signature_rules(self) -> tuple[LineRule, ...]:
        """The ``signatures`` rules, in table order."""
        return tuple(r for r in self.rules if r.name in self.signatures)

    @property
    def rule_names(self) -> tuple[str, ...]:
        """Names of the rules, in order."""
        return tuple(r.name for r in self.rules)

    @cached_property
    def plain_screen(self) -> tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """``(length, starts, ends, needles)``: a line that is longer than ``length``,
        starts with none of ``starts``, ends with none of ``ends`` and contains none of
        ``needles`` can match no rule.

        Rules anchored by ``starts`` or ``ends`` give those; unanchored rules with
        ``contains`` give needles (found by a scan of the whole text); the others give the
        length limit, which is -1 when one of them has none (every line must be tried).
        """
        free = [r for r in self.rules if not r.starts and not r.ends]
        # each needle once, and none that holds another ("): " is found by ": "): one scan
        # of the text per needle
        found = list(dict.fromkeys(n for r in free for n in r.contains))
        needles = tuple(n for n in found if not any(o != n and o in n for o in found))
        limits = [r.max_len for r in free if not r.contains]
        limit = -1 if any(m == 0 for m in limits) else max(limits, default=0)
        starts = tuple(s for r in self.rules for s in r.starts)
        ends = tuple(e for r in self.rules if not r.starts for e in r.ends)
        return limit, starts, ends, needles

    @cached_property
    def _plan_keys(self) -> tuple[tuple[int, ...], frozenset[str], frozenset[str]]:
        """What a line's plan depends on: the rules' length limits, in order, and the first
        characters of their ``starts`` and the last characters of their ``ends``."""
        steps = tuple(sorted({r.max_len for r in self.rules if r.max_len}))
        firsts = frozenset(s[:1] for r in self.rules for s in r.starts)
        lasts = frozenset(e[-1:] for r in self.rules for e in r.ends)
        return steps, firsts, lasts

    def rules_for(self, first: str) -> tuple[LineRule, ...]:
        """The rules, in order, that can match a line starting with character ``first``."""
        return tuple(r for r in self.rules if not r.starts or any(s[:1] == first for s in r.starts))

    @cached_property
    def _plans(self) -> dict[tuple[str, str, bool, int], tuple[Screened, ...]]:
        return {}

    def plan_for(self, text: str, has_needle: bool = True) -> tuple[Screened, ...]:
        """The rules that may match the (non-empty, stripped) line ``text``, in order, for
        the tokenizer's inner loop; without the rules that only a line holding a needle
        can match when ``has_needle`` is false.

        A plan is made once per (first character, last character, length step, needle):
        a rule whose ``max_len`` the line exceeds, or whose ``starts`` or ``ends`` no string
        of that first or last character can satisfy, is left out, and a screen that the
        plan settles (one-character ``starts`` or ``ends``) is not checked again. Characters
        that begin no ``starts`` (end no ``ends``) share one plan, so the plans are few.
        """
        steps, firsts, lasts = self._plan_keys
        first, last = text[0], text[-1]
        key = (
            first if first in firsts else "",
            last if last in lasts else "",
            has_needle,
            bisect_left(steps, len(text)),
        )
        plans = self._plans
        found = plans.get(key)
        if found is None:
            found = plans[key] = self._plan(*key)
        return found

    def _plan(self, first: str, last: str, has_needle: bool, step: int) -> tuple[Screened, ...]:
        """The plan for lines of this first and last character (``""``: one no rule's
        ``starts`` or ``ends`` names) and this length step (see ``plan_for``)."""
        steps = self._plan_keys[0]
        # a line of this step is longer than steps[step - 1] and at most steps[step]
        shortest = steps[step] if step < len(steps) else _UNLIMITED
        plan = []
        for r in self.rules:
            if r.max_len and r.max_len < shortest:
                continue
            if not has_needle and not (r.starts or r.ends) and r.contains:
                continue
            starts = _settled(tuple(s for s in r.starts if s[:1] == first), r.starts)
            ends = _settled(tuple(e for e in r.ends if e[-1:] == last), r.ends)
            if starts == () or ends == ():
                continue
            plan.append(Screened(r.kind, r.name, r.pattern.match, starts, r.contains or None, ends))
        return tuple(plan)


def _settled(fitting: tuple[str, ...], screen: tuple[str, ...]) -> tuple[str, ...] | None:
    """A ``starts`` or ``ends`` screen for lines whose end character fits ``fitting`` of its
    strings: None when there is no screen or one fitting string is that character alone
    (every such line passes), ``()`` when none fits (no such line passes), else ``fitting``."""
    if not screen or any(len(s) == 1 for s in fitting):
        return None
    return fitting
