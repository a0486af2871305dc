"""Recognise ParlParse XML by its content: the root element ``publicwhip``."""

from __future__ import annotations

import re

__all__ = ["ROOT_TAG", "SNIFF_BYTES", "is_xml_document", "looks_like_parlparse"]

ROOT_TAG = "publicwhip"
SNIFF_BYTES = 4096
"""How much of the start of an input is looked at."""

# A DOCTYPE may carry an internal subset of entity declarations (ParlParse's regmem and
# people.xml files do: ``<!DOCTYPE publicwhip [<!ENTITY ndash "&#8211;"> …]>``).
_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>\s*)*<publicwhip[\s>/]",
    re.DOTALL,
)


def looks_like_parlparse(head: bytes | str) -> bool:
    """Does this start of an input open a ``<publicwhip>`` document?"""
    if isinstance(head, str):
        head = head[:SNIFF_BYTES].encode("utf-8", "replace")
    return _ROOT.match(head[:SNIFF_BYTES]) is not None


_XML_DOCUMENT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[\s?]|<!DOCTYPE\s|<[A-Za-z_][\w:.-]*\s[^>]*\bxmlns[:=])"
)


def is_xml_document(head: bytes | str) -> bool:
    """Does this start of an input declare an XML document (an ``<?xml`` declaration, a
    DOCTYPE, or a namespaced root)? No debate page starts so."""
    if isinstance(head, str):
        head = head[:SNIFF_BYTES].encode("utf-8", "replace")
    return _XML_DOCUMENT.match(head[:SNIFF_BYTES]) is not None
