"""Stage directions printed inside a speech line, cut out as ``stage`` paragraphs.

Hansard prints some stage directions inside a speaker's line: "I beg to move that the
Bill be now read a Second time.—[Laughter.]—the Third time." (fixture
``hansard/121-historic-commons-1968-office-header-time-line``). ``split_inline_stages``
cuts such a paragraph into pieces of the same line, in order: text, the bracketed stage
direction (kind ``stage``, recognised by the shared table ``dialects.stage``), text. So the
stage direction is not part of the speech (``Turn.text``, word counts), and nothing is
lost: each piece keeps what it printed (``raw`` holds the spaces before it), so the pieces
of a line joined as printed give the line back (``Debate.to_text()``).
"""

from __future__ import annotations

from collections import Counter

from debateparse.dialects.stage import BRACKETED_STAGE, INLINE_CRY, INLINE_STAGE
from debateparse.models import SPOKEN_KINDS, ParagraphKind, Paragraphs

__all__ = ["line_texts", "split_inline_stages", "stage_pieces"]


def _has_stage(text: str) -> bool:
    """Does ``text`` hold a stage direction ``INLINE_STAGE`` would find? Each form is
    screened by a substring first: most texts have neither."""
    return (("[" in text or "(" in text) and BRACKETED_STAGE.search(text) is not None) or (
        ("Members:" in text or "Lords:" in text) and INLINE_CRY.search(text) is not None
    )


_SCREENS = ("[", "(", "Members:", "Lords:")
"""Substrings one of which every stage direction ``_has_stage`` finds holds."""

Piece = tuple[str, str | None, ParagraphKind]
"""(text, raw as printed or None when the same, kind)."""


def _piece(printed: str, kind: ParagraphKind) -> Piece:
    text = printed.strip()
    return text, None if printed == text else printed, kind


def stage_pieces(printed: str, kind: ParagraphKind = "text") -> list[Piece]:
    """``printed`` (one line's speech, as printed) cut at its bracketed stage directions;
    the whitespace before a piece goes with it, so the printed forms concatenate to
    ``printed``. The pieces between are of ``kind`` (the line's: ``text`` or a motion's
    ``motion``); one such piece when there is no stage direction."""
    pieces: list[Piece] = []
    at = 0
    for match in INLINE_STAGE.finditer(printed):
        start = match.start()
        while start > at and printed[start - 1].isspace():
            start -= 1
        if printed[at:start].strip():
            pieces.append(_piece(printed[at:start], kind))
            at = start
        pieces.append(_piece(printed[at : match.end()], "stage"))
        at = match.end()
    if printed[at:].strip() or not pieces:
        pieces.append(_piece(printed[at:], kind))
    return pieces


def _cut(text: str, printed: str, kind: ParagraphKind) -> list[Piece]:
    """The pieces of ``text``; what was printed before it (indentation, a "§" mark, the
    part of the line a header took) stays in the first piece's ``raw``."""
    if not printed.endswith(text):
        return [_piece(printed, kind) if printed.strip() == text else (text, printed, kind)]
    pieces = stage_pieces(text, kind)
    prefix = printed[: len(printed) - len(text)]
    if prefix:
        first, raw, first_kind = pieces[0]
        pieces[0] = (first, prefix + (first if raw is None else raw), first_kind)
    return pieces


def split_inline_stages(paragraphs: Paragraphs) -> Paragraphs:
    """``paragraphs`` with each speech paragraph that holds a bracketed stage direction cut
    into pieces (see the module docstring); the same object when none does."""
    if not paragraphs.holds_any(_SCREENS):  # most turns hold no stage direction
        return paragraphs
    joined = paragraphs.joined()
    if not _has_stage(joined):
        return paragraphs
    texts = paragraphs.texts
    shared = {line for line, count in Counter(paragraphs.lines).items() if count > 1}
    found = [
        index
        for index, text in enumerate(texts)
        if paragraphs.kind_at(index) in SPOKEN_KINDS
        and paragraphs.lines[index] not in shared  # pieces must be told by their line
        and _has_stage(text)
    ]
    if not found:
        return paragraphs
    out_texts: list[str] = []
    out_lines: list[int] = []
    raws: list[str | None] = []
    kinds: list[ParagraphKind] = []
    pids: list[str | None] = []
    styles: list[str | None] = []
    cut = set(found)
    for index, paragraph in enumerate(paragraphs):
        pieces = (
            _cut(paragraph.text, paragraph.printed, paragraph.kind)
            if index in cut
            else [(paragraph.text, paragraph.raw, paragraph.kind)]
        )
        for text, raw, kind in pieces:
            out_texts.append(text)
            out_lines.append(paragraph.line)
            raws.append(raw)
            kinds.append(kind)
            pids.append(paragraph.pid)
            styles.append(paragraph.style)
    return Paragraphs(out_texts, out_lines, raws, kinds, pids, styles)


def line_texts(paragraphs: Paragraphs) -> list[tuple[int, str]]:
    """(line, text) per paragraph as printed before any cut: the pieces of a line cut at
    its stage directions (a run of one line holding a ``stage`` piece) joined back as
    printed; every other paragraph as it is."""
    found: list[tuple[int, str]] = []
    items = list(paragraphs)
    start = 0
    while start < len(items):
        end = start + 1
        while end < len(items) and items[end].line == items[start].line:
            end += 1
        run = items[start:end]
        if len(run) > 1 and any(p.kind == "stage" for p in run):
            found.append((run[0].line, "".join(p.printed for p in run).strip()))
        else:
            found.extend((p.line, p.text) for p in run)
        start = end
    return found
