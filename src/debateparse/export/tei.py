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
from debateparse.export.houses import LICENCES, House, house_info, term_of
from debateparse.export.layout import (
    Item,
    has_speech,
    inline_stages,
    printed_header,
    reading_order,
)
from debateparse.export.people import SpeakerType, persons_of
from debateparse.export.tables import debate_slug
from debateparse.export.xmltree import element, normal, serialize, sub, timestamp, xml_name
from debateparse.models import SPOKEN_KINDS, Debate, ParagraphKind, TurnRecord

_People = dict[str, tuple[str | None, SpeakerType]]

__all__ = ["TEI_NS", "to_parlamint_tei"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
_LICENCE = "http://creativecommons.org/licenses/by/4.0/"
_UNTITLED = "Untitled debate"
_NOTE_TYPES: dict[ParagraphKind, str | None] = {"procedural": None, "marker": "editorial"}


@dataclass(frozen=True)
class _Sitting:
    """What every part of one sitting file needs: one or more debates of one house."""

    debates: tuple[Debate, ...]
    doc_id: str
    house: House
    people: tuple[dict[str, tuple[str | None, SpeakerType]], ...]
    """For each debate: speaker id -> (person id, or None for no person; speaker type)."""

    @property
    def debate(self) -> Debate:
        """The first debate (its house and date are the sitting's)."""
        return self.debates[0]


def _sitting(debates: tuple[Debate, ...], doc_id: str | None = None) -> _Sitting:
    doc_id = doc_id or xml_name(f"debate-{debate_slug(debates[0])}", "d.")
    people = tuple(persons_of(debate) for debate in debates)
    return _Sitting(debates, doc_id, house_info(debates[0].house), people)


def _time_note(debate: Debate, time: dt.time) -> ET.Element:
    note = element("note", type="time")
    when = timestamp(debate.date, time)
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
    if kind in SPOKEN_KINDS:  # a motion read out is spoken: ParlaMint's seg has no mark for it
        return _segment(text)
    if kind == "stage":
        return stage_element(text)
    return element("note", normal(text), type=_NOTE_TYPES[kind])


def _utterance(people: _People, record: TurnRecord) -> ET.Element:
    who, kind = people[record.speaker_id]
    u = element("u", who=f"#{who}" if who else None, ana=f"#{kind}")
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


def _turn(debate: Debate, people: _People, record: TurnRecord) -> list[ET.Element]:
    header = printed_header(record)
    if record.kind == "procedural":
        return [*([element("note", header)] if header else []), *_comments(record)]
    if not has_speech(record):
        who = people[record.speaker_id][0]
        incident = element("incident", type="action", who=f"#{who}" if who else None)
        sub(incident, "desc", header)
        return [incident, *_comments(record)]
    out = [element("note", header, type="speaker")] if header else []
    if record.time is not None:
        out.append(_time_note(debate, record.time))
    return [*out, _utterance(people, record)]


def _item(debate: Debate, people: _People, item: Item) -> list[ET.Element]:
    if item.kind == "turn":
        return _turn(debate, people, debate.turns.records[item.turn])
    text = normal(item.text)
    if not text:
        return []
    if item.kind == "stage":
        return [stage_element(text)]
    return [element("note", text, type="division" if item.kind == "division" else None)]


def _division(debate: Debate, people: _People) -> ET.Element:
    """One debate as a ``div``: a debateSection, or a commentSection without speech."""
    children = [node for item in reading_order(debate) for node in _item(debate, people, item)]
    has_speech = any(node.tag == "u" for node in children)
    div = element("div", type="debateSection" if has_speech else "commentSection")
    title = normal(debate.title)
    if title:
        sub(div, "head", title)
    if not children:  # a commentSection needs at least one comment
        sub(sub(div, "gap", reason="editorial"), "desc", "No speech was found in the text.")
    div.extend(children)
    return div


_NUMBERED = ("u", "seg", "head", "note")
"""Elements given an ``xml:id`` (``<doc>.u1``, ``<doc>.seg1``, …), as ParlaMint does."""


def _body(sitting: _Sitting) -> ET.Element:
    """``text`` with a ``div`` per debate; ``u``, ``seg``, ``head`` and ``note`` numbered
    through the file."""
    text = element("text", ana="#reference")
    body = sub(text, "body")
    body.extend(_division(d, p) for d, p in zip(sitting.debates, sitting.people, strict=True))
    counts: Counter[str] = Counter()
    for node in body.iter():
        if node.tag in _NUMBERED:
            counts[node.tag] += 1
            node.set("xml:id", f"{sitting.doc_id}.{node.tag}{counts[node.tag]}")
    return text


def _meetings(sitting: _Sitting) -> list[ET.Element]:
    """The Parliament term (when known) and the sitting, as ParlaMint-GB writes them."""
    house, debate = sitting.house, sitting.debate
    corresp = f"#{house.org}" if house.org else None
    chamber = " ".join(a for a in house.ana.split() if a != "#parla.sitting")
    meetings = []
    term = term_of(house, debate.date)
    if term is not None:
        ana = f"{chamber} #parla.term #{term.id}".strip()
        meetings.append(element("meeting", n=str(term.n), corresp=corresp, ana=ana))
    date = debate.date.isoformat() if debate.date else None
    meetings.append(element("meeting", n=date, corresp=corresp, ana=house.ana))
    return meetings


def _title_statement(sitting: _Sitting) -> ET.Element:
    debate = sitting.debate
    statement = element("titleStmt")
    titles = [normal(d.title) or normal(d.parent_title) for d in sitting.debates]
    main = "; ".join(dict.fromkeys(t for t in titles if t)) or _UNTITLED
    sub(statement, "title", main, type="main")
    where = normal(debate.house) or "Proceedings"
    when = debate.date.isoformat() if debate.date else "date unknown"
    sub(statement, "title", f"{where}, {when}", type="sub")
    statement.extend(_meetings(sitting))
    return statement


def _extent(body: ET.Element, sitting: _Sitting) -> ET.Element:
    speeches = sum(1 for _ in body.iter("u"))
    words = sum(
        sum(map(debate.turns.word_count, range(len(debate.turns)))) for debate in sitting.debates
    )
    extent = element("extent")
    sub(extent, "measure", f"{speeches:,} speeches", unit="speeches", quantity=str(speeches))
    sub(extent, "measure", f"{words:,} words", unit="words", quantity=str(words))
    return extent


def availability(house: House) -> ET.Element:
    """``availability``: the encoding under CC BY 4.0 (the value ParlaMint's schema fixes),
    then what is known of the source text's licence."""
    node = element("availability", status="free")
    sub(node, "licence", _LICENCE)
    p = sub(node, "p", "This work is licensed under the ")
    sub(p, "ref", "Creative Commons Attribution 4.0 International License", target=_LICENCE)
    p[-1].tail = "."
    licence = LICENCES.get(house.licence or "")
    if licence is None:
        sub(node, "p", "The licence of the source text is not known to debateparse.")
    elif licence.url:
        p = sub(node, "p", "The source text is also licensed under the ")
        sub(p, "ref", "Open Parliament Licence v3.0", target=licence.url).tail = "."
    else:
        sub(node, "p", licence.text)
    return node


def _publication(house: House, published: dt.date, url: str) -> ET.Element:
    statement = element("publicationStmt")
    sub(sub(statement, "publisher"), "orgName", "debateparse")
    sub(statement, "idno", url, type="URI")
    statement.append(availability(house))
    sub(statement, "date", published.isoformat(), when=published.isoformat())
    return statement


def _source(sitting: _Sitting, url: str) -> ET.Element:
    source = element("sourceDesc")
    for debate in sitting.debates:
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
    dialects = ", ".join(dict.fromkeys(d.dialect for d in sitting.debates))
    sub(
        project,
        "p",
        f"Converted from {dialects} text by debateparse {__version__}.",
        xml_lang="en",
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


def _revision(sitting: _Sitting, published: dt.date) -> ET.Element:
    from debateparse import __version__

    revision = element("revisionDesc")
    change = sub(revision, "change", when=published.isoformat())
    dialects = ", ".join(dict.fromkeys(d.dialect for d in sitting.debates))
    sub(change, "name", f"debateparse {__version__}").tail = f": converted from {dialects} text."
    return revision


def sitting_tei(
    debates: tuple[Debate, ...],
    doc_id: str,
    *,
    published: dt.date,
    source_url: str | None = None,
) -> str:
    """One ParlaMint component file ``doc_id`` holding ``debates`` (one house, one day),
    a ``div`` per debate; used by ``to_parlamint_tei`` and the corpus writer."""
    sitting = _sitting(debates, doc_id)
    url = source_url or sitting.house.url
    text = _body(sitting)
    header = element("teiHeader")
    description = sub(header, "fileDesc")
    description.append(_title_statement(sitting))
    sub(sub(description, "editionStmt"), "edition", "1.0")
    description.extend([_extent(text, sitting), _publication(sitting.house, published, url)])
    description.append(_source(sitting, url))
    header.extend([_encoding(sitting, text), _profile(sitting, published)])
    header.append(_revision(sitting, published))
    root = element(
        "TEI", xmlns=TEI_NS, xml_id=sitting.doc_id, xml_lang="en", ana="#parla.sitting #reference"
    )
    root.extend([header, text])
    return serialize(root)


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
    doc_id = xml_name(f"debate-{debate_slug(debate)}", "d.")
    return sitting_tei((debate,), doc_id, published=published, source_url=source_url)
