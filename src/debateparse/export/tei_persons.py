"""ParlaMint TEI ``listPerson``: the people the sitting files' ``u/@who`` point to.

Valid against ParlaMint's ``ParlaMint-listPerson.rng``. A person is written once however
many debates it speaks in: resolved speakers are merged by registry member id, others by
speaker id (see ``export.people.person_id``). A member's known external ids become
``idno`` URLs, the Parliament member id as ``idno[@subtype=parliament]`` as in
ParlaMint-GB.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from debateparse.export.people import external_ids, name_parts, person_id
from debateparse.export.tei import TEI_NS
from debateparse.export.xmltree import element, normal, serialize, sub
from debateparse.models import Debate, Speaker

__all__ = ["to_parlamint_listperson"]


def _person_name(speaker: Speaker) -> ET.Element:
    """``persName`` with name parts for a person, or the whole name as a ``term`` for an
    office, a group or a name that does not split into forename and surname."""
    name = element("persName")
    parts = name_parts(speaker.name) if speaker.kind == "member" else None
    if parts is None:
        sub(name, "term", normal(speaker.name) or speaker.id)
        return name
    for role in parts.role_names:
        sub(name, "roleName", normal(role))
    for forename in parts.forenames:
        sub(name, "forename", normal(forename))
    sub(name, "surname", normal(parts.surname))
    for addition in parts.add_names:
        sub(name, "addName", normal(addition))
    return name


def _person(ident: str, speaker: Speaker) -> ET.Element:
    person = element("person", xml_id=ident)
    person.append(_person_name(speaker))
    for subtype, url in external_ids(speaker):
        sub(person, "idno", url, type="URI", subtype=subtype)
    return person


def to_parlamint_listperson(
    debates: Debate | Iterable[Debate], *, list_id: str = "debateparse-listPerson"
) -> str:
    """The speakers of one or more debates as a ParlaMint ``listPerson`` document.

    Raises:
        ValueError: the debates have no speaker at all (a listPerson needs one person).
    """
    people: dict[str, Speaker] = {}
    for debate in [debates] if isinstance(debates, Debate) else debates:
        for speaker in debate.speakers.values():
            people.setdefault(person_id(speaker), speaker)
    if not people:
        raise ValueError("no speakers to list: a ParlaMint listPerson needs at least one person")
    root = element("listPerson", xmlns=TEI_NS, xml_id=list_id, xml_lang="en")
    sub(root, "head", "List of speakers")
    root.extend(_person(ident, speaker) for ident, speaker in people.items())
    return serialize(root)
