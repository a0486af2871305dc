"""Surname-only headers: which named speaker of the same debate a "Mr. Hughes" is.

Official and historic Hansard name a member in full once ("Mr. Simon Hughes (Southwark
and Bermondsey)") and by surname after ("Mr. Hughes"). ``SurnameLinks`` finds, for a
surname-only speaker, the named speakers of the debate whose name ends with that surname
and whose style does not say the other sex ("Mr Hughes" is not "Mrs Ann Hughes"), and the
constituencies the debate's words give the surname ("the hon. Member for Nottingham North
(Mr Allen)"). A bare peerage title is linked the same way to the debate's speaker printed
with its territorial designation ("Lord Parkinson" to "Lord Parkinson of Whitley Bay"), who
is not the older holder of the bare title in the registry. One is made per resolution of
a debate; nothing is shared.
"""

from __future__ import annotations

import regex

from debateparse.models import Debate, SpeakerRecord
from debateparse.registry.names import gender_of_styles, person_key, styles_of, surname_only

__all__ = ["SurnameLinks"]

_REFERENCE = regex.compile(
    r"\b(?:Member|Lady|Gentleman|Friend)\s+for\s+(\p{Lu}[\p{L}\p{N} ,'’.&-]{1,60}?)\s*"
    r"\(((?:The\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+[^()]{1,40}?)\)"
)


def _ends_with(key: str, surname: str) -> bool:
    return key != surname and key.endswith(" " + surname)


class SurnameLinks:
    """Named speakers and referred-to constituencies of one debate, by surname."""

    __slots__ = ("_named", "_references")

    def __init__(self, debate: Debate) -> None:
        self._named: list[tuple[str, str, str | None]] = [
            (sid, person_key(r.name), gender_of_styles(styles_of(r.name)))
            for sid, r in debate.speakers.records.items()
            if r.kind == "member" and surname_only(r.name) is None
        ]
        self._references: dict[str, list[str]] = {}
        for turn in debate.turns.records:
            for text in turn.paragraphs.texts:
                if "for" not in text:
                    continue
                for found in _REFERENCE.finditer(text):
                    place = found.group(1).strip(" ,")
                    key = person_key(found.group(2))
                    surname = surname_only(found.group(2)) or key
                    for name in dict.fromkeys((surname, key.split(" ")[-1])):
                        places = self._references.setdefault(name, [])
                        if place not in places:
                            places.append(place)

    def speakers(self, record: SpeakerRecord, surname: str) -> tuple[str, ...]:
        """Named speakers (ids) whose name ends with ``surname``, of a compatible sex."""
        gender = gender_of_styles(styles_of(record.name))
        return tuple(
            sid
            for sid, key, other in self._named
            if _ends_with(key, surname) and (gender is None or other in (None, gender))
        )

    def long_forms(self, key: str) -> tuple[str, ...]:
        """Named speakers (ids) printed with the territorial designation a bare peerage title
        leaves out: "Lord Parkinson" -> the debate's "Lord Parkinson of Whitley Bay"."""
        prefix = key + " of "
        return tuple(sid for sid, other, _ in self._named if other.startswith(prefix))

    def constituency(self, surname: str) -> str | None:
        """The one constituency the debate's words give the surname, if exactly one."""
        places = self._references.get(surname, [])
        return places[0] if len(places) == 1 else None

    def __repr__(self) -> str:
        return f"SurnameLinks({len(self._named)} named speakers)"
