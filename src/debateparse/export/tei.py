"""ParlaMint TEI: a ``Debate`` -> one sitting (component) file.

Valid against ParlaMint's ``ParlaMint-TEI.rng``. Each turn with speech is a ``u`` whose
``@who`` points to a person of the companion ``listPerson`` (``export.tei_persons``) and
whose ``@ana`` is the speaker type (``#chair``, ``#regular`` or ``#guest``); its speech
paragraphs are ``seg``s, its procedural and marker lines ``note``s. The printed header
goes before it as ``note[@type=speaker]`` and its time as ``note[@type=time]``. A turn
with no speech ("Several hon. Members rose—") is an ``incident[@type=action]``; a
procedural turn, the preamble, unattributed lines and division lines are ``note``s.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass

from debateparse.dialects.stage import stage_of
from debateparse.export.houses import House, house_info
from debateparse.export.layout import (
    Item,
    has_speech,
    inline_stages,
    printed_header,
    reading_order,
)
from debateparse.export.people import SpeakerType, people_of
from debateparse.export.tables import debate_id
from debateparse.export.xmltree import element, normal, serialize, sub, timestamp, xml_name
from debateparse.models import Debate, ParagraphKind, TurnRecord

__all__ = ["TEI_NS", "to_parlamint_tei"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
_LICENCE = "http://creativecommons.org/licenses/by/4.0/"
_OPEN_PARLIAMENT = (
    "Contains Parliamentary information licensed under the Open Parliament Licence v3.0."
)
_UNTITLED = "Untitled debate"
_NOTE_TYPES: dict[ParagraphKind, str | None] = {"procedural": None, "marker": "editorial"}


@dataclass(frozen=True)
class _Sitting:
    """What every part of one sitting file needs."""

    debate: Debate
    doc_id: str
    house: House
    people: dict[str, tuple[str, SpeakerType]]
    """Speaker id -> (person id, speaker type)."""


def _sitting(debate: Debate) -> _Sitting:
    doc_id = xml_name(f"debate-{debate_id(debate)}", "d.")
    return _Sitting(debate, doc_id, house_info(debate.house), people_of(debate))


def _time_note(sitting: _Sitting, time: dt.time) -> ET.Element:
    note = element("note", type="time")
    when = timestamp(sitting.debate.date, time)
    if when is None:
        note.text = time.strftime("%H:%M")
    else:
        sub(note, "time", time.strftime("%H:%M"), when=when)
    return note


def stage_element(text: str) -> ET.Element:
    """A stage direction as ParlaMint writes it: ``kinesic``, ``vocal`` or ``incident``
    with its ``@type`` (from ``dialects.stage.STAGE_DIRECTIONS``) and the text as ``desc``."""
    found = stage_of(text)
    node = element(found.element, type=found.type)
    sub(node, "desc", normal(text))
    return node


def _segment(text: str) -> ET.Element:
    """A speech paragraph as a ``seg``, its bracketed stage directions as elements."""
    seg = element("seg")
    last: ET.Element | None = None
    for piece, is_stage in inline_stages(normal(text)):
        if is_stage:
            last = stage_element(piece)
            seg.append(last)
        elif last is None:
            seg.text = piece
        else:
            last.tail = piece
    return seg


def _paragraph(text: str, kind: ParagraphKind) -> ET.Element:
    if kind == "text":
        return _segment(text)
    if kind == "stage":
        return stage_element(text)
    return element("note", normal(text), type=_NOTE_TYPES[kind])


def _utterance(sitting: _Sitting, record: TurnRecord, number: int) -> ET.Element:
    who, kind = sitting.people[record.speaker_id]
    u = element("u", xml_id=f"{sitting.doc_id}.u{number}", who=f"#{who}", ana=f"#{kind}")
    paragraphs = record.paragraphs
    for index, text in enumerate(paragraphs.texts):
        u.append(_paragraph(text, paragraphs.kind_at(index)))
    return u


def _comments(record: TurnRecord) -> list[ET.Element]:
    """The paragraphs of a turn without speech, as comments."""
    paragraphs = record.paragraphs
    return [
        _paragraph(text, paragraphs.kind_at(index))
        if paragraphs.kind_at(index) == "stage"
        else element("note", normal(text))
        for index, text in enumerate(paragraphs.texts)
        if normal(text)
    ]


def _turn(sitting: _Sitting, record: TurnRecord, number: int) -> list[ET.Element]:
    header = printed_header(record)
    if record.kind == "procedural":
        return [*([element("note", header)] if header else []), *_comments(record)]
    if not has_speech(record):
        who = sitting.people[record.speaker_id][0]
        incident = element("incident", type="action", who=f"#{who}")
        sub(incident, "desc", header)
        return [incident, *_comments(record)]
    out = [element("note", header, type="speaker")] if header else []
    if record.time is not None:
        out.append(_time_note(sitting, record.time))
    return [*out, _utterance(sitting, record, number)]


def _item(sitting: _Sitting, item: Item, numbers: dict[int, int]) -> list[ET.Element]:
    if item.kind == "turn":
        record = sitting.debate.turns.records[item.turn]
        return _turn(sitting, record, numbers.setdefault(item.turn, len(numbers) + 1))
    text = normal(item.text)
    if not text:
        return []
    if item.kind == "stage":
        return [stage_element(text)]
    return [element("note", text, type="division" if item.kind == "division" else None)]


def _body(sitting: _Sitting) -> ET.Element:
    """``text`` with one ``div``: a debateSection, or a commentSection without speech."""
    numbers: dict[int, int] = {}
    children = [
        node for item in reading_order(sitting.debate) for node in _item(sitting, item, numbers)
    ]
    has_speech = any(node.tag == "u" for node in children)
    text = element("text", ana="#reference")
    div = sub(sub(text, "body"), "div", type="debateSection" if has_speech else "commentSection")
    title = normal(sitting.debate.title)
    if title:
        sub(div, "head", title)
    if not children:  # a commentSection needs at least one comment
        sub(sub(div, "gap", reason="editorial"), "desc", "No speech was found in the text.")
    div.extend(children)
    return text


def _title_statement(sitting: _Sitting) -> ET.Element:
    debate = sitting.debate
    statement = element("titleStmt")
    main = normal(debate.title) or normal(debate.parent_title) or _UNTITLED
    sub(statement, "title", main, type="main")
    if normal(debate.parent_title) and main != normal(debate.parent_title):
        sub(statement, "title", normal(debate.parent_title), type="sub")
    date = debate.date.isoformat() if debate.date else None
    sub(
        statement,
        "meeting",
        normal(debate.house) or None,
        n=date,
        corresp=f"#{sitting.house.org}",
        ana=sitting.house.ana,
    )
    return statement


def _extent(body: ET.Element, sitting: _Sitting) -> ET.Element:
    speeches = sum(1 for _ in body.iter("u"))
    turns = sitting.debate.turns
    words = sum(map(turns.word_count, range(len(turns))))
    extent = element("extent")
    sub(extent, "measure", f"{speeches} speeches", unit="speeches", quantity=str(speeches))
    sub(extent, "measure", f"{words} words", unit="words", quantity=str(words))
    return extent


def _publication(published: dt.date, url: str) -> ET.Element:
    statement = element("publicationStmt")
    sub(sub(statement, "publisher"), "orgName", "debateparse")
    sub(statement, "idno", url, type="URI")
    availability = sub(statement, "availability", status="free")
    sub(availability, "licence", _LICENCE)
    sub(availability, "p", _OPEN_PARLIAMENT)
    sub(statement, "date", published.isoformat(), when=published.isoformat())
    return statement


def _source(sitting: _Sitting, url: str) -> ET.Element:
    debate = sitting.debate
    source = element("sourceDesc")
    bibl = sub(source, "bibl")
    sub(bibl, "title", normal(debate.title) or _UNTITLED)
    sub(bibl, "idno", url, type="URI", subtype="parliament")
    if debate.date:
        sub(bibl, "date", debate.date.isoformat(), when=debate.date.isoformat())
    return source


def _encoding(sitting: _Sitting, body: ET.Element) -> ET.Element:
    from debateparse import __version__

    encoding = element("encodingDesc")
    project = sub(encoding, "projectDesc")
    sub(
        project,
        "p",
        f"Converted from {sitting.debate.dialect} text by debateparse {__version__}.",
    )
    namespace = sub(sub(encoding, "tagsDecl"), "namespace", name=TEI_NS)
    for tag, count in sorted(Counter(node.tag for node in body.iter()).items()):
        sub(namespace, "tagUsage", gi=tag, occurs=str(count))
    return encoding


def _profile(sitting: _Sitting, published: dt.date) -> ET.Element:
    house, debate = sitting.house, sitting.debate
    profile = element("profileDesc")
    setting = sub(sub(profile, "settingDesc"), "setting")
    names = [("city", house.city), ("place", house.place), ("org", normal(debate.house))]
    for kind, name in names:
        if name:
            sub(setting, "name", name, type=kind)
    sub(setting, "name", "United Kingdom", type="country", key="GB")
    if debate.date:
        sub(setting, "date", debate.date.isoformat(), when=debate.date.isoformat())
    else:  # the schema needs a date; all that is known is that it was not after today
        sub(setting, "date", to=published.isoformat())
    return profile


def to_parlamint_tei(
    debate: Debate, *, published: dt.date | None = None, source_url: str | None = None
) -> str:
    """The debate as a ParlaMint TEI sitting file (valid against ``ParlaMint-TEI.rng``).

    Args:
        debate: The parsed debate; any number of turns, including none.
        published: Date written as the file's publication date; today by default.
        source_url: URL of the source text; the house's official report by default.

    Returns:
        The XML document as text.
    """
    published = published or dt.date.today()
    sitting = _sitting(debate)
    url = source_url or sitting.house.url
    text = _body(sitting)
    header = element("teiHeader")
    description = sub(header, "fileDesc")
    description.append(_title_statement(sitting))
    sub(sub(description, "editionStmt"), "edition", "1.0")
    description.extend([_extent(text, sitting), _publication(published, url)])
    description.append(_source(sitting, url))
    header.extend([_encoding(sitting, text), _profile(sitting, published)])
    root = element(
        "TEI", xmlns=TEI_NS, xml_id=sitting.doc_id, xml_lang="en", ana="#parla.sitting #reference"
    )
    root.extend([header, text])
    return serialize(root)
