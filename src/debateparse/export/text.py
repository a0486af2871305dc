"""Render a debate back to text, exactly as its lines were printed."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from debateparse.models import Debate, Paragraph
from debateparse.read import LINE_BREAK

__all__ = ["canonical_layout", "printed_lines", "render_text"]

_BLANK_RUNS = regex.compile(r"\n{3,}")
_LINE_BREAK = LINE_BREAK
_SURROGATE = regex.compile("[\ud800-\udfff]")


def printed_lines(debate: Debate) -> Iterator[Paragraph]:
    """Every printed piece of the debate, in input order (pieces sharing a line in order)."""
    pieces: list[Paragraph] = []
    for block in (debate.title_block, debate.location):
        if block is not None:
            pieces.append(block)
    pieces.extend(debate.preamble)
    pieces.extend(debate.boilerplate)
    pieces.extend(debate.unattributed)
    for division in debate.divisions:
        pieces.extend(division.lines)
    for turn in debate.turns:
        pieces.extend(turn.header)
        pieces.extend(turn.paragraphs)
    pieces.sort(key=lambda p: p.line)  # stable: a header stays before its inline speech
    return iter(pieces)


def render_text(debate: Debate) -> str:
    """The debate as text: each line as printed, one blank line where the input had any.

    For a parsed debate this equals ``canonical_layout(input)``. A debate read from
    ParlParse XML is rendered as TheyWorkForYou page text (``parlparse.render``).
    """
    if debate.dialect == "parlparse":
        from debateparse.parlparse.render import render_twfy

        return render_twfy(debate)
    out: list[str] = []
    previous: int | None = None
    for piece in printed_lines(debate):
        if previous is not None and piece.line != previous:
            out.append("\n" if piece.line == previous + 1 else "\n\n")
        out.append(piece.printed)
        previous = piece.line
    return "".join(out)


def canonical_layout(text: str) -> str:
    """``text`` with line endings as ``\\n``, trailing whitespace and leading or trailing
    blank lines removed, and each run of blank lines reduced to one (a leading BOM dropped,
    lone surrogates as U+FFFD, as the read stage has them).

    This is the form ``Debate.to_text()`` reproduces.
    """
    text = _SURROGATE.sub("\ufffd", text.removeprefix("\ufeff"))
    lines = [line.rstrip() for line in _LINE_BREAK.split(text)]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
