"""Person names split into styles, forenames, surname and additions (TEI ``persName``).

For a speaker the registry resolved, the registry's own split comes first
(``registry_name_parts``): its display name ("GORDON BROWN" printed is "Gordon Brown") and
its family name ("Iain Duncan Smith" has the surname "Duncan Smith"). For anybody else
``name_parts`` splits the printed name with the one vocabulary (``honorifics``): styles set
aside at the start, post-nominals and generational suffixes at the end, so that "KBE",
"AM" or "PC" is never a surname; a territorial designation ("of Basildon") is an addition.
A peer's title ("Lord Ahmad of Wimbledon") is not split. ``benchmarks/name_split.py``
measures this splitter against ``nameparser`` on the dev corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from debateparse.honorifics import SPLIT_LEADING, SPLIT_TRAILING

if TYPE_CHECKING:
    from debateparse.models import Speaker
    from debateparse.registry.core import Registry

__all__ = ["NameParts", "name_parts", "registry_name_parts"]


class NameParts(NamedTuple):
    """A personal name split for TEI ``persName``."""

    role_names: tuple[str, ...]
    forenames: tuple[str, ...]
    surname: str
    add_names: tuple[str, ...]


def _bare(word: str) -> str:
    return word.rstrip(".").casefold()


def name_parts(name: str, family: str | None = None) -> NameParts | None:
    """Styles, forenames, surname and additions of a personal name ("Sir Iain Duncan
    Smith"), or None when it has no surname to take (a peer's "Lord Ahmad of Wimbledon",
    an office, a group), to be written whole. ``family``, when known (the registry's family
    name), is the surname if the name ends with it: "Iain Duncan Smith" -> "Duncan Smith".
    A style and one word ("Mr. Hughes") is kept whole: ParlaMint's ``persName`` needs a
    forename beside a surname."""
    words = name.split()
    start, end = 0, len(words)
    while start < end and _bare(words[start]) in SPLIT_LEADING:
        start += 1
    while end > start and _bare(words[end - 1]) in SPLIT_TRAILING:
        end -= 1
    core = words[start:end]
    lowered = [w.casefold() for w in core]
    add = words[end:]
    if "of" in lowered[1:]:  # territorial designation: "Smith of Basildon"
        cut = lowered.index("of", 1)
        add = [" ".join(core[cut:]), *add]
        core = core[:cut]
    styles = tuple(words[:start])
    if family:
        size = len(family.split())
        if len(core) > size and [w.casefold() for w in core[-size:]] == family.casefold().split():
            return NameParts(styles, tuple(core[:-size]), " ".join(core[-size:]), tuple(add))
    if len(core) < 2:
        return None
    return NameParts(styles, tuple(core[:-1]), core[-1], tuple(add))


def registry_name_parts(speaker: Speaker, registry: Registry | None) -> NameParts | None:
    """The split of a resolved speaker's registry name with its family name, else of the
    printed name (title case when printed in capitals)."""
    person = registry.get(speaker.member_id) if registry and speaker.member_id else None
    if person is not None and person.name and registry is not None:
        return name_parts(person.name, registry.family_name(person.id))
    printed = speaker.name.title() if speaker.name.isupper() else speaker.name
    return name_parts(printed)
