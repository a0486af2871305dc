"""Compact transport of a parse between processes: ``pack`` in a worker, ``unpack`` here.

Pickling a ``Debate`` walks every turn record, paragraph tuple, time and date object,
and unpickling rebuilds each one: for a 300 KB page that costs about as much as parsing
it, most of it in the calling process, which on a small machine competes with the
workers for the same cores (and whose collector runs over every object received).

``pack`` flattens the parser's own records into a few columns instead: every block's
stored texts (``Paragraphs`` keeps a block's texts as one UTF-8 string) joined into one
byte string with an array of their lengths, line numbers and
spans as integer arrays, and one tuple per turn field (pickle stores a repeated object,
such as a speaker id or a time, once). Pickling that is a handful of buffer copies.
``unpack`` makes the ``Debate`` at once but its turn records (``TurnRecord``,
``Paragraphs``) only when the turns are first read (``Turns.deferred``); ``Turn`` and
``Paragraph`` models are made on access, as for any parse. ``unpack(pack(d)) == d``,
with the same JSON, for every debate; the small parts (metadata, speakers, divisions,
diagnostics) travel as they are.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterator
from functools import partial
from itertools import accumulate, chain
from operator import attrgetter
from typing import Any, NamedTuple

from debateparse.models import Debate, Paragraphs, SpeakerRecord, Speakers, TurnRecord, Turns
from debateparse.models.lines import store_texts
from debateparse.models.rows import trusted

__all__ = ["Packed", "pack", "unpack"]

_BLOCKS = ("preamble", "boilerplate", "unattributed")
"""The debate's own ``Paragraphs`` fields, packed with the turns' paragraphs."""


class Packed(NamedTuple):
    """A ``Debate`` as columns (see the module docstring); pickles in a few copies."""

    fields: dict[str, Any]
    """Every field but turns, speakers and the packed blocks, as stored."""
    fields_set: tuple[str, ...]
    """The debate's ``model_fields_set``."""
    speakers: tuple[tuple[object, ...], ...]
    """The speaker records, as plain tuples."""
    text: bytes
    """Every block's stored texts (``store_texts``), concatenated."""
    lengths: array[int]
    """The length of each block's stored texts in ``text``."""
    lines: array[int]
    """Each paragraph's line number."""
    blocks: array[int]
    """Each block's paragraph count: the debate's own blocks (``_BLOCKS``), then each
    turn's header and paragraphs."""
    extras: dict[int, tuple[tuple[str | None, ...] | None, tuple[str, ...] | None]]
    """``(raws, kinds)`` of the blocks that store either, by block number."""
    turns: tuple[tuple[object, ...], ...]
    """One tuple per ``TurnRecord`` field but header, paragraphs, span and time (kind,
    speaker_id, speaker_name, role_text, roles, date, word_count, ref)."""
    times: array[int]
    """Each turn's time in microseconds since midnight, -1 for None (distinct time
    objects pickle one by one, at a third of a microsecond each)."""
    spans: array[int]
    """Each turn's four span numbers."""


class _UnpackableError(Exception):
    """A debate this format does not cover (paragraph ids or classes, texts stored as a
    tuple): it travels pickled."""


def pack(debate: Debate) -> Packed | Debate:
    """The columns of ``debate``; a debate with paragraph ids (ParlParse XML) is returned
    as it is (it pickles as usual)."""
    try:
        return _pack(debate)
    except _UnpackableError:
        return debate


def _pack(debate: Debate) -> Packed:
    fields = dict(debate.__dict__)
    turns: Turns = fields.pop("turns")
    speakers: Speakers = fields.pop("speakers")
    records = turns.records
    columns = list(zip(*records, strict=True)) if records else [()] * len(TurnRecord._fields)
    blocks: list[Paragraphs] = [fields.pop(name) for name in _BLOCKS]
    blocks += chain.from_iterable(zip(columns[_HEADER], columns[_HEADER + 1], strict=True))
    if any(map(_PIDS, blocks)) or any(map(_STYLES, blocks)):
        raise _UnpackableError
    texts: list[bytes] = []
    for stored in map(_TEXTS, blocks):
        if type(stored) is not bytes:
            stored = store_texts(stored) or b""  # (an empty block's is ())
            if type(stored) is not bytes:
                raise _UnpackableError  # (a text with a line feed, or a lone surrogate)
        texts.append(stored)
    raws, kinds = list(map(_RAWS, blocks)), list(map(_KIND, blocks))
    counted = turns._words  # words counted so far travel too; the rest are counted on read
    words = [r.word_count for r in records] if counted is None else counted
    return Packed(
        fields=fields,
        fields_set=tuple(debate.model_fields_set),
        speakers=tuple(tuple(r) for r in speakers.records.values()),
        text=b"".join(texts),
        lengths=array("l", list(map(len, texts))),  # from a list: 5x faster than an iterator
        lines=array("l", list(chain.from_iterable(map(_LINES, blocks)))),
        blocks=array("l", list(map(len, blocks))),
        extras={
            number: (raw, kind)
            for number, (raw, kind) in enumerate(zip(raws, kinds, strict=True))
            if raw is not None or kind is not None
        },
        turns=(
            *(tuple(columns[i]) for i in _TURN_COLUMNS[:-2]),
            tuple(words),
            tuple(columns[_TURN_COLUMNS[-1]]),
        ),
        spans=array("q", list(chain.from_iterable(columns[_SPAN]))),
        times=_microseconds(columns[_TIME]),
    )


_TEXTS, _LINES = attrgetter("_texts"), attrgetter("_lines")
_RAWS, _KIND, _PIDS = attrgetter("_raws"), attrgetter("_kinds"), attrgetter("_pids")
_STYLES = attrgetter("_styles")


def _microseconds(times: tuple[dt.time | None, ...]) -> array[int]:
    if any(t is not None and (t.tzinfo is not None or t.fold) for t in times):
        raise _UnpackableError
    return array(
        "q",
        [
            -1
            if t is None
            else ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond
            for t in times
        ],
    )


def _time(value: int) -> dt.time | None:
    if value < 0:
        return None
    seconds, micro = divmod(value, 1_000_000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return dt.time(hour, minute, second, micro)


_TURN_COLUMNS = tuple(
    TurnRecord._fields.index(name)
    for name in (
        "kind",
        "speaker_id",
        "speaker_name",
        "role_text",
        "roles",
        "date",
        "word_count",
        "ref",
    )
)
_SPAN = TurnRecord._fields.index("span")
_TIME = TurnRecord._fields.index("time")
_HEADER = TurnRecord._fields.index("header")
assert TurnRecord._fields[_HEADER + 1] == "paragraphs"


def unpack(packed: Packed | Debate) -> Debate:
    """The ``Debate`` that ``pack`` was given (equal to it, with the same JSON); its turn
    records are made when first read."""
    if isinstance(packed, Debate):
        return packed
    blocks = _blocks(packed)
    fields = dict(packed.fields)
    for name in _BLOCKS:
        fields[name] = next(blocks)
    turns = Turns.deferred(len(packed.turns[0]), partial(_records, packed, blocks))
    fields["turns"] = turns
    fields["speakers"] = Speakers((SpeakerRecord(*r) for r in packed.speakers), turns)  # type: ignore[arg-type]
    debate = trusted(Debate, {name: fields[name] for name in Debate.__pydantic_fields__})
    object.__setattr__(debate, "__pydantic_fields_set__", set(packed.fields_set))
    return debate


def _records(packed: Packed, blocks: Iterator[Paragraphs]) -> tuple[TurnRecord, ...]:
    kinds, ids, names, role_texts, roles, dates, words, refs = packed.turns
    spans = iter(packed.spans)
    clock: dict[int, dt.time | None] = {}
    times = [clock[t] if t in clock else clock.setdefault(t, _time(t)) for t in packed.times]
    return tuple(
        TurnRecord(
            kind,
            speaker_id,
            name,
            role_text,
            roles_,
            time,
            date,
            next(blocks),
            next(blocks),
            (next(spans), next(spans), next(spans), next(spans)),
            count,
            ref,
        )
        for kind, speaker_id, name, role_text, roles_, time, date, count, ref in zip(
            kinds, ids, names, role_texts, roles, times, dates, words, refs, strict=True
        )
    )


def _blocks(packed: Packed) -> Iterator[Paragraphs]:
    """Each packed block as ``Paragraphs``, in packing order."""
    text, lines, extras = packed.text, packed.lines, packed.extras
    offsets = accumulate(packed.lengths, initial=0)
    at = next(offsets)
    start = 0
    for number, (size, stop) in enumerate(zip(packed.blocks, offsets, strict=True)):
        end = start + size
        texts = text[at:stop] if size else ()
        raws, kinds = extras.get(number, _PLAIN)
        yield Paragraphs.trusted(texts, tuple(lines[start:end]), raws, kinds)  # type: ignore[arg-type]
        start, at = end, stop


_PLAIN = (None, None)
