"""TheyWorkForYou's ParlParse XML (``debates2023-03-28d.xml``, ``lords…``, ``westminhall…``).

The ``parlparse`` dialect: one ``Debate`` per section (a minor heading under its major
heading), read by streaming the file with ``lxml.etree.iterparse`` (``stream.py``), each
``<speech>`` a turn and each ``<division>`` a division with every vote (``build.py``);
``render.py`` writes a section back as TheyWorkForYou page text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from debateparse.models import Debate
from debateparse.parlparse.sniff import ROOT_TAG, looks_like_parlparse

if TYPE_CHECKING:
    from debateparse.registry import Registry

__all__ = ["ROOT_TAG", "apply_registry", "iter_sections", "looks_like", "looks_like_parlparse"]


def looks_like(head: bytes | str) -> bool:
    """Detection by content (the dialect protocol): a ``<publicwhip>`` root."""
    return looks_like_parlparse(head)


def apply_registry(debate: Debate, registry: Registry) -> Debate:
    """The registry step of this dialect (the reader protocol): the file's person ids are
    kept, and what the registry knows of each member filled in (``members``)."""
    from debateparse.parlparse.members import apply_registry as apply

    return apply(debate, registry)


def iter_sections(
    source: Any, *, text: str | None = None, name: str | None = None
) -> Iterator[Debate]:
    """One ``Debate`` per section, streamed (``stream.iter_sections``; needs lxml)."""
    try:
        from debateparse.parlparse.stream import iter_sections as stream
    except ImportError as error:  # pragma: no cover - lxml is a dependency
        raise ImportError("reading ParlParse XML needs lxml: pip install 'lxml>=5.0'") from error
    return stream(source, text=text, name=name)
