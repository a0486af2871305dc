"""Tokenize stage: ``Source`` -> tokens, each line classified by a dialect's rules.

``classify`` is what the parser runs: only lines that some rule could match (by the rules'
cheap screens) are tried, and each run of other lines becomes one ``text`` token with an
``end`` line (rule ``paragraph_run``), so a long speech costs one token, not one per line.
``tokenize`` expands those runs into one token per line, with ``blank`` tokens, for
inspection and tests; both come from the same classification.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex

from debateparse.dialects.base import LONE_WINDOW, Dialect, Token, TokenKind
from debateparse.read import Source

__all__ = [
    "TITLE_KINDS",
    "VERDICT_MEMO",
    "bound_verdicts",
    "classify",
    "demote_lone_headers",
    "expand",
    "kept_verdicts",
    "mark_title",
    "repeat_rule",
    "tokenize",
]

_HUGE = 1 << 62
TITLE_KINDS = frozenset({"text", "name_line", "header_part", "dateline"})
"""Kinds of the line that ``mark_title`` may retag as the title (an office line,
"Election of Speaker and Deputy Speakers", or a chamber's name, "Commons Chamber", can be
a title)."""


def _needle_lines(source: Source, needles: tuple[str, ...]) -> set[int]:
    """0-based indexes of lines containing any of ``needles``."""
    offsets = sorted(
        match.start() for needle in needles for match in _literal(needle).finditer(source.text)
    )
    return {line - 1 for line in source.lines_at(offsets)}


@lru_cache(maxsize=256)
def _literal(needle: str) -> regex.Pattern[str]:
    # The regex module finds literals in large non-Latin-1 strings faster than str.find.
    return regex.compile(regex.escape(needle))


Verdict = tuple[TokenKind, str, Any]
"""What the rules say of a line: (kind, rule name, match)."""


def _judge(dialect: Dialect, text: str, has_needle: bool) -> Verdict:
    """The first rule that matches ``text`` decides; ``text`` when none does.

    The screens of ``LineRule.screen`` that the line's plan did not settle are inlined
    here: this runs once per distinct candidate line.
    """
    for kind, name, match, starts, contains, ends in dialect.plan_for(text, has_needle):
        if starts is not None and not text.startswith(starts):
            continue
        if ends is not None and not text.endswith(ends):
            continue
        if contains is not None:
            for needle in contains:
                if needle in text:
                    break
            else:
                continue
        found = match(text)
        if found is not None:
            return kind, name, found
    return "text", "paragraph", None


VERDICT_MEMO = 2048
"""Distinct lines whose verdicts a dialect keeps from one parse to the next (a site prints
the same header and chrome lines on page after page, and a small page would otherwise
judge each afresh); kept verdicts past this many are let go (``bound_verdicts``)."""
_KEPT: dict[int, tuple[Dialect, dict[tuple[str, bool], Verdict]]] = {}
"""By dialect id: the dialect (so that an id reused by another dialect is not mistaken for
it) and its kept verdicts."""
_KEPT_DIALECTS = 16
"""Dialects whose verdicts are kept at once (a program that makes dialects keeps no more)."""


def kept_verdicts(dialect: Dialect) -> dict[tuple[str, bool], Verdict]:
    """The verdicts of ``dialect`` kept across parses, by (line text, has a needle), for
    ``classify``: a verdict depends on nothing else, so a kept one is what judging the
    line again would give (matches are immutable and shared)."""
    kept = _KEPT.get(id(dialect))
    if kept is None or kept[0] is not dialect:
        if len(_KEPT) >= _KEPT_DIALECTS:
            _KEPT.clear()
        kept = _KEPT[id(dialect)] = (dialect, {})
    return kept[1]


def bound_verdicts() -> None:
    """Let go of each dialect's kept verdicts once they hold more than ``VERDICT_MEMO``
    lines (a large input's lines are kept no longer than its own classification)."""
    for key, (_, verdicts) in list(_KEPT.items()):
        if len(verdicts) > VERDICT_MEMO:
            _KEPT.pop(key, None)


def _run(stripped: list[str], first: int, last: int, base: int = 0) -> Token | None:
    """A ``text`` run over 0-based lines ``first..last``, trimmed of blank lines."""
    while first <= last and not stripped[first]:
        first += 1
    while last >= first and not stripped[last]:
        last -= 1
    if first > last:
        return None
    return Token("text", first + 1 + base, "paragraph_run", "", "", None, last + 1 + base)


def classify(
    source: Source,
    dialect: Dialect,
    verdicts: dict[tuple[str, bool], Verdict] | None = None,
    *,
    near: tuple[int, ...] = (),
    context: bool = True,
) -> list[Token]:
    """Tokens for the lines a rule might match; runs of the other non-blank lines.

    ``verdicts`` is the memo of ``dialect``'s verdicts by (line text, has a needle):
    detection passes the one it filled while scoring a sample, so that the sample's
    lines are not judged twice; a new one is used when it is None. Line numbers count
    ``source.base`` lines before it (a block of a streamed input); ``near`` are header
    lines outside it, for the lone-header rule. ``context=False`` leaves out the rules
    that look at other lines (lone headers, titles).
    """
    base = source.base
    limit, starts, ends, needles = dialect.plain_screen
    if limit < 0:
        limit = _HUGE
    stripped = source.stripped
    candidates = [
        index
        for index, text in enumerate(stripped)
        if text and (len(text) <= limit or text.startswith(starts) or text.endswith(ends))
    ]
    forced = _needle_lines(source, needles) if needles else set()
    if forced:
        candidates = sorted(forced.union(candidates))
    lines = source.lines
    tokens: list[Token] = []
    append = tokens.append
    previous = -1
    # A debate repeats its header lines (the Speaker, the answering minister): each
    # distinct line is judged once per parse. Matches are immutable, so they are shared.
    if verdicts is None:
        verdicts = {}
    for index in candidates:
        if index > previous + 1 and (run := _run(stripped, previous + 1, index - 1, base)):
            append(run)
        text = stripped[index]
        line = lines[index]
        raw = line if line is text else line.rstrip()
        key = (text, index in forced)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = _judge(dialect, text, key[1])
        append(Token(verdict[0], index + 1 + base, verdict[1], text, raw, verdict[2]))
        previous = index
    last = len(stripped) - 1
    if previous < last and (run := _run(stripped, previous + 1, last, base)):
        append(run)
    if not context:
        return tokens
    if dialect.lone_headers:
        chairs = _chair_names(source.text) if "in the Chair" in source.text else frozenset()
        demote_lone_headers(
            tokens, dialect.lone_headers, dialect.address, near, chairs, dialect.midline
        )
    if dialect.title_before:
        mark_title(tokens, source, dialect.title_before)
    return tokens


_CHAIR_NOTICE = regex.compile(r"[\[(]([^\[\]()\n]{1,60}?) in the Chair\.?[\])]")


def _chair_names(text: str) -> frozenset[str]:
    """Who the page's chair notices put in the chair ("(Mr Speaker in the Chair)")."""
    return frozenset(found.group(1).casefold() for found in _CHAIR_NOTICE.finditer(text))


def demote_lone_headers(
    tokens: list[Token],
    rules: frozenset[str],
    address: Any = None,
    outside: tuple[int, ...] = (),
    chairs: frozenset[str] = frozenset(),
    midline: frozenset[str] = frozenset(),
) -> None:
    """A weak header (of ``rules``) with no other header within ``LONE_WINDOW`` lines is
    text, unless its speech opens with a chamber's form of address (``address``) or it
    names whom a chair notice of the page puts in the chair (``chairs``). ``outside`` adds
    the lines of headers outside ``tokens``."""
    # (a repeat header, one with a ``spoken`` group, supports nothing: it may be prose)
    lines = [t.line for t in tokens if t.kind == "header" and not repeat_rule(t, midline)]
    if outside:
        lines = sorted({*lines, *outside})
    for index, token in enumerate(tokens):
        if token.kind != "header" or token.rule not in rules:
            continue
        if address is not None and _addressed(token, address):
            continue
        if chairs and _label(token).casefold() in chairs:
            continue
        position = bisect_left(lines, token.line)
        before = lines[position - 1] if position > 0 else None
        after = lines[position + 1] if position + 1 < len(lines) else None
        near = [n for n in (before, after) if n is not None and abs(n - token.line) <= LONE_WINDOW]
        if not near:
            tokens[index] = token._replace(kind="text", rule="lone_label", match=None)


def repeat_rule(token: Token, midline: frozenset[str]) -> bool:
    """Is this token a repeat header's (a ``midline`` rule with a ``spoken`` group)? The
    rule name is checked first: hashing or inspecting a pattern costs more."""
    return (
        token.rule in midline
        and token.match is not None
        and ("spoken" in token.match.re.groupindex)
    )


def _label(token: Token) -> str:
    """The header's label as printed (its ``hansard`` or ``name`` group)."""
    groups = token.match.groupdict() if token.match is not None else {}
    return (groups.get("hansard") or groups.get("name") or "").strip()


def _addressed(token: Token, address: Any) -> bool:
    """Does the speech on a header's line open with a form of address?"""
    match = token.match
    if match is None or "speech" not in match.re.groupindex or match["speech"] is None:
        return False
    return address.match(match["speech"]) is not None


def expand(tokens: list[Token], source: Source) -> Iterator[Token]:
    """One token per line: runs split into ``text`` lines, blank lines as ``blank``."""
    stripped = source.stripped
    printed = [line.rstrip() for line in source.lines]
    previous = 0
    for token in tokens:
        for number in range(previous + 1, token.line):
            yield Token("blank", number, "blank", "", printed[number - 1], None)
        if token.end:
            for number in range(token.line, token.end + 1):
                text = stripped[number - 1]
                if text:
                    yield Token("text", number, "paragraph", text, printed[number - 1], None)
                else:
                    yield Token("blank", number, "blank", "", printed[number - 1], None)
        else:
            yield token
        previous = token.last_line
    for number in range(previous + 1, len(source.lines) + 1):
        yield Token("blank", number, "blank", "", printed[number - 1], None)


def tokenize(source: Source, dialect: Dialect) -> list[Token]:
    """Classify every line of ``source``: one token per line, blank lines included."""
    return list(expand(classify(source, dialect), source))


def _split_run_tail(run: Token, source: Source) -> list[Token]:
    """A run with its last line split off as its own ``text`` token (head first)."""
    number, base = run.end, source.base
    last = Token(
        "text",
        number,
        "paragraph",
        source.stripped[number - 1 - base],
        source.lines[number - 1 - base].rstrip(),
        None,
    )
    before = number - 1
    while before >= run.line and not source.stripped[before - 1 - base]:
        before -= 1
    if before < run.line:
        return [last]
    if before == run.line:
        head = Token(
            "text",
            before,
            "paragraph",
            source.stripped[before - 1 - base],
            source.lines[before - 1 - base].rstrip(),
            None,
        )
        return [head, last]
    return [run._replace(end=before), last]


def mark_title(tokens: list[Token], source: Source, rules: frozenset[str]) -> None:
    """Retag as ``title`` the text line printed just before each line of ``rules`` (the
    location line on TheyWorkForYou). Site chrome between the two is skipped: fundraising
    banners sit above titles."""
    index = 0
    while index < len(tokens):
        if tokens[index].rule in rules:
            index += _mark_before(tokens, index, source)
        index += 1


def _mark_before(tokens: list[Token], index: int, source: Source) -> int:
    """Mark the title before ``tokens[index]``; return how many tokens were inserted."""
    for before in range(index - 1, -1, -1):
        candidate = tokens[before]
        if candidate.kind == "boilerplate":
            continue
        if candidate.kind not in TITLE_KINDS:
            return 0
        pieces = _split_run_tail(candidate, source) if candidate.end else [candidate]
        pieces[-1] = pieces[-1]._replace(kind="title", rule="title")
        tokens[before : before + 1] = pieces
        return len(pieces) - 1
    return 0
