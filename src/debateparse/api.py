"""The public entry points: run read -> tokenize -> assemble -> normalize."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from debateparse.assemble import assemble
from debateparse.detect import detect
from debateparse.dialects import DIALECTS
from debateparse.errors import NotADebateError
from debateparse.models import Debate, Diagnostic
from debateparse.normalize import normalize
from debateparse.read import Source, SourceLike, read_source, source_from_text

__all__ = ["parse_debate", "parse_text"]


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


def _parse(source: Source, dialect: str, registry: object | None, strict: bool) -> Debate:
    with _collector_paused():
        detection = detect(source, dialect)
        draft = assemble(detection.tokens, source, detection.dialect)
        draft.diagnostics.extend(detection.diagnostics)
        del detection  # the tokens are no longer needed: free them before normalizing
        if not draft.turns:
            tried = list(DIALECTS) if dialect == "auto" else [dialect]
            examples = "; ".join(
                f"{DIALECTS[name].name}: {DIALECTS[name].header_example!r}" for name in tried
            )
            message = (
                f"no speaker header found (dialects tried: {', '.join(tried)}); "
                f"a header looks like {examples}"
            )
            if strict:
                raise NotADebateError(message, source=source.path, line=1)
            draft.diagnostics.append(
                Diagnostic(code="no-speaker-headers", message=message, severity="error")
            )
        debate = normalize(draft, source)
    if registry is not None:
        from debateparse.resolve import resolve_members

        debate = resolve_members(debate, registry)
    return debate


def parse_debate(
    source: SourceLike,
    *,
    dialect: str = "auto",
    registry: object | None = None,
    strict: bool = True,
) -> Debate:
    """Parse a debate from a path or an open file.

    Args:
        source: A path (``str`` or ``os.PathLike``; a ``str`` is always a path, never
            text) or a binary or text file object.
        dialect: A registered dialect name, or ``"auto"`` to pick the best-scoring one.
        registry: A ``Registry`` of parliamentarians to resolve speakers against; ``None``
            normalizes within the document only.
        strict: With no speaker header anywhere, raise ``NotADebateError`` (the default);
            with ``strict=False`` return a Debate with no turns, the text in the preamble
            and a ``no-speaker-headers`` diagnostic.

    Returns:
        The parsed ``Debate``.

    Raises:
        FileNotFoundError: ``source`` is a path that does not exist.
        DebateParseError: the input is empty, binary, undecodable or not a debate.
    """
    return _parse(read_source(source), dialect, registry, strict)


def parse_text(
    text: str,
    *,
    dialect: str = "auto",
    registry: object | None = None,
    strict: bool = True,
    source: str | None = None,
) -> Debate:
    """Parse debate text already in memory; ``source`` names it in errors and the result."""
    return _parse(source_from_text(text, source), dialect, registry, strict)
