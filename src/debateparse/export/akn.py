"""Akoma Ntoso 3.0: a ``Debate`` -> one ``debate`` document.

Valid against the OASIS ``akomantoso30.xsd``. The FRBR identification names the work
``/akn/gb/debaterecord/<house>/<date>/<title>``; ``references`` has a ``TLCPerson`` per
person (see ``export.people``) and ``TLCRole``s for the chair and guests. The body is one
``debateSection``: each turn with speech a ``speech[@by]`` with the printed name in
``from`` and a ``p`` per paragraph (procedural and marker lines as ``remark``s), a turn
with no speech a ``scene``, and procedural turns, preamble, unattributed and division
lines ``narrative``s.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from debateparse.export.houses import House, house_info
from debateparse.export.layout import (
    Item,
    has_speech,
    inline_stages,
    other_texts,
    printed_header,
    reading_order,
)
from debateparse.export.people import SpeakerType, people_of
from debateparse.export.xmltree import element, normal, serialize, sub, timestamp
from debateparse.models import Debate, TurnRecord
from debateparse.normalize import slugify

__all__ = ["AKN_NS", "to_akoma_ntoso"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_ROLES: dict[SpeakerType, str] = {"chair": "Chair of the sitting", "guest": "Guest speaker"}
"""Speaker types that get a ``TLCRole`` and ``speech/@as``; regular speakers get none."""
_REMARKS = {"procedural": "sceneDescription", "stage": "sceneDescription", "marker": None}


@dataclass(frozen=True)
class _Document:
    """What every part of one document needs."""

    debate: Debate
    house: House
    people: dict[str, tuple[str, SpeakerType]]
    """Speaker id -> (person eId, speaker type)."""


def _document(debate: Debate) -> _Document:
    return _Document(debate, house_info(debate.house), people_of(debate))


def _frbr(level: str, this: str, uri: str, date: tuple[str, str], author: str) -> ET.Element:
    node = element(level)
    sub(node, "FRBRthis", value=this)
    sub(node, "FRBRuri", value=uri)
    sub(node, "FRBRdate", date=date[0], name=date[1])
    sub(node, "FRBRauthor", href=author)
    return node


def _identification(document: _Document, published: dt.date) -> ET.Element:
    debate, house = document.debate, document.house
    sitting = (debate.date or published).isoformat()
    dated = (sitting, "sitting") if debate.date else (sitting, "export")
    work = f"/akn/gb/debaterecord/{house.akn}/{sitting}/{slugify(debate.title or 'debate')}"
    expression = f"{work}/eng@"
    identification = element("identification", source="#org.debateparse")
    frbr_work = _frbr("FRBRWork", f"{work}/!main", work, dated, f"#org.{house.akn}")
    sub(frbr_work, "FRBRcountry", value="gb")
    frbr_expression = _frbr(
        "FRBRExpression", f"{expression}/!main", expression, dated, f"#org.{house.akn}"
    )
    sub(frbr_expression, "FRBRlanguage", language="eng")
    identification.extend(
        [
            frbr_work,
            frbr_expression,
            _frbr(
                "FRBRManifestation",
                f"{expression}/!main.xml",
                f"{expression}.akn",
                (published.isoformat(), "transformation"),
                "#org.debateparse",
            ),
        ]
    )
    return identification


def _references(document: _Document) -> ET.Element:
    debate, house = document.debate, document.house
    references = element("references", source="#org.debateparse")
    sub(
        references,
        "TLCOrganization",
        eId=f"org.{house.akn}",
        href=f"/ontology/organization/gb/{house.akn}",
        showAs=normal(debate.house) or "Unknown house",
    )
    sub(
        references,
        "TLCOrganization",
        eId="org.debateparse",
        href="/ontology/organization/debateparse",
        showAs="debateparse",
    )
    written: set[str] = set()
    for key, speaker in debate.speakers.items():
        ident = document.people[key][0]
        if ident not in written:
            written.add(ident)
            target = speaker.member_id or f"debateparse/{speaker.id}"
            show = normal(speaker.name) or speaker.id
            sub(references, "TLCPerson", eId=ident, href=f"/ontology/person/{target}", showAs=show)
    used = {kind for _, kind in document.people.values()}
    for kind, label in _ROLES.items():
        if kind in used:
            role = f"/ontology/role/{kind}"
            sub(references, "TLCRole", eId=f"role.{kind}", href=role, showAs=label)
    return references


def _speech(document: _Document, record: TurnRecord, number: int) -> ET.Element:
    who, kind = document.people[record.speaker_id]
    speech = element(
        "speech",
        eId=f"spe_{number}",
        by=f"#{who}",
        startTime=timestamp(document.debate.date, record.time),
    )
    if kind in _ROLES:
        speech.set("as", f"#role.{kind}")
    sub(speech, "from", printed_header(record))
    paragraphs = record.paragraphs
    for index, text in enumerate(paragraphs.texts):
        kind_of = paragraphs.kind_at(index)
        if kind_of == "text":
            speech.append(_paragraph(text))
        else:
            sub(sub(speech, "p"), "remark", normal(text), type=_REMARKS[kind_of])
    return speech


def _paragraph(text: str) -> ET.Element:
    """A speech paragraph as ``p``, its bracketed stage directions as ``remark``s."""
    p = element("p")
    last: ET.Element | None = None
    for piece, is_stage in inline_stages(normal(text)):
        if is_stage:
            last = sub(p, "remark", piece, type="sceneDescription")
        elif last is None:
            p.text = piece
        else:
            last.tail = piece
    return p


def _turn(document: _Document, record: TurnRecord, number: int) -> list[ET.Element]:
    if record.kind == "procedural":
        return [element("narrative", text) for text in other_texts(record, with_header=True)]
    if not has_speech(record):
        label = printed_header(record)
        paragraphs = record.paragraphs
        notes = [
            element("scene" if paragraphs.kind_at(index) == "stage" else "narrative", normal(text))
            for index, text in enumerate(paragraphs.texts)
            if normal(text)
        ]
        return [element("scene", label), *notes]
    return [_speech(document, record, number)]


def _item(document: _Document, item: Item, numbers: dict[int, int]) -> list[ET.Element]:
    if item.kind == "turn":
        record = document.debate.turns.records[item.turn]
        return _turn(document, record, numbers.setdefault(item.turn, len(numbers) + 1))
    text = normal(item.text)
    return [element("scene" if item.kind == "stage" else "narrative", text)] if text else []


def _body(document: _Document) -> ET.Element:
    body = element("debateBody")
    section = sub(body, "debateSection", eId="dbsect_1", name="debate")
    title = normal(document.debate.title)
    if title:
        sub(section, "heading", title)
    numbers: dict[int, int] = {}
    for item in reading_order(document.debate):
        section.extend(_item(document, item, numbers))
    if len(section) == (1 if title else 0):  # a section needs some content
        sub(section, "narrative", "No speech was found in the text.")
    return body


def to_akoma_ntoso(debate: Debate, *, published: dt.date | None = None) -> str:
    """The debate as an Akoma Ntoso 3.0 ``debate`` document (valid against
    ``akomantoso30.xsd``); ``published`` (today by default) dates the XML manifestation."""
    published = published or dt.date.today()
    document = _document(debate)
    root = element("akomaNtoso", xmlns=AKN_NS)
    node = sub(root, "debate", name=document.house.akn)
    meta = sub(node, "meta")
    meta.extend([_identification(document, published), _references(document)])
    node.append(_body(document))
    return serialize(root)
