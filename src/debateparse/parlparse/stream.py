"""Stream a ParlParse file section by section with ``lxml.etree.iterparse``.

Each child of ``<publicwhip>`` is handled when its end tag is read and then cleared (with
the siblings before it), so memory holds one section at a time, whatever the file's size.
Headings open sections: a ``major-heading`` one titled by itself, a ``minor-heading`` one
titled by itself under the major heading (``parent_title``); an ``oral-heading`` ("Oral
Answers to Questions") is kept in ``Debate.headings`` of the department sections under it.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from debateparse.errors import MalformedXMLError
from debateparse.models import (
    Debate,
    Diagnostic,
    Paragraph,
    Paragraphs,
    Span,
    Speakers,
    Turns,
)
from debateparse.parlparse.build import (
    SectionDraft,
    date_of,
    element_text,
    house_of,
)
from debateparse.parlparse.lines import LineTable
from debateparse.read import without_surrogates

__all__ = ["iter_sections"]

_ASKED = re.compile(r"\basked\s*[—–:-]+\s*$")
"""The lead line of a department's oral questions: "The Secretary of State was asked—"."""
_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")
_BLANK = re.compile(r"[^\n]")
_HEADINGS = frozenset({"major-heading", "minor-heading", "oral-heading"})


class _Reader:
    """The reading state: the open section and the headings above it."""

    def __init__(self, path: str | None, table: LineTable) -> None:
        self.path = path
        self.table = table
        self.major: str | None = None
        self.oral: str | None = None
        self.oral_state = "none"  # none | fresh (next major is under it) | kept | pending
        self.section: SectionDraft | None = None
        self.carried: list[Paragraph] = []
        self.house: str | None = None
        self.date: Any = None
        self.root_notes: list[Diagnostic] = []

    def headings(self, *inner: str | None) -> tuple[str, ...]:
        outer = (self.oral,) if self.oral_state in ("fresh", "kept", "pending") else ()
        return tuple(h for h in (*outer, *inner) if h)

    def close(self) -> Debate | None:
        """Finish the open section: a ``Debate``, or None when it held nothing."""
        section, self.section = self.section, None
        if section is None:
            return None
        if section.empty:
            if section.title and section.title != self.major:
                self.carried.append(Paragraph(text=section.title, line=section.title_line or 0))
            return None
        return self._debate(section)

    def open(
        self, title: str, line: int | None, parent: str | None, inner: tuple[str | None, ...]
    ) -> None:
        self.section = SectionDraft(title, line, parent, self.headings(*inner))
        if self.carried:
            self.section.preamble, self.carried = self.carried, []
            self.section.note(
                "empty-heading",
                "a heading with nothing under it is kept in the next section's preamble",
                self.section.preamble[0].line,
                "info",
            )

    def heading(self, element: Any) -> Debate | None:
        left = self.section
        done = self.close()
        if (
            left is not None
            and left.empty
            and left.title
            and left.title == self.major
            and element.tag != "minor-heading"
        ):
            # A major heading with nothing under it, not even a minor heading ("Business
            # without Debate" then "Delegated Legislation", 28 March 2023): its title
            # would be nobody's parent title, so it goes to the next section's preamble.
            self.carried.append(Paragraph(text=left.title, line=left.title_line or 0))
        if done is not None and element.sourceline:
            self.table.forget_before(element.sourceline)
        tag = element.tag
        text = element_text(element)
        line = element.sourceline
        self._learn(element.get("id"))
        if tag == "oral-heading":
            self.oral, self.oral_state = text, "fresh"  # kept in the sections' ``headings``
            return done
        if tag == "major-heading":
            if self.oral_state == "fresh":
                self.oral_state = "kept"
            elif self.oral_state == "kept":
                self.oral_state = "pending"  # decided by the first speech under it
            self.major = text
            self.open(text, line, None, ())
        else:
            if self.oral_state == "pending":
                self.oral_state = "none"
            self.open(text, line, self.major, (self.major,))
        return done

    def speech(self, element: Any) -> None:
        self._learn(element.get("id"))
        if self.oral_state == "pending":
            lead = element_text(element)
            asked = element.get("nospeaker") == "true" and _ASKED.search(lead)
            self.oral_state = "kept" if asked else "none"
            if self.section is not None:
                self.section.headings = self.headings(None)
        if self.section is None:
            self.open("", None, self.major, (self.major,))
            assert self.section is not None
            self.section.title = None
        self.section.add_speech(element)

    def division(self, element: Any) -> None:
        self._learn(element.get("id"))
        if self.section is None:
            self.open("", None, self.major, (self.major,))
            assert self.section is not None
            self.section.title = None
        self.section.add_division(element)

    def unknown(self, element: Any) -> None:
        note = Diagnostic(
            code="unknown-element",
            message=f"<{element.tag}> at the top level is not ParlParse debate markup; "
            f"its text: {element_text(element)[:80]!r}",
            line=element.sourceline,
            severity="warning",
        )
        if self.section is not None:
            self.section.diagnostics.append(note)
        else:
            self.root_notes.append(note)

    def _learn(self, element_id: str | None) -> None:
        if self.house is None:
            self.house = house_of(element_id, self.path)
        if self.date is None:
            self.date = date_of(element_id)

    def _debate(self, section: SectionDraft) -> Debate:
        extent = self.table.extent
        turns = Turns(
            [
                r._replace(span=extent(*where))
                for r, where in zip(section.turns, section.turn_extents, strict=True)
            ]
        )
        speakers = Speakers(section.speaker_records(), turns)
        start = next((r.time for r in section.turns if r.time is not None), None)
        notes = [*self.root_notes, *section.diagnostics]
        self.root_notes = []
        title_block = (
            Paragraph(text=section.title, line=section.title_line or 0) if section.title else None
        )
        return Debate(
            title=section.title or None,
            title_block=title_block,
            parent_title=section.parent_title,
            house=self.house or house_of(None, self.path),
            date=self.date or date_of(None, self.path),
            start_time=start,
            source=self.path,
            dialect="parlparse",
            preamble=Paragraphs.of(section.preamble),
            turns=turns,
            speakers=speakers,
            divisions=tuple(
                d.model_copy(update={"span": _span(extent(*where))})
                for d, where in zip(section.divisions, section.division_extents, strict=True)
            ),
            diagnostics=tuple(notes),
            headings=section.headings,
        )


def _span(extent: tuple[int, int, int, int]) -> Span:
    start_line, end_line, start, end = extent
    return Span(start_line=start_line, end_line=end_line, start=start, end=end)


def _open(source: Any) -> tuple[IO[bytes], str | None, bool]:
    """A binary stream over ``source`` (path, file object or XML text), its path, and
    whether we opened it (and so close it)."""
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        return Path(path).open("rb"), path, True
    name = getattr(source, "name", None)
    path = name if isinstance(name, str) else None
    if isinstance(source, io.TextIOBase):
        return io.BytesIO(without_surrogates(source.read()).encode("utf-8")), path, True
    return source, path, False


def iter_sections(
    source: Any, *, text: str | None = None, name: str | None = None
) -> Iterator[Debate]:
    """Yield one ``Debate`` per section of a ParlParse file, streaming it.

    Args:
        source: A path or a binary (or text) file object; ignored when ``text`` is given.
        text: The XML already in memory.
        name: The source's name for errors and ``Debate.source`` (a path's own by default).

    Raises:
        MalformedXMLError: the XML is not well formed (with the line), or not ``publicwhip``.
    """
    from lxml import etree

    if text is not None:
        # Text is already decoded: its declaration's encoding no longer applies (the line
        # count is kept); lone surrogates become U+FFFD (read.without_surrogates).
        # The declaration becomes spaces (its line breaks kept), so offsets stay those of
        # the text given; a byte-order mark is not part of the text.
        text = _DECLARATION.sub(
            lambda m: _BLANK.sub(" ", m.group(0)), text.removeprefix("\ufeff"), count=1
        )
        stream: IO[bytes] = io.BytesIO(without_surrogates(text).encode("utf-8"))
        path, owned = name, True
    else:
        stream, path, owned = _open(source)
        path = name or path
    table = LineTable(stream)
    reader = _Reader(path, table)
    depth = 0
    root: Any = None
    try:
        events = etree.iterparse(
            table, events=("start", "end"), resolve_entities=False, huge_tree=True, no_network=True
        )
        for event, element in events:
            if event == "start":
                depth += 1
                if depth == 1:
                    root = element
                    if element.tag != "publicwhip":
                        raise MalformedXMLError(
                            f"the root element is <{element.tag}>, not <publicwhip>: "
                            "not a ParlParse debates file",
                            source=path,
                            line=element.sourceline,
                        )
                continue
            depth -= 1
            if depth != 1:
                continue
            tag = element.tag
            if not isinstance(tag, str):
                pass
            elif tag in _HEADINGS:
                done = reader.heading(element)
                if done is not None:
                    yield done
            elif tag == "speech":
                reader.speech(element)
            elif tag == "division":
                reader.division(element)
            else:
                reader.unknown(element)
            element.clear(keep_tail=False)
            while element.getprevious() is not None:
                del root[0]
    except etree.XMLSyntaxError as error:
        line = error.lineno or (error.position[0] if error.position else None) or None
        raise MalformedXMLError(f"malformed XML: {error.msg}", source=path, line=line) from None
    finally:
        if owned:
            stream.close()
    if root is None:
        raise MalformedXMLError("no XML element found", source=path, line=1)
    done = reader.close()
    if done is not None:
        yield done
