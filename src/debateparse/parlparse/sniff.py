"""Recognise ParlParse XML by its content: the root element ``publicwhip``."""

from __future__ import annotations

import re

__all__ = ["ROOT_TAG", "SNIFF_BYTES", "looks_like_parlparse"]

ROOT_TAG = "publicwhip"
SNIFF_BYTES = 4096
"""How much of the start of an input is looked at."""

_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<publicwhip[\s>/]",
    re.DOTALL,
)


def looks_like_parlparse(head: bytes | str) -> bool:
    """Does this start of an input open a ``<publicwhip>`` document?"""
    if isinstance(head, str):
        head = head[:SNIFF_BYTES].encode("utf-8", "replace")
    return _ROOT.match(head[:SNIFF_BYTES]) is not None
