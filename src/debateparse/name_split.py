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

__all__ = ["NameParts", "display_name", "name_parts", "registry_name", "registry_name_parts"]


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
    tail = family.casefold().split() if family else []
    if (
        tail
        and len(words) - start > len(tail)
        and [w.casefold() for w in words[-len(tail) :]] == tail
    ):
        # The family name includes what a splitter sets aside ("Paisley Jnr").
        return NameParts(
            styles, tuple(words[start : -len(tail)]), " ".join(words[-len(tail) :]), ()
        )
    if family:
        size = len(family.split())
        if len(core) > size and [w.casefold() for w in core[-size:]] == family.casefold().split():
            return NameParts(styles, tuple(core[:-size]), " ".join(core[-size:]), tuple(add))
    if len(core) < 2:
        return None
    return NameParts(styles, tuple(core[:-1]), core[-1], tuple(add))


def registry_name(speaker: Speaker, registry: Registry | None = None) -> str | None:
    """The registry's display name of a resolved speaker: the one its resolution recorded,
    else the one ``registry`` gives for its member id; None when unresolved or unnamed."""
    resolution = speaker.resolution
    if resolution is not None and resolution.name:
        return resolution.name
    person = registry.get(speaker.member_id) if registry and speaker.member_id else None
    return person.name if person is not None else None


def display_name(speaker: Speaker, registry: Registry | None = None) -> str:
    """The registry's name of a resolved speaker, else the name as printed, in title case
    when printed in capitals ("GORDON BROWN" -> "Gordon Brown")."""
    name = registry_name(speaker, registry) or " ".join(speaker.name.split()) or speaker.id
    return name.title() if name.isupper() else name


def registry_name_parts(speaker: Speaker, registry: Registry | None = None) -> NameParts | None:
    """The split of a resolved speaker's registry name with its family name (from the
    resolution, or from ``registry`` for a resolution that did not record them), else of
    the printed name (title case when printed in capitals); None for a name written whole
    (a peer's title, a surname alone)."""
    resolution = speaker.resolution
    if resolution is not None and resolution.name:
        return name_parts(resolution.name, resolution.family_name)
    name = registry_name(speaker, registry)
    if name is not None and registry is not None and speaker.member_id:
        return name_parts(name, registry.family_name(speaker.member_id))
    return name_parts(display_name(speaker))
