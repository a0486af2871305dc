"""ParlParse XML: TheyWorkForYou's bulk archive, one file a sitting day.

Not read line by line: the table is empty and ``reader`` names the module that streams the
XML (``debateparse.parlparse``). Detected by content (a ``<publicwhip>`` root element).
"""

from __future__ import annotations

from debateparse.dialects.base import Dialect

__all__ = ["PARLPARSE"]

PARLPARSE = Dialect(
    name="parlparse",
    description="TheyWorkForYou ParlParse XML (debates…, lords…, westminhall… .xml)",
    rules=(),
    header_example='<speech speakername="Dominic Raab" person_id="uk.org.publicwhip/person/24815">',
    reader="debateparse.parlparse",
)
