"""REFERENCE ONLY, not debateparse: a naive 30-line regex + pydantic parser.

It is what a user might write in half an hour: one header regex, one validated pydantic
model per turn, no losslessness (blank lines, chrome and offsets are dropped), no
diagnostics, no dialects, no speakers table. ``benchmarks/throughput.py`` times it
against ``parse_text`` on the same input to show what the extra work costs.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

HEADER = re.compile(r"^Photo of (.+?) \1(.*)$", re.M)


class NaiveTurn(BaseModel):
    speaker: str
    header: str
    paragraphs: list[str]


def naive_parse(text: str) -> list[NaiveTurn]:
    """Turns of a TheyWorkForYou page: a header line, then paragraphs to the next one."""
    turns = []
    matches = list(HEADER.finditer(text))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        speaker, header = match[1], match[2].strip()
        body = text[match.end() : following.start() if following else len(text)]
        paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
        turns.append(NaiveTurn(speaker=speaker, header=header, paragraphs=paragraphs))
    return turns
