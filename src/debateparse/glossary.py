"""Glossary pop-ups: site text that copies into the last speech.

TheyWorkForYou links glossary terms in speeches ("Dispatch Box", "Minister") and prints
their definitions at the very end of the page, so a copied page ends with them, after the
last speech: a term line then its definition ("Minister" / "Ministers make up the
Government ..."), or in older copies the definition alone ("The Deputy speaker is in charge
of proceedings ..."). They are the site's words, not the last speaker's: this assembly step
moves them from the page's last turn to the boilerplate, with a ``glossary`` diagnostic.

A tail is taken as a glossary only when all of it reads as one: every entry is a term used
earlier on the page, followed by a definition of it (or a definition opening the dialect
knows), and every further line of an entry names the term too. A definition needs
evidence that it defines: the term (or its plural) followed by a defining verb ("The Prime
Minister is the head ...", "Ministers make up ...") or "known as the term". A line that
merely repeats the term ("Thank you" then "Thank you, Mr Speaker.") is speech. Anything
else stays speech.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from debateparse.assemble import DebateDraft, Pieces, TurnDraft
from debateparse.dialects.base import Glossary
from debateparse.models import Diagnostic

__all__ = ["set_aside_glossary"]

_TERM = regex.compile(r"^[\p{L}][\p{L}'’ -]{0,48}[\p{L}]$")
"""A term line: letters, spaces, hyphens and apostrophes only; no sentence punctuation."""
_MAX_TERM_WORDS = 6
_TAIL = 60
"""Lines from the end of the last turn where a glossary may start: it is the page's end."""


_DEFINING = (
    r"(?:s|es)?\s+(?:is|are|was|were|means?|refers?\s+to|makes?\s+up|describes?|"
    r"consists?\s+of|sits?|chairs?|presides?)(?!\p{L})"
)
"""What follows the term in a definition: a defining verb."""


def _is_term_line(text: str) -> bool:
    return len(text.split()) <= _MAX_TERM_WORDS and _TERM.match(text) is not None


def _defines(term: str, line: str) -> bool:
    """Does ``line`` read as a definition of ``term`` (not just a sentence using it)?"""
    folded = " ".join(line.split()).casefold()
    escaped = regex.escape(term)
    return (
        regex.search(rf"(?<!\p{{L}}){escaped}{_DEFINING}", folded) is not None
        or regex.search(rf"(?<!\p{{L}})known as (?:the |a |an )?{escaped}(?!\p{{L}})", folded)
        is not None
    )


def _used(term: str, page: str) -> bool:
    """Does the (case-folded) page text use ``term`` as whole words?"""
    return regex.search(rf"(?<!\p{{L}}){regex.escape(term)}", page) is not None


class _Tail:
    """Reads the lines ``texts[start:]`` of a turn as glossary entries."""

    def __init__(self, texts: Sequence[str], glossary: Glossary, page: str) -> None:
        self.texts = texts
        self.glossary = glossary
        self.page = page

    def entry(self, at: int) -> tuple[str, int] | None:
        """(term, index after the entry's first definition line) of an entry at ``at``."""
        text = self.texts[at]
        term = self.glossary.opening_term(text)
        if term is not None:
            return (term, at + 1) if _used(term, self.page) else None
        if at + 1 >= len(self.texts) or not _is_term_line(text):
            return None
        term = " ".join(text.split()).casefold()
        definition = self.texts[at + 1]
        if not _used(term, self.page):
            return None
        if self.glossary.opening_term(definition) != term and not _defines(term, definition):
            return None
        return term, at + 2

    def terms(self, start: int) -> list[str] | None:
        """The terms defined in ``texts[start:]``, or None if it is not all glossary."""
        terms: list[str] = []
        at = start
        while at < len(self.texts):
            found = self.entry(at)
            if found is None:
                if not terms or terms[-1] not in self.texts[at].casefold():
                    return None
                at += 1  # a further line of the same definition, naming its term
                continue
            term, at = found
            terms.append(term)
        return terms


def _other_turns_text(drafts: list[DebateDraft], last: TurnDraft) -> str:
    """The case-folded speech of every turn of the page but ``last``."""
    texts = (t for draft in drafts for turn in draft.turns if turn is not last for t in turn.texts)
    return "\n".join(texts).casefold()


def _glossary_start(
    drafts: list[DebateDraft], turn: TurnDraft, glossary: Glossary
) -> tuple[int, list[str]] | None:
    """Where the glossary tail of the page's last turn starts, and its terms."""
    texts, kinds = turn.texts, turn.kinds
    others: str | None = None  # made once, and only when a candidate line is found
    for start in range(max(1, len(texts) - _TAIL), len(texts)):
        text = texts[start]
        if not _is_term_line(text) and glossary.opening_term(text) is None:
            continue
        if kinds is not None and any(k != "text" for k in kinds[start:]):
            continue
        if others is None:
            others = _other_turns_text(drafts, turn)
        page = others + "\n" + "\n".join(texts[:start]).casefold()
        terms = _Tail(texts, glossary, page).terms(start)
        if terms:
            return start, terms
    return None


def set_aside_glossary(drafts: list[DebateDraft], glossary: Glossary) -> None:
    """Move glossary definitions at the end of the page's last turn to the boilerplate."""
    draft = drafts[-1]
    if not draft.turns:
        return
    turn = draft.turns[-1]
    found = _glossary_start(drafts, turn, glossary)
    if found is None:
        return
    start, terms = found
    first, last = turn.lines[start], turn.lines[-1]
    draft.boilerplate = Pieces.of([*draft.boilerplate.rows(), *turn.cut(start)])
    draft.diagnostics.append(
        Diagnostic(
            code="glossary",
            line=first,
            severity="info",
            message=f"lines {first}-{last} are the site's glossary definitions of "
            f"{', '.join(repr(t) for t in terms)}: set aside as boilerplate, not speech",
        )
    )
