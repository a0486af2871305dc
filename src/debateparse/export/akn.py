"""Akoma Ntoso 3.0: a ``Debate`` -> one ``debate`` document.

Valid against the OASIS ``akomantoso30.xsd``. The FRBR identification names the work
``/akn/gb/debaterecord/<house>/<date>/<title>``; ``references`` has a ``TLCPerson`` per
person and voter (see ``export.people``), a ``TLCRole`` per office and ``TLCConcept``s for
the sides of a vote. The body nests a ``debateSection`` for the title in one for the
parent title (``questions`` for numbered questions): each turn with speech a
``speech[@by]`` (or ``question``/``answer``) with the printed header in ``from`` and a
``p`` per paragraph (procedural, stage and marker lines as ``remark``s), a turn with no
speech a ``scene``, and procedural turns, preamble and unattributed lines ``narrative``s,
division lines ``summary``s. Divisions are ``voting`` analyses (``export.akn_votes``).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import NamedTuple

from debateparse.export.akn_votes import summary_ids, vote_concepts, voters, voting
from debateparse.export.houses import House, house_info
from debateparse.export.layout import (
    Item,
    has_speech,
    inline_stages,
    other_texts,
    printed_header,
    reading_order,
)
from debateparse.export.people import SpeakerType, is_person, person_id, role_id, speaker_type
from debateparse.export.xmltree import element, normal, serialize, sub, timestamp, xml_name
from debateparse.models import SPOKEN_KINDS, Debate, Speaker, TurnRecord
from debateparse.normalize import slugify

__all__ = ["AKN_NS", "to_akoma_ntoso"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_ROLES: dict[SpeakerType, str] = {"chair": "Chair of the sitting", "guest": "Guest speaker"}
"""Speaker types that get a ``TLCRole`` and ``speech/@as``; regular speakers get none."""
_REMARKS = {"procedural": "sceneDescription", "stage": "sceneDescription", "marker": None}


class _Agent(NamedTuple):
    """Who a speech is ``by``: a person, an office (role-only speaker) or a group."""

    ident: str
    element: str
    """``TLCPerson``, ``TLCRole`` or ``TLCOrganization``."""
    href: str
    show: str


@dataclass(frozen=True)
class _Document:
    """What every part of one document needs."""

    debate: Debate
    house: House
    people: dict[str, tuple[str, SpeakerType]]
    """Speaker id -> (agent eId, speaker type)."""
    agents: dict[str, _Agent]
    """Agent eId -> its TLC entry."""
    roles: dict[str, str]
    """Office as printed -> ``TLCRole`` eId."""


def _agent(speaker: Speaker) -> _Agent:
    show = normal(speaker.name) or speaker.id
    if is_person(speaker):
        target = speaker.member_id or f"debateparse/{speaker.id}"
        return _Agent(person_id(speaker), "TLCPerson", f"/ontology/person/{target}", show)
    if speaker.kind == "collective":
        ident = xml_name(f"group.{speaker.id}", "group.")
        return _Agent(ident, "TLCOrganization", f"/ontology/organization/gb/{speaker.id}", show)
    ident = role_id(speaker.name)
    return _Agent(ident, "TLCRole", f"/ontology/role/gb/{slugify(speaker.name)}", show)


def _document(debate: Debate) -> _Document:
    people: dict[str, tuple[str, SpeakerType]] = {}
    agents: dict[str, _Agent] = {}
    roles: dict[str, str] = {}
    for key, speaker in debate.speakers.items():
        agent = _agent(speaker)
        agents.setdefault(agent.ident, agent)
        people[key] = (agent.ident, speaker_type(speaker))
        for office in speaker.roles:
            if normal(office):
                roles.setdefault(normal(office), role_id(office))
    for voter in voters(debate).values():  # a voter who spoke is the same TLCPerson
        agents.setdefault(voter.ident, _Agent(voter.ident, "TLCPerson", voter.href, voter.show))
    return _Document(debate, house_info(debate.house), people, agents, roles)


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
    written = {agent.ident for agent in document.agents.values()}
    for agent in document.agents.values():
        sub(references, agent.element, eId=agent.ident, href=agent.href, showAs=agent.show)
    for office, ident in document.roles.items():  # every office printed in a header
        if ident not in written:
            written.add(ident)
            href = f"/ontology/role/gb/{slugify(office)}"
            sub(references, "TLCRole", eId=ident, href=href, showAs=office)
    used = {kind for _, kind in document.people.values()}
    for kind, label in _ROLES.items():
        if kind in used:
            role = f"/ontology/role/{kind}"
            sub(references, "TLCRole", eId=f"speakertype.{kind}", href=role, showAs=label)
    for concept, label in vote_concepts(debate):
        href = f"/ontology/concept/gb/{concept}"
        sub(references, "TLCConcept", eId=concept, href=href, showAs=label)
    return references


def _speech(
    document: _Document, record: TurnRecord, number: int, tag: str = "speech"
) -> ET.Element:
    who, kind = document.people[record.speaker_id]
    speech = element(
        tag,
        eId=f"{tag[:3]}_{number}",
        by=f"#{who}",
        startTime=timestamp(document.debate.date, record.time),
    )
    offices = [document.roles[normal(r)] for r in record.roles if normal(r) in document.roles]
    if offices:
        speech.set("as", f"#{offices[0]}")
    elif kind in _ROLES:
        speech.set("as", f"#speakertype.{kind}")
    sub(speech, "from", printed_header(record))
    paragraphs = record.paragraphs
    for index, text in enumerate(paragraphs.texts):
        kind_of = paragraphs.kind_at(index)
        if kind_of in SPOKEN_KINDS:
            speech.append(_paragraph(text, _html_class(kind_of, paragraphs.styles[index])))
        else:
            sub(sub(speech, "p"), "remark", normal(text), type=_REMARKS[kind_of])
    return speech


def _html_class(kind: str, style: str | None) -> str | None:
    """``p/@class``: the source's paragraph class, and ``motion`` for motion text."""
    return " ".join(c for c in ("motion" if kind == "motion" else None, style) if c) or None


def _paragraph(text: str, html_class: str | None = None) -> ET.Element:
    """A speech paragraph as ``p``, its bracketed stage directions as ``remark``s."""
    p = element("p", **{"class": html_class})
    last: ET.Element | None = None
    for piece, is_stage in inline_stages(normal(text)):
        if is_stage:
            last = sub(p, "remark", piece, type="sceneDescription")
        elif last is None:
            p.text = piece
        else:
            last.tail = piece
    return p


def _turn(document: _Document, record: TurnRecord, number: int, tag: str) -> list[ET.Element]:
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
    return [_speech(document, record, number, tag)]


def _containers(document: _Document) -> dict[int, str]:
    """Turn index -> container: in a debate with a numbered question (a ``question``
    turn), the questions and supplementaries are ``question``s and the turns of the one
    who answers the first question ``answer``s; the chair's turns and any other debate's
    turns are ``speech``es."""
    records = document.debate.turns.records
    first = next((i for i, r in enumerate(records) if r.kind == "question"), None)
    if first is None:
        return {}
    asker = records[first].speaker_id
    answerer = next(
        (
            r.speaker_id
            for r in records[first + 1 :]
            if r.speaker_id != asker and document.people[r.speaker_id][1] != "chair"
        ),
        None,
    )
    found = {}
    for index, record in enumerate(records[first:], start=first):
        if document.people[record.speaker_id][1] == "chair" or record.kind == "procedural":
            continue
        found[index] = "answer" if record.speaker_id == answerer else "question"
    return found


def _item(
    document: _Document,
    item: Item,
    numbers: dict[int, int],
    containers: dict[int, str],
    divisions: dict[int, str],
) -> list[ET.Element]:
    if item.kind == "turn":
        record = document.debate.turns.records[item.turn]
        number = numbers.setdefault(item.turn, len(numbers) + 1)
        return _turn(document, record, number, containers.get(item.turn, "speech"))
    text = normal(item.text)
    if not text:
        return []
    if item.kind == "division":
        return [element("summary", text, eId=divisions.get(item.line))]
    return [element("scene" if item.kind == "stage" else "narrative", text)]


def _body(document: _Document) -> ET.Element:
    """``debateBody``: a ``debateSection`` for the parent title holding one for the title
    (or ``questions`` when the debate has a numbered question), as in the example."""
    debate = document.debate
    body = element("debateBody")
    parent, title = normal(debate.parent_title), normal(debate.title)
    holder, ident = body, "dbsect_1"
    if parent and parent != title:
        holder = sub(body, "debateSection", eId=ident, name=slugify(parent))
        sub(holder, "heading", parent)
        ident = "dbsect_1__dbsect_1"
    containers = _containers(document)
    tag = "questions" if containers else "debateSection"
    section = sub(holder, tag, eId=ident, name=None if containers else "debate")
    if title:
        sub(section, "heading", title)
    numbers: dict[int, int] = {}
    divisions = summary_ids(debate)
    for item in reading_order(debate):
        section.extend(_item(document, item, numbers, containers, divisions))
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
    meta.append(_identification(document, published))
    analysis = voting(debate)
    if analysis is not None:
        meta.append(analysis)
    meta.append(_references(document))
    node.append(_body(document))
    return serialize(root)
