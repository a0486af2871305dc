"""Small helpers shared by the XML writers (standard library ``ElementTree``).

Elements are built with plain tag names and the root carries the default namespace as an
``xmlns`` attribute, so ElementTree writes no prefixes and no global namespace registry
is touched; ``xml:id`` and ``xml:lang`` are written as the literal attribute names.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable

import regex

__all__ = ["clean", "element", "extend", "normal", "serialize", "sub", "timestamp", "xml_name"]

_NOT_NAME = regex.compile(r"[^A-Za-z0-9.-]")
_NOT_XML = regex.compile(r"[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def clean(text: str) -> str:
    """``text`` with each character XML 1.0 cannot carry (control characters such as a
    vertical tab or form feed, which separate words where they occur) made a space."""
    return _NOT_XML.sub(" ", text)


def xml_name(text: str, prefix: str) -> str:
    """``text`` as an XML name (an NCName, usable as ``xml:id``), one to one: ASCII letters,
    digits, dots and hyphens stay, any other character ``c`` becomes ``_<hex of c>_``
    (parsers disagree on which other letters a name may hold), and ``prefix`` goes in
    front when the name would not start with a letter."""
    name = _NOT_NAME.sub(lambda match: f"_{ord(match[0]):x}_", text)
    return name if name[:1].isascii() and name[:1].isalpha() else prefix + name


def normal(text: str | None) -> str:
    """``text`` whitespace-normalised (single spaces, none at either end), as schema
    header strings must be; empty when nothing is left."""
    return " ".join(clean(text or "").split())


def _name(key: str) -> str:
    return "xml:" + key[4:] if key.startswith("xml_") else key


def element(tag: str, text: str | None = None, **attributes: str | None) -> ET.Element:
    """A new element. Attributes whose value is None are left out; ``xml_id`` and
    ``xml_lang`` are written ``xml:id`` and ``xml:lang``."""
    node = ET.Element(tag, {_name(k): v for k, v in attributes.items() if v is not None})
    node.text = text
    return node


def sub(
    parent: ET.Element, tag: str, text: str | None = None, **attributes: str | None
) -> ET.Element:
    """A new child element appended to ``parent`` (see ``element``)."""
    node = element(tag, text, **attributes)
    parent.append(node)
    return node


def extend(parent: ET.Element, children: Iterable[ET.Element]) -> ET.Element:
    """Append ``children`` to ``parent`` and return ``parent``."""
    parent.extend(children)
    return parent


def timestamp(date: dt.date | None, time: dt.time | None) -> str | None:
    """``YYYY-MM-DDTHH:MM:SS`` when both are known, else None."""
    if date is None or time is None:
        return None
    return dt.datetime.combine(date, time).isoformat()


def serialize(root: ET.Element) -> str:
    """The document as indented XML text with an XML declaration."""
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
