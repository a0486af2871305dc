"""Streamed parse: the input's lines, block by block -> debate drafts, each handed out as
soon as the lines after it show that it is finished.

The lines are cut into segments, each classified alone, at lines where no tokenizer rule
looks across the cut (``_cut``): a line some rule could match (so no run of text spans the
cut) that is neither boilerplate nor a line whose title is printed above it. The lone-header
rule, which looks ``LONE_WINDOW`` lines either way, is given the header lines beyond the
cut. One ``Assembler`` runs over the segments in order, so the drafts are the whole input's
drafts; the dialect is chosen on the first ``SAMPLE_LINES`` lines, as ``detect`` does.

A finished draft keeps only the segments holding its lines; each debate gets the read
diagnostics of its own lines (from its first line to the next debate's). An input read
in one block (``parse_text``) is one segment: the same code parses both ways.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import add

from debateparse.assemble import Assembler, DebateDraft
from debateparse.detect import SAMPLE_LINES, choose_with_verdicts
from debateparse.dialects import Dialect
from debateparse.dialects.base import LONE_WINDOW
from debateparse.glossary import set_aside_glossary
from debateparse.models import Diagnostic
from debateparse.read import Source
from debateparse.read_stream import Block
from debateparse.tokenize import _judge, bound_verdicts, classify

__all__ = ["SEGMENT_LINES", "Finished", "block_of", "stream_drafts"]

SEGMENT_LINES = 8_000
"""Lines gathered before a segment is cut (a segment holds at least this many)."""


@dataclass(frozen=True, slots=True)
class Finished:
    """A draft that will not change, the lines it needs, and the draft after it."""

    draft: DebateDraft
    source: Source
    """Its lines (line numbers and offsets the input's own) and its read diagnostics."""
    following: DebateDraft | None
    """The next debate's draft (it has begun), or None for the last."""
    index: int


def block_of(source: Source) -> Block:
    """A whole ``Source`` as one block (to parse text already in memory)."""
    count = len(source.lines)
    if source.separators is None:
        separators = [1] * count
        if count:
            separators[-1] = 0
    else:
        separators = list(source.separators)
    return Block(source.lines, separators, list(source.diagnostics), source.bom)


def _source(
    lines: list[str], separators: list[int], base: int, offset: int, bom: int, path: str | None
) -> Source:
    """A segment as a ``Source``: its lines joined by line feeds as ``text`` (for the
    tokenizer's scans) and ``starts`` the input's offsets (with the real line endings)."""
    source = Source("\n".join(lines), path, lines, bom, None, (), base)
    source.__dict__["starts"] = _starts(lines, separators, offset)
    return source


def _starts(lines: list[str], separators: list[int], offset: int) -> array[int]:
    starts = array("q", accumulate(map(add, map(len, lines), separators), initial=offset))
    starts.pop()
    return starts


@dataclass(frozen=True)
class _Offsets(Source):
    """What a draft's normalizing needs of a segment: where its lines start and end
    (``start_of``, ``end_of``, ``span``), without the lines (``lines`` is empty: the
    drafts hold the texts they need, packed, and the lines themselves are let go)."""

    ends: array[int] = field(default_factory=lambda: array("q"))

    def end_of(self, line: int) -> int:
        return self.ends[line - 1 - self.base]


def _kept(lines: list[str], starts: array[int], base: int, path: str | None) -> _Offsets:
    """A segment's offsets (``_Offsets``)."""
    ends = array("q", map(add, starts, map(len, lines)))
    source = _Offsets("", path, [], 0, None, (), base, ends)
    source.__dict__["starts"] = starts
    return source


def _screen(dialect: Dialect) -> tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    limit, starts, ends, needles = dialect.plain_screen
    return (1 << 62 if limit < 0 else limit), starts, ends, needles


def _safe(text: str, dialect: Dialect) -> bool:
    """May a segment start at this (stripped) line? See the module docstring."""
    limit, starts, ends, needles = _screen(dialect)
    if not text or not (len(text) <= limit or text.startswith(starts) or text.endswith(ends)):
        return False
    kind, rule, _ = _judge(dialect, text, any(needle in text for needle in needles))
    return kind != "boilerplate" and rule not in dialect.title_before


def _cut(lines: list[str], dialect: Dialect, low: int) -> int | None:
    """The last index above ``low`` where a segment may start, leaving ``LONE_WINDOW``
    lines after it (for the lone-header rule), or None."""
    for index in range(len(lines) - LONE_WINDOW - 2, max(low, 0), -1):
        if _safe(lines[index].strip(), dialect):
            return index
    return None


def _headers(
    lines: list[str], separators: list[int], base: int, dialect: Dialect
) -> tuple[int, ...]:
    """Header lines (before the lone-header rule) among ``lines``."""
    window = _source(lines, separators, base, 0, 0, None)
    return tuple(t.line for t in classify(window, dialect, context=False) if t.kind == "header")


class _Reader:
    """The lines read and not yet cut into a segment, and the read diagnostics not yet
    given to a debate."""

    def __init__(self, blocks: Iterator[Block]) -> None:
        self.blocks = blocks
        self.lines: list[str] = []
        self.separators: list[int] = []
        self.notes: list[Diagnostic] = []
        self.eof = False
        self.bom = 0
        self.first = True

    def pull(self) -> bool:
        """Read one more block; False at the end of the input."""
        block = next(self.blocks, None)
        if block is None:
            self.eof = True
            return False
        if self.first:
            self.bom, self.first = block.bom, False
        self.lines.extend(block.lines)
        self.separators.extend(block.separators)
        self.notes.extend(block.diagnostics)
        return True

    def notes_before(self, line: int | None) -> tuple[Diagnostic, ...]:
        """The read diagnostics before ``line`` (all when None), taken."""
        if line is None:
            taken, self.notes = self.notes, []
            return tuple(taken)
        taken = [n for n in self.notes if n.line is None or n.line < line]
        self.notes = [n for n in self.notes if n.line is not None and n.line >= line]
        return tuple(taken)


def stream_drafts(
    blocks: Iterator[Block], dialect: str, path: str | None
) -> Generator[Finished, None, None]:
    """The input's drafts in order, each as soon as it is finished (module docstring)."""
    reader = _Reader(blocks)
    while len(reader.lines) <= SAMPLE_LINES and reader.pull():
        pass
    sample = _source(reader.lines, reader.separators, 0, 0, 0, path)
    chosen, detection_notes, verdicts = choose_with_verdicts(sample, dialect)
    # All read and no byte-order mark: the sample is the one segment (the same lines,
    # offsets and text), so it is not built twice.
    whole = sample if reader.eof and not reader.bom else None
    del sample
    machine: Assembler | None = None
    live: list[_Offsets] = []
    base, offset = 0, reader.bom
    tail: tuple[int, ...] = ()
    index = scanned = 0
    following: DebateDraft | None
    end: int | None
    while True:
        cut = None
        while not reader.eof:
            if len(reader.lines) >= SEGMENT_LINES:
                cut = _cut(reader.lines, chosen, scanned)
                if cut is not None:
                    break
                scanned = max(len(reader.lines) - LONE_WINDOW - 2, 0)
            reader.pull()
        size = len(reader.lines) if cut is None else cut
        if whole is not None:
            segment, lines, separators = whole, reader.lines, reader.separators
            reader.lines, reader.separators = [], []
            whole = None
        else:
            lines, separators = reader.lines[:size], reader.separators[:size]
            del reader.lines[:size], reader.separators[:size]
            segment = _source(lines, separators, base, offset, reader.bom if base == 0 else 0, path)
        scanned = 0
        near = tail
        if chosen.lone_headers and cut is not None:
            ahead = LONE_WINDOW + 1
            near += _headers(reader.lines[:ahead], reader.separators[:ahead], base + size, chosen)
        tokens = classify(segment, chosen, verdicts, near=near)
        if verdicts is not None:
            # (the kept ones, with the sample's: a later segment's lines are its own)
            verdicts = None
            bound_verdicts()
        if chosen.lone_headers:
            back = max(size - LONE_WINDOW - 1, 0)
            tail = _headers(lines[back:], separators[back:], base + back, chosen)
        if machine is None:
            machine = Assembler(segment, chosen)
        machine.feed(tokens, segment)
        del tokens
        starts = segment.starts
        if size:
            offset = starts[-1] + len(lines[-1]) + separators[-1]
        live.append(_kept(lines, starts, base, path))
        base += size
        del segment, lines, separators, starts
        if reader.eof and not reader.lines:
            break
        taken = machine.take()
        for number, (draft, start) in enumerate(taken):
            end = taken[number + 1][1] if number + 1 < len(taken) else machine.starts[0]
            following = taken[number + 1][0] if number + 1 < len(taken) else machine.state.draft
            if index == 0:
                draft.diagnostics.extend(detection_notes)
            yield Finished(draft, _merged(live, start, reader.notes_before(end)), following, index)
            index += 1
            del draft
        if taken:
            keep = machine.starts[0]
            while live and live[0].base + len(live[0].ends) < keep:
                live.pop(0)
    assert machine is not None
    finished = machine.finish()
    if chosen.glossary is not None:
        set_aside_glossary([finished[-1][0]], chosen.glossary)
    for number, (draft, start) in enumerate(finished):
        last = number + 1 == len(finished)
        following = None if last else finished[number + 1][0]
        end = None if last else finished[number + 1][1]
        if index == 0:
            draft.diagnostics.extend(detection_notes)
        yield Finished(draft, _merged(live, start, reader.notes_before(end)), following, index)
        index += 1


def _merged(live: list[_Offsets], start: int, notes: tuple[Diagnostic, ...]) -> Source:
    """One ``Source`` over the kept segments from the one holding line ``start`` (the
    segments' offsets are looked up where they are, not copied)."""
    kept = tuple(s for s in live if s.base + len(s.ends) >= start)
    first = kept[0]
    if len(kept) == 1:
        if notes == first.diagnostics:
            return first  # (the segment's own offsets, as they are: no copy needed)
        source = _Offsets("", first.path, [], 0, None, notes, first.base, first.ends)
        source.__dict__["starts"] = first.starts
        return source
    return _Joined("", first.path, [], 0, None, notes, first.base, kept)


@dataclass(frozen=True)
class _Joined(Source):
    """Consecutive segments read as one ``Source`` by the normalizer (``start_of``,
    ``end_of`` and ``span`` by the input's line numbers)."""

    parts: tuple[Source, ...] = ()

    @cached_property
    def bases(self) -> list[int]:
        return [part.base for part in self.parts]

    def _part(self, line: int) -> Source:
        return self.parts[bisect_right(self.bases, line - 1) - 1]

    def start_of(self, line: int) -> int:
        return self._part(line).start_of(line)

    def end_of(self, line: int) -> int:
        return self._part(line).end_of(line)
