"""Speakers as people for XML export: ids, speaker types, name parts and external ids.

Shared by the ParlaMint TEI and Akoma Ntoso writers so that a person has the same id in a
sitting file, its ``listPerson`` and an Akoma Ntoso ``TLCPerson``.
"""

from __future__ import annotations

from typing import Literal

import regex

from debateparse.export.xmltree import xml_name
from debateparse.honorifics import HEADER_STYLES
from debateparse.models import Debate, Speaker
from debateparse.name_split import NameParts, name_parts
from debateparse.normalize import slugify

__all__ = [
    "EXTERNAL_IDS",
    "SPEAKER_TYPES",
    "NameParts",
    "SpeakerType",
    "external_ids",
    "is_person",
    "is_role",
    "name_parts",
    "people_of",
    "person_id",
    "persons_of",
    "role_id",
    "speaker_type",
]

SpeakerType = Literal["chair", "regular", "guest"]
"""ParlaMint's speaker types (its ``speaker_types`` taxonomy)."""

_CHAIR = regex.compile(
    # An office that chairs the sitting, printed whole: "Deputy Speaker", "The Chair",
    # "Presiding Officer", "Llywydd". Anchored, so that a committee chair speaking as a
    # member ("Chair, Foreign Affairs Committee") stays a regular speaker.
    r"(?i)^(?:the |mr\.? |madam |madame |y )?(?:(?:first |second |principal |deputy |temporary "
    r"|acting |lord |dirprwy )*(?:speaker|presiding officer|llywydd|lywydd|chair|chairman"
    r"|chairwoman|chairperson|convener)(?: of the house of (?:commons|lords))?"
    r"|(?:first |second )?deputy chairman of (?:ways and means|committees)"
    r"|chairman of (?:ways and means|committees))$"
)
_GUEST = regex.compile(
    # A speaker who is not a member of the body: a witness before a committee, or the
    # interviewer and audience of a broadcast transcript.
    r"(?i)^(?:the )?(?:witness|guest|visitor|petitioner|interviewer|presenter|host"
    r"|moderator|audience(?: member)?|question|answer|q|a)$|\bwitness(?:es)?\b"
)

SPEAKER_TYPES: tuple[tuple[SpeakerType, regex.Pattern[str]], ...] = (
    ("chair", _CHAIR),
    ("guest", _GUEST),
)
"""Speaker type -> pattern for the speaker's offices (or role-only name); first match
wins, and a speaker matching none is ``regular``."""


def speaker_type(speaker: Speaker) -> SpeakerType:
    """Chair, guest or regular, decided from the printed offices (and the name, when it is
    only an office such as "Madam Deputy Speaker")."""
    texts = [*speaker.roles, speaker.name] if speaker.kind == "role" else list(speaker.roles)
    for label, pattern in SPEAKER_TYPES:
        if any(pattern.search(text.strip(" :")) for text in texts):
            return label
    return "regular"


def person_id(speaker: Speaker) -> str:
    """An XML id for the person: from the registry's member id when resolved, so that
    every name a member was printed under is one person, else from the speaker id
    (``uk.org.publicwhip/person/13864`` -> ``uk.org.publicwhip.person.13864``)."""
    if speaker.member_id:
        return xml_name(speaker.member_id.replace("/", "."), "p.")
    return xml_name(speaker.id, "p.")


def people_of(debate: Debate) -> dict[str, tuple[str, SpeakerType]]:
    """Speaker id -> (person id, speaker type) for every speaker of the debate."""
    return {key: (person_id(s), speaker_type(s)) for key, s in debate.speakers.items()}


_PEERAGES = tuple(f"{style} " for style in HEADER_STYLES if style.startswith("The "))
"""Peerage styles printed with "The" ("The Earl of Caithness"): a person's title, not an
office, whatever the role-only vocabulary says."""


def is_role(speaker: Speaker) -> bool:
    """Is the speaker role-only: an office printed without a name ("Mr Speaker", "The
    Chairman") and not resolved to the person holding it?"""
    return (
        speaker.kind == "role" and not speaker.member_id and not speaker.name.startswith(_PEERAGES)
    )


def is_person(speaker: Speaker) -> bool:
    """Is the speaker a person for a listPerson? A resolved speaker, a named member or a
    peer printed by title; not a role-only speaker (``is_role``: listed as its office) nor
    a collective ("Several hon. Members") or procedural entry."""
    return (
        bool(speaker.member_id)
        or speaker.kind == "member"
        or (speaker.kind == "role" and not is_role(speaker))
    )


def role_id(name: str) -> str:
    """The XML id of an office as printed ("MR. SPEAKER", "Mr Speaker" -> ``role.mr-speaker``):
    a role-only speaker's ``listPerson`` entry and Akoma Ntoso ``TLCRole``."""
    return xml_name(f"role.{slugify(name)}", "role.")


def persons_of(debate: Debate) -> dict[str, tuple[str | None, SpeakerType]]:
    """Speaker id -> (what ``u/@who`` points to: the person id, the office's ``role_id``
    for a role-only speaker, None for a collective or procedural one; speaker type)."""
    return {
        key: (
            person_id(s) if is_person(s) else role_id(s.name) if is_role(s) else None,
            speaker_type(s),
        )
        for key, s in debate.speakers.items()
    }


EXTERNAL_IDS: tuple[tuple[str, str, str], ...] = (
    # (scheme in Resolution.ids, ParlaMint idno subtype, URL template)
    ("datadotparl_id", "parliament", "https://members.parliament.uk/member/{}/contact"),
    ("wikidata", "wikidata", "https://www.wikidata.org/wiki/{}"),
    ("x_scotparl_profile_slug", "scottishParliament", "https://www.parliament.scot/msps/{}"),
    (
        "data.niassembly.gov.uk",
        "niAssembly",
        "https://aims.niassembly.gov.uk/mlas/details.aspx?per={}",
    ),
    ("senedd", "senedd", "https://business.senedd.wales/mgUserInfo.aspx?UID={}"),
)
"""Registry id schemes written as ``idno`` URLs; ParlaMint-GB links members this way. The
registry's ``peeragetype`` is a kind of peerage, not an id, and is not written."""

_PUBLICWHIP = regex.compile(r"^uk\.org\.publicwhip/person/(?P<id>\d+)$")


def external_ids(speaker: Speaker) -> list[tuple[str, str]]:
    """(subtype, URL) for each known external id of a resolved speaker."""
    found = []
    match = _PUBLICWHIP.match(speaker.member_id or "")
    if match:
        found.append(("theyworkforyou", f"https://www.theyworkforyou.com/mp/?p={match['id']}"))
    ids = speaker.resolution.ids if speaker.resolution else {}
    for scheme, subtype, template in EXTERNAL_IDS:
        if ids.get(scheme):
            found.append((subtype, template.format(ids[scheme])))
    return found
