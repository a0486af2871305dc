"""ParlParse elements -> model pieces: a ``<speech>`` -> turn record, a ``<division>`` ->
``Division`` with every vote, inline markup -> text without losing words."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from debateparse.inline_stage import split_inline_stages
from debateparse.models import (
    Diagnostic,
    Division,
    Paragraph,
    Paragraphs,
    Resolution,
    Severity,
    SourceRef,
    Span,
    SpeakerKind,
    SpeakerRecord,
    TurnKind,
    TurnRecord,
    Vote,
    VoteValue,
)
from debateparse.normalize import slugify
from debateparse.parlparse.paragraphs import Blocks
from debateparse.vocabulary import is_collective, is_role_only

__all__ = ["PARAGRAPH_TAGS", "SectionDraft", "element_text", "house_of", "parse_time"]

Element = Any
"""An ``lxml.etree._Element`` (lxml ships no type hints)."""
Extent = tuple[str, int, int, bool]
"""An element's tag, first line, its last child's first line, and whether it is empty."""

PARAGRAPH_TAGS = frozenset({"p", "table", "ul", "ol", "blockquote", "div"})
"""Block children of a ``<speech>``: each ``<p>`` (or table row, list item) a paragraph."""
INLINE_TAGS = frozenset(
    {"phrase", "i", "b", "em", "strong", "sup", "sub", "u", "a", "span", "br", "small"}
)
"""Markup inside a paragraph whose text is kept in place."""
_ROW_TAGS = frozenset({"tr", "li"})
_TABLE_PARTS = frozenset({"tbody", "thead", "tfoot", "td", "th", "caption", "col", "colgroup"})
_SPACES = re.compile(r"\s+")
_HOUSES = (
    ("/westminhall/", "Westminster Hall"),
    ("/lords/", "House of Lords"),
    ("/debate/", "House of Commons"),
    ("/spor/", "Scottish Parliament"),
    ("/sp/", "Scottish Parliament"),
    ("/ni/", "Northern Ireland Assembly"),
    ("/senedd/", "Senedd"),
)
_FILE_HOUSES = (
    ("westminhall", "Westminster Hall"),
    ("lords", "House of Lords"),
    ("debates", "House of Commons"),
)
_ID_DATE = re.compile(r"/(\d{4}-\d{2}-\d{2})")
_FILE_DATE = re.compile(r"^[a-z-]*(\d{4}-\d{2}-\d{2})")
_VOTES: dict[str, VoteValue] = {
    "aye": "aye",
    "no": "no",
    "content": "content",
    "not-content": "not-content",
    "notcontent": "not-content",
    "both": "both",
}


def element_text(element: Element) -> str:
    """All the text of ``element`` and its descendants, whitespace runs as one space."""
    return " ".join("".join(element.itertext()).split())


def parse_time(value: str | None) -> dt.time | None:
    """ParlParse ``time="19:30:00"`` (or ``"19:30"``); ``""`` or junk is None."""
    if not value:
        return None
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError:
        return None


def house_of(element_id: str | None, path: str | None) -> str | None:
    """The house, from an element id's scheme, else from the file name."""
    if element_id:
        for marker, house in _HOUSES:
            if marker in element_id:
                return house
    if path:
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        for prefix, house in _FILE_HOUSES:
            if name.startswith(prefix):
                return house
    return None


def date_of(element_id: str | None, path: str | None = None) -> dt.date | None:
    """The sitting's date from an element id (``…/debate/2023-03-28d.809.0``), else from
    the file name (``debates2023-03-28d.xml``)."""
    found = _ID_DATE.search(element_id or "")
    if found is None and path:
        found = _FILE_DATE.search(path.replace("\\", "/").rsplit("/", 1)[-1])
    if found is None:
        return None
    try:
        return dt.date.fromisoformat(found.group(1))
    except ValueError:
        return None


@dataclass
class SpeakerDraft:
    """A speaker being collected: one per person id (or per printed name without one)."""

    id: str
    name: str
    kind: SpeakerKind
    member_id: str | None
    turns: list[int] = field(default_factory=list)


@dataclass
class SectionDraft:
    """One section (heading) being read: its turns, speakers and divisions."""

    title: str | None
    title_line: int | None
    parent_title: str | None
    headings: tuple[str, ...]
    preamble: list[Paragraph] = field(default_factory=list)
    turns: list[TurnRecord] = field(default_factory=list)
    speakers: dict[str, SpeakerDraft] = field(default_factory=dict)
    slugs: set[str] = field(default_factory=set)
    divisions: list[Division] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    first_id: str | None = None
    turn_extents: list[Extent] = field(default_factory=list)
    """Per turn: its element's tag, first line, last child's line, and emptiness (the
    reader turns these into spans: ``LineTable.extent``)."""
    division_extents: list[Extent] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.turns or self.divisions or self.preamble)

    def note(
        self, code: str, message: str, line: int | None, severity: Severity = "warning"
    ) -> None:
        self.diagnostics.append(
            Diagnostic(code=code, message=message, line=line, severity=severity)
        )

    # --- speeches ------------------------------------------------------------------------
    def add_speech(self, speech: Element) -> None:
        """Append the turn of one ``<speech>``."""
        attrs = speech.attrib
        self.first_id = self.first_id or attrs.get("id")
        blocks = self._paragraphs(speech)
        texts = blocks.texts
        name = _SPACES.sub(" ", attrs.get("speakername", "")).strip()
        person = attrs.get("person_id") or None
        nospeaker = attrs.get("nospeaker") == "true"
        if nospeaker and person:
            self.note(
                "nospeaker-person",
                f"a nospeaker speech carries person_id {person!r}: kept as no member",
                speech.sourceline,
            )
            person = None
        kind = _turn_kind(attrs, nospeaker, name, texts)
        speaker = self._speaker(name, person, kind)
        line = speech.sourceline or 0
        end = max([line, *blocks.lines])
        header = Paragraphs.trusted((name,), (line,)) if name else Paragraphs()
        ref = SourceRef(
            id=attrs.get("id", ""),
            type=attrs.get("type") or None,
            oral_qnum=attrs.get("oral-qnum") or None,
            qnums=tuple(blocks.qnums),
            colnum=attrs.get("colnum") or None,
            url=attrs.get("url") or None,
        )
        speaker.turns.append(len(self.turns))
        self.turn_extents.append(_extent(speech, line, end))
        self.turns.append(
            TurnRecord(
                kind,
                speaker.id,
                name,
                None,
                (),
                parse_time(attrs.get("time")),
                None,
                header,
                split_inline_stages(blocks.paragraphs()),
                (line, end, 0, 0),
                None,
                ref,
            )
        )

    def _paragraphs(self, speech: Element) -> Blocks:
        blocks = Blocks()
        if speech.text and speech.text.strip():
            blocks.add_text(_SPACES.sub(" ", speech.text).strip(), speech.sourceline or 0)
        for child in speech:
            if not isinstance(child.tag, str):
                continue  # comments and processing instructions
            if child.tag == "p":
                self._check_inline(child)
                blocks.add(child, element_text(child))
            elif child.tag in PARAGRAPH_TAGS:
                rows = [e for e in child.iter() if isinstance(e.tag, str) and e.tag in _ROW_TAGS]
                if not rows:
                    blocks.add(child, element_text(child))
                for row in rows:
                    cells = [element_text(c) for c in row if isinstance(c.tag, str)]
                    blocks.add(row, " ".join(c for c in cells if c) or element_text(row))
                self._check_inline(child, _TABLE_PARTS | _ROW_TAGS | PARAGRAPH_TAGS)
            else:
                self.note(
                    "unknown-element",
                    f"<{child.tag}> inside a speech: its text is kept as a paragraph",
                    child.sourceline,
                )
                blocks.add(child, element_text(child))
            if child.tail and child.tail.strip():
                blocks.add_tail(_SPACES.sub(" ", child.tail).strip())
        return blocks

    def _check_inline(self, element: Element, allowed: frozenset[str] = frozenset()) -> None:
        for inner in element.iterdescendants():
            tag = inner.tag
            if isinstance(tag, str) and tag not in INLINE_TAGS and tag not in allowed:
                self.note(
                    "unknown-element",
                    f"<{tag}> inside <{element.tag}>: kept as text",
                    inner.sourceline,
                    "info",
                )

    def _speaker(self, name: str, person: str | None, kind: TurnKind) -> SpeakerDraft:
        if person is None and kind == "procedural" and not name:
            key = "\0procedure"
        else:
            key = person or f"\0{name}"
        found = self.speakers.get(key)
        if found is not None:
            return found
        if key == "\0procedure":
            slug, speaker_kind = "procedure", "procedure"
        else:
            slug = slugify(name) if name else "unnamed"
            speaker_kind = _speaker_kind(name, person, kind)
        unique, n = slug, 1
        while unique in self.slugs:
            n += 1
            unique = f"{slug}-{n}"
        self.slugs.add(unique)
        found = self.speakers[key] = SpeakerDraft(unique, name, speaker_kind, person)  # type: ignore[arg-type]
        return found

    def speaker_records(self) -> list[SpeakerRecord]:
        records = []
        for s in self.speakers.values():
            resolution = None
            if s.member_id is not None:
                resolution = Resolution(
                    member_id=s.member_id,
                    ids={"theyworkforyou": s.member_id},
                    method="source",
                    score=1.0,
                )
            records.append(
                SpeakerRecord(
                    s.id, s.name, s.kind, (), None, None, tuple(s.turns), s.member_id, resolution
                )
            )
        return records

    # --- divisions -----------------------------------------------------------------------
    def add_division(self, division: Element) -> None:
        """Append the ``Division`` of one ``<division>``, with every listed vote."""
        attrs = division.attrib
        self.first_id = self.first_id or attrs.get("id")
        ayes = noes = None
        votes: list[Vote] = []
        for child in division.iter():
            tag = child.tag
            if not isinstance(tag, str) or tag in ("division", "mplist", "lordlist"):
                continue
            if tag == "divisioncount":
                ayes = _count(child.get("ayes") or child.get("content"))
                noes = _count(child.get("noes") or child.get("not-content"))
            elif tag in ("mpname", "lord"):
                vote = self._vote(child)
                if vote is not None:
                    votes.append(vote)
            else:
                self.note(
                    "unknown-element", f"<{tag}> inside a division: ignored", child.sourceline
                )
        line = division.sourceline or 0
        end = max([line, *(e.sourceline or 0 for e in division.iter())])
        number = _count(attrs.get("divnumber"))
        self.division_extents.append(_extent(division, line, end))
        self.divisions.append(
            Division(
                ayes=ayes,
                noes=noes,
                aye_names=tuple(v.name for v in votes if v.vote in ("aye", "content")),
                no_names=tuple(v.name for v in votes if v.vote in ("no", "not-content")),
                after_turn=len(self.turns) - 1 if self.turns else None,
                lines=Paragraphs(),
                span=Span(start_line=line, end_line=end, start=0, end=0),
                number=number,
                time=parse_time(attrs.get("time")),
                votes=tuple(votes),
                ref=SourceRef(id=attrs.get("id", ""), colnum=attrs.get("colnum") or None),
            )
        )

    def _vote(self, element: Element) -> Vote | None:
        parent = element.getparent()
        value = element.get("vote") or (parent.get("vote") if parent is not None else None)
        vote = _VOTES.get((value or "").strip().lower())
        if vote is None:
            self.note(
                "bad-vote", f"vote {value!r} is not aye/no/content/not-content", element.sourceline
            )
            return None
        # Every value is already of its field's type: skip re-validating 2,749 of them a day.
        return Vote.model_construct(
            member_id=element.get("person_id") or element.get("id") or None,
            name=element_text(element),
            vote=vote,
            proxy=element.get("proxy") or None,
            teller=element.get("teller") == "yes",
        )


def _extent(element: Element, line: int, end: int) -> Extent:
    return element.tag, line, end, element.text is None and len(element) == 0


def _count(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


_QUESTION_TYPES = frozenset({"Start Question"})


def _turn_kind(attrs: Any, nospeaker: bool, name: str, texts: list[str]) -> TurnKind:
    if nospeaker or not name:
        return "interjection" if name and is_collective(name) else "procedural"
    if texts and texts[0].startswith("(Urgent Question):"):
        return "urgent_question"
    if attrs.get("type") in _QUESTION_TYPES and attrs.get("oral-qnum"):
        return "question"
    if is_collective(name):
        return "interjection"
    return "speech"


def _speaker_kind(name: str, person: str | None, kind: TurnKind) -> SpeakerKind:
    if kind == "interjection" or is_collective(name):
        return "collective"
    if kind == "procedural" and person is None:
        return "procedure"
    if person is None and is_role_only(name):
        return "role"
    return "member"
