"""The public entry points: run read -> tokenize -> assemble -> normalize [-> resolve]."""

from __future__ import annotations

import gc
import importlib
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debateparse.dialects import DIALECTS, Dialect, get_dialect
from debateparse.errors import DebateParseError, InputTooLargeError, NotADebateError
from debateparse.limits import MAX_BYTES
from debateparse.models import Debate, Diagnostic, Paragraphs
from debateparse.normalize import normalize
from debateparse.parlparse.sniff import is_xml_document
from debateparse.read import (
    Source,
    SourceLike,
    _path_of,
    check_source,
    read_error,
    read_source,
    source_from_text,
)
from debateparse.read_stream import Block, _too_large, iter_blocks, seekable_size
from debateparse.streaming import Finished, block_of, stream_drafts

if TYPE_CHECKING:
    from debateparse.registry import Registry

__all__ = ["iter_debates", "parse_debate", "parse_text"]

_MANY_OBJECTS = 100_000
"""Above this many new tracked objects a parse promotes them to the oldest generation."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a parse builds its objects.

    A parse of a large file makes hundreds of thousands of small acyclic objects that the
    result keeps; each automatic collection would rescan them, and the first one after
    the pause would scan all of them at once (a tenth of the parse). When a parse made
    that many objects, ``gc.freeze()`` then ``gc.unfreeze()`` moves every tracked object
    to the oldest generation without a scan: they are collected, as long-lived objects
    are, by full collections. Reference counting frees everything as usual, and the
    collector's previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_count()[0] > _MANY_OBJECTS:
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


_HEAD_BYTES = 4096
"""Bytes read from the start of an input to recognise a structured format by content."""


def _head(source: SourceLike) -> bytes | str | None:
    """The first bytes of ``source`` without consuming it (None if it cannot be peeked)."""
    if isinstance(source, (str, os.PathLike)):
        try:
            with Path(source).open("rb") as handle:
                return handle.read(_HEAD_BYTES)
        except (OSError, ValueError) as error:
            raise read_error(error, os.fspath(source)) from None
    peek = getattr(source, "peek", None)
    if peek is not None and not isinstance(source, io.TextIOBase):
        head: bytes = peek(_HEAD_BYTES)[:_HEAD_BYTES]
        return head
    seekable = getattr(source, "seekable", None)
    if seekable is None:  # an object with only a ``read``: it cannot be peeked
        return None
    try:
        if not seekable():
            return None
        where = source.tell()
        start = source.read(_HEAD_BYTES)
        source.seek(where)
    except (OSError, ValueError):
        return None
    return start


def _structured(head: bytes | str | None, dialect: str) -> Any:
    """The reader module of a structured dialect that reads this input, or None."""
    if dialect != "auto":
        chosen: Dialect = get_dialect(dialect)
        return None if chosen.reader is None else importlib.import_module(chosen.reader)
    if head is None:
        return None
    for candidate in DIALECTS.values():
        if candidate.reader is not None:
            module = importlib.import_module(candidate.reader)
            if module.looks_like(head):
                return module
    return None


def _xml_like(head: bytes | str) -> bool:
    """Does the input start like XML at all (so that a parse error is the right answer)?"""
    if isinstance(head, bytes):
        return head[:64].lstrip().removeprefix(b"\xef\xbb\xbf").startswith(b"<")
    return head[:64].lstrip().removeprefix("\ufeff").startswith("<")


def _more_debates(first: Debate, nxt: Debate | None) -> Debate:
    if nxt is None:
        return first
    line = nxt.title_block.line if nxt.title_block else None
    note = Diagnostic(
        code="more-debates",
        line=line,
        severity="info",
        message=f"more debates follow in this file, the next from line {line}; "
        "use iter_debates() to read them all",
    )
    return first.model_copy(update={"diagnostics": (*first.diagnostics, note)})


def _not_structured(source: Source, dialect: str, strict: bool) -> Debate:
    """Input named as a structured dialect that is not in its format (or, with "auto",
    an XML document that no structured dialect reads, as "parlparse"):
    ``NotADebateError``, or with ``strict=False`` an empty Debate holding the text in its
    preamble."""
    if dialect == "auto":
        dialect = "parlparse"
        message = (
            "an XML document that is not ParlParse XML (no <publicwhip> root element): "
            "not a debate in any dialect"
        )
    else:
        message = (
            f"not {dialect} input: no <publicwhip> root element; "
            f"a speech looks like {DIALECTS[dialect].header_example!r}"
        )
    if strict:
        raise NotADebateError(message, source=source.path, line=1)
    lines = [(n, line.strip()) for n, line in enumerate(source.lines, 1) if line.strip()]
    return Debate(
        source=source.path,
        dialect=dialect,
        preamble=Paragraphs([t for _, t in lines], [n for n, _ in lines]),
        diagnostics=(
            *source.diagnostics,
            Diagnostic(code="no-speaker-headers", message=message, severity="error"),
        ),
    )


def _checked(
    reader: Any, sections: Iterator[Debate], registry: Registry | None
) -> Iterator[Debate]:
    """A structured reader's sections, each checked against ``registry`` and completed
    from it (``apply_registry``: the source's ids are kept) when one is given."""
    if registry is None:
        return sections
    return (reader.apply_registry(section, registry) for section in sections)


def _first_section(sections: Iterator[Debate], source: str | None) -> Debate:
    first = next(sections, None)
    if first is None:
        raise NotADebateError("no section with a speech or division", source=source, line=1)
    return _more_debates(first, next(sections, None))


def _no_headers(dialect: str) -> str:
    tried = (
        [name for name, d in DIALECTS.items() if d.reader is None]
        if dialect == "auto"
        else [dialect]
    )
    examples = "; ".join(f"{name}: {DIALECTS[name].header_example!r}" for name in tried)
    return (
        f"no speaker header found (dialects tried: {', '.join(tried)}); "
        f"a header looks like {examples}"
    )


def _check_headers(found: Finished, dialect: str, strict: bool) -> None:
    """The first draft without a turn: ``NotADebateError``, or (lenient) a diagnostic."""
    if found.index != 0 or found.draft.turns:
        return
    message = _no_headers(dialect)
    if strict:
        raise NotADebateError(message, source=found.source.path, line=1)
    found.draft.diagnostics.append(
        Diagnostic(code="no-speaker-headers", message=message, severity="error")
    )


def _finish(debate: Debate, registry: Registry | None) -> Debate:
    if registry is None:
        return debate
    from debateparse.resolve import resolve_members

    return resolve_members(debate, registry)


def _debates(
    blocks: Iterator[Block], path: str | None, dialect: str, registry: Registry | None, strict: bool
) -> Iterator[Debate]:
    """Every debate, built as soon as its lines are read (``streaming``); the collector is
    paused while a debate is built, never across a yield."""
    drafts = stream_drafts(blocks, dialect, path)
    try:
        while True:
            with _collector_paused():
                found = next(drafts, None)
                if found is None:
                    return
                _check_headers(found, dialect, strict)
                debate = normalize(found.draft, found.source)
            del found
            yield _finish(debate, registry)
    finally:
        drafts.close()


def _first(
    blocks: Iterator[Block], path: str | None, dialect: str, registry: Registry | None, strict: bool
) -> Debate:
    """The first debate, reading no further than the start of the second."""
    drafts = stream_drafts(blocks, dialect, path)
    try:
        with _collector_paused():
            found = next(drafts)
            _check_headers(found, dialect, strict)
            following = found.following
            if following is not None:
                nxt = following.title.line if following.title else following.turns[0].first_line
                found.draft.diagnostics.append(
                    Diagnostic(
                        code="more-debates",
                        line=nxt,
                        severity="info",
                        message=f"more debates follow on this page, the next from line {nxt}; "
                        "use iter_debates() to read them all",
                    )
                )
            debate = normalize(found.draft, found.source)
    finally:
        drafts.close()
    return _finish(debate, registry)


@contextmanager
def _blocks(
    source: SourceLike, max_bytes: int | None
) -> Iterator[tuple[Iterator[Block], str | None]]:
    """The input as blocks of decoded lines: a path or binary file read incrementally
    (``read_stream``), a text file read whole."""
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        try:
            handle = Path(path).open("rb")  # noqa: SIM115 (closed by the with below)
            size = seekable_size(handle)
        except (OSError, ValueError) as error:
            raise read_error(error, path) from None
        with handle:
            if max_bytes is not None and size is not None and size > max_bytes:
                raise _too_large(max_bytes, path)
            yield _guarded(iter_blocks(handle, path, max_bytes), path), path
        return
    if not _is_binary(source):
        whole = read_source(source, max_bytes)
        yield iter([block_of(whole)]), whole.path
        return
    name = _path_of(source)
    yield iter_blocks(source, name, max_bytes), name  # type: ignore[arg-type]


def _is_binary(handle: object) -> bool:
    """Is ``handle`` surely a binary file (``read`` gives bytes), by its type or its mode?
    Others (text files, objects that only have a ``read``) are read whole."""
    if isinstance(handle, (io.RawIOBase, io.BufferedIOBase)):
        return True
    if isinstance(handle, io.TextIOBase):
        return False
    mode = getattr(handle, "mode", None)
    return isinstance(mode, str) and "b" in mode


def _guarded(blocks: Iterator[Block], path: str) -> Iterator[Block]:
    """Operating-system errors while reading a path, as ``read_error`` gives them."""
    try:
        yield from blocks
    except DebateParseError:
        raise
    except OSError as error:
        raise read_error(error, path) from None


def parse_debate(
    source: SourceLike,
    *,
    dialect: str = "auto",
    registry: Registry | None = None,
    strict: bool = True,
    max_bytes: int | None = MAX_BYTES,
) -> Debate:
    """Parse a debate from a path or an open file (the first, if the page holds several).

    Args:
        source: A path (``str`` or ``os.PathLike``; a ``str`` is always a path, never
            text) or a binary or text file object.
        dialect: A registered dialect name, or ``"auto"`` to pick the best-scoring one.
        registry: A ``Registry`` of parliamentarians to resolve speakers against; ``None``
            normalizes within the document only.
        strict: With no speaker header anywhere, raise ``NotADebateError`` (the default);
            with ``strict=False`` return a Debate with no turns, the text in the preamble
            and a ``no-speaker-headers`` diagnostic.
        max_bytes: Refuse a larger input with ``InputTooLargeError`` (read no further);
            the default is ``limits.MAX_BYTES`` (2 GiB); None reads any size.

    Returns:
        The parsed ``Debate``; a ``more-debates`` diagnostic says when more follow.

    Raises:
        FileNotFoundError: ``source`` is a path that does not exist.
        InputReadError: ``source`` is a directory, unreadable, or a name too long.
        InputTooLargeError: the input is larger than ``max_bytes``.
        DebateParseError: the input is empty, binary, undecodable or not a debate.
        TypeError: ``source`` is neither a path nor an open file (bytes, None, ...).
    """
    check_source(source)
    head = _head(source)
    reader = _structured(head, dialect)
    if reader is not None:
        if head is not None and not reader.looks_like(head) and not _xml_like(head):
            return _not_structured(read_source(source, max_bytes), dialect, strict)
        name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else None
        return _first_section(_checked(reader, reader.iter_sections(source), registry), name)
    if dialect == "auto" and head is not None and is_xml_document(head):
        return _not_structured(read_source(source, max_bytes), dialect, strict)
    with _blocks(source, max_bytes) as (blocks, path):
        return _first(blocks, path, dialect, registry, strict)


def _check_text(text: object, source: str | None, max_bytes: int | None) -> None:
    if not isinstance(text, str):
        hint = " (decode bytes first, or use parse_debate(io.BytesIO(data)))"
        raise TypeError(
            f"parse_text expects the text as a str, got {type(text).__name__}"
            + (hint if isinstance(text, (bytes, bytearray)) else "")
        )
    if max_bytes is not None and len(text) > max_bytes:
        raise InputTooLargeError(
            f"text of {len(text)} characters is larger than max_bytes={max_bytes}",
            source=source,
        )


def parse_text(
    text: str,
    *,
    dialect: str = "auto",
    registry: Registry | None = None,
    strict: bool = True,
    source: str | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> Debate:
    """Parse debate text already in memory; ``source`` names it in errors and the result.

    A text longer than ``max_bytes`` characters raises ``InputTooLargeError``; anything
    but a ``str`` raises ``TypeError``.
    """
    _check_text(text, source, max_bytes)
    reader = _structured(text, dialect)
    if reader is not None:
        if not reader.looks_like(text) and not _xml_like(text):
            return _not_structured(source_from_text(text, source), dialect, strict)
        sections = reader.iter_sections(None, text=text, name=source)
        return _first_section(_checked(reader, sections, registry), source)
    if dialect == "auto" and is_xml_document(text):
        return _not_structured(source_from_text(text, source), dialect, strict)
    blocks = iter([block_of(source_from_text(text, source))])
    return _first(blocks, source, dialect, registry, strict)


def iter_debates(
    source: SourceLike,
    *,
    dialect: str = "auto",
    registry: Registry | None = None,
    strict: bool = True,
    max_bytes: int | None = MAX_BYTES,
) -> Iterator[Debate]:
    """Yield every debate of a page or file that holds several, in order.

    Arguments as for ``parse_debate``; a page with one debate yields it alone. ParlParse
    XML is streamed: one ``Debate`` per section, read as it is yielded.
    """
    check_source(source)
    head = _head(source)
    reader = _structured(head, dialect)
    if reader is not None:
        if head is not None and not reader.looks_like(head) and not _xml_like(head):
            yield _not_structured(read_source(source, max_bytes), dialect, strict)
            return
        yield from _checked(reader, reader.iter_sections(source), registry)
        return
    if dialect == "auto" and head is not None and is_xml_document(head):
        yield _not_structured(read_source(source, max_bytes), dialect, strict)
        return
    with _blocks(source, max_bytes) as (blocks, path):
        yield from _debates(blocks, path, dialect, registry, strict)
